//! Stored data of an older schema, brought up to this one a step at a time (docs/storage.md,
//! "Migrations").

use super::{as_value, shelf_key, Prefs, Received, Store, Theme, SCHEMA, THEME};
use crate::core::assessment::{self, Assessment};
use crate::core::feedback::{self, Rater, RatingDraft};
use crate::core::from_json::{from_json_fields, FromJson};
use crate::core::shape::{self, Shape};
use serde_json::Value;

/// Brings stored data of an older schema up to this one, one step at a time.
pub(super) fn migrate(value: Value, schema: u64) -> Result<Value, String> {
    match schema {
        1 => migrate(from_schema_1(value)?, 2),
        // Schema 3 adds `lineage`, schema 4 the chosen language (`prefs.lang`): older data
        // reads as it is, with none.
        2..=4 => Ok(value),
        other => Err(format!("it has no known schema (found {other})")),
    }
}

/// Schema 1: one list for everything, in which a colleague's saved report was an assessment
/// with a `label`.
#[derive(Default)]
struct StoreV1 {
    current: Option<Assessment>,
    history: Vec<Assessment>,
    theme: Theme,
    name: String,
    raters: Vec<Rater>,
    ratings: Vec<RatingDraft>,
}
from_json_fields!(StoreV1 {
    current,
    history,
    theme,
    name,
    raters,
    ratings
});

const SHAPE_V1: Shape = Shape::Object(&[
    ("schema", Shape::Count),
    ("current", Shape::Nullable(&assessment::SHAPE)),
    ("history", Shape::List(&assessment::SHAPE)),
    ("theme", THEME),
    ("name", Shape::Text),
    ("raters", Shape::List(&feedback::RATER_SHAPE)),
    ("ratings", Shape::List(&feedback::DRAFT_SHAPE)),
]);

/// The framework assessments of schema 1 belonged to when they named none.
const V1_FRAMEWORK: (&str, &str) = ("engineering-manager", "1.0.0");

fn from_schema_1(value: Value) -> Result<Value, String> {
    if let Some(first) = shape::check(&value, &SHAPE_V1).first() {
        return Err(format!("part of it is damaged ({first})"));
    }
    let old = StoreV1::from_json(value).map_err(|e| format!("part of it is damaged ({e})"))?;
    let mut store = Store {
        schema: SCHEMA,
        raters: old.raters,
        ratings: old.ratings,
        prefs: Prefs {
            theme: old.theme,
            name: old.name,
            lang: String::new(),
        },
        ..Store::default()
    };
    let key = |a: &Assessment| {
        let id = Some(a.framework_id.as_str()).filter(|s| !s.is_empty());
        let version = Some(a.framework_version.as_str()).filter(|s| !s.is_empty());
        shelf_key(
            id.unwrap_or(V1_FRAMEWORK.0),
            version.unwrap_or(V1_FRAMEWORK.1),
        )
    };
    for a in old.history {
        match a.label.clone() {
            Some(label) => store.received.push(Received::from_label(a, &label)),
            None => store.mine.entry(key(&a)).or_default().history.push(a),
        }
    }
    if let Some(current) = old.current {
        match current.label.clone() {
            Some(label) => store.received.push(Received::from_label(current, &label)),
            None => {
                let shelf = store.mine.entry(key(&current)).or_default();
                shelf.current = Some(current);
            }
        }
    }
    as_value(&store).ok_or_else(|| "it could not be converted".to_string())
}
