//! "Almost ready": the move itself as a step, then the named blockers only, the largest (or
//! those the team cannot carry) first, with a timeline.

use super::*;

pub(super) fn plan(x: &Inputs, blockers: &[Blocker]) -> (Vec<Step>, String, Option<u32>) {
    let f = x.framework;
    let situation = x.situation;
    let mut steps = next_move(x);
    steps.extend(gap_steps(
        x,
        blockers,
        MAX_ACTIONS - steps.len(),
        MIN_ACTIONS,
        true,
    ));
    // Few actions left to suggest: prepare the move itself.
    fill(&mut steps, &f.plans.ready, x);
    let months = x.verdict.months.unwrap_or_default();
    let name = |b: &Blocker| f.competency_name(&b.competency).to_string();
    let named: Vec<String> = blockers.iter().map(name).collect();
    // A small gap the plan leaves to close alongside the larger ones is said so.
    let acted = |b: &Blocker| {
        steps
            .iter()
            .any(|s| s.competency.as_ref() == Some(&b.competency))
    };
    let alongside: Vec<&Blocker> = blockers
        .iter()
        .filter(|b| b.is_small() && !acted(b))
        .collect();
    let any_acted = blockers.iter().any(acted);
    // For someone in or offered the role with gaps the team can carry, the summary names
    // the heart of the role; the verdict's reasons name the rest.
    let at_heart: Vec<String> = blockers
        .iter()
        .filter(|b| !x.verdict.carried.contains(&b.competency))
        .map(name)
        .collect();
    let mut what = match &named[..] {
        [one] => format!("Close this one gap: {one}."),
        _ if x.verdict.months_all.is_some() && !at_heart.is_empty() => format!(
            "Close the {} the team cannot carry first: {}; then the others, with the team's help.",
            if at_heart.len() == 1 { "gap" } else { "gaps" },
            list(&at_heart)
        ),
        _ if !x.verdict.carried.is_empty() && at_heart.is_empty() => format!(
            "The team can carry each of these gaps while you close them in the role, the largest first: {}.",
            list(&named)
        ),
        _ => format!(
            "Close these gaps only, {} first: {}.",
            if x.verdict.carried.is_empty() { "the largest" } else { "those the team cannot carry" },
            list(&named)
        ),
    };
    if !alongside.is_empty() && any_acted && x.verdict.months_all.is_none() {
        let small: Vec<String> = alongside.iter().map(|b| name(b)).collect();
        what.push_str(&format!(
            " {} {} small enough to close alongside the others, so the actions go to the larger ones.",
            list(&small),
            if small.len() == 1 { "is" } else { "are" }
        ));
    }
    let mut summary = format!(
        "{what} At a steady pace, two areas at a time and about a quarter of deliberate practice per level, that takes {}.",
        timeline(x, months)
    );
    summary.push_str(&situation_note(situation));
    (steps, summary, Some(months))
}

/// The move as a step: preparing the start when it is on offer; otherwise the next step before
/// it the background shows is not taken yet (saying you want the role, making the case).
fn next_move(x: &Inputs) -> Vec<Step> {
    let f = x.framework;
    if x.situation.offered {
        return offer_start(x);
    }
    f.plans
        .ready
        .iter()
        .filter(|a| a.is_for(&x.role.id) && !a.done_before(x.background))
        .find(|a| before_the_move(f, a))
        .map(|a| Step::role_level(a.clone()))
        .into_iter()
        .collect()
}
