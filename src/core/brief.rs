//! The Markdown "1:1 brief": the report in a form to paste into a conversation with one's manager.

use super::assessment::Assessment;
use super::framework::Framework;
use super::report::Report;
use super::scoring::rounded;
use super::text::a_or_an;
use std::fmt::Write;

pub fn markdown(framework: &Framework, a: &Assessment, report: &Report) -> String {
    let name = |id: &str| {
        framework
            .competency(id)
            .map_or(id, |c| c.name.as_str())
            .to_string()
    };
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
        report.quality.confidence.label().to_lowercase()
    );
    let _ = writeln!(md);
    let _ = writeln!(md, "## Scores (0–100)");
    let _ = writeln!(md);
    let _ = writeln!(md, "- Overall ability: {}", rounded(report.scores.overall));
    for p in &report.scores.pillars {
        let pillar = framework
            .pillar(&p.id)
            .map_or(p.id.as_str(), |x| x.name.as_str());
        let _ = writeln!(md, "- {pillar}: {}", rounded(p.score));
    }
    match report.scores.motivation {
        Some(m) => {
            let _ = writeln!(
                md,
                "- Motivation for the role (reported apart): {}",
                rounded(m)
            );
        }
        None => {
            let _ = writeln!(md, "- Motivation for the role: not answered");
        }
    }
    let _ = writeln!(md);
    let _ = writeln!(md, "## Strengths");
    let _ = writeln!(md);
    let strengths = report.strengths();
    if strengths.is_empty() {
        let _ = writeln!(md, "- None at level 4 or above yet.");
    }
    for (id, level) in strengths {
        let _ = writeln!(md, "- {} (level {level:.1})", name(id));
    }
    let _ = writeln!(md);
    let _ = writeln!(md, "## Gaps against {}", report.role.name);
    let _ = writeln!(md);
    if report.verdict.blockers.is_empty() {
        let _ = writeln!(md, "- None: every competency meets the minimum.");
    }
    for b in &report.verdict.blockers {
        let _ = writeln!(
            md,
            "- {}: level {:.1}, needs {} ({:.1} short)",
            name(&b.competency),
            b.level,
            b.minimum,
            b.gap
        );
    }
    let _ = writeln!(md);
    let _ = writeln!(md, "## Growth plan");
    let _ = writeln!(md);
    for focus in &report.plan.focus {
        let _ = writeln!(md, "### {}", name(&focus.competency));
        let _ = writeln!(md);
        for action in &focus.actions {
            let tick = if a.done.contains(&action.id) {
                "x"
            } else {
                " "
            };
            let _ = writeln!(md, "- [{tick}] {} ({} days)", action.text, action.horizon);
            let _ = writeln!(md, "  - Success looks like: {}", action.signal);
        }
        let _ = writeln!(md);
    }
    if let Some(on) = report.plan.reassess_on {
        let _ = writeln!(md, "Next self-assessment: {}.", on.human());
        let _ = writeln!(md);
    }
    let _ = writeln!(md, "## Questions for my manager");
    let _ = writeln!(md);
    let top = report.plan.focus.first().map(|f| name(&f.competency));
    let mut questions = vec![
        format!("Does this picture match what you see? Where would you rate me differently?"),
        format!(
            "Which opportunities in the next quarter would let me practise the skills of {}?",
            a_or_an(&report.role.name)
        ),
    ];
    if let Some(top) = top {
        questions.push(format!(
            "Could I take on a stretch assignment in {top}, with you as a sponsor?"
        ));
    }
    questions.push("Who else could give me regular feedback on how I lead?".to_string());
    questions
        .push("What would you need to see from me to support a move into the role?".to_string());
    for q in questions {
        let _ = writeln!(md, "- {q}");
    }
    md
}
