//! Rules that hold for every set of answers, on the built-in framework and the small fixture.

use super::small;
use crate::en;
use proptest::prelude::*;
use ready_to_lead::core::framework::ActionKind;
use ready_to_lead::core::verdict::VerdictKind;
use ready_to_lead::core::{Answer, Assessment, Date, Framework, Report};
use std::sync::OnceLock;

fn builtin() -> &'static Framework {
    static F: OnceLock<Framework> = OnceLock::new();
    F.get_or_init(Framework::builtin)
}

/// None is unanswered; Some(0) is "No opportunity yet"; Some(1..=5) a level.
fn answer_strategy() -> impl Strategy<Value = Option<u8>> {
    prop_oneof![1 => Just(None), 1 => Just(Some(0)), 5 => (1u8..=5).prop_map(Some)]
}

fn assessment(f: &Framework, role: &str, answers: &[Option<u8>]) -> Assessment {
    let mut a = Assessment::new(f, role, "a-1".into(), Date::parse("2026-11-27").unwrap());
    for (item, answer) in f.all_items().zip(answers) {
        match answer {
            Some(0) => a.set_answer(&item.id, Answer::NoOpportunity),
            Some(l) => a.set_answer(&item.id, Answer::Level(*l)),
            None => {}
        }
    }
    a
}

/// Every figure of a report in points (0–100): competency scores and pillar levels (−1 where
/// not shown, which a single raised answer never changes), the role match and motivation.
fn all_scores(r: &Report) -> Vec<f64> {
    let mut v: Vec<f64> = r
        .scores
        .competencies
        .iter()
        .map(|c| c.score.unwrap_or(-1.0))
        .collect();
    v.extend(
        r.scores
            .pillars
            .iter()
            .map(|p| p.level.map_or(-1.0, |l| (l - 1.0) * 25.0)),
    );
    v.push(r.scores.role_match);
    v.extend(r.scores.motivation);
    v
}

fn check_raising_never_lowers(
    f: &Framework,
    role: &str,
    answers: &[Option<u8>],
    at: usize,
) -> Result<(), TestCaseError> {
    let at = at % answers.len();
    let Some(level @ 1..=4) = answers[at] else {
        return Ok(());
    };
    let before = Report::build(f, en(), &assessment(f, role, answers));
    let mut raised = answers.to_vec();
    raised[at] = Some(level + 1);
    let after = Report::build(f, en(), &assessment(f, role, &raised));
    for (b, a) in all_scores(&before).iter().zip(all_scores(&after)) {
        prop_assert!(
            a >= *b,
            "a score fell from {b} to {a} when item {at} went from {level} up"
        );
    }
    prop_assert!(after.verdict.kind >= before.verdict.kind);
    // Nor lengthens the time the gaps take.
    prop_assert!(after.verdict.months.unwrap_or(0) <= before.verdict.months.unwrap_or(0));
    Ok(())
}

/// A background of the built-in framework: each question unanswered or at one of its options.
fn background_strategy() -> impl Strategy<Value = Vec<Option<usize>>> {
    prop::collection::vec(prop::option::of(0usize..5), 6)
}

fn with_background(f: &Framework, mut a: Assessment, picks: &[Option<usize>]) -> Assessment {
    for (q, pick) in f.background.iter().zip(picks) {
        if let Some(o) = pick.and_then(|k| q.options.get(k % q.options.len())) {
            a.background.insert(q.id.clone(), o.value);
        }
    }
    a
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn raising_any_single_answer_never_lowers_any_score(
        answers in prop::collection::vec(answer_strategy(), 70),
        at in 0usize..1000,
        role in prop_oneof![Just("tech-lead"), Just("engineering-manager"), Just("senior-engineering-manager")],
    ) {
        let f = builtin();
        let n = f.all_items().count();
        check_raising_never_lowers(f, role, &answers[..n.min(answers.len())], at)?;
    }

    #[test]
    fn raising_never_lowers_on_the_small_framework(
        answers in prop::collection::vec(answer_strategy(), 8),
        at in 0usize..8,
        role in prop_oneof![Just("lead"), Just("manager")],
    ) {
        check_raising_never_lowers(&small(), role, &answers, at)?;
    }

    #[test]
    fn a_plan_never_holds_a_route_step_the_background_says_is_done(
        answers in prop::collection::vec(answer_strategy(), 70),
        picks in background_strategy(),
        role in prop_oneof![Just("tech-lead"), Just("engineering-manager"), Just("senior-engineering-manager")],
    ) {
        let f = builtin();
        let a = with_background(f, assessment(f, role, &answers), &picks);
        let r = Report::build(f, en(), &a);
        for step in &r.plan.steps {
            if step.action.kind == Some(ActionKind::Route) || step.competency.is_some() {
                prop_assert!(!step.action.done_before(&a.background), "{} was done already", step.action.id);
            }
        }
        // No route to a role held or on offer, and no wait for job-posting years then either.
        if r.plan.situation.in_or_offered() {
            prop_assert!(r.plan.actions().all(|x| x.kind != Some(ActionKind::Route)));
            prop_assert!(!r.plan.summary.contains("only time in the job gives"));
        }
        // The next role up only for someone who has held this one.
        if r.plan.next_role.is_some() {
            prop_assert!(r.plan.situation.holds_target);
        }
    }

    /// Being in or offered the role never worsens the verdict on the same answers: the heart of
    /// the role decides, and trying the job first is moot. The time for every gap is never
    /// shorter than the time the verdict rests on.
    #[test]
    fn an_offer_never_worsens_the_verdict(
        answers in prop::collection::vec(answer_strategy(), 70),
        role in prop_oneof![Just("tech-lead"), Just("engineering-manager"), Just("senior-engineering-manager")],
    ) {
        let f = builtin();
        let mut a = assessment(f, role, &answers);
        let before = Report::build(f, en(), &a);
        a.background.insert("move".into(), 3.0);
        let after = Report::build(f, en(), &a);
        prop_assert!(after.verdict.kind >= before.verdict.kind, "{:?} then {:?}", before.verdict.kind, after.verdict.kind);
        let every_gap = ready_to_lead::core::verdict::months_to_close(&after.verdict.blockers);
        prop_assert!(after.verdict.months.unwrap_or(0) <= every_gap);
        if let Some(all) = after.verdict.months_all {
            prop_assert_eq!(all, every_gap);
        }
    }

    #[test]
    fn verdict_timeline_and_match_never_contradict(
        answers in prop::collection::vec(answer_strategy(), 70),
        picks in background_strategy(),
        role in prop_oneof![Just("tech-lead"), Just("engineering-manager"), Just("senior-engineering-manager")],
    ) {
        let f = builtin();
        let r = Report::build(f, en(), &with_background(f, assessment(f, role, &answers), &picks));
        let score = ready_to_lead::core::scoring::rounded(r.scores.role_match);
        let months = r.verdict.months;
        let max = r.role.almost_ready.months().unwrap();
        match r.verdict.kind {
            // Ready with every minimum met, or in the role with gaps that close within a quarter.
            VerdictKind::ReadyNow if r.verdict.blockers.is_empty() => {
                prop_assert_eq!(score, 100);
                prop_assert!(months.is_none());
            }
            VerdictKind::ReadyNow => {
                prop_assert!(r.plan.situation.holds_target);
                prop_assert!(f64::from(months.unwrap()) <= ready_to_lead::core::verdict::IN_ROLE_MONTHS);
                prop_assert_eq!(r.plan.months, months);
            }
            VerdictKind::AlmostReady => {
                prop_assert!(f64::from(months.unwrap()) <= max);
                prop_assert_eq!(r.plan.months, months);
            }
            VerdictKind::BuildingFoundations => {
                prop_assert!(f64::from(months.unwrap()) > max);
                prop_assert!(r.plan.months.unwrap() >= months.unwrap());
            }
            VerdictKind::ExploreRoleFirst => {}
        }
        // With gaps, one sentence names the match and the time together.
        if r.verdict.kind != VerdictKind::ExploreRoleFirst && !r.verdict.blockers.is_empty() {
            let time = ready_to_lead::core::verdict::about_months(en(), months.unwrap());
            prop_assert!(r.verdict.reasons.iter().any(|x| x.contains(&format!("{score}/100")) && x.contains(&time)), "{:?}", r.verdict.reasons);
        }
        // A gap's line always adds up: shown level + shortfall = minimum.
        for b in &r.verdict.blockers {
            if let Some(level) = b.level {
                let shown = ready_to_lead::core::scoring::tenths(level);
                let short = ready_to_lead::core::scoring::shortfall_tenths(level, b.minimum);
                prop_assert_eq!(shown + short, b.minimum * 10);
                prop_assert!(short > 0, "a gap that shows as none");
            }
        }
    }

    #[test]
    fn the_same_shown_level_always_gives_the_same_shortfall(
        x in 1.0f64..5.0, y in 1.0f64..5.0, minimum in 1u32..=5,
    ) {
        use ready_to_lead::core::scoring::{meets, shortfall_tenths};
        if en().level(Some(x)) == en().level(Some(y)) {
            prop_assert_eq!(shortfall_tenths(x, minimum), shortfall_tenths(y, minimum));
        }
        // Below the minimum never reads as the minimum; meeting it never reads below it.
        prop_assert_eq!(meets(x, minimum), shortfall_tenths(x, minimum) == 0);
    }

    #[test]
    fn different_motivation_answers_get_different_motivation_text(
        mine in prop::collection::vec(1u8..=5, 7),
        theirs in prop::collection::vec(1u8..=5, 7),
        levels in prop::collection::vec(1u8..=5, 70),
    ) {
        let f = builtin();
        let person = |motivation: &[u8]| {
            let scored = f.scored_item_count();
            let answers: Vec<Option<u8>> = levels.iter().take(scored).copied().map(Some)
                .chain(motivation.iter().copied().map(Some)).collect();
            Report::build(f, en(), &assessment(f, "engineering-manager", &answers)).fit.text(en())
        };
        if mine != theirs {
            prop_assert_ne!(person(&mine), person(&theirs));
        }
    }

    #[test]
    fn every_score_stays_within_0_and_100(answers in prop::collection::vec(answer_strategy(), 70)) {
        let f = builtin();
        let r = Report::build(f, en(), &assessment(f, "engineering-manager", &answers));
        for s in all_scores(&r) {
            prop_assert!(s == -1.0 || (0.0..=100.0).contains(&s), "{s}");
        }
        for c in &r.scores.competencies {
            prop_assert!(c.level().is_none_or(|l| (1.0..=5.0).contains(&l)));
        }
    }

    #[test]
    fn every_plan_has_three_to_five_actions_and_none_where_the_target_is_met(
        answers in prop::collection::vec(answer_strategy(), 70),
        role in prop_oneof![Just("tech-lead"), Just("engineering-manager"), Just("senior-engineering-manager")],
    ) {
        let f = builtin();
        let r = Report::build(f, en(), &assessment(f, role, &answers));
        let n = r.plan.steps.len();
        prop_assert!((3..=5).contains(&n), "{} actions for {:?}", n, r.verdict.kind);
        for step in &r.plan.steps {
            if let Some(c) = &step.competency {
                // A "Ready now" plan may practise a weak single answer (a watch point) there.
                let watched = r.verdict.kind == VerdictKind::ReadyNow && r.plan.watch.iter().any(|w| &w.competency == c);
                prop_assert!(watched || r.verdict.blockers.iter().any(|b| &b.competency == c), "{c} meets the target");
            }
        }
        // The largest weighted gap leads an "Almost ready" plan.
        if r.verdict.kind == VerdictKind::AlmostReady {
            let first = &r.verdict.blockers[0].competency;
            prop_assert!(r.plan.steps.iter().any(|s| s.competency.as_ref() == Some(first)));
        }
        if r.verdict.kind == VerdictKind::ExploreRoleFirst {
            prop_assert!(r.plan.actions().any(|a| a.kind == Some(ActionKind::Trial)));
            prop_assert!(r.plan.actions().any(|a| a.kind == Some(ActionKind::Path)));
            prop_assert!(r.plan.summary.contains("individual-contributor path"));
        }
        prop_assert!(!r.verdict.reasons.is_empty());
    }

    #[test]
    fn no_opportunity_never_lowers_a_score_below_what_the_rated_items_give(
        answers in prop::collection::vec(answer_strategy(), 70),
        at in 0usize..1000,
    ) {
        let f = builtin();
        let n = f.all_items().count();
        let answers = &answers[..n];
        let before = Report::build(f, en(), &assessment(f, "engineering-manager", answers));
        // Each competency's score is the mean of its rated items, whatever else is answered.
        for s in &before.scores.competencies {
            let c = f.competency(&s.id).unwrap();
            let rated: Vec<f64> = c.items.iter().filter_map(|i| {
                let k = f.all_items().position(|x| x.id == i.id)?;
                match answers[k] { Some(l @ 1..=5) => Some((l as f64 - 1.0) * 25.0), _ => None }
            }).collect();
            let mean = (!rated.is_empty()).then(|| rated.iter().sum::<f64>() / rated.len() as f64);
            prop_assert_eq!(s.score, mean);
        }
        // Turning an unanswered item into "No opportunity yet" changes no competency's score.
        let at = at % n;
        if answers[at].is_none() {
            let mut na = answers.to_vec();
            na[at] = Some(0);
            let after = Report::build(f, en(), &assessment(f, "engineering-manager", &na));
            for (b, a) in before.scores.competencies.iter().zip(&after.scores.competencies) {
                prop_assert_eq!(b.score, a.score);
            }
        }
    }
}

#[test]
fn all_top_is_ready_now_and_all_bottom_the_lowest_verdict() {
    let f = builtin();
    let n = f.all_items().count();
    for role in [
        "tech-lead",
        "engineering-manager",
        "senior-engineering-manager",
    ] {
        let top = Report::build(f, en(), &assessment(f, role, &vec![Some(5); n]));
        assert_eq!(top.scores.role_match, 100.0);
        assert_eq!(top.verdict.kind, VerdictKind::ReadyNow, "{role}");
        let bottom = Report::build(f, en(), &assessment(f, role, &vec![Some(1); n]));
        assert_eq!(bottom.scores.role_match, 0.0);
        assert_eq!(bottom.verdict.kind, VerdictKind::ExploreRoleFirst, "{role}");
        // With ability at the bottom but motivation high, the lowest ability verdict.
        let scored = f.scored_item_count();
        let mut motivated = vec![Some(1); scored];
        motivated.extend(vec![Some(5); n - scored]);
        let r = Report::build(f, en(), &assessment(f, role, &motivated));
        assert_eq!(r.verdict.kind, VerdictKind::BuildingFoundations, "{role}");
        let asked = f.competencies.iter().filter(|c| c.asked_for(role)).count();
        assert_eq!(r.verdict.blockers.len(), asked, "{role}");
        assert_eq!(r.scores.competencies.len(), asked, "{role}");
    }
}
