//! The Markdown brief, the .ics reminder (golden files) and JSON export → import.

use super::{answered, day, small};
use crate::en;
use ready_to_lead::core::export::{export, import};
use ready_to_lead::core::store::{Received, Shelf};
use ready_to_lead::core::{brief, ics, Assessment, Report};
use std::path::Path;

/// Compares with a golden file; `UPDATE_GOLDEN=1 cargo test` rewrites it after a deliberate change.
#[track_caller]
fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/golden")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected =
        std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing {}", path.display()));
    assert_eq!(actual, expected, "{name} differs from its golden file");
}

fn sample() -> Assessment {
    let f = small();
    let mut a = answered(
        &f,
        "manager",
        &[
            ("coach-1", "5"),
            ("coach-2", "3"),
            ("hire-1", "2"),
            ("hire-2", "na"),
            ("design-1", "4"),
            ("design-2", "4"),
            ("mot-1", "4"),
            ("mot-2", "2"),
        ],
    );
    a.completed = Some(day("2026-11-28"));
    a.background.insert("years".into(), 5.0);
    a.set_note(
        "hire",
        "Interviewed 6 candidates, wrote the rubric for one role.",
    );
    a.toggle_done("hire-practice");
    a
}

#[test]
fn markdown_brief_matches_its_golden_file() {
    let f = small();
    let a = sample();
    golden(
        "brief.md",
        &brief::markdown(&f, en(), &a, &Report::build(&f, en(), &a)),
    );
}

#[test]
fn ics_reminder_matches_its_golden_file() {
    let text = ics::reminder(
        day("2027-02-26"),
        "Retake Ready to Lead, the Engineering Manager self-assessment",
        "Your plan: Hiring; Coaching, with feedback. Compare with 28 Nov 2026.",
        "a-1",
        1_795_782_645_000.0,
    );
    golden("reminder.ics", &text);
    assert!(text.split("\r\n").all(|l| l.len() <= 75));
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "bare LF in {text:?}"
    );
    assert!(text.contains("DESCRIPTION:Your plan: Hiring\\; Coaching\\, with feedback. Compare with 28 N\r\n ov 2026.\r\n"));
}

#[test]
fn export_then_import_gives_back_the_same_assessments() {
    let f = small();
    let mut store = Shelf::default();
    let mut first = sample();
    first.id = "a-0".into();
    first.completed = Some(day("2026-08-01"));
    store.record(first);
    store.record(sample());
    store.current = Some(sample());
    let theirs = Received::of_shared(&sample(), Some("Ada"), "s-1".into(), day("2026-11-28"));
    let json = export(&store, std::slice::from_ref(&theirs), day("2026-11-28"));
    let file = import(&json, &f, en()).expect("its own export imports");
    assert_eq!(file.count(), 4);
    let (mut fresh, mut received) = (Shelf::default(), Vec::new());
    file.apply(&mut fresh, &mut received);
    assert_eq!(fresh.current, store.current);
    assert_eq!(fresh.history, store.history);
    assert_eq!(fresh.history.len(), 2);
    assert_eq!(received, [theirs]);
    // The same report comes out.
    let a = fresh.current.as_ref().unwrap();
    assert_eq!(
        Report::build(&f, en(), a),
        Report::build(&f, en(), store.current.as_ref().unwrap())
    );
}

#[test]
fn import_reports_every_problem_with_its_path() {
    let f = small();
    let store = Shelf {
        current: Some(sample()),
        ..Shelf::default()
    };
    let mut doc: serde_json::Value =
        serde_json::from_str(&export(&store, &[], day("2026-11-28"))).unwrap();
    let current = doc.pointer_mut("/current").unwrap();
    current["answers"]["coach-9"] = 3.into();
    current["background"]["years"] = 4.into();
    current["notes"]["magic"] = "x".into();
    current["role"] = "ceo".into();
    current["done"] = serde_json::json!(["read-everything"]);
    let problems = import(&doc.to_string(), &f, en()).unwrap_err();
    let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    for expected in [
        "current.answers.coach-9: names no item of this framework",
        "current.background.years: 4 is not one of the question's options",
        "current.notes.magic: names no competency",
        "current.role: names no role of this framework: \"ceo\"",
        "current.done: names no action of this framework: \"read-everything\"",
    ] {
        assert!(
            text.contains(&expected.to_string()),
            "missing {expected:?} in {text:#?}"
        );
    }
}

#[test]
fn import_refuses_what_is_not_an_export() {
    let f = small();
    let message = |json: &str| import(json, &f, en()).unwrap_err()[0].to_string();
    assert!(message("not json").starts_with("not valid JSON"));
    assert!(message("{\"format\": \"other\"}").contains("not a Ready to Lead export"));
    assert!(
        message("{\"format\": \"ready-to-lead-assessment\", \"version\": 9}")
            .contains("newer version")
    );
    assert!(message("{\"format\": \"ready-to-lead-assessment\", \"version\": 1, \"current\": {\"answers\": {\"coach-1\": 7}}}")
        .starts_with("current.answers.coach-1"));
    let other = "{\"format\": \"ready-to-lead-assessment\", \"version\": 1, \"current\": {\"id\": \"a-1\", \"framework_id\": \"other\"}}";
    assert!(message(other).contains("answers the framework \"other\""));
}

/// Version 1 exports kept a colleague's saved report in history with a label: it imports as a
/// received report, not as mine.
#[test]
fn a_version_1_export_sorts_a_colleagues_report_out_of_my_history() {
    let f = small();
    let mut theirs = sample();
    theirs.id = "s-ada".into();
    theirs.label = Some("Ada".into());
    let file = serde_json::json!({
        "format": "ready-to-lead-assessment", "version": 1, "exported": "2026-11-28",
        "current": sample(), "history": [sample(), theirs],
    });
    let file = import(&file.to_string(), &f, en()).expect("a version 1 export imports");
    assert_eq!(file.history.len(), 1);
    assert_eq!(file.received.len(), 1);
    assert_eq!(file.received[0].from.as_deref(), Some("Ada"));
    // An assessment of a version this app cannot read is named, not imported.
    let mut old = sample();
    old.framework_version = "0.1.0".into();
    let bad =
        serde_json::json!({"format": "ready-to-lead-assessment", "version": 2, "current": old});
    let problems = import(&bad.to_string(), &f, en()).unwrap_err();
    assert!(
        problems[0]
            .to_string()
            .starts_with("current.framework_version: was made with version \"0.1.0\""),
        "{problems:?}"
    );
}

#[test]
fn ticks_and_the_page_are_not_part_of_what_a_report_is_made_from() {
    let f = small();
    let mut a = sample();
    let before = a.scored_part();
    a.toggle_done("coach-practice");
    a.page = 3;
    assert_eq!(a.scored_part(), before);
    assert_eq!(
        Report::build(&f, en(), &a),
        Report::build(&f, en(), &before)
    );
    a.set_answer("coach-1", ready_to_lead::core::Answer::Level(1));
    assert_ne!(a.scored_part(), before);
}
