//! Embedding: the `completed` payload a career site receives, and the settings and commands
//! that come from another site, which must never panic whatever they hold.

use crate::en;
use crate::persona_fixture::{personas_in, LEADERS, PERSONAS};
use proptest::prelude::*;
use ready_to_lead::core::embed::message::{completed, ready};
use ready_to_lead::core::embed::{Command, Settings};
use ready_to_lead::core::{Framework, Report};
use serde_json::Value;

fn builtin() -> Framework {
    Framework::builtin()
}

#[test]
fn completed_carries_the_verdict_and_the_numbers_the_report_shows() {
    let f = builtin();
    // Both suites: a report for every kind of person, Senior EM candidates included.
    for p in [PERSONAS, LEADERS].iter().flat_map(|s| personas_in(&f, s)) {
        let report = Report::build(&f, en(), &p.assessment);
        let event = completed(&f, en(), &report, Some("https://app.example/#/s/x".into()));
        let v: Value = serde_json::from_str(&event.to_json()).unwrap();
        assert_eq!(v["source"], "ready-to-lead", "{}", p.file);
        assert_eq!(v["type"], "completed");
        let done = &v["payload"];
        assert_eq!(
            done["verdict"]["key"],
            report.verdict.kind.key(),
            "{}",
            p.file
        );
        assert_eq!(done["verdict"]["label"], report.verdict.kind.label(en()));
        assert_eq!(done["role"]["id"], report.role.id.as_str());
        assert_eq!(done["overall"], report.scores.role_match.round() as i64);
        assert_eq!(done["shareLink"], "https://app.example/#/s/x");
        let competencies = done["competencies"].as_array().unwrap();
        // The competencies the report was scored on: those asked for its role.
        assert_eq!(competencies.len(), report.scores.competencies.len());
        for (c, s) in competencies.iter().zip(&report.scores.competencies) {
            assert_eq!(c["id"], s.id.as_str());
            match s.level() {
                // Limited evidence is not a level: null, and neither meets nor misses.
                None => assert!(c["level"].is_null() && c["meets"].is_null(), "{}", p.file),
                Some(level) => {
                    // One decimal, exactly as the report shows it.
                    let shown = en().level(Some(level));
                    assert_eq!(
                        c["level"].as_f64().unwrap().to_string(),
                        shown.trim_end_matches(".0")
                    );
                    let minimum = report.role.minimums.get(&s.id).copied();
                    assert_eq!(c["minimum"].as_u64(), minimum.map(u64::from));
                }
            }
        }
        // Blockers named by the verdict are competencies that miss their minimum here too.
        for b in &report.verdict.blockers {
            let c = competencies
                .iter()
                .find(|c| c["id"] == b.competency.as_str());
            assert_ne!(
                c.map(|c| &c["meets"]),
                Some(&Value::Bool(true)),
                "{}",
                p.file
            );
        }
    }
}

#[test]
fn ready_names_the_framework_and_its_roles() {
    let f = builtin();
    let v: Value = serde_json::from_str(&ready(Some(&f)).to_json()).unwrap();
    assert_eq!(v["payload"]["framework"]["id"], "engineering-manager");
    assert_eq!(
        v["payload"]["framework"]["roles"].as_array().unwrap().len(),
        f.roles.len()
    );
    let waiting: Value = serde_json::from_str(&ready(None).to_json()).unwrap();
    assert!(waiting["payload"]["framework"].is_null());
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        ".{0,20}".prop_map(Value::String),
        prop_oneof![
            Just("ready-to-lead"),
            Just("set-theme"),
            Just("set-framework"),
            Just("dark"),
            Just("#0b6e4f")
        ]
        .prop_map(|s| Value::String(s.into())),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("source".to_string()),
                    Just("version".to_string()),
                    Just("type".to_string()),
                    Just("payload".to_string()),
                    Just("theme".to_string()),
                    Just("accent".to_string()),
                    Just("framework".to_string()),
                    ".{0,6}"
                ],
                inner,
                0..5
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Any query string reads as settings and warnings, never a panic; whatever it holds, a
    /// framework URL is kept only on the host's origin.
    #[test]
    fn any_query_string_reads_without_panicking(search in "[?&=a-z%0-9A-F+:/.#*]{0,120}") {
        let (s, _) = Settings::parse(&search);
        if let (Some(ready_to_lead::core::embed::Source::Url(url)), Some(host)) = (&s.framework, s.host()) {
            prop_assert!(url.starts_with(host.as_str()));
        }
    }

    #[test]
    fn any_message_reads_as_a_command_or_an_error(v in json_value()) {
        let _ = Command::parse(&v);
    }
}
