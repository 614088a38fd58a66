//! The growth plan: which gaps, in which order, with which actions, and when to retake.

use super::{answered, day, small};
use ready_to_lead::core::framework::ActionKind;
use ready_to_lead::core::Report;

/// The plan's competencies with their gaps, in the plan's order.
fn focus_order(r: &Report) -> Vec<(&str, f64)> {
    r.plan
        .focus
        .iter()
        .map(|x| (x.competency.as_str(), x.gap))
        .collect()
}

#[test]
fn gaps_are_ordered_largest_first_with_actions_for_the_current_level() {
    let f = small();
    // Manager minimums coach 4, hire 3, design 3. coach at level 2 (gap 2), hire at 2 (gap 1),
    // design at 1 (gap 2): design and coach tie at 2 and keep the framework's order.
    let a = answered(
        &f,
        "manager",
        &[
            ("coach-1", "2"),
            ("hire-1", "2"),
            ("design-1", "1"),
            ("mot-1", "5"),
        ],
    );
    let r = Report::build(&f, &a);
    let order = focus_order(&r);
    assert_eq!(order, vec![("coach", 2.0), ("design", 2.0), ("hire", 1.0)]);
    // design is at level 1: reading (levels 3–5) and feedback (2–5) do not suit it.
    let design: Vec<&str> = r.plan.focus[1]
        .actions
        .iter()
        .map(|x| x.id.as_str())
        .collect();
    assert_eq!(design, vec!["design-practice", "design-stretch"]);
    // coach is at level 2: three kinds, the shortest horizon first.
    let coach: Vec<(ActionKind, u32)> = r.plan.focus[0]
        .actions
        .iter()
        .map(|x| (x.kind.unwrap(), x.horizon))
        .collect();
    assert_eq!(
        coach,
        vec![
            (ActionKind::Practice, 30),
            (ActionKind::Feedback, 60),
            (ActionKind::Stretch, 90)
        ]
    );
    // The retake comes after the longest horizon.
    assert_eq!(r.plan.reassess_on, Some(day("2026-11-27").add_days(90)));
}

#[test]
fn with_no_gap_the_plan_keeps_growing_the_closest_competencies() {
    let f = small();
    let a = answered(
        &f,
        "lead",
        &[
            ("coach-1", "3"),
            ("hire-1", "4"),
            ("design-1", "5"),
            ("design-2", "4"),
            ("mot-1", "5"),
        ],
    );
    let r = Report::build(&f, &a);
    assert!(r.verdict.blockers.is_empty());
    // Margins over the minimum: coach 3−2 = 1, design 4.5−4 = 0.5, hire 4−1 = 3.
    let order: Vec<&str> = r.plan.focus.iter().map(|x| x.competency.as_str()).collect();
    assert_eq!(order, vec!["design", "coach", "hire"]);
    assert!(r.plan.focus.iter().all(|x| x.gap == 0.0));
}

#[test]
fn one_gap_comes_first_and_the_closest_margins_fill_the_plan() {
    let f = small();
    // Manager minimums coach 4, hire 3, design 3. hire is short (level 2); coach is 4.0 (margin
    // 0) and design 5.0 (no room to grow, left out).
    let a = answered(
        &f,
        "manager",
        &[
            ("coach-1", "4"),
            ("coach-2", "4"),
            ("hire-1", "2"),
            ("design-1", "5"),
            ("mot-1", "5"),
        ],
    );
    let r = Report::build(&f, &a);
    let order = focus_order(&r);
    assert_eq!(order, vec![("hire", 1.0), ("coach", 0.0)]);
}

#[test]
fn the_plan_dates_from_completion_and_ticks_are_kept() {
    let f = small();
    let mut a = answered(&f, "manager", &[("hire-1", "1")]);
    a.completed = Some(day("2027-01-10"));
    a.toggle_done("hire-practice");
    let r = Report::build(&f, &a);
    assert_eq!(r.plan.reassess_on, Some(day("2027-04-10")));
    assert!(a.done.contains("hire-practice"));
    assert_eq!(r.plan.focus.len(), 3);
    a.toggle_done("hire-practice");
    assert!(a.done.is_empty());
}

#[test]
fn the_builtin_plan_never_suggests_more_than_four_competencies() {
    let f = ready_to_lead::core::Framework::builtin();
    let a = super::all_at(&f, "senior-engineering-manager", "1");
    let r = Report::build(&f, &a);
    assert_eq!(r.plan.focus.len(), 4);
    for focus in &r.plan.focus {
        assert!(
            focus.actions.iter().all(|x| x.suits(1)),
            "{}",
            focus.competency
        );
    }
}
