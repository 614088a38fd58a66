//! Generated and mutated inputs through the framework loader and the JSON import: whatever they
//! hold, the answer is a value or a list of problems, never a panic (which would end the app under
//! `panic = "abort"`). `cargo test` runs 10,000 of each; `make fuzz` a million (FUZZ_CASES).
//! The share-link decoder has its own run in share.rs.

use crate::en;
use crate::{all_at, seeded, small, Below, Rng, SMALL_JSON};
use proptest::prelude::Rng as _;
use ready_to_lead::core::store::{Received, Shelf};
use ready_to_lead::core::{brief, export, share, Report};
use ready_to_lead::core::{Date, Framework};
use serde_json::Value;

const LADDER_JSON: &str = include_str!("../../examples/embed/staff-ladder.json");

const BYTES: &[u8] =
    b"{}[]\":,.-+eE0123456789 \n\\/abcdefghijklmnopqrstuvwxyzTFn\xc3\xa9\xe2\x9c\x93\x00";

/// A value to put in place of another: every JSON kind, including the awkward ones.
fn random_value(rng: &mut Rng) -> Value {
    match rng.below(12) {
        0 => Value::Null,
        1 => Value::Bool(rng.below(2) == 0),
        2 => Value::from(rng.next_u64() as i64),
        3 => Value::from(-1),
        4 => Value::from(1e308),
        5 => Value::from(0.5),
        6 => Value::String(String::new()),
        7 => Value::String("x".repeat(rng.below(300))),
        8 => Value::String("<script>alert(1)</script>".into()),
        9 => Value::Array(vec![]),
        10 => Value::Object(Default::default()),
        _ => Value::from(rng.below(7)),
    }
}

/// Changes one node somewhere in the tree: replaced, removed, duplicated or emptied.
fn mutate_tree(v: &mut Value, rng: &mut Rng, depth: usize) {
    let descend = depth < 8 && rng.below(4) != 0;
    match v {
        Value::Object(map) if !map.is_empty() => {
            let key = map
                .keys()
                .nth(rng.below(map.len()))
                .cloned()
                .unwrap_or_default();
            if descend {
                if let Some(child) = map.get_mut(&key) {
                    return mutate_tree(child, rng, depth + 1);
                }
            }
            match rng.below(3) {
                0 => {
                    map.remove(&key);
                }
                1 => {
                    map.insert(key, random_value(rng));
                }
                _ => {
                    map.insert(format!("{key}-extra"), random_value(rng));
                }
            }
        }
        Value::Array(list) if !list.is_empty() => {
            let at = rng.below(list.len());
            if descend {
                return mutate_tree(&mut list[at], rng, depth + 1);
            }
            match rng.below(4) {
                0 => {
                    list.remove(at);
                }
                1 => {
                    let copy = list[at].clone();
                    list.push(copy);
                }
                2 => list.truncate(at),
                _ => list[at] = random_value(rng),
            }
        }
        other => *other = random_value(rng),
    }
}

/// Mutates a JSON document: structurally (parsed, changed, written back), which reaches the
/// checks behind the parser, or byte by byte, which reaches the parser itself.
fn mutated(original: &str, tree: &Value, rng: &mut Rng) -> String {
    if rng.below(3) != 0 {
        let mut v = tree.clone();
        for _ in 0..=rng.below(3) {
            mutate_tree(&mut v, rng, 0);
        }
        return v.to_string();
    }
    let mut bytes = original.as_bytes().to_vec();
    for _ in 0..=rng.below(6) {
        let at = rng.below(bytes.len());
        match rng.below(4) {
            0 => bytes[at] = BYTES[rng.below(BYTES.len())],
            1 => bytes.truncate(at),
            2 => bytes.insert(at, BYTES[rng.below(BYTES.len())]),
            _ => {
                let end = (at + rng.below(40)).min(bytes.len());
                bytes.drain(at..end);
            }
        }
        if bytes.is_empty() {
            break;
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn cases() -> u64 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000)
}

/// Feeds `count` inputs made from `originals` to `check`, which returns whether it accepted one.
fn fuzz(originals: &[String], count: u64, seed: u64, check: impl Fn(&str) -> bool) -> (u64, u64) {
    let trees: Vec<Value> = originals
        .iter()
        .map(|o| serde_json::from_str(o).expect("an original is JSON"))
        .collect();
    let mut rng = seeded(seed);
    let (mut accepted, mut refused) = (0, 0);
    for _ in 0..count {
        let which = rng.below(originals.len());
        let input = mutated(&originals[which], &trees[which], &mut rng);
        if check(&input) {
            accepted += 1;
        } else {
            refused += 1;
        }
    }
    (accepted, refused)
}

fn frameworks(count: u64, seed: u64) -> (u64, u64) {
    let originals = [SMALL_JSON.to_string(), LADDER_JSON.to_string()];
    fuzz(&originals, count, seed, |text| {
        match Framework::load(text) {
            // A framework that loads is used the way the app uses it: every answer, a report, a
            // plan, the brief and a share link, without a panic.
            Ok(f) => {
                for value in ["1", "3", "5", "na"] {
                    let a = all_at(&f, &f.default_role, value);
                    let report = Report::build(&f, en(), &a);
                    let _ = brief::markdown(&f, en(), &a, &report);
                    let _ = share::decode(&f, &share::encode_full(&f, &a, None, true));
                }
                true
            }
            Err(problems) => {
                assert!(!problems.is_empty(), "refused without a reason");
                false
            }
        }
    })
}

fn export_file() -> String {
    let f = small();
    let mut done = all_at(&f, "lead", "4");
    done.completed = Some(Date::parse("2026-11-27").unwrap());
    let mut theirs = all_at(&f, "manager", "2");
    theirs.id = "theirs".into();
    let shelf = Shelf {
        current: Some(all_at(&f, "lead", "3")),
        history: vec![done],
    };
    let received = Received::of_shared(
        &theirs,
        Some("Ada"),
        "r-1".into(),
        Date::parse("2026-11-20").unwrap(),
    );
    export::export(&shelf, &[received], Date::parse("2026-11-28").unwrap())
}

fn imports(count: u64, seed: u64) -> (u64, u64) {
    let f = small();
    let originals = [export_file()];
    fuzz(&originals, count, seed, |text| {
        match export::import(text, &f, en()) {
            // What is imported is shown: every assessment's report.
            Ok(file) => {
                let mine = file.current.iter().chain(&file.history);
                for a in mine.chain(file.received.iter().map(|r| &r.assessment)) {
                    let _ = Report::build(&f, en(), a);
                }
                true
            }
            Err(problems) => {
                assert!(!problems.is_empty(), "refused without a reason");
                false
            }
        }
    })
}

#[test]
fn ten_thousand_mutated_frameworks_load_or_say_why() {
    let (accepted, refused) = frameworks(10_000, 0x5EED);
    // The mutations are not all harmless: most are refused, and some still load.
    assert!(
        refused > 5_000 && accepted > 0,
        "{accepted} accepted, {refused} refused"
    );
}

#[test]
fn ten_thousand_mutated_imports_import_or_say_why() {
    let (accepted, refused) = imports(10_000, 0x5EED);
    assert!(
        refused > 1_000 && accepted > 0,
        "{accepted} accepted, {refused} refused"
    );
}

/// `make fuzz`: a million mutated framework files.
#[test]
#[ignore]
fn fuzz_frameworks() {
    let count = cases();
    let (accepted, refused) = frameworks(count, 0xF00D);
    println!("fuzzed framework files: {count} inputs ({accepted} loaded and used for reports, {refused} refused with problems)");
    assert!(accepted > 0 && refused > 0);
}

/// `make fuzz`: a million mutated export files through the import.
#[test]
#[ignore]
fn fuzz_imports() {
    let count = cases();
    let (accepted, refused) = imports(count, 0xF00D);
    println!("fuzzed JSON imports: {count} inputs ({accepted} imported and reported, {refused} refused with problems)");
    assert!(accepted > 0 && refused > 0);
}
