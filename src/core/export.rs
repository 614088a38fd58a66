//! The JSON export of a person's assessments, and its import with every problem named.

use super::assessment::{self, Assessment, NOTE_MAX_CHARS};
use super::date::Date;
use super::framework::Framework;
use super::from_json::{from_json_fields, FromJson};
use super::i18n::Catalogue;
use super::problem::Problem;
use super::shape::{self, Shape};
use super::store::{self, Received, Shelf};
use super::text::exact;
use serde::Serialize;

pub const FORMAT: &str = "ready-to-lead-assessment";
/// 2 adds the reports received from others; version 1 files (where such a report was an
/// assessment with a `label` in history) still import.
pub const VERSION: u32 = 2;
const SHAPE: Shape = Shape::Object(&[
    ("format", Shape::Text),
    ("version", Shape::Count),
    ("exported", Shape::Nullable(&Shape::Date)),
    ("current", Shape::Nullable(&assessment::SHAPE)),
    ("history", Shape::List(&assessment::SHAPE)),
    ("received", Shape::List(&store::RECEIVED_SHAPE)),
]);

/// An export larger than this is refused: a real one is a few hundred kilobytes at most.
pub const MAX_BYTES: usize = 5_000_000;

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ExportFile {
    pub format: String,
    pub version: u32,
    pub exported: Option<Date>,
    pub current: Option<Assessment>,
    pub history: Vec<Assessment>,
    pub received: Vec<Received>,
}
from_json_fields!(ExportFile {
    format,
    version,
    exported,
    current,
    history,
    received
});

/// My assessments of one framework and the reports I kept from others.
pub fn export(shelf: &Shelf, received: &[Received], today: Date) -> String {
    let file = ExportFile {
        format: FORMAT.into(),
        version: VERSION,
        exported: Some(today),
        current: shelf.current.clone(),
        history: shelf.history.clone(),
        received: received.to_vec(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads an export; returns every problem found, each with its JSON path.
pub fn import(
    json: &str,
    framework: &Framework,
    t: &Catalogue,
) -> Result<ExportFile, Vec<Problem>> {
    if json.len() > MAX_BYTES {
        return Err(vec![Problem::new(
            "",
            t.import_too_large(&json.len(), &MAX_BYTES),
        )]);
    }
    let head: serde_json::Value =
        serde_json::from_str(json).map_err(|e| vec![Problem::new("", t.import_not_json(&e))])?;
    if head.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(vec![Problem::new("format", t.import_not_export(&FORMAT))]);
    }
    match head.get("version").and_then(|v| v.as_u64()) {
        Some(v) if (1..=VERSION as u64).contains(&v) => {}
        Some(v) if v > VERSION as u64 => {
            return Err(vec![Problem::new("version", t.import_newer(&v, &VERSION))]);
        }
        other => {
            return Err(vec![Problem::new(
                "version",
                t.import_unknown_version(&format!("{other:?}")),
            )])
        }
    }
    let problems = shape::check(&head, &SHAPE);
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut file = ExportFile::from_json(head).map_err(|p| vec![p])?;
    // Version 1 kept others' reports in history, with a label: they are not mine.
    let (theirs, mine): (Vec<Assessment>, Vec<Assessment>) =
        file.history.drain(..).partition(|a| a.label.is_some());
    file.history = mine;
    for a in theirs {
        let label = a.label.clone().unwrap_or_default();
        file.received.push(Received::from_label(a, &label));
    }
    let mut problems = Vec::new();
    if let Some(current) = &file.current {
        check(framework, current, "current", &mut problems);
    }
    for (i, h) in file.history.iter().enumerate() {
        check(framework, h, &format!("history[{i}]"), &mut problems);
        if h.completed.is_none() {
            problems.push(Problem::new(
                format!("history[{i}].completed"),
                "a past assessment has a completion date",
            ));
        }
    }
    for (i, r) in file.received.iter().enumerate() {
        check(
            framework,
            &r.assessment,
            &format!("received[{i}].assessment"),
            &mut problems,
        );
    }
    if problems.is_empty() {
        Ok(file)
    } else {
        Err(problems)
    }
}

/// Checks an assessment against the framework it claims to answer.
pub fn check(framework: &Framework, a: &Assessment, at: &str, problems: &mut Vec<Problem>) {
    let mut problem = |path: String, message: String| problems.push(Problem::new(path, message));
    if a.id.is_empty()
        || a.id.len() > 40
        || !a.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    {
        problem(
            format!("{at}.id"),
            format!("{:?} is not an assessment id", a.id),
        );
    }
    if a.framework_id != framework.id {
        problem(
            format!("{at}.framework_id"),
            format!(
                "answers the framework {:?}, but this app uses {:?}",
                a.framework_id, framework.id
            ),
        );
        return; // the remaining checks would only repeat this one
    }
    // A file made by hand may leave the version out; one that names another version is refused.
    if !a.framework_version.is_empty() && !framework.versions().any(|v| v == a.framework_version) {
        problem(
            format!("{at}.framework_version"),
            format!(
                "was made with version {:?} of the framework, which this app (version {:?}) cannot read",
                a.framework_version, framework.version
            ),
        );
    }
    if framework.role(&a.role).is_none() {
        problem(
            format!("{at}.role"),
            format!("names no role of this framework: {:?}", a.role),
        );
    }
    for id in a.answers.keys() {
        if framework.item(id).is_none() {
            problem(
                format!("{at}.answers.{id}"),
                "names no item of this framework".into(),
            );
        }
    }
    for (id, value) in &a.background {
        match framework.background.iter().find(|q| &q.id == id) {
            None => problem(
                format!("{at}.background.{id}"),
                "names no background question".into(),
            ),
            Some(q) if !q.options.iter().any(|o| o.value == *value) => problem(
                format!("{at}.background.{id}"),
                format!("{} is not one of the question's options", exact(*value)),
            ),
            Some(_) => {}
        }
    }
    for (id, note) in &a.notes {
        if framework.competency(id).is_none() {
            problem(format!("{at}.notes.{id}"), "names no competency".into());
        }
        if note.chars().count() > NOTE_MAX_CHARS {
            problem(
                format!("{at}.notes.{id}"),
                format!("is longer than {NOTE_MAX_CHARS} characters"),
            );
        }
    }
    for id in &a.done {
        if framework.action(id).is_none() {
            problem(
                format!("{at}.done"),
                format!("names no action of this framework: {id:?}"),
            );
        }
    }
}

impl ExportFile {
    /// How many assessments it holds: mine and others'.
    pub fn count(&self) -> usize {
        self.history.len() + usize::from(self.current.is_some()) + self.received.len()
    }

    /// Takes in an import: its current assessment replaces mine; its history joins mine, an
    /// assessment with the same id being replaced; its reports from others join mine.
    pub fn apply(self, shelf: &mut Shelf, received: &mut Vec<Received>) {
        for h in self.history {
            shelf.record(h);
        }
        if let Some(current) = self.current {
            shelf.current = Some(current);
        }
        for r in self.received {
            store::receive(received, r);
        }
    }
}
