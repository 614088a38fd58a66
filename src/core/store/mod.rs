//! What the app keeps in the browser, and how it is read back: a versioned schema that never
//! throws away what it cannot read (docs/storage.md).
//!
//! Schema 3 (as 2, with each write's lineage) keeps apart what is mine (my assessments, one shelf per framework id and version),
//! what others sent me (reports I chose to keep), others' ratings of me, ratings I am giving
//! others, and preferences. Older schemas are migrated in `migrate.rs`; two tabs merge by
//! `core::sync`.

use super::assessment::{self, Assessment};
use super::date::Date;
use super::feedback::{self, Rater, RatingDraft};
use super::framework::Framework;
use super::from_json::{expected, from_json_fields, FromJson};
use super::problem::Problem;
use super::shape::{self, Shape};
use super::text::clean_name;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

mod migrate;

/// The schema this build writes. A later schema adds a step to `migrate`.
pub const SCHEMA: u32 = 4;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl FromJson for Theme {
    fn from_json(value: Value) -> Result<Theme, Problem> {
        match value.as_str() {
            Some("auto") => Ok(Theme::Auto),
            Some("light") => Ok(Theme::Light),
            Some("dark") => Ok(Theme::Dark),
            _ => Err(expected("auto, light or dark")),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Store {
    pub schema: u32,
    /// My own assessments, by `"<framework id>@<version>"`.
    pub mine: BTreeMap<String, Shelf>,
    /// Reports others shared with me that I chose to keep: never in my history.
    pub received: Vec<Received>,
    /// Others' ratings of me, from their answer links.
    pub raters: Vec<Rater>,
    /// Ratings I am giving others, one per rate-me request.
    pub ratings: Vec<RatingDraft>,
    pub prefs: Prefs,
    /// Which write this is (random, 0 before the first), and the write it was made from: another
    /// tab that had not seen this tab's latest write is merged against what both had seen.
    pub rev: u32,
    pub base: u32,
    /// The writes `base` was made from, newest first (at most `Seen::KEEP - 1`): a tab that
    /// missed `base` finds the nearest write it saw among them.
    pub lineage: Vec<u32>,
}
from_json_fields!(Store {
    schema,
    mine,
    received,
    raters,
    ratings,
    prefs,
    rev,
    base,
    lineage
});

/// My assessments of one framework version.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Shelf {
    /// The assessment in progress, or the last one completed.
    pub current: Option<Assessment>,
    /// Completed assessments, oldest first (the current one included once completed).
    pub history: Vec<Assessment>,
}
from_json_fields!(Shelf { current, history });

/// Someone else's report, kept from their link.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Received {
    pub id: String,
    /// Their name, when their link carried it.
    pub from: Option<String>,
    /// When it was kept.
    pub saved: Option<Date>,
    pub assessment: Assessment,
}
from_json_fields!(Received {
    id,
    from,
    saved,
    assessment
});

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Prefs {
    pub theme: Theme,
    /// The name the person last chose to put in links (only when they opt in).
    pub name: String,
    /// The language the person chose with the switcher, as its tag; empty until they choose.
    pub lang: String,
}
from_json_fields!(Prefs { theme, name, lang });

const SHELF: Shape = Shape::Object(&[
    ("current", Shape::Nullable(&assessment::SHAPE)),
    ("history", Shape::List(&assessment::SHAPE)),
]);
const THEME: Shape = Shape::OneOf(&["auto", "light", "dark"]);
pub const RECEIVED_SHAPE: Shape = Shape::Object(&[
    ("id", Shape::Text),
    ("from", Shape::Nullable(&Shape::Text)),
    ("saved", Shape::Nullable(&Shape::Date)),
    ("assessment", assessment::SHAPE),
]);
const SHAPE: Shape = Shape::Object(&[
    ("schema", Shape::Count),
    ("mine", Shape::Map(&SHELF)),
    ("received", Shape::List(&RECEIVED_SHAPE)),
    ("raters", Shape::List(&feedback::RATER_SHAPE)),
    ("ratings", Shape::List(&feedback::DRAFT_SHAPE)),
    (
        "prefs",
        Shape::Object(&[
            ("theme", THEME),
            ("name", Shape::Text),
            ("lang", Shape::Text),
        ]),
    ),
    ("rev", Shape::Id32),
    ("base", Shape::Id32),
    ("lineage", Shape::List(&Shape::Id32)),
]);

/// Ratings in progress kept at most; the oldest goes first.
pub const MAX_RATINGS: usize = 10;
/// Earlier assessments kept at most: enough for years of quarterly retakes.
pub const MAX_HISTORY: usize = 40;
/// Reports from others kept at most; the oldest goes first.
pub const MAX_RECEIVED: usize = 40;

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
    /// Saved by a newer version of the app, which reads it: this build writes nothing over
    /// it (it would be read by the newer version as a fresh start) and asks for a reload.
    Newer {
        raw: String,
        schema: u64,
    },
}

/// Why data of a newer schema is not read here.
pub fn newer_reason(schema: u64) -> String {
    format!(
        "it was saved by a newer version of Ready to Lead (schema {schema}; this version reads up to {SCHEMA})"
    )
}

pub fn decode(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else {
        return Loaded::Fresh;
    };
    let unreadable = |reason: String| Loaded::Unreadable {
        raw: raw.to_string(),
        reason,
    };
    let value: Value = match serde_json::from_str(raw) {
        Ok(v) => v,
        Err(e) => return unreadable(format!("the saved data is not valid JSON ({e})")),
    };
    let schema = value.get("schema").and_then(|s| s.as_u64()).unwrap_or(0);
    if schema > SCHEMA as u64 {
        return Loaded::Newer {
            raw: raw.to_string(),
            schema,
        };
    }
    let value = match migrate::migrate(value, schema) {
        Ok(v) => v,
        Err(reason) => return unreadable(reason),
    };
    match read(value) {
        Ok(store) => Loaded::Read(Box::new(store)),
        Err(reason) => unreadable(reason),
    }
}

fn read(value: Value) -> Result<Store, String> {
    if let Some(first) = shape::check(&value, &SHAPE).first() {
        return Err(format!("part of it is damaged ({first})"));
    }
    let mut store = Store::from_json(value).map_err(|e| format!("part of it is damaged ({e})"))?;
    store.schema = SCHEMA;
    Ok(store)
}

pub fn encode(store: &Store) -> String {
    let mut store = store.clone();
    store.schema = SCHEMA;
    serde_json::to_string(&store).unwrap_or_default()
}

/// A store as a JSON value, through its text: the app already writes and reads JSON text, so
/// this adds no second serializer to the wasm (`serde_json::to_value` would, about 20 KB).
pub(crate) fn as_value(store: &Store) -> Option<Value> {
    serde_json::from_str(&serde_json::to_string(store).ok()?).ok()
}

pub fn shelf_key(framework: &str, version: &str) -> String {
    format!("{framework}@{version}")
}

impl Store {
    /// The writes this one descends from, newest first. Rev 0 names no write: data never written
    /// by a tab (nothing, or data of a schema without revs), which may have been emptied and
    /// filled again since, so it is never taken as what two tabs both saw.
    pub fn ancestors(&self) -> impl Iterator<Item = u32> + '_ {
        std::iter::once(self.base)
            .chain(self.lineage.iter().copied())
            .filter(|&rev| rev != 0)
    }

    /// My assessments of this framework, with those of the versions it replaces mapped forward
    /// into it (and off their old shelves). Assessments of other frameworks or versions stay on
    /// their own shelves, never read against this one.
    pub fn take_shelf(&mut self, f: &Framework) -> Shelf {
        let mut shelf = self
            .mine
            .remove(&shelf_key(&f.id, &f.version))
            .unwrap_or_default();
        for old in &f.replaces {
            if let Some(older) = self.mine.remove(&shelf_key(&f.id, old)) {
                for a in older.history {
                    if !shelf.history.iter().any(|h| h.id == a.id) {
                        shelf.history.push(a);
                    }
                }
                if shelf.current.is_none() {
                    shelf.current = older.current;
                }
            }
        }
        super::order::sort_by_key(&mut shelf.history, |h| h.completed);
        shelf
    }

    /// Puts a framework's shelf back, for saving.
    pub fn put_shelf(&mut self, f: &Framework, shelf: Shelf) {
        self.mine.insert(shelf_key(&f.id, &f.version), shelf);
    }
}

/// Keeps someone else's report, replacing an earlier copy of the same one (the oldest goes past
/// `MAX_RECEIVED`).
pub fn receive(received: &mut Vec<Received>, r: Received) {
    received.retain(|x| x.id != r.id);
    received.push(r);
    let excess = received.len().saturating_sub(MAX_RECEIVED);
    received.drain(..excess);
}

/// The draft of a rate-me request, if it was started.
pub fn rating(ratings: &[RatingDraft], request: u32) -> Option<&RatingDraft> {
    ratings.iter().find(|d| d.request == request)
}

/// The draft for a rate-me request, started when first opened (the oldest goes past
/// `MAX_RATINGS`). Each request keeps its own, so opening another person's link never discards an
/// unsent rating.
pub fn rating_for(
    ratings: &mut Vec<RatingDraft>,
    request: u32,
    start: impl FnOnce() -> RatingDraft,
) -> &mut RatingDraft {
    let at = match ratings.iter().position(|d| d.request == request) {
        Some(at) => at,
        None => {
            ratings.push(start());
            let excess = ratings.len().saturating_sub(MAX_RATINGS);
            ratings.drain(..excess);
            ratings.len() - 1
        }
    };
    &mut ratings[at]
}

impl Shelf {
    pub fn record(&mut self, done: Assessment) {
        record(&mut self.history, done);
    }

    /// Deletes an assessment: from history, and as the current one when it is.
    pub fn forget(&mut self, id: &str) {
        self.history.retain(|h| h.id != id);
        if self.current.as_ref().is_some_and(|c| c.id == id) {
            self.current = None;
        }
    }
}

/// Records a completed assessment in history, replacing an earlier copy of the same one; history
/// stays in order of completion and within `MAX_HISTORY`.
pub fn record(history: &mut Vec<Assessment>, done: Assessment) {
    history.retain(|h| h.id != done.id);
    history.push(done);
    super::order::sort_by_key(history, |h| h.completed);
    let excess = history.len().saturating_sub(MAX_HISTORY);
    history.drain(..excess);
}

/// My completed assessment before the one with this id: "since last time" compares with it.
pub fn previous<'a>(history: &'a [Assessment], id: &str) -> Option<&'a Assessment> {
    let at = history.iter().position(|h| h.id == id)?;
    at.checked_sub(1).map(|i| &history[i])
}

/// Runs `change` on the current assessment, and returns a copy to record when it is completed.
pub fn change_current(
    current: &mut Option<Assessment>,
    change: impl FnOnce(&mut Assessment),
) -> Option<Assessment> {
    let a = current.as_mut()?;
    change(a);
    a.is_complete().then(|| a.clone())
}

impl Received {
    /// What is kept of a shared report: a copy under a new id, dated when it was kept if the
    /// link carried no date, with the sender's name when their link carried it.
    pub fn of_shared(a: &Assessment, name: Option<&str>, id: String, today: Date) -> Received {
        let mut copy = a.clone();
        copy.id = id.clone();
        copy.label = None;
        copy.completed = copy.completed.or(Some(today));
        Received {
            id,
            from: clean_name(name),
            saved: Some(today),
            assessment: copy,
        }
    }

    /// A schema-1 saved report: its label named the sender, or was "Shared" for none.
    pub fn from_label(mut a: Assessment, label: &str) -> Received {
        a.label = None;
        Received {
            id: a.id.clone(),
            from: clean_name(Some(label)).filter(|l| l != "Shared"),
            saved: a.completed,
            assessment: a,
        }
    }

    /// Who it is from, as headings say it.
    pub fn who(&self) -> String {
        self.from.clone().unwrap_or_else(|| "Someone".into())
    }
}

/// Whether this shared report is kept already (the same answers from the same sender), so
/// that opening a link twice does not keep it twice.
pub fn already_kept(received: &[Received], a: &Assessment, name: Option<&str>) -> bool {
    let from = clean_name(name);
    received
        .iter()
        .any(|k| k.from == from && k.assessment.answers == a.answers && k.assessment.role == a.role)
}
