//! Scores, verdicts, confidence and the checklist on examples worked out by hand.

use super::{all_at, answered, small};
use ready_to_lead::core::quality::Confidence;
use ready_to_lead::core::scoring::rounded;
use ready_to_lead::core::verdict::VerdictKind;
use ready_to_lead::core::Report;

/// coach: 5 and 3 → (100 + 50) / 2 = 75; hire: 2 and "na" → 25; design: 4 and 4 → 75.
const WORKED: &[(&str, &str)] = &[
    ("coach-1", "5"),
    ("coach-2", "3"),
    ("hire-1", "2"),
    ("hire-2", "na"),
    ("design-1", "4"),
    ("design-2", "4"),
    ("mot-1", "4"),
    ("mot-2", "2"),
];

#[test]
fn engineering_manager_worked_example() {
    let f = small();
    let r = Report::build(&f, &answered(&f, "manager", WORKED));
    let c = |id| r.scores.competency(id).unwrap().score.unwrap();
    assert_eq!((c("coach"), c("hire"), c("design")), (75.0, 25.0, 75.0));
    // people = (75 + 25) / 2, tech = 75, overall = (75 + 25 + 75) / 3 = 58.3
    assert_eq!(r.scores.pillars[0].score, 50.0);
    assert_eq!(r.scores.pillars[1].score, 75.0);
    assert_eq!(rounded(r.scores.overall), 58);
    assert_eq!(r.scores.motivation, Some(50.0));
    // Manager minimums: coach 4, hire 3, design 3. Hire is at level 2: one blocker, one level short.
    assert_eq!(r.verdict.kind, VerdictKind::AlmostReady);
    assert_eq!(r.verdict.blockers.len(), 1);
    assert_eq!(r.verdict.blockers[0].competency, "hire");
    assert_eq!(r.verdict.blockers[0].gap, 1.0);
    assert!(
        r.verdict.reasons[0].contains("Hiring (2.0 of 3)"),
        "{:?}",
        r.verdict.reasons
    );
}

#[test]
fn tech_lead_weights_design_twice() {
    let f = small();
    let r = Report::build(&f, &answered(&f, "lead", WORKED));
    // (75 + 25 + 2 × 75) / 4 = 62.5, which rounds to 63.
    assert_eq!(r.scores.overall, 62.5);
    assert_eq!(rounded(r.scores.overall), 63);
    // Lead minimums: coach 2, hire 1, design 4: all met.
    assert_eq!(r.verdict.kind, VerdictKind::ReadyNow);
    assert!(r.verdict.blockers.is_empty());
}

#[test]
fn low_motivation_means_explore_the_role_first() {
    let f = small();
    let mut answers = WORKED.to_vec();
    answers.retain(|(id, _)| !id.starts_with("mot"));
    answers.extend([("mot-1", "1"), ("mot-2", "2")]); // (0 + 25) / 2 = 12.5 < 40
    let r = Report::build(&f, &answered(&f, "lead", &answers));
    assert_eq!(r.verdict.kind, VerdictKind::ExploreRoleFirst);
    assert!(r.verdict.motivation_low);
    // Ability is reported apart and does not move.
    assert_eq!(r.scores.overall, 62.5);
}

#[test]
fn far_or_many_gaps_are_building_foundations() {
    let f = small();
    // design at level 1 against a minimum of 3: two levels short.
    let answers = [
        ("coach-1", "5"),
        ("coach-2", "5"),
        ("hire-1", "3"),
        ("design-1", "1"),
        ("design-2", "1"),
        ("mot-1", "5"),
    ];
    let r = Report::build(&f, &answered(&f, "manager", &answers));
    assert_eq!(r.verdict.kind, VerdictKind::BuildingFoundations);
    assert_eq!(r.verdict.blockers[0].competency, "design");
    assert_eq!(r.verdict.blockers[0].gap, 2.0);
}

#[test]
fn no_opportunity_is_left_out_of_the_score_but_unrated_counts_as_zero() {
    let f = small();
    let r = Report::build(
        &f,
        &answered(&f, "manager", &[("coach-1", "5"), ("coach-2", "na")]),
    );
    let coach = r.scores.competency("coach").unwrap();
    assert_eq!(
        (coach.score, coach.rated, coach.no_opportunity),
        (Some(100.0), 1, 1)
    );
    let hire = r.scores.competency("hire").unwrap();
    assert_eq!((hire.score, hire.value(), hire.unanswered), (None, 0.0, 2));
    assert_eq!(r.scores.motivation, None);
    assert!((r.scores.overall - 100.0 / 3.0).abs() < 1e-9);
}

#[test]
fn extremes() {
    let f = small();
    let top = Report::build(&f, &all_at(&f, "manager", "5"));
    assert_eq!(
        (top.scores.overall, top.verdict.kind),
        (100.0, VerdictKind::ReadyNow)
    );
    let bottom = Report::build(&f, &all_at(&f, "manager", "1"));
    assert_eq!(
        (bottom.scores.overall, bottom.verdict.kind),
        (0.0, VerdictKind::ExploreRoleFirst)
    );
}

#[test]
fn confidence_goes_down_with_poor_answers_and_leaves_the_verdict_alone() {
    let f = small();
    let careful = answered(&f, "manager", WORKED);
    let mut noted = careful.clone();
    for c in ["coach", "hire", "design"] {
        noted.set_note(c, "Ran the hiring loop for two roles last quarter.");
    }
    let r = Report::build(&f, &noted);
    assert_eq!(
        r.quality.confidence,
        Confidence::High,
        "{:?}",
        r.quality.signals
    );
    assert_eq!(r.quality.notes, (3, 3));
    // Many "No opportunity yet" answers and no notes.
    let sparse = answered(
        &f,
        "manager",
        &[
            ("coach-1", "na"),
            ("coach-2", "na"),
            ("hire-1", "na"),
            ("hire-2", "na"),
            ("design-1", "3"),
            ("design-2", "na"),
            ("mot-1", "4"),
            ("mot-2", "4"),
        ],
    );
    let r2 = Report::build(&f, &sparse);
    assert_eq!(
        r2.quality.confidence,
        Confidence::Low,
        "{:?}",
        r2.quality.signals
    );
    assert!(r2.quality.signals.iter().any(|s| s
        .message
        .contains("5 of 6 items are \"No opportunity yet\"")));
    // Nothing answered at all.
    let empty = answered(&f, "manager", &[]);
    assert_eq!(
        Report::build(&f, &empty).quality.confidence,
        Confidence::Low
    );
}

#[test]
fn straight_lining_is_named() {
    let f = ready_to_lead::core::Framework::builtin();
    let r = Report::build(&f, &all_at(&f, "engineering-manager", "3"));
    assert!(
        r.quality
            .signals
            .iter()
            .any(|s| s.message.contains("have the same answer")),
        "{:?}",
        r.quality.signals
    );
    assert!(r.quality.confidence < Confidence::High);
    // The verdict is the same as it would be without the signal: all at level 3.
    assert_eq!(r.scores.overall, 50.0);
}

#[test]
fn checklist_reads_background_and_levels() {
    let f = small();
    let mut a = answered(&f, "manager", WORKED);
    let r = Report::build(&f, &a);
    assert_eq!(r.checklist[0].met, None);
    assert_eq!(r.checklist[0].detail, "Not answered in Background");
    assert_eq!(r.checklist[1].met, Some(true)); // design at level 4 ≥ 3
    a.background.insert("years".into(), 2.0);
    let r = Report::build(&f, &a);
    assert_eq!(r.checklist[0].met, Some(false));
    assert_eq!(r.checklist[0].detail, "You answered: 2 to 4");
    a.background.insert("years".into(), 5.0);
    assert_eq!(Report::build(&f, &a).checklist[0].met, Some(true));
}

#[test]
fn strengths_are_high_and_meet_the_role() {
    let f = small();
    let r = Report::build(&f, &answered(&f, "manager", WORKED));
    // coach is level 4.0 (minimum 4), design 4.0 (minimum 3); hire is 2.0.
    let ids: Vec<&str> = r.strengths().iter().map(|s| s.0).collect();
    assert_eq!(ids, vec!["coach", "design"]);
}

#[test]
fn a_verdict_without_motivation_answers_says_so() {
    let f = small();
    let a = answered(
        &f,
        "lead",
        &[("coach-1", "5"), ("hire-1", "5"), ("design-1", "5")],
    );
    let r = Report::build(&f, &a);
    assert_eq!(r.verdict.kind, VerdictKind::ReadyNow);
    assert!(
        r.verdict.reasons[0].contains("did not rate any motivation question"),
        "{:?}",
        r.verdict.reasons
    );
}
