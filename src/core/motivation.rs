//! Whether the person wants the job, in words that name their own reservations.

use super::assessment::{Answer, Assessment};
use super::framework::{Framework, Item};
use super::text::list;

/// Reservations and draws named at most: the strongest ones.
pub const NAMED: usize = 3;
/// At or above this motivation score (0–100) the person clearly wants the job.
pub const KEEN: f64 = 75.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    NotAnswered,
    /// Below the framework's threshold: the verdict is "Explore the role first".
    Low,
    Open,
    Keen,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Fit {
    pub band: Band,
    /// Topics of motivation items answered at level 1 or 2, the strongest doubt first (at most
    /// `NAMED`).
    pub reservations: Vec<String>,
    /// Topics of motivation items answered at level 5.
    pub draws: Vec<String>,
}

/// `answers` is None for a results-only link, which carries the score but not the answers.
pub fn fit(framework: &Framework, score: Option<f64>, answers: Option<&Assessment>) -> Fit {
    let band = match score {
        None => Band::NotAnswered,
        Some(m) if m < framework.motivation.threshold => Band::Low,
        Some(m) if m >= KEEN => Band::Keen,
        Some(_) => Band::Open,
    };
    let mut rated: Vec<(u8, &Item)> = framework
        .motivation
        .items
        .iter()
        .filter_map(|i| {
            let level = answers?.answer(&i.id).and_then(Answer::level)?;
            Some((level, i))
        })
        .collect();
    super::order::sort_by_key(&mut rated, |(level, _)| *level);
    let reservations = rated
        .iter()
        .filter(|(l, _)| *l <= 2)
        .take(NAMED)
        .map(|(_, i)| i.topic().to_string())
        .collect();
    let draws = rated
        .iter()
        .rev()
        .filter(|(l, _)| *l == 5)
        .take(NAMED)
        .map(|(_, i)| {
            if i.draw.trim().is_empty() {
                i.topic()
            } else {
                &i.draw
            }
            .to_string()
        })
        .collect();
    Fit {
        band,
        reservations,
        draws,
    }
}

impl Fit {
    /// The report's paragraph on motivation.
    pub fn text(&self) -> String {
        let doubts = list(&self.reservations);
        match self.band {
            Band::NotAnswered => "You did not answer the motivation questions, so the report cannot say whether the job itself suits you.".into(),
            Band::Low if self.reservations.is_empty() => "Your answers suggest the day-to-day of the role may not suit you yet. Ability can be learned; wanting the job is worth testing first: try parts of it before you decide.".into(),
            Band::Low => format!("Your answers show real reservations about {doubts}. Ability can be learned; wanting the job is worth testing first: try those parts of it before you decide."),
            Band::Open if self.reservations.is_empty() => "You are open to the job without strong feelings either way: trying parts of it will tell you more than thinking about it.".into(),
            Band::Open => format!("You are open to the job, with reservations about {doubts}: worth talking through with a manager you trust before you decide."),
            Band::Keen => {
                let mut text = if self.draws.is_empty() {
                    "You want what the job is: others' success, less coding, more conversations.".to_string()
                } else {
                    format!("You want what the job is. What draws you most: {}.", list(&self.draws))
                };
                if !self.reservations.is_empty() {
                    text.push_str(&format!(" One thing to talk through first: {doubts}."));
                }
                text
            }
        }
    }
}
