//! What a link carries.

use crate::core::assessment::{Answer, Assessment};
use crate::core::date::Date;
use crate::core::feedback::RatingDraft;
use crate::core::quality::Confidence;
use crate::core::text::clean_name;
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Scores, verdict inputs and background; no answers.
    Results = 0,
    /// Every answer, so the viewer's app recomputes the same report.
    Full = 1,
    /// Asks someone to rate the sender.
    RateRequest = 2,
    /// A rater's answers about the sender.
    RaterResponse = 3,
}

/// Scores as a results-only link carries them, in the framework's competency order.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedResults {
    pub role: String,
    pub background: BTreeMap<String, f64>,
    /// Hundredths of a point: exact to what the report shows.
    pub competencies: Vec<Option<f64>>,
    pub motivation: Option<f64>,
    pub confidence: Confidence,
    pub name: Option<String>,
    pub date: Option<Date>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RateRequest {
    pub request: u32,
    pub role: String,
    pub name: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RaterResponse {
    pub request: u32,
    pub rater: Option<String>,
    /// Scored items only: motivation is the person's own to say.
    pub answers: BTreeMap<String, Answer>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Shared {
    Results(SharedResults),
    /// The assessment (answers, background, role; notes when included), and the sender's name.
    Full(Box<Assessment>, Option<String>),
    RateRequest(RateRequest),
    RaterResponse(RaterResponse),
}

impl RaterResponse {
    /// What a rater sends back: their answers, and their name when they gave one.
    pub fn from_draft(draft: &RatingDraft) -> RaterResponse {
        RaterResponse {
            request: draft.request,
            rater: clean_name(Some(&draft.rater)),
            answers: draft.answers.clone(),
        }
    }
}
