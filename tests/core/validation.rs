//! Each validation rule of docs/framework-format.md, with a fixture that breaks it.

use super::SMALL_JSON;
use ready_to_lead::core::{Framework, Problem};
use serde_json::{json, Value};

/// Loads the small fixture after `change`, and returns the problems found.
fn problems_after(change: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let mut doc: Value = serde_json::from_str(SMALL_JSON).unwrap();
    change(&mut doc);
    match Framework::load(&doc.to_string()) {
        Ok(_) => vec![],
        Err(problems) => problems,
    }
}

fn at<'a>(doc: &'a mut Value, pointer: &str) -> &'a mut Value {
    doc.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("no {pointer} in the fixture"))
}

/// Sets the value at a JSON pointer, adding the last key to its object when it is new.
fn set(pointer: &'static str, value: Value) -> impl FnOnce(&mut Value) {
    move |doc| {
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        match at(doc, parent) {
            Value::Object(map) => {
                map.insert(key.to_string(), value);
            }
            other => *other.get_mut(key.parse::<usize>().unwrap()).unwrap() = value,
        }
    }
}

fn remove(parent: &'static str, key: &'static str) -> impl FnOnce(&mut Value) {
    move |doc| {
        at(doc, parent).as_object_mut().unwrap().remove(key);
    }
}

#[track_caller]
fn expect(problems: Vec<Problem>, path: &str, fragment: &str) {
    assert!(
        problems
            .iter()
            .any(|p| p.path == path && p.message.contains(fragment)),
        "expected `{path}: …{fragment}…` among {problems:#?}"
    );
}

#[test]
fn the_fixture_is_valid() {
    assert_eq!(problems_after(|_| {}), vec![]);
}

#[test]
fn top_level_fields() {
    expect(
        problems_after(set("/format", json!(2))),
        "format",
        "must be 1",
    );
    expect(
        problems_after(set("/id", json!("Not An Id"))),
        "id",
        "is not an id",
    );
    expect(
        problems_after(remove("", "version")),
        "version",
        "is required",
    );
    expect(
        problems_after(set("/title", json!("x"))),
        "title",
        "2–80 characters",
    );
    expect(
        problems_after(set("/description", json!("d".repeat(601)))),
        "description",
        "10–600",
    );
    expect(
        problems_after(set("/default_role", json!("ceo"))),
        "default_role",
        "names no role",
    );
}

#[test]
fn pillars() {
    expect(
        problems_after(set("/pillars", json!([]))),
        "pillars",
        "1–8 entries",
    );
    expect(
        problems_after(set("/pillars/1/id", json!("people"))),
        "pillars[1].id",
        "already has the id",
    );
    expect(
        problems_after(|d| {
            at(d, "/pillars").as_array_mut().unwrap().push(json!({"id": "empty", "name": "Empty", "description": "A pillar with nothing in it."}))
        }),
        "pillars[2]",
        "has no competency",
    );
}

#[test]
fn competencies() {
    expect(
        problems_after(set("/competencies/0/pillar", json!("nowhere"))),
        "competencies[0].pillar",
        "names no pillar",
    );
    expect(
        problems_after(set("/competencies/1/id", json!("coach"))),
        "competencies[1].id",
        "already has the id",
    );
    expect(
        problems_after(set("/competencies/0/weight", json!(0))),
        "competencies[0].weight",
        "between 0.1 and 10",
    );
    expect(
        problems_after(set("/competencies/0/items", json!([]))),
        "competencies[0].items",
        "1–20 entries",
    );
    expect(
        problems_after(set("/competencies/0/actions", json!([]))),
        "competencies[0].actions",
        "1–30 entries",
    );
    expect(
        problems_after(set("/competencies/2/name", json!(""))),
        "competencies[2].name",
        "is required",
    );
}

#[test]
fn items() {
    expect(
        problems_after(|d| {
            at(d, "/competencies/0/items/0/anchors")
                .as_array_mut()
                .unwrap()
                .pop();
        }),
        "competencies[0].items[0].anchors",
        "exactly 5 anchors, found 4",
    );
    expect(
        problems_after(set("/competencies/0/items/1/anchors/2", json!("ok"))),
        "competencies[0].items[1].anchors[2]",
        "3–200",
    );
    expect(
        problems_after(set("/competencies/1/items/0/id", json!("coach-1"))),
        "competencies[1].items[0].id",
        "already has the id",
    );
    expect(
        problems_after(set("/motivation/items/0/id", json!("design-2"))),
        "motivation.items[0].id",
        "already has the id",
    );
    expect(
        problems_after(set(
            "/competencies/2/items/0/situation",
            json!("s".repeat(301)),
        )),
        "competencies[2].items[0].situation",
        "10–300",
    );
    expect(
        problems_after(set(
            "/competencies/2/items/0/rater_situation",
            json!("short"),
        )),
        "competencies[2].items[0].rater_situation",
        "10–300",
    );
}

#[test]
fn actions() {
    expect(
        problems_after(set("/competencies/1/actions/1/id", json!("hire-stretch"))),
        "competencies[1].actions[1].id",
        "already has the id",
    );
    expect(
        problems_after(set("/competencies/1/actions/0/horizon", json!(45))),
        "competencies[1].actions[0].horizon",
        "30, 60 or 90",
    );
    expect(
        problems_after(set("/competencies/1/actions/0/levels", json!([4, 2]))),
        "competencies[1].actions[0].levels",
        "1 ≤ min ≤ max ≤ 5",
    );
    expect(
        problems_after(set("/competencies/1/actions/0/levels", json!([0, 2]))),
        "competencies[1].actions[0].levels",
        "found [0, 2]",
    );
    expect(
        problems_after(remove("/competencies/1/actions/0", "kind")),
        "competencies[1].actions[0].kind",
        "is required",
    );
    expect(
        problems_after(remove("/competencies/1/actions/3", "book")),
        "competencies[1].actions[3].book",
        "names its book",
    );
    expect(
        problems_after(set(
            "/competencies/1/actions/1/book",
            json!({"title": "A", "author": "B C"}),
        )),
        "competencies[1].actions[1].book",
        "only a reading action",
    );
    expect(
        problems_after(set("/competencies/1/actions/3/book/author", json!(""))),
        "competencies[1].actions[3].book.author",
        "is required",
    );
    expect(
        problems_after(set("/competencies/1/actions/2/signal", json!("soon"))),
        "competencies[1].actions[2].signal",
        "10–300",
    );
}

#[test]
fn motivation() {
    expect(
        problems_after(set("/motivation/threshold", json!(150))),
        "motivation.threshold",
        "between 0 and 100",
    );
    // A wrong value is shown as given, not rounded into a right-looking one.
    expect(
        problems_after(set("/motivation/threshold", json!(100.0004))),
        "motivation.threshold",
        "between 0 and 100, found 100.0004",
    );
    expect(
        problems_after(set("/motivation/items", json!([]))),
        "motivation.items",
        "1–20 entries",
    );
    expect(
        problems_after(remove("/motivation", "name")),
        "motivation.name",
        "is required",
    );
}

#[test]
fn background_and_checklist() {
    // Values are written with up to 3 decimals (radio values, reports): no more, and bounded,
    // so that two options never read the same.
    for value in [json!(2.0005), json!(1e7)] {
        expect(
            problems_after(set("/background/0/options/1/value", value)),
            "background[0].options[1].value",
            "at most 3 decimals",
        );
    }
    assert!(problems_after(set("/background/0/options/1/value", json!(0.125))).is_empty());
    expect(
        problems_after(set("/background/0/options/2/value", json!(1))),
        "background[0].options",
        "strictly ascending",
    );
    expect(
        problems_after(set(
            "/background/0/options",
            json!([{"label": "Any", "value": 0}]),
        )),
        "background[0].options",
        "2–8 entries",
    );
    expect(
        problems_after(set("/background/0/question", json!("Years?"))),
        "background[0].question",
        "10–200",
    );
    expect(
        problems_after(set(
            "/checklist/0/competency",
            json!({"id": "design", "min_level": 3}),
        )),
        "checklist[0]",
        "exactly one of",
    );
    expect(
        problems_after(remove("/checklist/1", "competency")),
        "checklist[1]",
        "exactly one of",
    );
    expect(
        problems_after(set("/checklist/0/background/question", json!("age"))),
        "checklist[0].background.question",
        "names no background question",
    );
    expect(
        problems_after(set("/checklist/1/competency/id", json!("magic"))),
        "checklist[1].competency.id",
        "names no competency",
    );
    expect(
        problems_after(set("/checklist/1/competency/min_level", json!(0))),
        "checklist[1].competency.min_level",
        "level from 1 to 5",
    );
}

#[test]
fn roles() {
    expect(
        problems_after(set("/roles/0/minimums/magic", json!(2))),
        "roles[0].minimums.magic",
        "names no competency",
    );
    expect(
        problems_after(remove("/roles/1/minimums", "hire")),
        "roles[1].minimums",
        "no minimum for competency \"hire\"",
    );
    expect(
        problems_after(set("/roles/1/minimums/hire", json!(6))),
        "roles[1].minimums.hire",
        "level from 1 to 5",
    );
    expect(
        problems_after(set("/roles/0/weights/design", json!(0))),
        "roles[0].weights.design",
        "between 0.1 and 10",
    );
    expect(
        problems_after(set("/roles/0/weights/magic", json!(1))),
        "roles[0].weights.magic",
        "names no competency",
    );
    expect(
        problems_after(set("/roles/0/almost_ready/max_gap", json!(0))),
        "roles[0].almost_ready.max_gap",
        "between 0.25 and 4",
    );
    expect(
        problems_after(set("/roles/0/almost_ready/max_blockers", json!(0))),
        "roles[0].almost_ready.max_blockers",
        "1–40",
    );
    expect(
        problems_after(set("/roles/1/id", json!("lead"))),
        "roles[1].id",
        "already has the id",
    );
    expect(
        problems_after(set("/roles", json!([]))),
        "roles",
        "1–6 entries",
    );
    // A role with its fields left out: each problem named where it is.
    let bare = problems_after(set("/roles/1", json!({})));
    expect(bare.clone(), "roles[1].id", "is required");
    expect(bare.clone(), "roles[1].name", "is required");
    expect(bare, "roles[1].minimums", "no minimum for competency");
}

#[test]
fn a_competency_weight_left_out_is_one() {
    let mut doc: Value = serde_json::from_str(SMALL_JSON).unwrap();
    at(&mut doc, "/competencies/1")
        .as_object_mut()
        .unwrap()
        .remove("weight");
    let f = Framework::load(&doc.to_string()).expect("valid without a weight");
    assert_eq!(f.competencies[1].weight, 1.0);
}

#[test]
fn structure_errors_name_their_path() {
    expect(
        problems_after(set("/competencies/0/items/0/anchors", json!("five"))),
        "competencies[0].items[0].anchors",
        "expected a list, found text",
    );
    expect(
        problems_after(set("/competencies/0/actions/0/kind", json!("course"))),
        "competencies[0].actions[0].kind",
        "expected one of stretch, practice, feedback, reading",
    );
    expect(
        problems_after(set("/competencies/0/items/0/anchor", json!([]))),
        "competencies[0].items[0].anchor",
        "unknown field; the known ones are id, situation, rater_situation, anchors",
    );
    expect(
        problems_after(set("/roles/0/minimums/coach", json!(2.5))),
        "roles[0].minimums.coach",
        "expected a whole number from 0 to 1000000, found a number",
    );
}

#[test]
fn every_type_error_is_reported_at_once() {
    let problems = problems_after(|d| {
        *at(d, "/title") = json!(7);
        *at(d, "/pillars/0/name") = json!(null);
        *at(d, "/competencies/1/actions/0/levels") = json!("1-3");
    });
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "competencies[1].actions[0].levels",
            "pillars[0].name",
            "title"
        ]
    );
}

#[test]
fn not_json_names_line_and_column() {
    let problems = Framework::load("{\n  \"format\": 1,\n  oops\n}").unwrap_err();
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].message.contains("line 3, column 3"),
        "{problems:?}"
    );
    assert!(Framework::load("").is_err());
    assert!(Framework::load("[]").is_err());
    assert!(Framework::load("{} trailing").is_err());
}

#[test]
fn a_huge_file_is_refused_before_parsing() {
    let huge = " ".repeat(ready_to_lead::core::loader::MAX_BYTES + 1);
    expect(Framework::load(&huge).unwrap_err(), "", "at most");
}

#[test]
fn every_problem_is_reported_at_once() {
    let problems = problems_after(|d| {
        *at(d, "/format") = json!(7);
        *at(d, "/competencies/0/items/0/anchors") = json!(["a1a", "b2b"]);
        *at(d, "/competencies/2/actions/0/horizon") = json!(14);
        *at(d, "/roles/0/minimums/design") = json!(9);
    });
    assert!(problems.len() >= 4, "{problems:#?}");
    let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert!(
        text.contains(&"format: must be 1, found 7".to_string()),
        "{text:#?}"
    );
    assert!(text.contains(
        &"competencies[0].items[0].anchors: expected exactly 5 anchors, found 2".to_string()
    ));
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = "[".repeat(100_000);
    assert!(Framework::load(&deep).is_err());
}

mod never_panics {
    use super::SMALL_JSON;
    use proptest::prelude::*;
    use ready_to_lead::core::Framework;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn any_text_loads_or_says_why(text in ".{0,400}") {
            let _ = Framework::load(&text);
        }

        #[test]
        fn any_cut_or_changed_framework_loads_or_says_why(cut in 0usize..5000, at in 0usize..5000, byte in 0u8..128) {
            let mut bytes = SMALL_JSON.as_bytes().to_vec();
            let at = at % bytes.len();
            bytes[at] = byte;
            bytes.truncate(cut.max(1) % (bytes.len() + 1));
            let text = String::from_utf8_lossy(&bytes);
            if let Err(problems) = Framework::load(&text) {
                prop_assert!(!problems.is_empty());
                prop_assert!(problems.iter().all(|p| !p.message.is_empty()));
            }
        }
    }
}

#[test]
fn advice_fields() {
    expect(
        problems_after(set("/competencies/1/actions/0/items", json!(["coach-1"]))),
        "competencies[1].actions[0].items[0]",
        "names no item of this competency",
    );
    expect(
        problems_after(set("/competencies/1/actions/0/kind", json!("trial"))),
        "competencies[1].actions[0].kind",
        "must be one of stretch, practice, feedback, reading, opportunity here",
    );
    expect(
        problems_after(set("/competencies/1/actions/0/via", json!("lead"))),
        "competencies[1].actions[0].via",
        "only a route",
    );
    expect(
        problems_after(set(
            "/competencies/0/short",
            json!("A very long short name indeed"),
        )),
        "competencies[0].short",
        "1–20",
    );
    expect(
        problems_after(set("/motivation/items/0/topic", json!("x"))),
        "motivation.items[0].topic",
        "3–80",
    );
    expect(
        problems_after(set("/background/0/supports", json!(["nowhere"]))),
        "background[0].supports[0]",
        "names no pillar",
    );
    expect(
        problems_after(set("/replaces", json!(["1.0.0"]))),
        "replaces[0]",
        "names this version itself",
    );
    expect(
        problems_after(set("/roles/0/almost_ready/max_weighted_gap", json!(0))),
        "roles[0].almost_ready.max_weighted_gap",
        "between 0.25 and 40",
    );
    expect(
        problems_after(set(
            "/experienced_manager",
            json!([{"question": "nowhere", "min": 1}]),
        )),
        "experienced_manager[0].question",
        "names no background question",
    );
}

#[test]
fn plans() {
    expect(
        problems_after(set("/plans/ready/0/kind", json!("route"))),
        "plans.ready[0].kind",
        "must be one of transition here",
    );
    expect(
        problems_after(set("/plans/ready/0/id", json!("hire-stretch"))),
        "plans.ready[0].id",
        "already has the id",
    );
    expect(
        problems_after(set("/plans/building/0/via", json!("nobody"))),
        "plans.building[0].via",
        "names no role",
    );
    expect(
        problems_after(set(
            "/plans/building/0/unless",
            json!([{"question": "nowhere", "min": 1}]),
        )),
        "plans.building[0].unless[0].question",
        "names no background question",
    );
    expect(
        problems_after(set("/plans/explore/0/items", json!(["coach-1"]))),
        "plans.explore[0].items[0]",
        "names no motivation item",
    );
    expect(
        problems_after(set("/plans/explore/2/roles", json!(["nobody"]))),
        "plans.explore[2].roles[0]",
        "names no role",
    );
    // Every role needs a whole plan for every verdict.
    expect(
        problems_after(set("/plans/ready/2/roles", json!(["lead"]))),
        "plans.ready",
        "role \"manager\" needs at least 3 transition actions, found 2",
    );
    expect(
        problems_after(remove("/plans", "explore")),
        "plans.explore",
        "needs at least 2 trials",
    );
    expect(
        problems_after(set("/competencies/0/actions/1/roles", json!(["nobody"]))),
        "competencies[0].actions[1].roles[0]",
        "names no role",
    );
    // A trial a background can rule out does not count towards the two.
    expect(
        problems_after(set(
            "/plans/explore/0/already",
            json!([{ "question": "years", "min": 1 }]),
        )),
        "plans.explore",
        "needs at least 2 trials that no background rules out (no `already`), found 1",
    );
}
