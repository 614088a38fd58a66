//! One person's assessment: their answers, background, evidence notes and plan progress.

use super::date::Date;
use super::framework::Framework;
use super::from_json::{expected, from_json_fields, FromJson};
use super::problem::Problem;
use super::shape::Shape;
use serde::{Serialize, Serializer};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// An answer to an item: a level from 1 to 5, or "No opportunity yet".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    Level(u8),
    NoOpportunity,
}

impl Answer {
    /// The value of the answer's radio input: "1"…"5" or "na".
    pub fn value(self) -> String {
        match self {
            Answer::Level(l) => l.to_string(),
            Answer::NoOpportunity => "na".into(),
        }
    }

    pub fn from_value(value: &str) -> Option<Answer> {
        match value {
            "na" => Some(Answer::NoOpportunity),
            "1" | "2" | "3" | "4" | "5" => value.parse().ok().map(Answer::Level),
            _ => None,
        }
    }

    pub fn level(self) -> Option<u8> {
        match self {
            Answer::Level(l) => Some(l),
            Answer::NoOpportunity => None,
        }
    }
}

// Saved as 1–5 or "na", the same words a person sees in an exported file.
impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Answer::Level(l) => s.serialize_u8(*l),
            Answer::NoOpportunity => s.serialize_str("na"),
        }
    }
}

impl FromJson for Answer {
    fn from_json(value: Value) -> Result<Answer, Problem> {
        match (value.as_u64(), value.as_str()) {
            (Some(l @ 1..=5), _) => Ok(Answer::Level(l as u8)),
            (_, Some("na")) => Ok(Answer::NoOpportunity),
            _ => Err(expected("an answer (1 to 5, or \"na\")")),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Assessment {
    /// Unique among this person's assessments; names it in history.
    pub id: String,
    pub framework_id: String,
    pub framework_version: String,
    /// The target role's id.
    pub role: String,
    pub answers: BTreeMap<String, Answer>,
    /// Background question id → the chosen option's value.
    pub background: BTreeMap<String, f64>,
    /// Competency id → a short example that supports the ratings.
    pub notes: BTreeMap<String, String>,
    /// Growth plan actions ticked off.
    pub done: BTreeSet<String>,
    /// The questionnaire page the person was on.
    pub page: usize,
    pub started: Option<Date>,
    pub completed: Option<Date>,
    /// Schema 1 and its exports only: whose it was, for a report saved from someone else's link.
    /// Reading such data moves it to the received reports; nothing writes it any more.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}
from_json_fields!(Assessment {
    id,
    framework_id,
    framework_version,
    role,
    answers,
    background,
    notes,
    done,
    page,
    started,
    completed,
    label
});

/// The shape of a saved or exported assessment, checked before it is read (`from_json`).
pub const SHAPE: Shape = Shape::Object(&[
    ("id", Shape::Text),
    ("framework_id", Shape::Text),
    ("framework_version", Shape::Text),
    ("role", Shape::Text),
    ("answers", Shape::Map(&Shape::Answer)),
    ("background", Shape::Map(&Shape::Number)),
    ("notes", Shape::Map(&Shape::Text)),
    ("done", Shape::List(&Shape::Text)),
    ("page", Shape::Count),
    ("started", Shape::Nullable(&Shape::Date)),
    ("completed", Shape::Nullable(&Shape::Date)),
    ("label", Shape::Nullable(&Shape::Text)),
]);

/// Evidence notes are kept short: they are examples, not essays, and travel in links.
pub const NOTE_MAX_CHARS: usize = 500;

impl Assessment {
    pub fn new(framework: &Framework, role: &str, id: String, today: Date) -> Assessment {
        Assessment {
            id,
            framework_id: framework.id.clone(),
            framework_version: framework.version.clone(),
            role: framework.role_or_default(role).id.clone(),
            started: Some(today),
            ..Assessment::default()
        }
    }

    /// A new assessment that starts from this one's answers (a retake that keeps them).
    pub fn retake(&self, id: String, today: Date, keep_answers: bool) -> Assessment {
        let mut next = Assessment {
            id,
            framework_id: self.framework_id.clone(),
            framework_version: self.framework_version.clone(),
            role: self.role.clone(),
            started: Some(today),
            background: self.background.clone(),
            ..Assessment::default()
        };
        if keep_answers {
            next.answers = self.answers.clone();
            next.notes = self.notes.clone();
        }
        next
    }

    /// This assessment without what a report does not depend on (ticked actions, the page the
    /// person was on), so that a change to those alone is seen as no change by the report.
    pub fn scored_part(&self) -> Assessment {
        Assessment {
            done: BTreeSet::new(),
            page: 0,
            ..self.clone()
        }
    }

    pub fn answer(&self, item: &str) -> Option<Answer> {
        self.answers.get(item).copied()
    }

    pub fn set_answer(&mut self, item: &str, answer: Answer) {
        self.answers.insert(item.to_string(), answer);
    }

    pub fn set_note(&mut self, competency: &str, text: &str) {
        let text: String = text.chars().take(NOTE_MAX_CHARS).collect();
        if text.trim().is_empty() {
            self.notes.remove(competency);
        } else {
            self.notes.insert(competency.to_string(), text);
        }
    }

    pub fn note(&self, competency: &str) -> &str {
        self.notes.get(competency).map(String::as_str).unwrap_or("")
    }

    pub fn toggle_done(&mut self, action: &str) {
        if !self.done.remove(action) {
            self.done.insert(action.to_string());
        }
    }

    pub fn is_complete(&self) -> bool {
        self.completed.is_some()
    }

    /// Items of the framework this assessment has not answered.
    pub fn unanswered<'a>(
        &'a self,
        framework: &'a Framework,
    ) -> impl Iterator<Item = &'a str> + 'a {
        framework
            .all_items()
            .map(|i| i.id.as_str())
            .filter(|id| !self.answers.contains_key(*id))
    }
}
