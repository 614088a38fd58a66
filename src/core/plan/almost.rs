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
    let t = x.t;
    let mut summary = vec![match &named[..] {
        [one] => t.plan_almost_one(one),
        _ if x.verdict.months_all.is_some() && !at_heart.is_empty() => {
            t.plan_almost_heart_first(at_heart.len(), &t.list(&at_heart))
        }
        _ if !x.verdict.carried.is_empty() && at_heart.is_empty() => {
            t.plan_almost_team_carries_each(&t.list(&named))
        }
        _ if x.verdict.carried.is_empty() => t.plan_almost_largest_first(&t.list(&named)),
        _ => t.plan_almost_heart_only_first(&t.list(&named)),
    }];
    if !alongside.is_empty() && any_acted && x.verdict.months_all.is_none() {
        let small: Vec<String> = alongside.iter().map(|b| name(b)).collect();
        summary.push(t.plan_almost_alongside(small.len(), &t.list(&small)));
    }
    summary.push(t.plan_almost_pace(&timeline(x, months)));
    summary.extend(situation_note(t, situation).map(str::to_string));
    let summary = summary.join(" ");
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
