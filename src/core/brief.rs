//! The Markdown "1:1 brief": the report in a form to paste into a conversation with one's manager.
//! Its text comes from the framework, which may be a host's: it is made inert, so that no Markdown
//! renderer turns it into HTML or links.

use super::assessment::Assessment;
use super::framework::Framework;
use super::report::Report;
use super::scoring::{rounded, show_level};
use super::text::{a_or_an, inert_markdown};
use super::verdict::VerdictKind;
use std::fmt::Write;

pub fn markdown(framework: &Framework, a: &Assessment, report: &Report) -> String {
    let name = |id: &str| framework.competency_name(id).to_string();
    let mut md = String::new();
    let date = a
        .completed
        .or(a.started)
        .map(|d| d.human())
        .unwrap_or_default();
    let _ = writeln!(md, "# 1:1 brief: readiness for {}", report.role.name);
    let _ = writeln!(md);
    let _ = writeln!(
        md,
        "_Self-assessment: {}, version {}, {date}._",
        framework.title, framework.version
    );
    let _ = writeln!(md);
    let _ = writeln!(md, "## Verdict: {}", report.verdict.kind.label());
    let _ = writeln!(md);
    for reason in &report.verdict.reasons {
        let _ = writeln!(md, "- {reason}");
    }
    let _ = writeln!(
        md,
        "- Confidence in these answers: {}.",
        report.quality.confidence.label().to_ascii_lowercase()
    );
    let _ = writeln!(md);
    let _ = writeln!(md, "## Scores");
    let _ = writeln!(md);
    let _ = writeln!(
        md,
        "- Match to {}: {} of 100 (its minimums met, weighted by what the role needs most)",
        report.role.name,
        rounded(report.scores.role_match)
    );
    for p in &report.scores.pillars {
        let pillar = framework
            .pillar(&p.id)
            .map_or(p.id.as_str(), |x| x.name.as_str());
        let _ = writeln!(md, "- {pillar}: level {} of 5", show_level(p.level));
    }
    match report.scores.motivation {
        Some(m) => {
            let _ = writeln!(
                md,
                "- Motivation for the role (reported apart): {} of 100",
                rounded(m)
            );
        }
        None => {
            let _ = writeln!(md, "- Motivation for the role: not answered");
        }
    }
    let _ = writeln!(md);
    let _ = writeln!(md, "{}", report.fit.text());
    let _ = writeln!(md);
    let _ = writeln!(md, "## Strengths");
    let _ = writeln!(md);
    let strengths = report.strengths();
    if strengths.is_empty() {
        let _ = writeln!(md, "- Too few rated answers to name strengths yet.");
    }
    for (id, level) in strengths {
        let _ = writeln!(
            md,
            "- {} (level {})",
            name(id),
            super::scoring::level_text(level)
        );
    }
    let _ = writeln!(md);
    let _ = writeln!(md, "## Gaps against {}", report.role.name);
    let _ = writeln!(md);
    if report.verdict.blockers.is_empty() {
        let _ = writeln!(md, "- None: every competency meets the minimum.");
    }
    for b in &report.verdict.blockers {
        let _ = writeln!(md, "- {}", b.line(framework));
    }
    let _ = writeln!(md);
    let _ = writeln!(md, "## Growth plan: {}", report.verdict.kind.label());
    let _ = writeln!(md);
    let _ = writeln!(md, "{}", report.plan.summary);
    let _ = writeln!(md);
    for step in &report.plan.steps {
        let action = &step.action;
        let tick = if a.done.contains(&action.id) {
            "x"
        } else {
            " "
        };
        let area = step.area(framework);
        let _ = writeln!(
            md,
            "- [{tick}] **{area}**: {} ({} days)",
            action.text, action.horizon
        );
        if let Some(book) = &action.book {
            let _ = writeln!(md, "  - Book: {}, by {}", book.title, book.author);
        }
        let _ = writeln!(md, "  - Success looks like: {}", action.signal);
    }
    let _ = writeln!(md);
    if !report.plan.watch.is_empty() {
        let _ = writeln!(md, "Watch points in competencies that meet the minimum:");
        let _ = writeln!(md);
        for w in &report.plan.watch {
            let _ = writeln!(md, "- {}", w.text(framework));
        }
        let _ = writeln!(md);
    }
    if let Some(next) = &report.plan.next_role {
        let _ = writeln!(md, "{}", next.text(framework));
        let _ = writeln!(md);
    }
    if let Some(on) = report.plan.reassess_on {
        let _ = writeln!(md, "Next self-assessment: {}.", on.human());
        let _ = writeln!(md);
    }
    let _ = writeln!(md, "## Questions for my manager");
    let _ = writeln!(md);
    for q in questions(framework, report) {
        let _ = writeln!(md, "- {q}");
    }
    inert_markdown(&md)
}

/// What to ask one's manager, for this verdict.
fn questions(framework: &Framework, report: &Report) -> Vec<String> {
    let a_role = a_or_an(&report.role.name);
    let top = report
        .verdict
        .blockers
        .first()
        .map(|b| framework.competency_name(&b.competency).to_string());
    let mut q = vec![
        "Does this picture match what you see? Where would you rate me differently?".to_string(),
    ];
    match report.verdict.kind {
        VerdictKind::ReadyNow => {
            q.push(format!(
                "What would success look like in my first 90 days as {a_role}?"
            ));
            q.push("Which of my current technical responsibilities should I hand over first, and to whom?".into());
        }
        VerdictKind::AlmostReady => {
            if let Some(top) = top {
                q.push(format!(
                    "Could I take on a stretch assignment in {top}, with you as a sponsor?"
                ));
            }
            q.push(format!(
                "What would you need to see from me to support a move into the role of {a_role}?"
            ));
        }
        VerdictKind::BuildingFoundations => {
            q.push(format!(
                "What route to {a_role} do you see for me, and what should come first?"
            ));
            q.push(
                "Which opportunities in the next quarter would let me practise the basics?".into(),
            );
        }
        VerdictKind::ExploreRoleFirst => {
            q.push("Could I try a part of the role for a few weeks, in a way we can undo?".into());
            // The framework's own other path: a staff engineer's ladder has a different one.
            q.push(match framework.plans.alternative_name() {
                Some(path) => format!("What would {path} look like for me here?"),
                None => {
                    "If the trials confirm my doubts, which other path would you see for me here?"
                        .into()
                }
            });
        }
    }
    q.push("Who else could give me regular feedback on how I lead?".to_string());
    q
}
