//! Stored data is read back, migrated from older schemas, or kept aside when it cannot be read:
//! never lost. Two tabs merging are in `sync.rs`.

use super::{answered, day, small};
use crate::en;
use ready_to_lead::core::feedback::{Rater, RatingDraft};
use ready_to_lead::core::from_json::FromJson;
use ready_to_lead::core::store::{
    decode, encode, previous, rating, rating_for, shelf_key, Loaded, Prefs, Received, Shelf, Store,
    Theme, MAX_HISTORY, SCHEMA,
};
use ready_to_lead::core::{Answer, Framework, Report};
use std::path::Path;

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/storage")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing {}", path.display()))
}

fn read(raw: &str) -> Store {
    match decode(Some(raw)) {
        Loaded::Read(store) => *store,
        other => panic!("not read: {other:?}"),
    }
}

#[test]
fn nothing_stored_is_a_fresh_start() {
    assert_eq!(decode(None), Loaded::Fresh);
}

#[test]
fn what_is_written_reads_back() {
    let f = small();
    let mut store = Store {
        prefs: Prefs {
            theme: Theme::Dark,
            name: "Ada".into(),
            lang: "de".into(),
        },
        ..Store::default()
    };
    let shelf = Shelf {
        current: Some(answered(&f, "lead", &[("coach-1", "4"), ("hire-2", "na")])),
        ..Shelf::default()
    };
    store.put_shelf(&f, shelf);
    store.raters.push(Rater {
        id: "r-1".into(),
        name: Some("Manager".into()),
        request: u32::MAX,
        answers: [("coach-1".to_string(), Answer::Level(2))].into(),
        received: Some(day("2026-11-27")),
    });
    store.ratings.push(RatingDraft {
        request: 4_000_000_000,
        subject: Some("Sam".into()),
        role: "lead".into(),
        rater: "Peer".into(),
        answers: [("hire-1".to_string(), Answer::NoOpportunity)].into(),
    });
    let back = read(&encode(&store));
    assert_eq!(
        back,
        Store {
            schema: SCHEMA,
            ..store
        }
    );
}

#[test]
fn unreadable_data_is_kept_with_a_reason() {
    let cases = [
        ("{not json", "not valid JSON"),
        (
            "{\"schema\": 3, \"mine\": {}, \"lineage\": [-1]}",
            "damaged (lineage",
        ),
        (
            "{\"schema\": 1, \"current\": {\"answers\": {\"coach-1\": 9}}}",
            "damaged (current.answers.coach-1",
        ),
        (
            "{\"schema\": 2, \"mine\": {\"x@1\": {\"current\": {\"answers\": {\"a\": 0}}}}}",
            "damaged (mine.x@1.current.answers.a",
        ),
        ("[1, 2]", "no known schema"),
        ("{\"schema\": 0}", "no known schema"),
    ];
    for (raw, reason_part) in cases {
        match decode(Some(raw)) {
            Loaded::Unreadable { raw: kept, reason } => {
                assert_eq!(kept, raw, "the raw text is kept as it was");
                assert!(reason.contains(reason_part), "{raw}: {reason}");
            }
            other => panic!("{raw} decoded as {other:?}"),
        }
    }
    // Data of a newer schema is the newer version's: never read here, never written over.
    let schema = u64::from(ready_to_lead::core::store::SCHEMA) + 1;
    let newer = format!("{{\"schema\": {schema}, \"mine\": {{}}}}");
    assert_eq!(
        decode(Some(&newer)),
        Loaded::Newer {
            raw: newer.clone(),
            schema
        }
    );
    assert!(ready_to_lead::core::store::newer_reason(4).contains("newer version"));
    // Schema-1 data as the app wrote it, damaged by hand, is kept aside too.
    let damaged = fixture("schema-1-damaged.json");
    assert!(matches!(decode(Some(&damaged)), Loaded::Unreadable { raw, .. } if raw == damaged));
}

/// Schema 1 as the app wrote it: an assessment in progress.
#[test]
fn schema_1_in_progress_migrates_without_loss() {
    let store = read(&fixture("schema-1-in-progress.json"));
    assert_eq!(store.schema, SCHEMA);
    assert_eq!(store.prefs.theme, Theme::Dark);
    let shelf = &store.mine[&shelf_key("engineering-manager", "1.0.0")];
    let a = shelf.current.as_ref().unwrap();
    assert_eq!(
        (a.id.as_str(), a.role.as_str(), a.page),
        ("a-m1x2y3", "tech-lead", 2)
    );
    assert_eq!(a.answer("mentoring-1"), Some(Answer::Level(3)));
    assert_eq!(a.answer("mentoring-2"), Some(Answer::NoOpportunity));
    assert!(shelf.history.is_empty() && store.received.is_empty());
    // 1.1.0 reads it: the 1.0.0 shelf maps forward.
    let f = Framework::builtin();
    let mut store = store;
    let shelf = store.take_shelf(&f);
    assert_eq!(shelf.current.unwrap().id, "a-m1x2y3");
    assert!(store.mine.is_empty());
}

/// Schema 2 as the app wrote it (before writes named their lineage): read as it is.
#[test]
fn schema_2_reads_as_it_is_with_no_lineage() {
    let store = read(&fixture("schema-2-two-shelves.json"));
    assert_eq!(store.schema, SCHEMA);
    assert_eq!((store.rev, store.base), (2851004731, 117));
    assert!(store.lineage.is_empty());
    assert_eq!(store.ancestors().collect::<Vec<_>>(), [117]);
    assert_eq!(store.mine.len(), 2, "another framework's shelf is kept");
    let a = store.mine[&shelf_key("engineering-manager", "1.2.0")]
        .current
        .as_ref()
        .unwrap();
    assert_eq!(a.answer("mentoring-1"), Some(Answer::Level(4)));
    assert_eq!(a.note("mentoring"), "Mentored two graduates this year.");
    assert_eq!(store.received[0].from.as_deref(), Some("Ada"));
    assert_eq!(
        (store.prefs.theme, store.prefs.name.as_str()),
        (Theme::Light, "Sam")
    );
}

/// Schema 1 with my history, a colleague's saved report, raters and a rating draft.
#[test]
fn schema_1_history_keeps_mine_apart_from_a_colleagues_report() {
    let raw = fixture("schema-1-history-colleague-raters.json");
    let old: serde_json::Value = serde_json::from_str(&raw).unwrap();
    let store = read(&raw);
    let shelf = &store.mine[&shelf_key("engineering-manager", "1.0.0")];
    let ids: Vec<&str> = shelf.history.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a-first1", "a-second2"], "only my own assessments");
    assert_eq!(shelf.current.as_ref().unwrap().id, "a-second2");
    assert!(shelf
        .current
        .as_ref()
        .unwrap()
        .done
        .contains("mentoring-coaching-habit"));
    // The colleague's report is received, with who and when, and its answers intact.
    assert_eq!(store.received.len(), 1);
    let r = &store.received[0];
    assert_eq!(
        (r.from.as_deref(), r.saved),
        (Some("Ada Lovelace"), Some(day("2026-09-01")))
    );
    assert_eq!(r.assessment.label, None);
    let old_colleague = old["history"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["id"] == "s-colleague")
        .unwrap();
    assert_eq!(
        serde_json::to_value(&r.assessment.answers).unwrap(),
        old_colleague["answers"]
    );
    assert_eq!(store.raters.len(), 1);
    assert_eq!(store.raters[0].name.as_deref(), Some("My manager"));
    assert_eq!(store.ratings[0].subject.as_deref(), Some("Kim"));
    assert_eq!(store.prefs.name, "Sam");
    // "Since last time" compares my latest with my own earlier one, never the colleague's.
    let f = Framework::builtin();
    let mut store = store;
    let shelf = store.take_shelf(&f);
    let previous = previous(&shelf.history, "a-second2");
    assert_eq!(previous.unwrap().id, "a-first1");
    // Nothing is lost: every answer of every assessment is still there, and the reports match.
    let every_old: Vec<&serde_json::Value> = old["history"].as_array().unwrap().iter().collect();
    assert_eq!(every_old.len(), shelf.history.len() + store.received.len());
    for a in &shelf.history {
        let before = every_old.iter().find(|h| h["id"] == a.id.as_str()).unwrap();
        assert_eq!(serde_json::to_value(&a.answers).unwrap(), before["answers"]);
        let as_saved = ready_to_lead::core::Assessment::from_json((*before).clone()).unwrap();
        assert_eq!(
            Report::build(&f, en(), a),
            Report::build(&f, en(), &as_saved)
        );
    }
}

/// Schema 1 with nothing of my own but a saved anonymous shared report.
#[test]
fn schema_1_with_only_a_saved_report_gives_an_empty_history() {
    let store = read(&fixture("schema-1-only-a-saved-shared-report.json"));
    assert!(store.mine.is_empty(), "{:?}", store.mine.keys());
    assert_eq!(store.received.len(), 1);
    // "Shared" was the label of a link without a name: no sender then.
    assert_eq!(store.received[0].from, None);
    assert_eq!(store.received[0].who(), "Someone");
    assert_eq!(store.prefs.theme, Theme::Light);
}

#[test]
fn other_framework_versions_stay_on_their_own_shelves() {
    let f = Framework::builtin();
    let mut store = Store::default();
    let other = Shelf {
        current: Some(answered(&small(), "lead", &[("coach-1", "3")])),
        ..Shelf::default()
    };
    store
        .mine
        .insert(shelf_key("small", "1.0.0"), other.clone());
    store
        .mine
        .insert(shelf_key("engineering-manager", "0.9.0"), other.clone());
    let shelf = store.take_shelf(&f);
    assert_eq!(shelf, Shelf::default());
    assert_eq!(
        store.mine.len(),
        2,
        "never read against this framework, never dropped"
    );
}

#[test]
fn history_is_ordered_deduplicated_and_bounded() {
    let f = small();
    let mut shelf = Shelf::default();
    for i in 0..(MAX_HISTORY + 5) {
        let mut a = answered(&f, "lead", &[]);
        a.id = format!("a-{i}");
        a.completed = Some(day("2026-01-01").add_days(i as i64));
        shelf.record(a);
    }
    assert_eq!(shelf.history.len(), MAX_HISTORY);
    assert_eq!(shelf.history[0].id, "a-5");
    let again = shelf.history[3].clone();
    shelf.record(again);
    assert_eq!(shelf.history.len(), MAX_HISTORY);
    assert_eq!(
        previous(&shelf.history, "a-9").map(|a| a.id.as_str()),
        Some("a-8")
    );
    assert_eq!(previous(&shelf.history, "a-5"), None);
    shelf.forget("a-9");
    assert_eq!(
        previous(&shelf.history, "a-10").map(|a| a.id.as_str()),
        Some("a-8")
    );
}

#[test]
fn each_rate_me_request_keeps_its_own_draft() {
    let mut ratings = Vec::new();
    let start = |request| {
        move || RatingDraft {
            request,
            ..RatingDraft::default()
        }
    };
    rating_for(&mut ratings, 1, start(1)).rater = "Peer".into();
    rating_for(&mut ratings, 2, start(2));
    assert_eq!(
        rating_for(&mut ratings, 1, start(1)).rater,
        "Peer",
        "the first draft is kept"
    );
    for r in 3..20 {
        rating_for(&mut ratings, r, start(r));
    }
    assert_eq!(ratings.len(), ready_to_lead::core::store::MAX_RATINGS);
    assert!(rating(&ratings, 1).is_none() && rating(&ratings, 19).is_some());
}

#[test]
fn forgetting_the_current_assessment_clears_it() {
    let f = small();
    let mut a = answered(&f, "lead", &[]);
    a.completed = Some(day("2026-11-27"));
    let mut shelf = Shelf {
        current: Some(a.clone()),
        ..Shelf::default()
    };
    shelf.record(a.clone());
    shelf.forget(&a.id);
    assert!(shelf.history.is_empty() && shelf.current.is_none());
}

#[test]
fn a_kept_shared_report_is_a_dated_copy_with_its_sender() {
    let f = small();
    let a = answered(&f, "lead", &[("coach-1", "4")]);
    let r = Received::of_shared(&a, Some("  Ada  "), "s-1".into(), day("2026-11-28"));
    assert_eq!((r.id.as_str(), r.from.as_deref()), ("s-1", Some("Ada")));
    assert_eq!(r.assessment.id, "s-1");
    assert_eq!(r.assessment.completed, Some(day("2026-11-28")));
    assert_eq!(r.assessment.answers, a.answers);
    let anonymous = Received::of_shared(&a, Some("   "), "s-2".into(), day("2026-11-28"));
    assert_eq!(anonymous.from, None);
}

#[test]
fn history_summaries_are_reused_for_unchanged_assessments() {
    use ready_to_lead::core::report::{summaries, Summary};
    let f = small();
    let mut list = Vec::new();
    for (i, level) in ["2", "4"].iter().enumerate() {
        let mut a = answered(
            &f,
            "manager",
            &[("coach-1", level), ("hire-1", level), ("design-1", level)],
        );
        a.id = format!("a-{i}");
        a.completed = Some(day("2026-01-01").add_days(i as i64));
        list.push(a);
    }
    let mut made = Vec::new();
    let (first, built) = summaries(&f, en(), &list, &mut made);
    assert_eq!(built, 2);
    // Newest first, each summarising its own report.
    assert_eq!(
        first.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
        ["a-1", "a-0"]
    );
    assert_eq!(first[0], Summary::of(&f, en(), &list[1]));
    // A change to one assessment that leaves its summary the same gives the same summaries.
    list[1].set_note("coach", "Paired with our intern.");
    assert_eq!(
        summaries(&f, en(), &list, &mut made),
        (first.clone(), 0),
        "nothing rescored"
    );
    assert_eq!(made.len(), 2);
    // A changed answer rescored that one only.
    list[0].set_answer("coach-1", Answer::Level(5));
    assert_eq!(summaries(&f, en(), &list, &mut made).1, 1);
}
