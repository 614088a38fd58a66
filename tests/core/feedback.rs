//! Self against others: blind spots and hidden strengths.

use super::{answered, day, small};
use crate::en;
use ready_to_lead::core::feedback::{compare, Difference, Rater};
use ready_to_lead::core::{Answer, Framework, Report};

fn rater(name: &str, answers: &[(&str, u8)]) -> Rater {
    Rater {
        id: format!("r-{name}"),
        name: Some(name.into()),
        request: 1,
        answers: answers
            .iter()
            .map(|(i, l)| (i.to_string(), Answer::Level(*l)))
            .collect(),
        received: None,
    }
}

#[test]
fn others_lower_is_a_blind_spot_and_higher_a_hidden_strength() {
    let f = small();
    // Own: coach 75, hire 25, design 75.
    let a = answered(
        &f,
        "manager",
        &[
            ("coach-1", "5"),
            ("coach-2", "3"),
            ("hire-1", "2"),
            ("design-1", "4"),
            ("design-2", "4"),
        ],
    );
    let own = Report::build(&f, en(), &a);
    // Raters: coach 25 and 50 → 37.5 (blind spot); hire 75 (hidden strength); design 75 and 62.5.
    let raters = [
        rater("Manager", &[("coach-1", 2), ("hire-1", 4), ("design-1", 4)]),
        rater("Peer", &[("coach-1", 3), ("design-1", 4), ("design-2", 3)]),
    ];
    let rows = compare(&f, &own.scores, &raters, &own.role);
    let find = |id: &str| rows.iter().find(|r| r.competency == id).unwrap();
    assert_eq!(
        (find("coach").others, find("coach").raters),
        (Some(37.5), 2)
    );
    assert_eq!(find("coach").difference, Some(Difference::BlindSpot));
    assert_eq!((find("hire").others, find("hire").raters), (Some(75.0), 1));
    assert_eq!(find("hire").difference, Some(Difference::HiddenStrength));
    // design: own 75, others (75 + 62.5) / 2 = 68.75: within half a level, not named.
    assert_eq!(find("design").others, Some(68.75));
    assert_eq!(find("design").difference, None);
}

#[test]
fn with_no_raters_nothing_is_compared() {
    let f = small();
    let own = Report::build(&f, en(), &answered(&f, "manager", &[("coach-1", "5")]));
    let rows = compare(&f, &own.scores, &[], &own.role);
    assert!(rows
        .iter()
        .all(|r| r.others.is_none() && r.difference.is_none() && r.raters == 0));
}

#[test]
fn an_answer_link_becomes_a_rater_once() {
    use ready_to_lead::core::feedback::{already_added, Rater, RatingDraft};
    use ready_to_lead::core::share::RaterResponse;
    let answers: std::collections::BTreeMap<String, Answer> =
        [("coach-1".to_string(), Answer::Level(2))].into();
    // What a rater sends back: their answers, and their name only when they typed one.
    let draft = RatingDraft {
        request: 7,
        rater: "   ".into(),
        answers: answers.clone(),
        ..RatingDraft::default()
    };
    let response = RaterResponse::from_draft(&draft);
    assert_eq!((response.request, response.rater.as_deref()), (7, None));
    let named = RaterResponse::from_draft(&RatingDraft {
        rater: " My manager ".into(),
        ..draft.clone()
    });
    assert_eq!(named.rater.as_deref(), Some("My manager"));
    // Added once; the same link opened again is recognised.
    let rater = Rater::received(
        "r-1".into(),
        Some(" Kim "),
        7,
        answers.clone(),
        day("2026-11-28"),
    );
    assert_eq!(rater.name.as_deref(), Some("Kim"));
    assert_eq!(rater.received, Some(day("2026-11-28")));
    let raters = vec![rater];
    assert!(already_added(&raters, 7, &answers));
    assert!(!already_added(&raters, 8, &answers));
    assert!(!already_added(&raters, 7, &Default::default()));
}

#[test]
fn a_rater_turns_a_page_per_competency_asked_of_the_role_and_one_to_send() {
    use ready_to_lead::core::feedback::RatingPages;
    let f = Framework::builtin();
    for role in &f.roles {
        let pages = RatingPages::of(&f, &role.id);
        let asked: Vec<_> = f
            .competencies
            .iter()
            .filter(|c| c.asked_for(&role.id))
            .collect();
        assert_eq!(pages.count(), asked.len() + 1);
        assert_eq!(
            pages.situations,
            asked.iter().map(|c| c.items.len()).sum::<usize>()
        );
        for (n, c) in asked.iter().enumerate() {
            assert_eq!(f.competencies[pages.competency(n).unwrap()].id, c.id);
        }
        assert_eq!(
            pages.competency(pages.count() - 1),
            None,
            "the last page sends"
        );
    }
    // Leading leaders is asked only of those who aim at it.
    let em = RatingPages::of(&f, "engineering-manager");
    let senior = RatingPages::of(&f, "senior-engineering-manager");
    assert!(senior.count() > em.count());
    assert_eq!(
        em.answered(en(), 3),
        format!("You answered 3 of {} situations.", em.situations)
    );
    let one = RatingPages {
        competencies: vec![0],
        situations: 1,
    };
    assert_eq!(one.answered(en(), 0), "You answered 0 of 1 situation.");
}
