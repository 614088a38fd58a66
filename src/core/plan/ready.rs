//! "Ready now": any gap left and the weakest single answers, then the first 90 days in the
//! role; someone who already does the job starts with the gaps.

use super::*;

pub(super) fn plan(x: &Inputs, blockers: &[Blocker]) -> (Vec<Step>, String, Option<u32>) {
    let f = x.framework;
    let situation = x.situation;
    let a_role = x.t.a_role(&x.role.name);
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
    let t = x.t;
    let summary = if blockers.is_empty() {
        let first_days = x.role.first_90_days(t);
        // Before an offer, the move itself comes first.
        let meets = if situation.offered {
            t.plan_ready_meets_offered(&a_role, &first_days)
        } else {
            t.plan_ready_meets(&a_role, &first_days)
        };
        if steps.iter().any(|s| s.competency.is_some()) {
            format!("{meets} {}", t.plan_ready_also_practises())
        } else {
            meets
        }
    } else {
        let named: Vec<String> = blockers
            .iter()
            .map(|b| f.competency_name(&b.competency).to_string())
            .collect();
        t.plan_ready_in_role(
            named.len(),
            &t.list(&named),
            &timeline(x, x.verdict.months.unwrap_or_default()),
        )
    };
    (steps, summary, x.verdict.months)
}
