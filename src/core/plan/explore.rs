//! "Explore the role first": reversible trials of the job, and the other path as an equally
//! good outcome.

use super::*;

pub(super) fn plan(x: &Inputs) -> (Vec<Step>, String, Option<u32>) {
    let f = x.framework;
    let steps = explore_steps(x);
    let fit = crate::core::motivation::fit(f, x.scores.motivation, x.answers);
    let t = x.t;
    // The other path is the framework's to name: a manager's ladder and a staff
    // engineer's have different ones.
    let other = match f.plans.alternative.trim() {
        "" => t.plan_explore_other_path(),
        named => named,
    };
    let summary = if fit.reservations.is_empty() {
        t.plan_explore(&other)
    } else {
        // The strongest three, the plan's trials test them first.
        let strongest: Vec<String> = fit.reservations.iter().take(3).cloned().collect();
        t.plan_explore_doubts(&t.list(&strongest), &other)
    };
    (steps, summary, None)
}
