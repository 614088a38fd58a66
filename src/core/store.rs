//! What the app keeps in the browser, and how it is read back: a versioned schema that never
//! throws away what it cannot read.

use super::assessment::{self, Assessment};
use super::feedback::{self, Rater, RatingDraft};
use super::shape::{self, Shape};
use serde::{Deserialize, Serialize};

/// The schema this build writes. A later schema adds a step to `migrate`.
pub const SCHEMA: u32 = 1;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Store {
    pub schema: u32,
    /// The assessment in progress, or the last one completed.
    pub current: Option<Assessment>,
    /// Completed assessments, oldest first (the current one included once completed).
    pub history: Vec<Assessment>,
    pub theme: Theme,
    /// The name the person last chose to put in links (only when they opt in).
    pub name: String,
    /// Others' ratings of this person, from their answer links.
    pub raters: Vec<Rater>,
    /// Ratings this person is giving others, one per rate-me request.
    pub ratings: Vec<RatingDraft>,
}

const SHAPE: Shape = Shape::Object(&[
    ("schema", Shape::Count),
    ("current", Shape::Nullable(&assessment::SHAPE)),
    ("history", Shape::List(&assessment::SHAPE)),
    ("theme", Shape::OneOf(&["auto", "light", "dark"])),
    ("name", Shape::Text),
    ("raters", Shape::List(&feedback::RATER_SHAPE)),
    ("ratings", Shape::List(&feedback::DRAFT_SHAPE)),
]);

/// Ratings in progress kept at most; the oldest goes first.
pub const MAX_RATINGS: usize = 10;

/// Earlier assessments kept at most: enough for years of quarterly retakes.
pub const MAX_HISTORY: usize = 40;

/// The outcome of reading stored data.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing was stored.
    Fresh,
    Read(Box<Store>),
    /// The stored text could not be used. It must be kept aside, never overwritten; the app
    /// starts fresh and tells the person why.
    Unreadable {
        raw: String,
        reason: String,
    },
}

pub fn decode(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else {
        return Loaded::Fresh;
    };
    let unreadable = |reason: String| Loaded::Unreadable {
        raw: raw.to_string(),
        reason,
    };
    let value: serde_json::Value = match serde_json::from_str(raw) {
        Ok(v) => v,
        Err(e) => return unreadable(format!("the saved data is not valid JSON ({e})")),
    };
    let schema = value.get("schema").and_then(|s| s.as_u64()).unwrap_or(0);
    if schema > SCHEMA as u64 {
        return unreadable(format!(
            "it was saved by a newer version of Ready to Lead (schema {schema}; this version reads up to {SCHEMA})"
        ));
    }
    let value = match migrate(value, schema) {
        Ok(v) => v,
        Err(reason) => return unreadable(reason),
    };
    if let Some(first) = shape::check(&value, &SHAPE).first() {
        return unreadable(format!("part of it is damaged ({first})"));
    }
    match serde_json::from_value::<Store>(value) {
        Ok(mut store) => {
            store.schema = SCHEMA;
            Loaded::Read(Box::new(store))
        }
        Err(e) => unreadable(format!("part of it is damaged ({e})")),
    }
}

/// Brings stored data of an older schema up to this one, one step at a time.
fn migrate(value: serde_json::Value, schema: u64) -> Result<serde_json::Value, String> {
    match schema {
        SCHEMA_1 => Ok(value),
        other => Err(format!("it has no known schema (found {other})")),
    }
}
const SCHEMA_1: u64 = 1;

pub fn encode(store: &Store) -> String {
    let mut store = store.clone();
    store.schema = SCHEMA;
    serde_json::to_string(&store).unwrap_or_default()
}

impl Store {
    /// Records a completed assessment in history, replacing an earlier copy of the same one.
    pub fn record(&mut self, done: Assessment) {
        self.history.retain(|h| h.id != done.id);
        self.history.push(done);
        self.history.sort_by_key(|h| h.completed);
        let excess = self.history.len().saturating_sub(MAX_HISTORY);
        self.history.drain(..excess);
    }

    /// The completed assessment before the one with this id.
    pub fn previous(&self, id: &str) -> Option<&Assessment> {
        let at = self.history.iter().position(|h| h.id == id)?;
        at.checked_sub(1).map(|i| &self.history[i])
    }

    /// Deletes an assessment: from history, and as the current one when it is.
    pub fn forget(&mut self, id: &str) {
        self.history.retain(|h| h.id != id);
        if self.current.as_ref().is_some_and(|c| c.id == id) {
            self.current = None;
        }
    }

    /// The rating in progress for a rate-me request, started when first opened. Each request
    /// keeps its own, so opening another person's link never discards an unsent rating.
    pub fn rating_for(
        &mut self,
        request: u32,
        start: impl FnOnce() -> RatingDraft,
    ) -> &mut RatingDraft {
        let at = match self.ratings.iter().position(|d| d.request == request) {
            Some(at) => at,
            None => {
                self.ratings.push(start());
                let excess = self.ratings.len().saturating_sub(MAX_RATINGS);
                self.ratings.drain(..excess);
                self.ratings.len() - 1
            }
        };
        &mut self.ratings[at]
    }

    pub fn rating(&self, request: u32) -> Option<&RatingDraft> {
        self.ratings.iter().find(|d| d.request == request)
    }
}
