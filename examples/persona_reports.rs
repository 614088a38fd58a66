//! Prints the report of every persona in both suites (tests/fixtures/personas and
//! tests/fixtures/leaders): verdict, confidence, sides, plan and watch points, to read as that
//! engineer and as their manager.
//! `cargo run --example persona_reports` (or name persona files to print only those).

#[path = "../tests/core/persona_fixture.rs"]
mod persona_fixture;

use ready_to_lead::core::{Framework, Report};

fn main() {
    let f = Framework::builtin();
    let only: Vec<String> = std::env::args().skip(1).collect();
    let suites = [persona_fixture::PERSONAS, persona_fixture::LEADERS];
    for p in suites
        .iter()
        .flat_map(|s| persona_fixture::personas_in(&f, s))
    {
        if !only.is_empty() && !only.iter().any(|o| p.file.contains(o.as_str())) {
            continue;
        }
        let r = Report::build(&f, en(), &p.assessment);
        println!("## {} ({})", p.name, p.file);
        println!("expected: {}", p.expect);
        println!(
            "{} for {} · confidence {} · match {}",
            r.verdict.kind.label(en()),
            r.role.name,
            r.quality.confidence.label(en()).to_lowercase(),
            r.scores.role_match.round()
        );
        for reason in &r.verdict.reasons {
            println!("  reason: {reason}");
        }
        for c in &r.quality.caveats {
            println!("  caveat: {}", c.message);
        }
        println!("  motivation: {}", r.fit.text(en()));
        println!("  plan: {}", r.plan.summary);
        for s in &r.plan.steps {
            let area = s.area(&f, en());
            println!("  - [{area}, {} d] {}", s.action.horizon, s.action.text);
            if let Some(h) = &s.habit {
                println!("      habit: {}", h.text(en()));
            }
        }
        for w in &r.plan.watch {
            println!("  watch: {}", w.text(&f, en()));
        }
        if let Some(next) = &r.plan.next_role {
            println!("  next role: {}", next.text(&f, en()));
        }
        println!();
    }
}

/// The English catalogue, read once.
fn en() -> &'static ready_to_lead::core::i18n::Catalogue {
    static EN: std::sync::LazyLock<ready_to_lead::core::i18n::Catalogue> =
        std::sync::LazyLock::new(ready_to_lead::core::i18n::Catalogue::english);
    &EN
}
