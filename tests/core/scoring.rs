//! Scores, verdicts, confidence and the checklist on examples worked out by hand.

use super::{all_at, answered, small};
use crate::en;
use ready_to_lead::core::quality::Confidence;
use ready_to_lead::core::scoring::{rounded, Evidence};
use ready_to_lead::core::verdict::{self, VerdictKind};
use ready_to_lead::core::{Answer, Report};

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
    let r = Report::build(&f, en(), &answered(&f, "manager", WORKED));
    let c = |id| r.scores.competency(id).unwrap().score.unwrap();
    assert_eq!((c("coach"), c("hire"), c("design")), (75.0, 25.0, 75.0));
    // Levels: coach 4, hire 2 (one of two items rated: half, enough), design 4.
    // people = (4 + 2) / 2 = 3, tech = 4.
    assert_eq!(r.scores.pillars[0].level, Some(3.0));
    assert_eq!(r.scores.pillars[1].level, Some(4.0));
    // Match: minimums coach 4, hire 3, design 3 are 3 + 2 + 2 = 7 levels above level 1; hire is
    // 1 short: 100 × (1 − 1/7) = 85.7.
    assert_eq!(rounded(r.scores.role_match), 86);
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
    let r = Report::build(&f, en(), &answered(&f, "lead", WORKED));
    // Lead minimums: coach 2, hire 1, design 4: all met, a full match.
    assert_eq!(r.scores.role_match, 100.0);
    assert_eq!(r.verdict.kind, VerdictKind::ReadyNow);
    assert!(r.verdict.blockers.is_empty());
}

#[test]
fn low_motivation_means_explore_the_role_first() {
    let f = small();
    let mut answers = WORKED.to_vec();
    answers.retain(|(id, _)| !id.starts_with("mot"));
    answers.extend([("mot-1", "1"), ("mot-2", "2")]); // (0 + 25) / 2 = 12.5 < 40
    let r = Report::build(&f, en(), &answered(&f, "lead", &answers));
    assert_eq!(r.verdict.kind, VerdictKind::ExploreRoleFirst);
    assert!(r.verdict.motivation_low);
    // Ability is reported apart and does not move.
    assert_eq!(r.scores.role_match, 100.0);
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
    let r = Report::build(&f, en(), &answered(&f, "manager", &answers));
    assert_eq!(r.verdict.kind, VerdictKind::BuildingFoundations);
    assert_eq!(r.verdict.blockers[0].competency, "design");
    assert_eq!(r.verdict.blockers[0].gap, 2.0);
}

#[test]
fn no_opportunity_is_left_out_and_too_little_evidence_is_not_a_zero() {
    let f = small();
    let r = Report::build(
        &f,
        en(),
        &answered(
            &f,
            "manager",
            &[
                ("coach-1", "5"),
                ("coach-2", "na"),
                ("hire-1", "1"),
                ("hire-2", "na"),
            ],
        ),
    );
    let coach = r.scores.competency("coach").unwrap();
    assert_eq!(
        (coach.score, coach.rated, coach.no_opportunity),
        (Some(100.0), 1, 1)
    );
    // Half the items rated is enough evidence.
    assert_eq!(coach.evidence, Evidence::Enough);
    assert_eq!(coach.level(), Some(5.0));
    // Nothing rated: limited evidence, no level, not a zero.
    let design = r.scores.competency("design").unwrap();
    assert_eq!(
        (design.score, design.unanswered, design.evidence),
        (None, 2, Evidence::Limited)
    );
    assert_eq!(design.level(), None);
    assert_eq!(en().level(design.level()), "limited evidence");
    assert_eq!(r.scores.motivation, None);
    // The tech pillar has no competency with enough evidence.
    assert_eq!(r.scores.pillars[1].level, None);
    // Limited evidence counts as half a level short (not two): "not yet shown".
    let b = r
        .verdict
        .blockers
        .iter()
        .find(|b| b.competency == "design")
        .unwrap();
    assert!(b.unproven());
    assert_eq!(b.gap, 0.5);
}

#[test]
fn one_large_gap_in_a_heavy_competency_outweighs_small_ones() {
    let f = ready_to_lead::core::Framework::builtin();
    // Three gaps of half a level or so in light competencies (1.8 weighted): almost ready.
    let mut small_gaps = all_at(&f, "engineering-manager", "4");
    for id in ["planning-1", "prioritization-1", "ambiguity-1"] {
        small_gaps.set_answer(id, Answer::Level(1));
    }
    for id in [
        "planning-2",
        "planning-3",
        "planning-4",
        "prioritization-2",
        "prioritization-3",
        "ambiguity-2",
        "ambiguity-3",
    ] {
        small_gaps.set_answer(id, Answer::Level(3));
    }
    let r = Report::build(&f, en(), &small_gaps);
    assert_eq!(r.verdict.blockers.len(), 3);
    assert_eq!(r.verdict.kind, VerdictKind::AlmostReady);
    // One gap of a level and a quarter in feedback (weight 1.5): it comes first among gaps,
    // and, closing in about four months while doing the job, it is "Almost ready" too.
    let mut one_gap = all_at(&f, "engineering-manager", "4");
    for id in ["feedback-1", "feedback-2", "feedback-3", "feedback-4"] {
        one_gap.set_answer(id, Answer::Level(2));
    }
    one_gap.set_answer("feedback-1", Answer::Level(1));
    let r = Report::build(&f, en(), &one_gap);
    assert_eq!(r.verdict.blockers.len(), 1);
    assert_eq!(r.verdict.kind, VerdictKind::AlmostReady);
    assert_eq!(r.verdict.months, Some(4));
    // Level 1.75 against 3, at weight 1.5: more weighted gap than the three small ones together.
    assert!((verdict::weighted_gap(&r.verdict.blockers) - 1.875).abs() < 1e-9);
    // With two gaps of two levels beside it, longer than half a year, two at a time: building foundations, and
    // the reason says the verdict is about time, with the match beside it.
    for c in ["career-growth", "team-health"] {
        for item in &f.competency(c).unwrap().items {
            one_gap.set_answer(&item.id, Answer::Level(1));
        }
    }
    let r = Report::build(&f, en(), &one_gap);
    assert_eq!(r.verdict.blockers.len(), 3);
    assert_eq!(r.verdict.kind, VerdictKind::BuildingFoundations);
    let months = r.verdict.months.unwrap();
    assert!(months > 6, "{months}");
    let why = r.verdict.reasons.last().unwrap();
    let score = ready_to_lead::core::scoring::rounded(r.scores.role_match);
    assert!(why.contains(&format!("{score}/100")), "{why}");
    assert!(why.contains("the verdict is about time"), "{why}");
}

#[test]
fn the_report_says_which_side_is_ready_and_which_is_short() {
    let f = ready_to_lead::core::Framework::builtin();
    let mut a = all_at(&f, "engineering-manager", "4");
    for c in ["architecture", "quality", "operations"] {
        for item in &f.competency(c).unwrap().items {
            a.set_answer(&item.id, Answer::Level(2));
        }
    }
    let r = Report::build(&f, en(), &a);
    assert_eq!(
        r.verdict.sides,
        "Coaching & people leadership meets the role; Delivery & execution meets the role; Technical depth is short by about one level in three competencies"
    );
    assert!(r
        .verdict
        .reasons
        .iter()
        .any(|x| x.starts_with("Coaching & people leadership meets the role")));
}

#[test]
fn the_reason_names_the_top_three_blockers_not_all_of_them() {
    let f = ready_to_lead::core::Framework::builtin();
    let mut a = all_at(&f, "engineering-manager", "2");
    for item in &f.motivation.items {
        a.set_answer(&item.id, Answer::Level(5));
    }
    let r = Report::build(&f, en(), &a);
    assert_eq!(r.verdict.blockers.len(), 13);
    let reason = r
        .verdict
        .reasons
        .iter()
        .find(|x| x.contains("largest gaps"))
        .unwrap();
    assert!(reason.ends_with("and 10 more."), "{reason}");
    // The heavy people competencies come first: mentoring is two levels short at weight 1.5.
    assert!(
        reason.contains("Mentoring and coaching (2.0 of 4)"),
        "{reason}"
    );
}

#[test]
fn extremes() {
    let f = small();
    let top = Report::build(&f, en(), &all_at(&f, "manager", "5"));
    assert_eq!(
        (top.scores.role_match, top.verdict.kind),
        (100.0, VerdictKind::ReadyNow)
    );
    let bottom = Report::build(&f, en(), &all_at(&f, "manager", "1"));
    assert_eq!(
        (bottom.scores.role_match, bottom.verdict.kind),
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
    let r = Report::build(&f, en(), &noted);
    assert_eq!(
        r.quality.confidence,
        Confidence::High,
        "{:?}",
        r.quality.caveats
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
    let r2 = Report::build(&f, en(), &sparse);
    assert_eq!(
        r2.quality.confidence,
        Confidence::Low,
        "{:?}",
        r2.quality.caveats
    );
    assert!(r2.quality.caveats.iter().any(|s| s
        .message
        .contains("5 of 6 items are \"No opportunity yet\"")));
    assert!(r2
        .quality
        .caveats
        .iter()
        .any(|s| s.message.contains("limited evidence")));
    // Nothing answered at all.
    let empty = answered(&f, "manager", &[]);
    assert_eq!(
        Report::build(&f, en(), &empty).quality.confidence,
        Confidence::Low
    );
}

#[test]
fn a_flat_pattern_everywhere_is_named_but_an_even_experienced_one_is_not() {
    let f = ready_to_lead::core::Framework::builtin();
    let r = Report::build(&f, en(), &all_at(&f, "engineering-manager", "3"));
    assert!(
        r.quality
            .caveats
            .iter()
            .any(|s| s.message.contains("motivation included")),
        "{:?}",
        r.quality.caveats
    );
    assert!(r.quality.confidence < Confidence::High);
    // 4 on every situation, with motivation that varies and the background of a manager.
    let mut a = all_at(&f, "engineering-manager", "4");
    a.set_answer("motivation-2", Answer::Level(3));
    a.background.insert("years-leading".into(), 3.0);
    let r = Report::build(&f, en(), &a);
    assert!(r
        .quality
        .caveats
        .iter()
        .all(|s| !s.message.contains("motivation included")));
}

#[test]
fn high_ratings_that_the_background_does_not_support_are_questioned() {
    let f = ready_to_lead::core::Framework::builtin();
    let mut a = all_at(&f, "engineering-manager", "5");
    a.set_answer("motivation-2", Answer::Level(4));
    for q in ["years-hands-on", "years-leading", "people-developed"] {
        a.background.insert(q.into(), 0.0);
    }
    let r = Report::build(&f, en(), &a);
    let named: Vec<&str> = r
        .quality
        .caveats
        .iter()
        .map(|c| c.message.as_str())
        .filter(|m| m.contains("background answers show none"))
        .collect();
    assert_eq!(named.len(), 3, "{named:?}");
    assert!(named[0].starts_with("You rated Coaching & people leadership at level 5.0"));
    // With experience behind them, the same ratings raise no question.
    a.background.insert("years-leading".into(), 3.0);
    a.background.insert("years-hands-on".into(), 8.0);
    let r = Report::build(&f, en(), &a);
    assert!(r
        .quality
        .caveats
        .iter()
        .all(|c| !c.message.contains("background answers show none")));
}

#[test]
fn checklist_reads_background_and_levels() {
    let f = small();
    let mut a = answered(&f, "manager", WORKED);
    let r = Report::build(&f, en(), &a);
    assert_eq!(r.checklist[0].met, None);
    assert_eq!(r.checklist[0].detail, "Not answered in Background");
    assert_eq!(r.checklist[1].met, Some(true)); // design at level 4 ≥ 3
    a.background.insert("years".into(), 2.0);
    let r = Report::build(&f, en(), &a);
    assert_eq!(r.checklist[0].met, Some(false));
    assert_eq!(r.checklist[0].detail, "You answered: 2 to 4");
    a.background.insert("years".into(), 5.0);
    assert_eq!(Report::build(&f, en(), &a).checklist[0].met, Some(true));
}

#[test]
fn strengths_are_the_persons_own_best_competencies() {
    let f = small();
    let r = Report::build(&f, en(), &answered(&f, "manager", WORKED));
    // coach is level 4.0 and design 4.0, both meeting the role; hire (2.0) is a gap.
    let ids: Vec<&str> = r.strengths().iter().map(|s| s.0).collect();
    assert_eq!(ids, vec!["coach", "design"]);
    // Even at level 1 everywhere, the person has a strongest side: never "none".
    let r = Report::build(&f, en(), &all_at(&f, "manager", "1"));
    assert_eq!(r.strengths().len(), 3);
}

#[test]
fn the_checklist_uses_the_role_minimum_like_the_table() {
    let f = ready_to_lead::core::Framework::builtin();
    let mut a = all_at(&f, "engineering-manager", "4");
    for id in ["mentoring-1", "mentoring-2", "mentoring-3", "mentoring-4"] {
        a.set_answer(id, Answer::Level(3));
    }
    let r = Report::build(&f, en(), &a);
    let mentoring = r
        .checklist
        .iter()
        .find(|c| c.id == "mentoring-engineers")
        .unwrap();
    // The Engineering Manager minimum for mentoring is 4, in the table and here.
    assert_eq!(mentoring.met, Some(false));
    assert_eq!(mentoring.detail, "Level 3.0 of the 4 needed");
    assert!(r
        .verdict
        .blockers
        .iter()
        .any(|b| b.competency == "mentoring" && b.minimum == 4));
}

#[test]
fn motivation_text_names_the_persons_own_reservations() {
    let f = ready_to_lead::core::Framework::builtin();
    let mut a = all_at(&f, "engineering-manager", "4");
    a.set_answer("motivation-2", Answer::Level(2));
    a.set_answer("motivation-3", Answer::Level(1));
    let r = Report::build(&f, en(), &a);
    assert_eq!(
        r.fit.reservations,
        ["meetings and interruptions", "coding less"]
    );
    assert!(
        r.fit.text(en()).contains(
            "strong reservations about meetings and interruptions, and some about coding less"
        ),
        "{}",
        r.fit.text(en())
    );
    // Someone else, with other doubts, reads other words.
    let mut b = all_at(&f, "engineering-manager", "4");
    b.set_answer("motivation-4", Answer::Level(2));
    assert!(Report::build(&f, en(), &b)
        .fit
        .text(en())
        .contains("conflict and hard news"));
}

#[test]
fn a_verdict_without_motivation_answers_says_so() {
    let f = small();
    let a = answered(
        &f,
        "lead",
        &[("coach-1", "5"), ("hire-1", "5"), ("design-1", "5")],
    );
    let r = Report::build(&f, en(), &a);
    assert_eq!(r.verdict.kind, VerdictKind::ReadyNow);
    assert!(
        r.verdict
            .reasons
            .iter()
            .any(|x| x.contains("did not rate any motivation question")),
        "{:?}",
        r.verdict.reasons
    );
}

/// Evidence notes count: with a note in fewer than half the competencies, confidence is at most
/// medium, and like any caveat the lack of evidence adds weight to whatever else is in doubt.
#[test]
fn too_few_evidence_notes_cap_confidence_at_medium() {
    let f = ready_to_lead::core::Framework::builtin();
    let mut a = all_at(&f, "engineering-manager", "4");
    // Answers that vary, and a background that does not show experience behind every pillar.
    a.set_answer("mentoring-1", Answer::Level(5));
    a.set_answer("planning-2", Answer::Level(3));
    a.set_answer("motivation-2", Answer::Level(3));
    for c in ["mentoring", "feedback", "hiring"] {
        a.set_note(c, "A concrete example.");
    }
    let r = Report::build(&f, en(), &a);
    assert_eq!(
        r.quality.confidence,
        Confidence::Medium,
        "{:?}",
        r.quality.caveats
    );
    assert!(r
        .quality
        .caveats
        .iter()
        .any(|c| c.message.contains("Only 3 of 13") && c.message.contains("at most medium")));
    // Notes in seven of 13: the cap is gone.
    for c in ["planning", "architecture", "quality", "operations"] {
        a.set_note(c, "A concrete example.");
    }
    let r = Report::build(&f, en(), &a);
    assert_eq!(
        r.quality.confidence,
        Confidence::High,
        "{:?}",
        r.quality.caveats
    );
}

/// "How these numbers are made" says what the rules do, in numbers taken from the constants and
/// the framework the rules use: change one and the sentence follows.
#[test]
fn rule_sentences_are_built_from_their_constants() {
    use ready_to_lead::core::scoring::UNPROVEN_GAP;
    let t = en();
    use ready_to_lead::core::verdict::{
        CARRY_AT_MOST, IN_ROLE_MONTHS, MIN_MONTHS, MONTHS_PER_LEVEL, SMALL_GAP, TRACKS,
    };
    let f = ready_to_lead::core::Framework::builtin();
    let r = Report::build(&f, en(), &all_at(&f, "engineering-manager", "3"));
    let rules = r.how_scored(&f, en()).join("\n");
    let max = r.role.almost_ready.months().expect("a time limit");
    for part in [
        format!("at most {} short", t.unit_levels(UNPROVEN_GAP)),
        format!("within {}", t.unit_months(max)),
        format!("{} per level", t.unit_months(MONTHS_PER_LEVEL)),
        format!(
            "at least {} for a gap of {} levels or more",
            t.unit_months(MIN_MONTHS),
            t.lang.plain(SMALL_GAP)
        ),
        format!("{} at a time", t.count_areas(TRACKS)),
        format!("close within {} in it", t.unit_months(IN_ROLE_MONTHS)),
        format!("any other gap larger than {}", t.unit_levels(CARRY_AT_MOST)),
        format!("below {} the verdict", t.lang.plain(f.motivation.threshold)),
    ] {
        assert!(rules.contains(&part), "{part:?} not in {rules}");
    }
    // The framework's own numbers: another limit and threshold, other sentences.
    let mut g = f.clone();
    for role in &mut g.roles {
        role.almost_ready.max_months = Some(9.0);
    }
    g.motivation.threshold = 45.0;
    let r = Report::build(&g, en(), &all_at(&g, "engineering-manager", "3"));
    let rules = r.how_scored(&g, en()).join("\n");
    assert!(
        rules.contains("within 9 months") && rules.contains("below 45 the verdict"),
        "{rules}"
    );
}

/// A side's "about half a level" never hides one competency two levels short.
#[test]
fn a_side_names_its_largest_gap_when_the_average_hides_it() {
    let f = ready_to_lead::core::Framework::builtin();
    let mut a = all_at(&f, "engineering-manager", "3");
    for item in &f.competency("planning").unwrap().items {
        a.set_answer(&item.id, Answer::Level(1));
    }
    a.set_answer("ambiguity-1", Answer::Level(2));
    a.set_answer("prioritization-1", Answer::Level(2));
    let r = Report::build(&f, en(), &a);
    assert!(
        r.verdict.sides.contains("Delivery & execution is short by about one level in three competencies, up to 2 levels"),
        "{}",
        r.verdict.sides
    );
}
