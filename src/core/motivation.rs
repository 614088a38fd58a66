//! Whether the person wants the job, in words built from their own answers: what draws them,
//! what they feel mixed about and what they have reservations about, closed by what that
//! means next to their verdict.

use super::assessment::{Answer, Assessment};
use super::framework::{Framework, Item};
use super::i18n::Catalogue;
use super::situation::Situation;
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
    pub fn text(&self, t: &Catalogue) -> String {
        if self.band == Band::NotAnswered {
            return t.motivation_not_answered().into();
        }
        let rated = !(self.reservations.is_empty()
            && self.mixed.is_empty()
            && self.draws.is_empty()
            && self.likes.is_empty());
        let mut parts: Vec<String> = vec![match self.band {
            Band::Keen => t.motivation_keen(),
            Band::Low => t.motivation_low(),
            _ if !rated => t.motivation_middle(),
            _ if self.draws.is_empty() && self.likes.is_empty() => t.motivation_nothing_draws(),
            _ => t.motivation_parts_draw(),
        }
        .into()];
        match (&self.draws[..], &self.likes[..]) {
            ([], []) => {}
            ([], likes) => parts.push(t.motivation_likes(&t.list(likes))),
            (draws, []) => parts.push(t.motivation_draws(&t.list(draws))),
            (draws, likes) => parts.push(t.motivation_draws_likes(&t.list(draws), &t.list(likes))),
        }
        if !self.mixed.is_empty() {
            parts.push(t.motivation_mixed(&t.list(&self.mixed)));
        }
        match self
            .reservations
            .split_at(self.strong.min(self.reservations.len()))
        {
            ([], []) => {}
            ([], mild) => parts.push(t.motivation_reservations(&t.list(mild))),
            (strong, []) => parts.push(t.motivation_strong_reservations(&t.list(strong))),
            (strong, mild) => parts
                .push(t.motivation_strong_and_some_reservations(&t.list(strong), &t.list(mild))),
        }
        parts.push(self.closing(t).into());
        parts.retain(|p| !p.is_empty());
        parts.join(" ")
    }

    /// What the answers mean beside the verdict.
    fn closing<'t>(&self, t: &'t Catalogue) -> &'t str {
        let doubts = !self.reservations.is_empty();
        let ready = matches!(
            self.verdict,
            Some(VerdictKind::ReadyNow | VerdictKind::AlmostReady)
        );
        match (self.band, self.verdict) {
            (Band::Low, _) if self.situation.holds_target => t.motivation_closing_low_in_role(),
            (Band::Low, _) if self.situation.offered => t.motivation_closing_low_offered(),
            (Band::Low, _) => t.motivation_closing_low(),
            _ if ready && doubts && self.situation.holds_target => {
                t.motivation_closing_doubts_in_role()
            }
            _ if ready && doubts => t.motivation_closing_doubts_ready(),
            (Band::Keen, Some(VerdictKind::ReadyNow)) => t.motivation_closing_keen_ready(),
            (Band::Keen, Some(VerdictKind::AlmostReady | VerdictKind::BuildingFoundations)) => {
                t.motivation_closing_keen_close_the_gaps()
            }
            (_, _) if doubts => t.motivation_closing_doubts(),
            (Band::Open, _) if !self.mixed.is_empty() && self.situation.holds_target => {
                t.motivation_closing_mixed_in_role()
            }
            (Band::Open, _) if !self.mixed.is_empty() => t.motivation_closing_mixed(),
            _ => "",
        }
    }
}
