//! Stored data is read back, or kept aside when it cannot be: never lost.

use super::{answered, day, small};
use ready_to_lead::core::store::{decode, encode, Loaded, Store, Theme, MAX_HISTORY};

#[test]
fn nothing_stored_is_a_fresh_start() {
    assert_eq!(decode(None), Loaded::Fresh);
}

#[test]
fn what_is_written_reads_back() {
    let f = small();
    let mut store = Store {
        theme: Theme::Dark,
        ..Store::default()
    };
    store.current = Some(answered(&f, "lead", &[("coach-1", "4"), ("hire-2", "na")]));
    assert_eq!(
        decode(Some(&encode(&store))),
        Loaded::Read(Box::new(Store { schema: 1, ..store }))
    );
}

#[test]
fn unreadable_data_is_kept_with_a_reason() {
    let cases = [
        ("{not json", "not valid JSON"),
        ("{\"schema\": 2, \"current\": null}", "newer version"),
        (
            "{\"schema\": 1, \"current\": {\"answers\": {\"coach-1\": 9}}}",
            "damaged (current.answers.coach-1",
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
}

#[test]
fn history_is_ordered_deduplicated_and_bounded() {
    let f = small();
    let mut store = Store::default();
    for i in 0..(MAX_HISTORY + 5) {
        let mut a = answered(&f, "lead", &[]);
        a.id = format!("a-{i}");
        a.completed = Some(day("2026-01-01").add_days(i as i64));
        store.record(a);
    }
    assert_eq!(store.history.len(), MAX_HISTORY);
    assert_eq!(store.history[0].id, "a-5");
    let again = store.history[3].clone();
    store.record(again);
    assert_eq!(store.history.len(), MAX_HISTORY);
    assert_eq!(store.previous("a-9").map(|a| a.id.as_str()), Some("a-8"));
    assert_eq!(store.previous("a-5"), None);
    store.forget("a-9");
    assert_eq!(store.previous("a-10").map(|a| a.id.as_str()), Some("a-8"));
}

#[test]
fn raters_and_a_rating_in_progress_are_kept() {
    use ready_to_lead::core::feedback::{Rater, RatingDraft};
    use ready_to_lead::core::Answer;
    let mut store = Store {
        name: "Ada".into(),
        ..Store::default()
    };
    let answers: std::collections::BTreeMap<String, Answer> = [
        ("coach-1".to_string(), Answer::Level(2)),
        ("hire-1".to_string(), Answer::NoOpportunity),
    ]
    .into();
    store.raters.push(Rater {
        id: "r-1".into(),
        name: Some("Manager".into()),
        request: u32::MAX,
        answers: answers.clone(),
        received: Some(day("2026-11-27")),
    });
    store.ratings.push(RatingDraft {
        request: 4_000_000_000,
        subject: Some("Sam".into()),
        role: "lead".into(),
        rater: "Peer".into(),
        answers,
    });
    assert_eq!(
        decode(Some(&encode(&store))),
        Loaded::Read(Box::new(Store { schema: 1, ..store }))
    );
}

#[test]
fn each_rate_me_request_keeps_its_own_draft() {
    use ready_to_lead::core::feedback::RatingDraft;
    let mut store = Store::default();
    let start = |request| {
        move || RatingDraft {
            request,
            ..RatingDraft::default()
        }
    };
    store.rating_for(1, start(1)).rater = "Peer".into();
    store.rating_for(2, start(2));
    assert_eq!(
        store.rating_for(1, start(1)).rater,
        "Peer",
        "the first draft is kept"
    );
    for r in 3..20 {
        store.rating_for(r, start(r));
    }
    assert_eq!(store.ratings.len(), ready_to_lead::core::store::MAX_RATINGS);
    assert!(store.rating(1).is_none() && store.rating(19).is_some());
}

#[test]
fn forgetting_the_current_assessment_clears_it() {
    let f = small();
    let mut a = answered(&f, "lead", &[]);
    a.completed = Some(day("2026-11-27"));
    let mut store = Store {
        current: Some(a.clone()),
        ..Store::default()
    };
    store.record(a.clone());
    store.forget(&a.id);
    assert!(store.history.is_empty() && store.current.is_none());
}
