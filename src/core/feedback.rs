//! "Rate me": what others answered about a person, side by side with their own view.

use super::assessment::{Answer, Assessment};
use super::date::Date;
use super::framework::{Framework, RoleProfile};
use super::from_json::from_json_fields;
use super::i18n::Catalogue;
use super::scoring::{score, Scores};
use super::shape::Shape;
use serde::Serialize;
use std::collections::BTreeMap;

/// Others see a competency this many points (half a level) apart before it is named.
pub const NOTABLE_DIFFERENCE: f64 = 12.5;

/// What a rater answers for someone aiming at `role`: a page for each competency asked of that
/// role (their indices in the framework), then a last page that makes the answer link.
#[derive(Clone, Debug, PartialEq)]
pub struct RatingPages {
    pub competencies: Vec<usize>,
    /// The situations on those pages.
    pub situations: usize,
}

impl RatingPages {
    pub fn of(f: &Framework, role: &str) -> RatingPages {
        let competencies: Vec<usize> = (0..f.competencies.len())
            .filter(|&i| f.competencies[i].asked_for(role))
            .collect();
        let situations = competencies
            .iter()
            .map(|&i| f.competencies[i].items.len())
            .sum();
        RatingPages {
            competencies,
            situations,
        }
    }

    /// Every page, the last one (the answer link) included.
    pub fn count(&self) -> usize {
        self.competencies.len() + 1
    }

    /// The competency on page `index`; None on the last page.
    pub fn competency(&self, index: usize) -> Option<usize> {
        self.competencies.get(index).copied()
    }

    /// "You answered 12 of 54 situations."
    pub fn answered(&self, t: &Catalogue, answered: usize) -> String {
        t.rating_answered(&answered, &t.count_situations(self.situations))
    }
}

/// One rater's answers, added from their answer link.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Rater {
    pub id: String,
    pub name: Option<String>,
    /// The rate-me request they answered.
    pub request: u32,
    pub answers: BTreeMap<String, Answer>,
    pub received: Option<Date>,
}
from_json_fields!(Rater {
    id,
    name,
    request,
    answers,
    received
});

pub const RATER_SHAPE: Shape = Shape::Object(&[
    ("id", Shape::Text),
    ("name", Shape::Nullable(&Shape::Text)),
    ("request", Shape::Id32),
    ("answers", Shape::Map(&Shape::Answer)),
    ("received", Shape::Nullable(&Shape::Date)),
]);

impl Rater {
    /// A rater's answers as they arrive from their answer link.
    pub fn received(
        id: String,
        name: Option<&str>,
        request: u32,
        answers: BTreeMap<String, Answer>,
        today: Date,
    ) -> Rater {
        Rater {
            id,
            name: super::text::clean_name(name),
            request,
            answers,
            received: Some(today),
        }
    }

    pub fn label(&self, t: &Catalogue) -> String {
        self.name
            .clone()
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| t.rater_anonymous().into())
    }

    /// The rater's competency scores, computed exactly as the person's own.
    pub fn scores(&self, framework: &Framework, role: &RoleProfile) -> Scores {
        let as_assessment = Assessment {
            answers: self.answers.clone(),
            ..Assessment::default()
        };
        score(framework, &as_assessment, role)
    }
}

/// Whether these answers to this request were added already (an answer link opened twice).
pub fn already_added(raters: &[Rater], request: u32, answers: &BTreeMap<String, Answer>) -> bool {
    raters
        .iter()
        .any(|r| r.request == request && &r.answers == answers)
}

/// A rating someone is giving, kept while they answer.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct RatingDraft {
    pub request: u32,
    /// Who asked, as their link says.
    pub subject: Option<String>,
    pub role: String,
    pub rater: String,
    pub answers: BTreeMap<String, Answer>,
}
from_json_fields!(RatingDraft {
    request,
    subject,
    role,
    rater,
    answers
});

pub const DRAFT_SHAPE: Shape = Shape::Object(&[
    ("request", Shape::Id32),
    ("subject", Shape::Nullable(&Shape::Text)),
    ("role", Shape::Text),
    ("rater", Shape::Text),
    ("answers", Shape::Map(&Shape::Answer)),
]);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Difference {
    /// Others rate lower than the person does.
    BlindSpot,
    /// Others rate higher than the person does.
    HiddenStrength,
}

impl Difference {
    pub fn label(self, t: &Catalogue) -> &str {
        match self {
            Difference::BlindSpot => t.difference_blind_spot(),
            Difference::HiddenStrength => t.difference_hidden_strength(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub competency: String,
    pub own: Option<f64>,
    /// The mean of the raters who rated this competency.
    pub others: Option<f64>,
    pub raters: usize,
    pub difference: Option<Difference>,
}

/// Self against others, per competency in the framework's order.
pub fn compare(
    framework: &Framework,
    own: &Scores,
    raters: &[Rater],
    role: &RoleProfile,
) -> Vec<Comparison> {
    let theirs: Vec<Scores> = raters.iter().map(|r| r.scores(framework, role)).collect();
    own.competencies
        .iter()
        .map(|c| {
            let rated: Vec<f64> = theirs
                .iter()
                .filter_map(|s| s.competency(&c.id).and_then(|x| x.score))
                .collect();
            let others =
                (!rated.is_empty()).then(|| rated.iter().sum::<f64>() / rated.len() as f64);
            let difference = match (c.score, others) {
                (Some(own), Some(others)) if others <= own - NOTABLE_DIFFERENCE => {
                    Some(Difference::BlindSpot)
                }
                (Some(own), Some(others)) if others >= own + NOTABLE_DIFFERENCE => {
                    Some(Difference::HiddenStrength)
                }
                _ => None,
            };
            Comparison {
                competency: c.id.clone(),
                own: c.score,
                others,
                raters: rated.len(),
                difference,
            }
        })
        .collect()
}
