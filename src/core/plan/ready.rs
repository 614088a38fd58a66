//! "Ready now": any gap left and the weakest single answers, then the first 90 days in the
//! role; someone who already does the job starts with the gaps.

use super::*;

pub(super) fn plan(x: &Inputs, blockers: &[Blocker]) -> (Vec<Step>, String, Option<u32>) {
    let f = x.framework;
    let situation = x.situation;
    let a_role = a_or_an(&x.role.name);
    // Someone ready grows in the role: any gap left first (one action each), then the
    // weakest single answers, then the start in the role.
    // One action for each gap left, small or not: the summary names them all.
    let gaps = gap_steps(x, blockers, MAX_ACTIONS - 1, 0, false);
    let watch = watch_steps(x, WATCH_ACTIONS.min(MAX_ACTIONS - 1 - gaps.len()));
    let room = (MAX_ACTIONS - gaps.len() - watch.len()).min(MAX_ACTIONS - 1);
    let start = role_actions(&f.plans.ready, x, room);
    // Someone new to the role starts with the start; someone in it, with the gaps.
    let mut steps: Vec<Step> = if gaps.is_empty() {
        start.into_iter().chain(watch).collect()
    } else {
        gaps.into_iter().chain(watch).chain(start).collect()
    };
    fill(&mut steps, &f.plans.ready, x);
    let summary = if blockers.is_empty() {
        // Before an offer, the move itself comes first.
        let what = if situation.offered {
            "is for"
        } else {
            "prepares the move and"
        };
        let mut summary = format!(
            "You meet every minimum for {a_role}. This plan {what} your first 90 days in the role: {}.",
            x.role.first_90_days()
        );
        if steps.iter().any(|s| s.competency.is_some()) {
            summary.push_str(" It also practises the situations where one of your answers is below the role's level.");
        }
        summary
    } else {
        let named: Vec<String> = blockers
            .iter()
            .map(|b| f.competency_name(&b.competency).to_string())
            .collect();
        format!(
            "You already do this job, and what is short closes in it: {}, in {}. This plan grows {} first.",
            list(&named),
            timeline(x, x.verdict.months.unwrap_or_default()),
            if named.len() == 1 { "it" } else { "them" }
        )
    };
    (steps, summary, x.verdict.months)
}
