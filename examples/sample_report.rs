//! Prints the 1:1 brief of a made-up engineer, Priya: six years hands-on, a strong technical lead
//! who has mentored two people and never run hiring. `cargo run --example sample_report`.

use ready_to_lead::core::{brief, Answer, Assessment, Date, Framework, Report};

fn main() {
    let f = Framework::builtin();
    let today = Date::parse("2026-11-27").unwrap_or_default();
    let mut a = Assessment::new(&f, "engineering-manager", "a-priya".into(), today);
    for (competency, item) in f.items() {
        let answer = match competency.pillar.as_str() {
            "technical" => Answer::Level(4),
            "delivery" => Answer::Level(if item.id.ends_with('1') { 4 } else { 3 }),
            _ if competency.id == "hiring" => Answer::NoOpportunity,
            _ if competency.id == "mentoring" => Answer::Level(3),
            _ => Answer::Level(2),
        };
        a.set_answer(&item.id, answer);
    }
    for item in &f.motivation.items {
        a.set_answer(&item.id, Answer::Level(4));
    }
    a.background.insert("years-hands-on".into(), 5.0);
    a.background.insert("years-leading".into(), 1.0);
    a.background.insert("people-developed".into(), 1.0);
    a.set_note(
        "operations",
        "Led the post-mortem for the March payment outage.",
    );
    a.completed = Some(today);
    print!(
        "{}",
        brief::markdown(&f, en(), &a, &Report::build(&f, en(), &a))
    );
}

/// The English catalogue, read once.
fn en() -> &'static ready_to_lead::core::i18n::Catalogue {
    static EN: std::sync::LazyLock<ready_to_lead::core::i18n::Catalogue> =
        std::sync::LazyLock::new(ready_to_lead::core::i18n::Catalogue::english);
    &EN
}
