//! Whether the person wants the job, in words built from their own answers: what draws them,
//! what they feel mixed about and what they have reservations about, closed by what that
//! means next to their verdict.

use super::assessment::{Answer, Assessment};
use super::framework::{Framework, Item};
use super::situation::Situation;
use super::text::list;
use super::verdict::VerdictKind;

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
    /// Topics of motivation items answered at level 1 or 2, the strongest doubt first.
    pub reservations: Vec<String>,
    /// How many of those, at the front, were answered at level 1.
    pub strong: usize,
    /// Topics answered at level 3: neither a draw nor a doubt.
    pub mixed: Vec<String>,
    /// What draws the person, from items answered at level 5.
    pub draws: Vec<String>,
    /// From items answered at level 4.
    pub likes: Vec<String>,
    /// The verdict the paragraph closes on; None when not known (the motivation alone).
    pub verdict: Option<VerdictKind>,
    /// Where the person stands: someone offered the role cannot try it in small ways first.
    pub situation: Situation,
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
    let topics = |keep: &dyn Fn(u8) -> bool| -> Vec<String> {
        rated
            .iter()
            .filter(|(l, _)| keep(*l))
            .map(|(_, i)| i.topic().to_string())
            .collect()
    };
    let draws = |level: u8| -> Vec<String> {
        rated
            .iter()
            .filter(|(l, _)| *l == level)
            .map(|(_, i)| {
                if i.draw.trim().is_empty() {
                    i.topic()
                } else {
                    &i.draw
                }
                .to_string()
            })
            .collect()
    };
    Fit {
        band,
        reservations: topics(&|l| l <= 2),
        strong: rated.iter().filter(|(l, _)| *l == 1).count(),
        mixed: topics(&|l| l == 3),
        draws: draws(5),
        likes: draws(4),
        verdict: None,
        situation: Situation::default(),
    }
}

impl Fit {
    /// The report's paragraph on motivation.
    pub fn text(&self) -> String {
        if self.band == Band::NotAnswered {
            return "You did not answer the motivation questions, so the report cannot say whether the job itself suits you.".into();
        }
        let rated = !(self.reservations.is_empty()
            && self.mixed.is_empty()
            && self.draws.is_empty()
            && self.likes.is_empty());
        let mut parts: Vec<String> = vec![match self.band {
            Band::Keen => "You want what the job is.".into(),
            Band::Low => {
                "Your answers show real reservations about the day-to-day of the job.".into()
            }
            _ if !rated => "Your motivation answers sit in the middle of the scale.".into(),
            _ if self.draws.is_empty() && self.likes.is_empty() => {
                "Nothing in the job draws you strongly yet.".into()
            }
            _ => "Parts of the job draw you, and others less so.".into(),
        }];
        match (&self.draws[..], &self.likes[..]) {
            ([], []) => {}
            ([], likes) => parts.push(format!("What draws you: {}.", list(likes))),
            (draws, []) => parts.push(format!("What draws you most: {}.", list(draws))),
            (draws, likes) => parts.push(format!(
                "What draws you most: {}; you also like {}.",
                list(draws),
                list(likes)
            )),
        }
        if !self.mixed.is_empty() {
            parts.push(format!("You feel mixed about {}.", list(&self.mixed)));
        }
        match self
            .reservations
            .split_at(self.strong.min(self.reservations.len()))
        {
            ([], []) => {}
            ([], mild) => parts.push(format!("You have reservations about {}.", list(mild))),
            (strong, []) => parts.push(format!(
                "You have strong reservations about {}.",
                list(strong)
            )),
            (strong, mild) => parts.push(format!(
                "You have strong reservations about {}, and some about {}.",
                list(strong),
                list(mild)
            )),
        }
        parts.push(self.closing());
        parts.retain(|p| !p.is_empty());
        parts.join(" ")
    }

    /// What the answers mean beside the verdict.
    fn closing(&self) -> String {
        let doubts = !self.reservations.is_empty();
        match (self.band, self.verdict) {
            (Band::Low, _) if self.situation.holds_target => "You know the job from the inside: name what drains you in it with your manager before you commit to it, and ask what could change.".into(),
            (Band::Low, _) if self.situation.offered => "Ability can be learned, and wanting the job matters as much: talk these doubts through with the person offering you the role before you accept, or early on if you already have, and notice in your first months which parts of the week drain you.".into(),
            (Band::Low, _) => "Ability can be learned; wanting the job is worth testing first: try those parts of it, in small ways you can undo, before you decide.".into(),
            (_, Some(VerdictKind::ReadyNow | VerdictKind::AlmostReady)) if doubts && self.situation.holds_target => "Talk the reservations through with your manager: they are part of every week in the job you already do, and naming them is how you get support with them.".into(),
            (_, Some(VerdictKind::ReadyNow | VerdictKind::AlmostReady)) if doubts => "Talk the reservations through with your manager before you take the step: they are part of every week in the job.".into(),
            (Band::Keen, Some(VerdictKind::ReadyNow)) => "Your wish for the job and your readiness point the same way.".into(),
            (Band::Keen, Some(VerdictKind::AlmostReady | VerdictKind::BuildingFoundations)) => "That is a good reason to close the gaps: the wish for the job is there.".into(),
            (_, _) if doubts => "Worth talking through with a manager you trust, and testing in practice, before you decide.".into(),
            (Band::Open, _) if !self.mixed.is_empty() && self.situation.holds_target => "You have done this job: how those parts felt then, and what would make them different now, is worth writing down before you decide.".into(),
            (Band::Open, _) if !self.mixed.is_empty() => "Trying those parts of the job will tell you more than thinking about them.".into(),
            _ => String::new(),
        }
    }
}
