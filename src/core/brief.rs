//! The Markdown "1:1 brief": the report in a form to paste into a conversation with one's manager.
//! Its text comes from the framework, which may be a host's: it is made inert, so that no Markdown
//! renderer turns it into HTML or links.

use super::assessment::Assessment;
use super::framework::Framework;
use super::i18n::Catalogue;
use super::quality::Confidence;
use super::report::Report;
use super::scoring::rounded;
use super::text::inert_markdown;
use super::verdict::VerdictKind;
use std::fmt::Write;

pub fn markdown(framework: &Framework, t: &Catalogue, a: &Assessment, report: &Report) -> String {
    let name = |id: &str| framework.competency_name(id).to_string();
    let mut md = String::new();
    let date = a
        .completed
        .or(a.started)
        .map(|d| t.date(d))
        .unwrap_or_default();
    let role = &report.role.name;
    let verdict = report.verdict.kind.label(t);
    let _ = writeln!(md, "# {}", t.brief_title(role));
    let _ = writeln!(md);
    let source = t.brief_source(&framework.title, &framework.version, &date);
    let _ = writeln!(md, "_{source}_");
    let _ = writeln!(md);
    let _ = writeln!(md, "## {}", t.brief_verdict(&verdict));
    let _ = writeln!(md);
    for reason in &report.verdict.reasons {
        let _ = writeln!(md, "- {reason}");
    }
    let confidence = match report.quality.confidence {
        Confidence::Low => t.brief_confidence_low(),
        Confidence::Medium => t.brief_confidence_medium(),
        Confidence::High => t.brief_confidence_high(),
    };
    let _ = writeln!(md, "- {confidence}");
    let _ = writeln!(md);
    let _ = writeln!(md, "## {}", t.brief_scores());
    let _ = writeln!(md);
    let score = rounded(report.scores.role_match);
    let _ = writeln!(md, "- {}", t.brief_match(role, &score));
    for p in &report.scores.pillars {
        let pillar = framework
            .pillar(&p.id)
            .map_or(p.id.as_str(), |x| x.name.as_str());
        let _ = writeln!(md, "- {}", t.brief_pillar(&pillar, &t.level(p.level)));
    }
    match report.scores.motivation {
        Some(m) => {
            let _ = writeln!(md, "- {}", t.brief_motivation(&rounded(m)));
        }
        None => {
            let _ = writeln!(md, "- {}", t.brief_motivation_none());
        }
    }
    let _ = writeln!(md);
    let _ = writeln!(md, "{}", report.fit.text(t));
    let _ = writeln!(md);
    let _ = writeln!(md, "## {}", t.brief_strengths());
    let _ = writeln!(md);
    let strengths = report.strengths();
    if strengths.is_empty() {
        let _ = writeln!(md, "- {}", t.brief_no_strengths());
    }
    for (id, level) in strengths {
        let _ = writeln!(
            md,
            "- {}",
            t.brief_strength(&name(id), &t.level(Some(level)))
        );
    }
    let _ = writeln!(md);
    let _ = writeln!(md, "## {}", t.brief_gaps(role));
    let _ = writeln!(md);
    if report.verdict.blockers.is_empty() {
        let _ = writeln!(md, "- {}", t.brief_no_gaps());
    }
    for b in &report.verdict.blockers {
        let _ = writeln!(md, "- {}", b.line(framework, t));
    }
    let _ = writeln!(md);
    let _ = writeln!(md, "## {}", t.brief_plan(&verdict));
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
        let area = step.area(framework, t);
        let days = t.count_days(action.horizon);
        let _ = writeln!(md, "- [{tick}] **{area}**: {} ({days})", action.text);
        if let Some(book) = &action.book {
            let _ = writeln!(md, "  - {}", t.brief_book(&book.title, &book.author));
        }
        let _ = writeln!(md, "  - {}", t.brief_success(&action.signal));
    }
    let _ = writeln!(md);
    if !report.plan.watch.is_empty() {
        let _ = writeln!(md, "{}", t.brief_watch());
        let _ = writeln!(md);
        for w in &report.plan.watch {
            let _ = writeln!(md, "- {}", w.text(framework, t));
        }
        let _ = writeln!(md);
    }
    if let Some(next) = &report.plan.next_role {
        let _ = writeln!(md, "{}", next.text(framework, t));
        let _ = writeln!(md);
    }
    if let Some(on) = report.plan.reassess_on {
        let _ = writeln!(md, "{}", t.brief_next(&t.date(on)));
        let _ = writeln!(md);
    }
    let _ = writeln!(md, "## {}", t.brief_questions());
    let _ = writeln!(md);
    for q in questions(framework, t, report) {
        let _ = writeln!(md, "- {q}");
    }
    inert_markdown(&md)
}

/// What to ask one's manager, for this verdict.
fn questions(framework: &Framework, t: &Catalogue, report: &Report) -> Vec<String> {
    let a_role = t.a_role(&report.role.name);
    let top = report
        .verdict
        .blockers
        .first()
        .map(|b| framework.competency_name(&b.competency).to_string());
    let mut q = vec![t.brief_q_match().to_string()];
    match report.verdict.kind {
        VerdictKind::ReadyNow => {
            q.push(t.brief_q_ready_success(&a_role));
            q.push(t.brief_q_ready_hand_over().into());
        }
        VerdictKind::AlmostReady => {
            if let Some(top) = top {
                q.push(t.brief_q_almost_stretch(&top));
            }
            q.push(t.brief_q_almost_support(&a_role));
        }
        VerdictKind::BuildingFoundations => {
            q.push(t.brief_q_building_route(&a_role));
            q.push(t.brief_q_building_opportunities().into());
        }
        VerdictKind::ExploreRoleFirst => {
            q.push(t.brief_q_explore_try().into());
            // The framework's own other path: a staff engineer's ladder has a different one.
            q.push(match framework.plans.alternative_name() {
                Some(path) => t.brief_q_explore_path(&path),
                None => t.brief_q_explore_other().into(),
            });
        }
    }
    q.push(t.brief_q_feedback().to_string());
    q
}
