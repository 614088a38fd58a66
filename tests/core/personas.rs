//! Realistic engineers and what a good report must say to each: the verdict, the confidence,
//! what the plan must and must not contain. Two suites: tests/fixtures/personas (from a keen
//! junior to a former manager) and tests/fixtures/leaders (people who already lead, are offered
//! the job, or aim at managing managers).

use super::persona_fixture::{personas_in, Persona, LEADERS, PERSONAS};
use crate::en;
use ready_to_lead::core::framework::ActionKind;
use ready_to_lead::core::plan::Situation;
use ready_to_lead::core::scoring::Evidence;
use ready_to_lead::core::{Framework, Report};
use serde_json::Value;

fn strings(v: &Value) -> Vec<&str> {
    v.as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// Every property the persona's file asks for, with the persona named in each failure.
pub fn check(f: &Framework, p: &Persona) {
    let r = Report::build(f, en(), &p.assessment);
    let e = &p.expect;
    let who = format!("{} ({})", p.name, p.file);
    let plan_competencies: Vec<&str> = r
        .plan
        .steps
        .iter()
        .filter_map(|s| s.competency.as_deref())
        .collect();
    let kinds: Vec<&str> = r
        .plan
        .actions()
        .filter_map(|a| a.kind.map(ActionKind::key))
        .collect();

    assert_eq!(
        r.verdict.kind.key(),
        e["verdict"].as_str().unwrap(),
        "{who}: verdict; reasons {:?}",
        r.verdict.reasons
    );
    let confidence = r.quality.confidence.label(en()).to_lowercase();
    if e["confidence"].is_array() {
        assert!(
            strings(&e["confidence"]).contains(&confidence.as_str()),
            "{who}: confidence {confidence}; caveats {:?}",
            r.quality.caveats
        );
    }
    situation_rules(f, p, &r);
    // Every plan: 3 to 5 actions, none in a competency that meets the target, except, for
    // someone ready, one on a weak single answer there (a watch point).
    let n = r.plan.steps.len();
    assert!((3..=5).contains(&n), "{who}: {n} actions");
    for c in &plan_competencies {
        let watched =
            r.verdict.kind.key() == "ready" && r.plan.watch.iter().any(|w| w.competency == *c);
        assert!(
            watched || r.verdict.blockers.iter().any(|b| b.competency == *c),
            "{who}: an action in {c}, which meets the target"
        );
    }
    for kind in strings(&e["plan_kinds"]) {
        assert!(
            kinds.contains(&kind),
            "{who}: no {kind} action in {kinds:?}"
        );
    }
    for c in strings(&e["plan_includes"]) {
        assert!(
            plan_competencies.contains(&c),
            "{who}: {c} not in {plan_competencies:?}"
        );
    }
    for c in strings(&e["plan_excludes"]) {
        assert!(
            !plan_competencies.contains(&c),
            "{who}: {c} in {plan_competencies:?}"
        );
    }
    if let Some(first) = e["plan_first"].as_str() {
        assert_eq!(
            r.verdict.blockers[0].competency, first,
            "{who}: the largest weighted gap"
        );
        assert!(plan_competencies.contains(&first), "{who}");
    }
    for id in strings(&e["actions_exclude"]) {
        assert!(
            r.plan.actions().all(|a| a.id != id),
            "{who}: {id} suggested"
        );
    }
    if e["plan_includes_technical"].as_bool() == Some(true) {
        let technical = plan_competencies
            .iter()
            .any(|c| f.competency(c).is_some_and(|x| x.pillar == "technical"));
        assert!(
            technical,
            "{who}: no technical basics in {plan_competencies:?}"
        );
    }
    for c in strings(&e["limited_evidence"]) {
        let score = r.scores.competency(c).unwrap();
        assert_eq!(score.evidence, Evidence::Limited, "{who}: {c}");
        assert_eq!(score.level(), None, "{who}: {c} shows a level");
    }
    for topic in strings(&e["reservations"]) {
        assert!(
            r.fit.reservations.iter().any(|t| t == topic),
            "{who}: {:?}",
            r.fit.reservations
        );
        assert!(
            r.fit.text(en()).contains(topic),
            "{who}: {}",
            r.fit.text(en())
        );
    }
    if let Some(at_most) = e["months_at_most"].as_u64() {
        let months = r.plan.months.expect("a timeline");
        assert!(months as u64 <= at_most, "{who}: {months} months");
        assert!(
            r.plan.summary.contains("month"),
            "{who}: {}",
            r.plan.summary
        );
    }
    if let Some(at_least) = e["months_at_least"].as_u64() {
        let months = r.plan.months.expect("a timeline");
        assert!(months as u64 >= at_least, "{who}: {months} months");
    }
    match e["next_role"].as_str() {
        Some(role) => assert_eq!(
            r.plan.next_role.as_ref().map(|n| n.role.as_str()),
            Some(role),
            "{who}"
        ),
        None if e["no_next_role"].as_bool() == Some(true) => {
            assert!(r.plan.next_role.is_none(), "{who}")
        }
        None => {}
    }
    let flat = r
        .quality
        .caveats
        .iter()
        .any(|c| c.message.contains("motivation included"));
    if e["straight_lining"].as_bool() == Some(true) {
        assert!(flat, "{who}: {:?}", r.quality.caveats);
    }
    if e["no_straight_lining"].as_bool() == Some(true) {
        assert!(!flat, "{who}: {:?}", r.quality.caveats);
    }
    if e["background_contradiction"].as_bool() == Some(true) {
        assert!(
            r.quality
                .caveats
                .iter()
                .any(|c| c.message.contains("background")),
            "{who}: {:?}",
            r.quality.caveats
        );
    }
    for part in strings(&e["sides"]) {
        assert!(r.verdict.sides.contains(part), "{who}: {}", r.verdict.sides);
    }
    // With low confidence, the first thing the report says is to check the answers.
    if confidence == "low" {
        assert!(
            r.verdict.reasons[0].starts_with("Check these answers"),
            "{who}"
        );
    }
    // Strengths are the person's own best competencies, never none.
    assert!(!r.strengths().is_empty(), "{who}: no strengths");
    // An explore plan offers a trial and the individual-contributor path.
    if r.verdict.kind.key() == "explore" {
        assert!(kinds.contains(&"trial") && kinds.contains(&"path"), "{who}");
        assert!(
            r.plan.summary.contains("individual-contributor path")
                // Offered for what it is, never as a promise.
                && r.plan.summary.contains("where your organization has one"),
            "{who}"
        );
    }
}

#[test]
fn every_persona_gets_the_report_an_experienced_manager_would_give() {
    let f = Framework::builtin();
    let all = personas_in(&f, PERSONAS);
    assert!(all.len() >= 8, "{} personas", all.len());
    for p in &all {
        check(&f, p);
    }
}

/// What every report must do whatever the persona expects: no step the background shows was
/// taken, no route to a role held or offered, no wait for job-posting years then, the person's
/// own habit named on the first step of each gap, and one timeline.
pub fn situation_rules(f: &Framework, p: &Persona, r: &Report) {
    let e = &p.expect;
    let who = format!("{} ({})", p.name, p.file);
    let kinds: Vec<&str> = r
        .plan
        .actions()
        .filter_map(|a| a.kind.map(ActionKind::key))
        .collect();
    // Never a step the background shows was taken, in any plan.
    let bg = &p.assessment.background;
    for a in r.plan.actions() {
        assert!(!a.done_before(bg), "{who}: {} was done already", a.id);
    }
    let situation = Situation::of(f, &r.role, bg);
    if situation.in_or_offered() || e["no_route"].as_bool() == Some(true) {
        assert!(
            !kinds.contains(&"route"),
            "{who}: a route to a role they hold or are offered: {kinds:?}"
        );
    }
    if situation.in_or_offered() || e["no_posting_clock"].as_bool() == Some(true) {
        assert!(
            !r.plan.summary.contains("only time in the job gives"),
            "{who}: {}",
            r.plan.summary
        );
    }
    // The first action of each gap names the person's own answer behind it.
    for b in &r.verdict.blockers {
        if let Some(step) = r
            .plan
            .steps
            .iter()
            .find(|s| s.competency.as_ref() == Some(&b.competency))
        {
            if !b.unproven() {
                assert!(
                    step.habit.is_some(),
                    "{who}: no habit named for {}",
                    b.competency
                );
            }
        }
    }
    // The verdict's timeline and the plan's agree.
    if matches!(r.verdict.kind.key(), "almost") {
        assert_eq!(r.plan.months, r.verdict.months, "{who}");
    }
}

#[test]
fn every_leader_gets_advice_from_where_they_stand() {
    let f = Framework::builtin();
    let all = personas_in(&f, LEADERS);
    assert!(all.len() >= 8, "{} personas", all.len());
    for p in &all {
        situation_rules(&f, p, &Report::build(&f, en(), &p.assessment));
    }
    // The suite covers the situations it is for.
    let situations: Vec<Situation> = all
        .iter()
        .map(|p| {
            Situation::of(
                &f,
                f.role_or_default(&p.assessment.role),
                &p.assessment.background,
            )
        })
        .collect();
    assert!(
        situations.iter().any(|s| s.offered),
        "someone offered the job"
    );
    assert!(
        situations.iter().any(|s| s.holds_target),
        "someone in the role"
    );
    assert!(
        all.iter()
            .any(|p| p.assessment.role == "senior-engineering-manager"),
        "someone aiming at Senior EM"
    );
}

/// The director's expectations for the second suite (verdict, plan must / must not contain).
#[test]
fn leaders_get_the_report_a_director_would_give() {
    let f = Framework::builtin();
    // Every leader is checked, so one run lists every miss rather than the first.
    let misses: Vec<String> = personas_in(&f, LEADERS)
        .iter()
        .filter_map(|p| {
            std::panic::catch_unwind(|| check(&f, p))
                .err()
                .map(|e| panic_text(e.as_ref()))
        })
        .collect();
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}

fn panic_text(e: &(dyn std::any::Any + Send)) -> String {
    e.downcast_ref::<String>()
        .cloned()
        .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}

#[test]
fn the_personas_cover_every_verdict() {
    let f = Framework::builtin();
    let mut kinds: Vec<String> = personas_in(&f, PERSONAS)
        .iter()
        .map(|p| {
            Report::build(&f, en(), &p.assessment)
                .verdict
                .kind
                .key()
                .to_string()
        })
        .collect();
    kinds.sort();
    kinds.dedup();
    assert_eq!(kinds, ["almost", "building", "explore", "ready"]);
}
