//! Loads the persona fixtures (tests/fixtures/personas/*.json): a realistic engineer's
//! background, every answer and notes, plus what their report must say ("expect"). Shared by the
//! persona tests and `cargo run --example persona_reports`.

use ready_to_lead::core::{Answer, Assessment, Date, Framework};
use serde_json::Value;
use std::path::{Path, PathBuf};

pub struct Persona {
    pub file: String,
    pub name: String,
    pub assessment: Assessment,
    pub expect: Value,
}

/// The first suite: engineers from a keen junior to a former manager.
pub const PERSONAS: &str = "tests/fixtures/personas";
/// The second suite: people who already lead, are offered the job, or aim at managing managers.
pub const LEADERS: &str = "tests/fixtures/leaders";

/// Every persona in a suite's folder, in file-name order.
pub fn personas_in(f: &Framework, folder: &str) -> Vec<Persona> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("a persona folder")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files.iter().map(|p| persona(f, p)).collect()
}

fn persona(f: &Framework, path: &Path) -> Persona {
    let file = path.file_name().unwrap().to_string_lossy().to_string();
    let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap())
        .unwrap_or_else(|e| panic!("{file}: {e}"));
    let today = Date::parse("2026-11-27").unwrap();
    let role = v["role"].as_str().expect("a role");
    let mut a = Assessment::new(f, role, format!("persona-{file}"), today);
    let put = |a: &mut Assessment, item: &str, x: &Value| match x {
        Value::Number(n) => a.set_answer(item, Answer::Level(n.as_u64().unwrap() as u8)),
        Value::String(s) if s == "na" => a.set_answer(item, Answer::NoOpportunity),
        Value::Null => {}
        other => panic!("{file}: {item} has an answer that is not 1–5, \"na\" or null: {other}"),
    };
    // Only what the persona's target role asks about (a Senior EM is asked about leading leaders).
    for c in f.competencies.iter().filter(|c| c.asked_for(role)) {
        let answers = v["answers"][&c.id]
            .as_array()
            .unwrap_or_else(|| panic!("{file}: no answers for {}", c.id));
        assert_eq!(answers.len(), c.items.len(), "{file}: {} answers", c.id);
        for (item, x) in c.items.iter().zip(answers) {
            put(&mut a, &item.id, x);
        }
    }
    let motivation = v["motivation"].as_array().expect("motivation answers");
    assert_eq!(motivation.len(), f.motivation.items.len(), "{file}");
    for (item, x) in f.motivation.items.iter().zip(motivation) {
        put(&mut a, &item.id, x);
    }
    for (k, x) in v["background"].as_object().expect("background") {
        a.background.insert(k.clone(), x.as_f64().unwrap());
    }
    for (k, x) in v["notes"].as_object().expect("notes") {
        a.set_note(k, x.as_str().unwrap());
    }
    a.completed = Some(today);
    Persona {
        file,
        name: v["name"].as_str().unwrap_or_default().to_string(),
        assessment: a,
        expect: v["expect"].clone(),
    }
}
