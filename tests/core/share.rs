//! Share links: round trips, size, compatibility with golden links, and robustness against any
//! text after `#`.

use super::{all_at, day};
use crate::en;
use crate::seeded;
use proptest::prelude::Rng as _;
use proptest::prelude::*;
use ready_to_lead::core::from_json::FromJson;
use ready_to_lead::core::quality::Confidence;
use ready_to_lead::core::share::{
    self, RateRequest, RaterResponse, ShareError, Shared, SharedResults,
};
use ready_to_lead::core::{Answer, Assessment, Framework, Report};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

fn builtin() -> &'static Framework {
    static F: OnceLock<Framework> = OnceLock::new();
    F.get_or_init(Framework::builtin)
}

/// A varied assessment: every answer state, two background answers, two notes.
fn sample() -> Assessment {
    let f = builtin();
    let mut a = Assessment::new(f, "tech-lead", "a-1".into(), day("2026-11-27"));
    for (i, item) in f.all_items().enumerate() {
        match i % 8 {
            0 => {}
            6 => a.set_answer(&item.id, Answer::NoOpportunity),
            k => a.set_answer(&item.id, Answer::Level(k.min(5) as u8)),
        }
    }
    a.background.insert("years-hands-on".into(), 5.0);
    a.background.insert("people-developed".into(), 3.0);
    a.set_note(
        "mentoring",
        "Mentored two new joiners through their first quarter.",
    );
    a.set_note(
        "operations",
        "Ran three post-mortems; wrote the on-call guide. ünïcode ✓",
    );
    a.completed = Some(day("2026-11-28"));
    a
}

fn full_link() -> String {
    share::encode_full(builtin(), &sample(), None, false)
}

#[test]
fn a_full_link_carries_every_answer_and_the_report_is_the_same() {
    let f = builtin();
    let a = sample();
    let Ok(Shared::Full(got, name)) = share::decode(f, &share::encode_full(f, &a, None, false))
    else {
        panic!("not a full link");
    };
    assert_eq!(name, None);
    assert_eq!(
        (&got.answers, &got.background, &got.role),
        (&a.answers, &a.background, &a.role)
    );
    assert!(got.notes.is_empty(), "notes travel only when chosen");
    // The same report but for the confidence, which counts the evidence notes left out.
    let without_notes = Assessment {
        notes: Default::default(),
        ..a.clone()
    };
    let (mine, theirs) = (
        Report::build(f, en(), &without_notes),
        Report::build(f, en(), &got),
    );
    assert_eq!(mine.scores, theirs.scores);
    assert_eq!(mine.verdict, theirs.verdict);
    assert_eq!(mine.checklist, theirs.checklist);
}

#[test]
fn name_and_notes_travel_only_when_chosen() {
    let f = builtin();
    let a = sample();
    let link = share::encode_full(f, &a, Some("Ada Lovelace"), true);
    let Ok(Shared::Full(got, name)) = share::decode(f, &link) else {
        panic!()
    };
    assert_eq!(name.as_deref(), Some("Ada Lovelace"));
    assert_eq!(got.notes, a.notes);
    assert_eq!(got.completed, a.completed);
    assert!(link.len() > full_link().len());
}

#[test]
fn a_results_link_carries_scores_not_answers() {
    let f = builtin();
    let a = sample();
    let report = Report::build(f, en(), &a);
    let results = report.shared_results(f, &a, Some("Grace".into()));
    let link = share::encode_results(f, &results);
    let Ok(Shared::Results(got)) = share::decode(f, &link) else {
        panic!()
    };
    assert_eq!(got.role, results.role);
    assert_eq!(got.background, results.background);
    assert_eq!(got.confidence, results.confidence);
    assert_eq!((got.name, got.date), (results.name, results.date));
    for (x, y) in got.competencies.iter().zip(&results.competencies) {
        match (x, y) {
            (Some(x), Some(y)) => assert!((x - y).abs() <= 0.005, "{x} vs {y}"),
            (x, y) => assert_eq!(x, y),
        }
    }
}

#[test]
fn rate_me_request_and_response_round_trip() {
    let f = builtin();
    let q = RateRequest {
        request: 0xDEAD_BEEF,
        role: "engineering-manager".into(),
        name: Some("Sam".into()),
    };
    assert_eq!(
        share::decode(f, &share::encode_rate_request(f, &q)),
        Ok(Shared::RateRequest(q))
    );
    let mut answers = BTreeMap::new();
    answers.insert("mentoring-1".to_string(), Answer::Level(4));
    answers.insert("operations-2".to_string(), Answer::NoOpportunity);
    let r = RaterResponse {
        request: 7,
        rater: Some("Their manager".into()),
        answers,
    };
    assert_eq!(
        share::decode(f, &share::encode_rater_response(f, &r)),
        Ok(Shared::RaterResponse(r))
    );
}

#[test]
fn a_full_link_is_within_8_characters_of_the_information_limit() {
    let f = builtin();
    let limit = share::answers_limit(f);
    for value in ["1", "3", "5", "na"] {
        let link = share::encode_full(
            f,
            &all_at(f, "senior-engineering-manager", value),
            None,
            false,
        );
        assert!(
            link.len() <= limit + 8,
            "{} characters, limit {limit}: {link}",
            link.len()
        );
    }
    assert!(full_link().len() <= limit + 8);
}

#[test]
fn clear_errors_for_what_is_not_a_good_link() {
    let f = builtin();
    let link = full_link();
    let err = |text: &str| share::decode(f, text).unwrap_err();
    assert_eq!(err(""), ShareError::Empty);
    assert_eq!(err("   "), ShareError::Empty);
    assert_eq!(err(&link[..link.len() / 2]), ShareError::Truncated);
    assert_eq!(err(&format!("{link}AAAA")), ShareError::Damaged);
    assert_eq!(
        err("abc%20def"),
        ShareError::NotALink {
            position: 4,
            character: '%'
        }
    );
    assert_eq!(
        err(&"A".repeat(share::MAX_CHARS + 1)),
        ShareError::TooLong(share::MAX_CHARS + 1)
    );
    // The first character is the format version: 'C' is version 2.
    assert_eq!(
        err(&format!("C{}", &link[1..])),
        ShareError::NewerVersion(2)
    );
    // A link for another framework.
    let small = super::small();
    let other = share::encode_full(&small, &all_at(&small, "lead", "3"), None, false);
    assert_eq!(err(&other), ShareError::OtherFramework);
    // A whole URL works as well as the fragment.
    assert!(share::decode(f, &format!("https://example.org/app/#/s/{link}")).is_ok());
    for e in [
        ShareError::Truncated,
        ShareError::Damaged,
        ShareError::OtherFramework,
    ] {
        let message = e.message(en());
        assert!(message.len() > 40, "a message says what to do: {message}");
    }
}

/// Every single-character change, insertion, deletion and every truncation of a real link is
/// refused: a damaged link never shows a different report.
#[test]
fn every_small_mutation_of_a_link_is_refused() {
    let f = builtin();
    for link in [
        full_link(),
        share::encode_full(f, &sample(), Some("Ada"), true),
    ] {
        let chars: Vec<char> = link.chars().collect();
        let alphabet: Vec<char> =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                .chars()
                .collect();
        let mut tried = 0;
        for i in 0..chars.len() {
            for c in &alphabet {
                if *c == chars[i] {
                    continue;
                }
                let mut m = chars.clone();
                m[i] = *c;
                let text: String = m.into_iter().collect();
                assert!(
                    share::decode(f, &text).is_err(),
                    "accepted {text} (changed at {i})"
                );
                tried += 1;
            }
            let mut shorter = chars.clone();
            shorter.remove(i);
            assert!(share::decode(f, &shorter.iter().collect::<String>()).is_err());
            let mut longer = chars.clone();
            longer.insert(i, 'A');
            assert!(share::decode(f, &longer.iter().collect::<String>()).is_err());
            assert!(share::decode(f, &chars[..i].iter().collect::<String>()).is_err());
        }
        assert!(tried > 2000);
    }
}

/// Random text and randomly mutated links: decoding never panics, and a mutated link that is
/// accepted decodes to exactly what the original did.
pub fn feed_random_inputs(count: u64, seed: u64) -> (u64, u64) {
    let f = builtin();
    let originals = [
        full_link(),
        share::encode_full(f, &sample(), Some("Ada"), true),
    ];
    let decoded: Vec<_> = originals
        .iter()
        .map(|l| share::decode(f, l).unwrap())
        .collect();
    let mut rng = seeded(seed);
    let (mut accepted, mut refused) = (0, 0);
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_%#/ \xc3";
    for _ in 0..count {
        let text = match rng.next_u64() % 3 {
            0 => {
                let len = (rng.next_u64() % 200) as usize;
                (0..len)
                    .map(|_| alphabet[(rng.next_u64() % 64) as usize] as char)
                    .collect::<String>()
            }
            _ => {
                let which = (rng.next_u64() % 2) as usize;
                let mut bytes = originals[which].clone().into_bytes();
                for _ in 0..=(rng.next_u64() % 4) {
                    let at = (rng.next_u64() as usize) % bytes.len();
                    match rng.next_u64() % 3 {
                        0 => bytes[at] = alphabet[(rng.next_u64() % 64) as usize],
                        1 => bytes.truncate(at.max(1)),
                        _ => bytes.insert(at, alphabet[(rng.next_u64() % 64) as usize]),
                    }
                }
                let text = String::from_utf8_lossy(&bytes).into_owned();
                if let Ok(got) = share::decode(f, &text) {
                    assert_eq!(text, originals[which], "a changed link was accepted");
                    assert_eq!(got, decoded[which]);
                }
                text
            }
        };
        match share::decode(f, &text) {
            Ok(_) => accepted += 1,
            Err(_) => refused += 1,
        }
    }
    (accepted, refused)
}

#[test]
fn ten_thousand_random_and_mutated_inputs_decode_safely() {
    let (accepted, refused) = feed_random_inputs(10_000, 0x5EED);
    assert_eq!(accepted + refused, 10_000);
}

/// `make fuzz`: a million inputs (FUZZ_CASES to change), with the count printed.
#[test]
#[ignore]
fn fuzz_share_links() {
    let count: u64 = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    let seed = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0xF00D);
    let (accepted, refused) = feed_random_inputs(count, seed);
    println!("fuzzed share links: {count} inputs ({accepted} accepted unchanged, {refused} refused), seed {seed}");
    assert_eq!(accepted + refused, count);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_assessment_round_trips(
        states in prop::collection::vec(0u8..7, 54),
        role in 0usize..3,
        years in 0usize..5,
        name in proptest::option::of("[a-zA-Z é✓]{0,30}"),
    ) {
        let f = builtin();
        let mut a = Assessment::new(f, &f.roles[role].id, "a-1".into(), day("2026-01-01"));
        for (item, s) in f.all_items().zip(&states) {
            match s {
                0 => {}
                6 => a.set_answer(&item.id, Answer::NoOpportunity),
                l => a.set_answer(&item.id, Answer::Level(*l)),
            }
        }
        if years > 0 {
            let q = &f.background[0];
            a.background.insert(q.id.clone(), q.options[years - 1].value);
        }
        let link = share::encode_full(f, &a, name.as_deref(), false);
        let Ok(Shared::Full(got, got_name)) = share::decode(f, &link) else { panic!("{link}") };
        prop_assert_eq!(&got.answers, &a.answers);
        prop_assert_eq!(&got.background, &a.background);
        prop_assert_eq!(&got.role, &a.role);
        prop_assert_eq!(got_name, name);
    }

    #[test]
    fn any_bytes_decode_to_ok_or_a_clear_error(text in ".{0,300}") {
        let _ = share::decode(builtin(), &text);
    }
}

/// Links made by this version keep opening, with the same report, in every later version.
#[test]
fn golden_links_decode_to_the_same_report() {
    let f = builtin();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/share-links.json");
    let report_of = |link: &str| -> serde_json::Value {
        match share::decode(f, link).expect("a golden link decodes") {
            Shared::Full(a, name) => {
                let r = Report::build(f, en(), &a);
                serde_json::json!({
                    "kind": "full", "name": name, "role": a.role,
                    "match": ready_to_lead::core::scoring::rounded(r.scores.role_match),
                    "verdict": r.verdict.kind.label(en()),
                    "competencies": r.scores.competencies.iter().map(|c| c.score.map(|s| (s * 100.0).round() / 100.0)).collect::<Vec<_>>(),
                    "answers": a.answers.len(), "notes": a.notes.len(),
                })
            }
            // The scores the report shows: those of the competencies asked for its role.
            Shared::Results(r) => serde_json::json!({
                "kind": "results", "name": r.name, "role": r.role,
                "competencies": Report::from_results(f, en(), &r).scores.competencies.iter().map(|c| c.score).collect::<Vec<_>>(),
                "motivation": r.motivation,
                "confidence": r.confidence.label(en()),
            }),
            Shared::RateRequest(q) => {
                serde_json::json!({ "kind": "rate-request", "request": q.request, "name": q.name, "role": q.role })
            }
            Shared::RaterResponse(r) => {
                serde_json::json!({ "kind": "rater-response", "request": r.request, "rater": r.rater, "answers": r.answers.len() })
            }
        }
    };
    // The links stay as they were made (framework 1.0.0); only what they show may be updated.
    if std::env::var_os("UPDATE_GOLDEN").is_some() && path.exists() {
        let old: Vec<serde_json::Value> =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let golden: Vec<serde_json::Value> = old
            .iter()
            .map(|g| {
                let l = g["link"].as_str().unwrap();
                serde_json::json!({ "link": l, "report": report_of(l) })
            })
            .collect();
        std::fs::write(&path, serde_json::to_string_pretty(&golden).unwrap() + "\n").unwrap();
    } else if std::env::var_os("UPDATE_GOLDEN").is_some() {
        let a = sample();
        let report = Report::build(f, en(), &a);
        let links = [
            share::encode_full(f, &a, None, false),
            share::encode_full(f, &a, Some("Ada Lovelace"), true),
            share::encode_full(f, &all_at(f, "engineering-manager", "5"), None, false),
            share::encode_results(
                f,
                &SharedResults {
                    role: a.role.clone(),
                    background: a.background.clone(),
                    competencies: report.scores.competencies.iter().map(|c| c.score).collect(),
                    motivation: report.scores.motivation,
                    confidence: Confidence::Medium,
                    name: None,
                    date: a.completed,
                },
            ),
            share::encode_rate_request(
                f,
                &RateRequest {
                    request: 42,
                    role: "engineering-manager".into(),
                    name: Some("Sam".into()),
                },
            ),
            share::encode_rater_response(
                f,
                &RaterResponse {
                    request: 42,
                    rater: Some("Manager".into()),
                    answers: a.answers.clone(),
                },
            ),
        ];
        let golden: Vec<serde_json::Value> = links
            .iter()
            .map(|l| serde_json::json!({ "link": l, "report": report_of(l) }))
            .collect();
        std::fs::write(&path, serde_json::to_string_pretty(&golden).unwrap() + "\n").unwrap();
    }
    let golden: Vec<serde_json::Value> = serde_json::from_str(
        &std::fs::read_to_string(&path).expect("tests/fixtures/share-links.json"),
    )
    .unwrap();
    assert_eq!(golden.len(), 6);
    for g in golden {
        let link = g["link"].as_str().unwrap();
        assert_eq!(report_of(link), g["report"], "{link}");
    }
}

#[test]
fn a_results_link_gives_the_same_scores_and_verdict() {
    let f = builtin();
    let a = sample();
    let own = Report::build(f, en(), &a);
    let results = own.shared_results(f, &a, None);
    let Ok(Shared::Results(got)) = share::decode(f, &share::encode_results(f, &results)) else {
        panic!()
    };
    let theirs = Report::from_results(f, en(), &got);
    use ready_to_lead::core::scoring::rounded;
    assert_eq!(
        rounded(theirs.scores.role_match),
        rounded(own.scores.role_match)
    );
    assert_eq!(theirs.verdict.kind, own.verdict.kind);
    assert_eq!(theirs.verdict.blockers.len(), own.verdict.blockers.len());
    assert_eq!(theirs.checklist, own.checklist);
    assert_eq!(theirs.quality.confidence, own.quality.confidence);
    // The plan has the same shape and areas; the exact actions may differ, since a results link
    // does not carry the answers that rule out routine ones.
    let areas = |r: &Report| {
        let mut v: Vec<Option<String>> =
            r.plan.steps.iter().map(|x| x.competency.clone()).collect();
        v.dedup();
        v
    };
    assert_eq!(theirs.plan.kind, own.plan.kind);
    assert_eq!(areas(&theirs), areas(&own));
}

#[test]
fn a_date_beyond_what_links_carry_is_left_out_not_made_unreadable() {
    let f = builtin();
    let mut a = sample();
    a.completed = Some(day("9999-12-31"));
    let Ok(Shared::Full(got, _)) = share::decode(f, &share::encode_full(f, &a, Some("Ada"), false))
    else {
        panic!("a far-future date made the link unreadable");
    };
    assert_eq!(got.completed, None);
}

/// The built-in framework's content changed in 1.1.0 (advice, topics, plans) but not its
/// questions: links and assessments of 1.0.0 read as 1.1.0 (docs/framework-format.md, "Versions").
#[test]
fn links_of_the_previous_framework_version_keep_opening() {
    let f = builtin();
    // 1.0.0 as it shipped; it predates the plans that validation now asks for, so it is read
    // without validation, only to write its links.
    let old = Framework::from_json(
        serde_json::from_str(include_str!("../fixtures/engineering-manager-1.0.0.json"))
            .expect("1.0.0 is JSON"),
    )
    .expect("1.0.0 reads");
    assert_eq!(old.version, "1.0.0");
    assert!(f.replaces.contains(&old.version));
    // Same questions in the same order, same roles, same background options, once the
    // questions added since (`since`) are left out: the same layout.
    let then = f.as_of("1.0.0");
    assert!(f.background.len() > then.background.len());
    let items = |x: &Framework| x.all_items().map(|i| i.id.clone()).collect::<Vec<_>>();
    assert_eq!(items(&old), items(&then));
    let roles = |x: &Framework| x.roles.iter().map(|r| r.id.clone()).collect::<Vec<_>>();
    assert_eq!(roles(&old), roles(&then));
    let options = |x: &Framework| {
        x.background
            .iter()
            .map(|q| {
                (
                    q.id.clone(),
                    q.options.iter().map(|o| o.value).collect::<Vec<_>>(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(options(&old), options(&then));
    // A link made by 1.0.0 opens in 1.1.0 with every answer.
    let a = sample();
    let link = share::encode_full(&old, &a, Some("Ada"), true);
    let Ok(Shared::Full(got, name)) = share::decode(f, &link) else {
        panic!("a 1.0.0 link no longer opens");
    };
    // Every answer to a question 1.0.0 asked; those added since are unanswered.
    let mut asked = a.answers.clone();
    asked.retain(|id, _| old.item(id).is_some());
    assert!(asked.len() < a.answers.len());
    assert_eq!((got.answers.clone(), name.as_deref()), (asked, Some("Ada")));
    // A damaged old link is still refused: the old fingerprint is inside its checksum.
    let mut damaged: Vec<char> = link.chars().collect();
    let at = damaged.len() / 2;
    damaged[at] = if damaged[at] == 'A' { 'B' } else { 'A' };
    assert!(share::decode(f, &damaged.into_iter().collect::<String>()).is_err());
    // A version that 1.1.0 does not replace is another framework.
    let mut other = old.clone();
    other.version = "0.9.0".into();
    assert_eq!(
        share::decode(f, &share::encode_full(&other, &a, None, false)).err(),
        Some(ShareError::OtherFramework)
    );
}
