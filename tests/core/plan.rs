//! The growth plan: its shape per verdict, which actions, in which order, and when to retake.

use super::{all_at, answered, day, small};
use crate::en;
use ready_to_lead::core::framework::ActionKind;
use ready_to_lead::core::plan::{about_months, months_to_close};
use ready_to_lead::core::verdict::{Blocker, VerdictKind};
use ready_to_lead::core::{Framework, Report};

fn ids(r: &Report) -> Vec<&str> {
    r.plan.actions().map(|a| a.id.as_str()).collect()
}

fn competencies(r: &Report) -> Vec<Option<&str>> {
    r.plan
        .steps
        .iter()
        .map(|s| s.competency.as_deref())
        .collect()
}

fn blocker(gap: f64) -> Blocker {
    Blocker {
        competency: "x".into(),
        level: Some(1.0),
        minimum: 3,
        gap,
        weight: 1.0,
    }
}

#[test]
fn almost_ready_works_on_the_named_blocker_only_with_a_timeline() {
    let f = small();
    // Manager minimums coach 4, hire 3, design 3. Only hire is short (level 2, one level).
    let a = answered(
        &f,
        "manager",
        &[
            ("coach-1", "4"),
            ("coach-2", "4"),
            ("hire-1", "2"),
            ("hire-2", "2"),
            ("design-1", "5"),
            ("design-2", "4"),
            ("mot-1", "5"),
            ("mot-2", "4"),
        ],
    );
    let r = Report::build(&f, en(), &a);
    assert_eq!(r.verdict.kind, VerdictKind::AlmostReady);
    assert_eq!(competencies(&r), vec![Some("hire"); 3]);
    // Level 2: the reading action (levels 3–5) does not suit; three other kinds, shortest first.
    let kinds: Vec<(ActionKind, u32)> = r
        .plan
        .actions()
        .map(|x| (x.kind.unwrap(), x.horizon))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (ActionKind::Practice, 30),
            (ActionKind::Feedback, 60),
            (ActionKind::Stretch, 90)
        ]
    );
    // One level at a quarter per level: three months.
    assert_eq!(r.plan.months, Some(3));
    assert!(
        r.plan.summary.contains(f.competency_name("hire")),
        "{}",
        r.plan.summary
    );
    assert!(
        r.plan.summary.contains("about three months"),
        "{}",
        r.plan.summary
    );
    assert_eq!(r.plan.reassess_on, Some(day("2026-11-27").add_days(90)));
}

#[test]
fn ready_now_is_a_plan_for_the_first_ninety_days() {
    let f = small();
    let mut a = all_at(&f, "manager", "5");
    a.completed = Some(day("2027-01-10"));
    let r = Report::build(&f, en(), &a);
    assert_eq!(r.verdict.kind, VerdictKind::ReadyNow);
    assert_eq!(
        ids(&r),
        vec!["ready-expectations", "ready-one-on-ones", "ready-hand-over"]
    );
    assert!(competencies(&r).iter().all(Option::is_none));
    assert!(r.plan.summary.contains("first 90 days"));
    // The plan dates from completion, after its longest horizon.
    assert_eq!(r.plan.reassess_on, Some(day("2027-03-11")));
    // No earlier management in the background: no look at a next role.
    assert!(r.plan.next_role.is_none());
}

#[test]
fn someone_who_has_managed_before_also_sees_the_next_role_up() {
    let f = Framework::builtin();
    let mut a = all_at(&f, "engineering-manager", "4");
    a.background.insert("years-leading".into(), 3.0);
    a.background.insert("people-developed".into(), 6.0);
    // Years of leading and mentoring alone are not managing: no look at the next role up.
    assert!(Report::build(&f, en(), &a).plan.next_role.is_none());
    // People who reported to them, now or before: they have held the role.
    a.background.insert("direct-reports".into(), 4.0);
    let r = Report::build(&f, en(), &a);
    assert_eq!(r.verdict.kind, VerdictKind::ReadyNow);
    let next = r.plan.next_role.as_ref().expect("a next-role check");
    assert_eq!(next.role, "senior-engineering-manager");
    // Level 4 everywhere meets every Senior EM minimum too.
    assert_eq!((next.met, next.of), (13, 13));
    assert!(next.text(&f, en()).contains("Senior Engineering Manager"));
    // Its own three competencies were not asked here: said so, and no "aim for it directly".
    assert_eq!(
        next.unasked,
        ["growing-leaders", "org-design", "headcount-budget"]
    );
    let text = next.text(&f, en());
    assert!(
        text.contains("13 of the 13 competencies asked here meet it, and it also asks about Growing managers and leads")
            && text.contains("choose it as the target")
            && !text.contains("directly"),
        "{text}"
    );
    // Without anyone reporting to them, no such check.
    a.background.insert("direct-reports".into(), 0.0);
    assert!(Report::build(&f, en(), &a).plan.next_role.is_none());
}

#[test]
fn building_foundations_shows_the_route_through_the_lead_role_and_the_basics() {
    let f = small();
    let a = answered(
        &f,
        "manager",
        &[
            ("coach-1", "1"),
            ("coach-2", "2"),
            ("hire-1", "1"),
            ("design-1", "2"),
            ("mot-1", "5"),
            ("mot-2", "5"),
        ],
    );
    let r = Report::build(&f, en(), &a);
    assert_eq!(r.verdict.kind, VerdictKind::BuildingFoundations);
    // The lead role is not met yet (coach 1.5 < 2), so the route passes through it.
    assert_eq!(ids(&r)[..1], ["route-lead-first"]);
    assert!(
        r.plan.summary.contains("through a Tech Lead role first"),
        "{}",
        r.plan.summary
    );
    // The basics include the short technical side (design), not only the heavier people side.
    let areas = competencies(&r);
    assert!(areas.contains(&Some("design")), "{areas:?}");
    assert!(areas.contains(&Some("coach")), "{areas:?}");
    assert!((3..=5).contains(&r.plan.steps.len()));
    assert!(r.plan.months.unwrap() >= 6);
}

#[test]
fn explore_the_role_first_tests_the_strongest_doubt_and_offers_the_other_path() {
    let f = small();
    // mot-2 is the stronger doubt: its trial comes first among trials.
    let a = answered(
        &f,
        "manager",
        &[("coach-1", "4"), ("mot-1", "2"), ("mot-2", "1")],
    );
    let r = Report::build(&f, en(), &a);
    assert_eq!(r.verdict.kind, VerdictKind::ExploreRoleFirst);
    let kinds: Vec<ActionKind> = r.plan.actions().filter_map(|x| x.kind).collect();
    assert!(kinds.contains(&ActionKind::Trial) && kinds.contains(&ActionKind::Path));
    assert!(
        competencies(&r).iter().all(Option::is_none),
        "no gap-closing actions"
    );
    assert!(r.plan.summary.contains("just as good an outcome"));
    assert_eq!(
        r.fit.reservations.first().map(String::as_str),
        Some("coding less")
    );
}

#[test]
fn a_competency_never_practised_gets_finding_the_opportunity_first() {
    let f = Framework::builtin();
    // An otherwise strong person who has never hired.
    let mut a = all_at(&f, "engineering-manager", "4");
    for id in ["hiring-1", "hiring-2", "hiring-3"] {
        a.set_answer(id, ready_to_lead::core::Answer::NoOpportunity);
    }
    let r = Report::build(&f, en(), &a);
    assert_eq!(r.verdict.kind, VerdictKind::AlmostReady);
    assert_eq!(r.verdict.blockers.len(), 1);
    assert!(r.verdict.blockers[0].unproven());
    assert!(
        ids(&r).contains(&"hiring-find-the-opportunity"),
        "{:?}",
        ids(&r)
    );
    assert!(r.verdict.reasons.iter().any(|x| x.contains(
        "Not yet shown, for lack of opportunity rather than ability: Hiring and team building."
    )));
}

#[test]
fn actions_that_repeat_what_the_person_does_routinely_are_left_out() {
    let f = Framework::builtin();
    // Feedback short at level 2.75, but giving corrective feedback (feedback-1) is routine.
    let mut a = all_at(&f, "engineering-manager", "4");
    for (id, level) in [
        ("feedback-1", 5),
        ("feedback-2", 2),
        ("feedback-3", 2),
        ("feedback-4", 2),
    ] {
        a.set_answer(id, ready_to_lead::core::Answer::Level(level));
    }
    let r = Report::build(&f, en(), &a);
    // The move itself first (nothing discussed yet), then three feedback actions.
    assert_eq!(
        competencies(&r),
        vec![None, Some("feedback"), Some("feedback"), Some("feedback")]
    );
    let chosen = ids(&r);
    assert!(!chosen.contains(&"feedback-weekly-specific"), "{chosen:?}");
    // The weakest answers (reviews, underperformance) are what the actions practise.
    assert!(
        chosen.iter().any(|id| [
            "feedback-observed-conversation",
            "feedback-radical-candor",
            "feedback-draft-review"
        ]
        .contains(id)),
        "{chosen:?}"
    );
}

#[test]
fn a_weak_answer_inside_a_passing_competency_is_a_watch_point() {
    let f = Framework::builtin();
    let mut a = all_at(&f, "engineering-manager", "4");
    a.set_answer("feedback-3", ready_to_lead::core::Answer::Level(2));
    let r = Report::build(&f, en(), &a);
    assert_eq!(r.verdict.kind, VerdictKind::ReadyNow);
    let watch = &r.plan.watch;
    assert_eq!(watch.len(), 1);
    assert_eq!(
        watch[0].text(&f, en()),
        "Your lowest answer in Feedback and performance conversations: handling someone who underperforms, level 2 (the role asks for 3)."
    );
}

#[test]
fn timelines_run_two_areas_at_a_time_at_a_quarter_per_level() {
    assert_eq!(months_to_close(&[]), 0);
    // At least a quarter in all, however small the gaps…
    assert_eq!(months_to_close(&[blocker(0.25)]), 3);
    // …but small gaps close alongside each other: four of a quarter-level are not a year.
    assert_eq!(months_to_close(&vec![blocker(0.25); 4]), 3);
    assert_eq!(months_to_close(&vec![blocker(0.4); 8]), 5);
    // About half a level is small too…
    assert_eq!(months_to_close(&vec![blocker(0.5); 4]), 3);
    // …three quarters of a level or more is a habit to change: a quarter each.
    assert_eq!(months_to_close(&vec![blocker(0.75); 4]), 6);
    // What is not yet shown is never small: its half a level is a floor.
    let unproven = Blocker {
        level: None,
        gap: 0.5,
        ..blocker(0.5)
    };
    assert_eq!(months_to_close(&vec![unproven; 4]), 6);
    assert_eq!(months_to_close(&[blocker(1.0), blocker(1.0)]), 3);
    // Nine months of practice over two areas at a time: about five.
    assert_eq!(
        months_to_close(&[blocker(1.0), blocker(1.0), blocker(1.0)]),
        5
    );
    // The largest gap alone sets the time when it is longer than the rest shared.
    assert_eq!(months_to_close(&[blocker(3.0), blocker(0.5)]), 9);
    assert_eq!(
        months_to_close(&[blocker(2.0), blocker(0.5), blocker(0.5)]),
        6
    );
    assert_eq!(about_months(en(), 3), "about three months");
    assert_eq!(about_months(en(), 14), "about 14 months");
    assert_eq!(about_months(en(), 24), "about 2 years");
    assert_eq!(about_months(en(), 31), "about 2.5 years");
}

/// The other path of an "Explore the role first" plan is the framework's to name: for a staff
/// engineer's ladder it is not "the senior individual-contributor path".
#[test]
fn explore_names_the_frameworks_own_other_path() {
    let ladder =
        Framework::load(include_str!("../../examples/embed/staff-ladder.json")).expect("valid");
    let mut a = all_at(&ladder, "staff-engineer", "4");
    for item in &ladder.motivation.items {
        a.set_answer(&item.id, ready_to_lead::core::Answer::Level(1));
    }
    let r = Report::build(&ladder, en(), &a);
    assert_eq!(r.verdict.kind, VerdictKind::ExploreRoleFirst);
    assert!(
        r.plan.summary.contains(&ladder.plans.alternative),
        "{}",
        r.plan.summary
    );
    assert!(!r
        .plan
        .summary
        .contains("individual-contributor path (staff"));
    // The 1:1 brief asks about the same path, by its short name.
    let brief = ready_to_lead::core::brief::markdown(&ladder, en(), &a, &r);
    assert!(
        brief.contains(
            "- What would a long career as a senior or principal engineer look like for me here?"
        ),
        "{brief}"
    );
    assert!(!brief.contains("individual-contributor"), "{brief}");

    let builtin = Framework::builtin();
    let mut a = all_at(&builtin, "engineering-manager", "4");
    for item in &builtin.motivation.items {
        a.set_answer(&item.id, ready_to_lead::core::Answer::Level(1));
    }
    let r = Report::build(&builtin, en(), &a);
    assert!(r.plan.summary.contains(
        "another path can be just as good an outcome: the senior individual-contributor path"
    ));
    let brief = ready_to_lead::core::brief::markdown(&builtin, en(), &a, &r);
    assert!(brief
        .contains("- What would the senior individual-contributor path look like for me here?"));

    // The short name ends at the first comma, parenthesis, semicolon or dash.
    let mut named = builtin.clone();
    for (alternative, short) in [
        (
            "a principal engineer role — deep, broad.",
            Some("a principal engineer role"),
        ),
        ("the expert track; no reports", Some("the expert track")),
        (
            "staying a senior engineer.",
            Some("staying a senior engineer"),
        ),
        ("(anything)", None),
    ] {
        named.plans.alternative = alternative.into();
        assert_eq!(named.plans.alternative_name(), short, "{alternative}");
    }

    // A framework that names no other path asks an open question.
    let mut unnamed = builtin.clone();
    unnamed.plans.alternative.clear();
    let r = Report::build(&unnamed, en(), &a);
    let brief = ready_to_lead::core::brief::markdown(&unnamed, en(), &a, &r);
    assert!(
        brief.contains(
            "- If the trials confirm my doubts, which other path would you see for me here?"
        ),
        "{brief}"
    );
}

fn set(a: &mut ready_to_lead::core::Assessment, answers: &[(&str, u8)]) {
    for (item, level) in answers {
        a.set_answer(item, ready_to_lead::core::Answer::Level(*level));
    }
}

/// Someone who does the job already has shown they can: gaps that close within a quarter are
/// what to grow first in it, not a reason to wait. Without that background, the same answers
/// are "Almost ready".
#[test]
fn someone_in_the_role_whose_gaps_close_in_a_quarter_is_ready_now() {
    let f = Framework::builtin();
    let mut a = all_at(&f, "engineering-manager", "4");
    // Mentoring 3.5 of 4: half a level, a quarter's practice.
    set(&mut a, &[("mentoring-1", 3), ("mentoring-2", 3)]);
    let r = Report::build(&f, en(), &a);
    assert_eq!(r.verdict.kind, VerdictKind::AlmostReady);

    a.background.insert("direct-reports".into(), 4.0);
    let r = Report::build(&f, en(), &a);
    assert_eq!(r.verdict.kind, VerdictKind::ReadyNow);
    assert_eq!(r.verdict.months, Some(3));
    assert_eq!(r.plan.months, Some(3));
    assert!(
        r.verdict
            .reasons
            .iter()
            .any(|x| x.contains("you already do this job") && x.contains("about three months")),
        "{:?}",
        r.verdict.reasons
    );
    assert!(r.plan.summary.starts_with("You already do this job"));
    assert!(competencies(&r).contains(&Some("mentoring")));
    // Steps the background shows were taken are left out: first 1:1s, agreeing expectations.
    assert!(!ids(&r).contains(&"transition-first-one-on-ones"));
    assert!(!ids(&r).contains(&"transition-expectations"));
    // Gaps left in this role: no look at the next one yet.
    assert!(r.plan.next_role.is_none());

    // A full level short takes longer than a quarter: "Almost ready", even in the role.
    set(&mut a, &[("mentoring-3", 3), ("mentoring-4", 2)]);
    assert_eq!(
        Report::build(&f, en(), &a).verdict.kind,
        VerdictKind::AlmostReady
    );
}

#[test]
fn a_ready_plan_practises_the_weakest_single_answers() {
    let f = Framework::builtin();
    let mut a = all_at(&f, "engineering-manager", "4");
    set(&mut a, &[("feedback-3", 2)]);
    let r = Report::build(&f, en(), &a);
    assert_eq!(r.verdict.kind, VerdictKind::ReadyNow);
    let step = r
        .plan
        .steps
        .iter()
        .find(|s| s.competency.as_deref() == Some("feedback"))
        .expect("an action on the weak answer");
    let habit = step.habit.as_ref().expect("the answer named");
    assert_eq!(habit.topic, "handling someone who underperforms");
    assert!(r.plan.summary.contains("below the role's level"));
    // Still the first 90 days in the role.
    assert!(r.plan.summary.contains("first 90 days"));
    assert!(competencies(&r).contains(&None));
}

/// With the move on offer there is no time to try the job in small ways first: the verdict is
/// about the skills, and the doubts are named beside it.
#[test]
fn someone_offered_the_role_with_doubts_is_told_to_talk_them_through_not_to_try_it_first() {
    let f = Framework::builtin();
    let mut a = all_at(&f, "engineering-manager", "4");
    for item in &f.motivation.items {
        a.set_answer(&item.id, ready_to_lead::core::Answer::Level(1));
    }
    assert_eq!(
        Report::build(&f, en(), &a).verdict.kind,
        VerdictKind::ExploreRoleFirst
    );
    a.background.insert("move".into(), 3.0);
    let r = Report::build(&f, en(), &a);
    assert_eq!(r.verdict.kind, VerdictKind::ReadyNow);
    assert!(r.verdict.motivation_low);
    assert!(
        r.verdict.reasons[0].contains("With the role on offer"),
        "{:?}",
        r.verdict.reasons
    );
    assert!(
        r.fit.text(en()).contains("before you accept"),
        "{}",
        r.fit.text(en())
    );
    assert!(!r.fit.text(en()).contains("in small ways you can undo"));
    assert!(r.plan.actions().all(|x| x.kind != Some(ActionKind::Trial)));
}

/// A plan covers the largest gaps: a small one waits until each larger one has two actions.
#[test]
fn a_small_gap_waits_until_every_larger_gap_has_two_actions() {
    let f = Framework::builtin();
    let mut a = all_at(&f, "engineering-manager", "4");
    // Hiring and feedback a level short; mentoring a quarter of a level.
    set(
        &mut a,
        &[
            ("hiring-1", 2),
            ("hiring-2", 2),
            ("hiring-3", 2),
            ("feedback-1", 2),
            ("feedback-2", 2),
            ("feedback-3", 2),
            ("feedback-4", 2),
            ("mentoring-4", 3),
        ],
    );
    let r = Report::build(&f, en(), &a);
    assert_eq!(r.verdict.kind, VerdictKind::AlmostReady);
    assert_eq!(r.verdict.blockers.len(), 3);
    let c = competencies(&r);
    assert!(!c.contains(&Some("mentoring")), "{c:?}");
    assert!(c.contains(&Some("hiring")) && c.contains(&Some("feedback")));
    assert!(
        r.plan
            .summary
            .contains("Mentoring and coaching is small enough to close alongside the others"),
        "{}",
        r.plan.summary
    );
    // Alone, a small gap gets its actions.
    let mut b = all_at(&f, "engineering-manager", "4");
    set(&mut b, &[("mentoring-4", 3)]);
    let r = Report::build(&f, en(), &b);
    assert!(competencies(&r).contains(&Some("mentoring")));
}

/// "Finding the opportunity" is for someone who has not had it: once the situation it opens was
/// rated, the plan practises the rest instead.
#[test]
fn finding_the_opportunity_is_left_out_when_its_situation_was_rated() {
    use ready_to_lead::core::Answer::NoOpportunity;
    let f = Framework::builtin();
    let mut a = all_at(&f, "engineering-manager", "4");
    for item in ["hiring-1", "hiring-2", "hiring-3"] {
        a.set_answer(item, NoOpportunity);
    }
    let r = Report::build(&f, en(), &a);
    assert!(ids(&r).contains(&"hiring-find-the-opportunity"));
    // On interview panels already (level 3), never defining a role or growing a team.
    set(&mut a, &[("hiring-1", 3)]);
    let r = Report::build(&f, en(), &a);
    assert!(r
        .verdict
        .blockers
        .iter()
        .any(|b| b.competency == "hiring" && b.unproven()));
    assert!(
        !ids(&r).contains(&"hiring-find-the-opportunity"),
        "{:?}",
        ids(&r)
    );
    assert!(competencies(&r).contains(&Some("hiring")));
}

/// In or offered the role, the verdict rests on the heart of it (the competencies the role
/// weighs above the rest): the team carries the others while the person grows them. Preparing
/// for the role, every gap counts.
#[test]
fn in_or_offered_the_role_the_verdict_rests_on_its_heart() {
    let f = Framework::builtin();
    assert_eq!(
        ready_to_lead::core::verdict::heart(&f, f.role("engineering-manager").unwrap()),
        [
            "mentoring",
            "feedback",
            "career-growth",
            "hiring",
            "team-health"
        ]
    );
    let mut a = all_at(&f, "engineering-manager", "4");
    // People side met; three technical competencies about a level and a half short (answers 2
    // and 1 in turn): about seven months.
    let technical = |a: &mut ready_to_lead::core::Assessment, low: u8| {
        for c in ["architecture", "operations", "tech-direction"] {
            for (i, item) in f.competency(c).unwrap().items.iter().enumerate() {
                let level = if i % 2 == 0 { low + 1 } else { low };
                a.set_answer(&item.id, ready_to_lead::core::Answer::Level(level));
            }
        }
    };
    technical(&mut a, 1);
    let r = Report::build(&f, en(), &a);
    assert_eq!(r.verdict.kind, VerdictKind::BuildingFoundations);
    assert_eq!(r.verdict.months, Some(7));
    assert_eq!(r.verdict.months_all, None);

    a.background.insert("move".into(), 3.0);
    let r = Report::build(&f, en(), &a);
    assert_eq!(r.verdict.kind, VerdictKind::AlmostReady);
    assert_eq!(r.verdict.months, Some(3));
    assert_eq!(r.verdict.months_all, Some(7));
    assert!(
        r.verdict.reasons.iter().any(
            |x| x.contains("The team can carry these gaps") && x.contains("about seven months")
        ),
        "{:?}",
        r.verdict.reasons
    );
    // The plan still works on them, and says how long all of them take.
    assert!(competencies(&r).contains(&Some("architecture")));
    assert!(
        r.plan
            .summary
            .starts_with("The team can carry each of these gaps")
            && r.plan.summary.contains("about seven months"),
        "{}",
        r.plan.summary
    );
    // Two levels short is more than the team can carry: the person must close it.
    for c in ["architecture", "operations", "tech-direction"] {
        for item in &f.competency(c).unwrap().items {
            a.set_answer(&item.id, ready_to_lead::core::Answer::Level(1));
        }
    }
    assert_eq!(
        Report::build(&f, en(), &a).verdict.kind,
        VerdictKind::BuildingFoundations
    );
    technical(&mut a, 1);

    // A gap at the heart of the role decides again: mentoring two levels short.
    for item in &f.competency("mentoring").unwrap().items {
        a.set_answer(&item.id, ready_to_lead::core::Answer::Level(2));
    }
    let r = Report::build(&f, en(), &a);
    assert_eq!(r.verdict.kind, VerdictKind::AlmostReady);
    assert_eq!(r.verdict.months, Some(6));
    assert_eq!(
        competencies(&r)[1],
        Some("mentoring"),
        "{:?}",
        competencies(&r)
    );
}

/// Almost there, the move is a step of its own: the next one the background shows is not taken
/// yet. Never a first-90-days step before an offer.
#[test]
fn an_almost_ready_plan_takes_the_next_step_towards_the_move() {
    let f = Framework::builtin();
    let mut a = all_at(&f, "engineering-manager", "4");
    set(&mut a, &[("hiring-1", 2), ("hiring-2", 2), ("hiring-3", 2)]);
    let first = |a: &ready_to_lead::core::Assessment| {
        let r = Report::build(&f, en(), a);
        assert_eq!(r.verdict.kind, VerdictKind::AlmostReady);
        r.plan.steps[0].action.id.clone()
    };
    a.background.insert("move".into(), 0.0);
    assert_eq!(first(&a), "transition-say-you-want-it");
    a.background.insert("move".into(), 2.0);
    assert_eq!(first(&a), "transition-make-the-case");
    a.background.insert("move".into(), 3.0);
    assert_eq!(first(&a), "transition-expectations");
}

/// Someone in the role with a large and a small gap left gets an action for each: the summary
/// names both.
#[test]
fn a_ready_plan_acts_on_every_gap_left_small_or_not() {
    let f = Framework::builtin();
    let mut a = all_at(&f, "engineering-manager", "4");
    a.background.insert("direct-reports".into(), 4.0);
    // Mentoring a level short (3 months); quality a quarter of a level short.
    set(
        &mut a,
        &[
            ("mentoring-1", 3),
            ("mentoring-2", 3),
            ("mentoring-3", 3),
            ("mentoring-4", 3),
        ],
    );
    set(
        &mut a,
        &[
            ("quality-1", 2),
            ("quality-2", 3),
            ("quality-3", 3),
            ("quality-4", 3),
        ],
    );
    let r = Report::build(&f, en(), &a);
    assert_eq!(r.verdict.kind, VerdictKind::ReadyNow);
    assert_eq!(r.verdict.blockers.len(), 2, "{:?}", r.verdict.blockers);
    assert!(r.plan.watch.iter().all(|w| w.competency != "quality"));
    let c = competencies(&r);
    assert!(
        c.contains(&Some("mentoring")) && c.contains(&Some("quality")),
        "{c:?}"
    );
}

/// The words the pages show around the plan and the questionnaire come from the core, with
/// their plurals.
#[test]
fn counts_and_plurals_come_from_the_core() {
    use ready_to_lead::core::questionnaire::{page_unanswered, unanswered_text, you_answered};
    assert_eq!(en().count_actions(1), "1 action");
    assert_eq!(en().count_actions(0), "0 actions");
    assert_eq!(
        unanswered_text(en(), 1),
        "1 question is still unanswered. Unanswered questions lower the confidence of your report."
    );
    assert!(unanswered_text(en(), 3).starts_with("3 questions are still unanswered."));
    assert_eq!(
        page_unanswered(en(), "Feedback", 2),
        "Feedback: 2 unanswered"
    );
    assert_eq!(
        you_answered(en(), (12, 63)),
        "You have answered 12 of 63 questions."
    );
    let f = Framework::builtin();
    let r = Report::build(&f, en(), &all_at(&f, "engineering-manager", "4"));
    let n = r.plan.steps.len();
    assert_eq!(
        r.plan.done_text(en(), 1),
        format!("1 of {n} actions done. Tick an action when its success signal is there.")
    );
}

/// Trials of the job never repeat what the person does already: no "lead a sprint" for a tech
/// lead, no "run 1:1s" for someone people report to.
#[test]
fn explore_trials_leave_out_what_the_person_does_already() {
    let f = Framework::builtin();
    let mut a = all_at(&f, "engineering-manager", "4");
    for item in &f.motivation.items {
        a.set_answer(&item.id, ready_to_lead::core::Answer::Level(1));
    }
    assert!(ids(&Report::build(&f, en(), &a)).contains(&"trial-lead-a-sprint"));
    a.background.insert("current-role".into(), 2.0);
    a.background.insert("direct-reports".into(), 1.0);
    let r = Report::build(&f, en(), &a);
    assert_eq!(r.verdict.kind, VerdictKind::ExploreRoleFirst);
    let chosen = ids(&r);
    assert!(
        !chosen.contains(&"trial-lead-a-sprint") && !chosen.contains(&"trial-run-one-on-ones"),
        "{chosen:?}"
    );
    assert!(chosen.len() >= 3, "{chosen:?}");
}

/// An action made for the target role is chosen before a general one, and never goes to someone
/// aiming elsewhere: an area-wide review for a Senior EM candidate, not for someone aiming at a
/// first team.
#[test]
fn actions_made_for_the_target_role_come_first_and_only_there() {
    let f = Framework::builtin();
    let mut a = all_at(&f, "senior-engineering-manager", "4");
    set(&mut a, &[("team-health-4", 3), ("team-health-3", 3)]);
    let r = Report::build(&f, en(), &a);
    assert!(
        ids(&r).contains(&"team-health-area-review"),
        "{:?}",
        ids(&r)
    );
    let mut a = all_at(&f, "engineering-manager", "4");
    set(&mut a, &[("team-health-4", 2), ("team-health-3", 2)]);
    let r = Report::build(&f, en(), &a);
    assert!(
        !ids(&r).contains(&"team-health-area-review"),
        "{:?}",
        ids(&r)
    );
}
