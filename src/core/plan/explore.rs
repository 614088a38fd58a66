//! "Explore the role first": reversible trials of the job, and the other path as an equally
//! good outcome.

use super::*;

pub(super) fn plan(x: &Inputs) -> (Vec<Step>, String, Option<u32>) {
    let f = x.framework;
    let steps = explore_steps(x);
    let fit = crate::core::motivation::fit(f, x.scores.motivation, x.answers);
    let doubts = if fit.reservations.is_empty() {
        String::new()
    } else {
        // The strongest three, the plan's trials test them first.
        let strongest: Vec<String> = fit.reservations.iter().take(3).cloned().collect();
        format!(" ({})", list(&strongest))
    };
    // The other path is the framework's to name: a manager's ladder and a staff
    // engineer's have different ones.
    let other = match f.plans.alternative.trim() {
        "" => "the other path in this plan".to_string(),
        named => named.to_string(),
    };
    let summary = format!("Before deciding, try the parts of the job you have doubts about{doubts}, in small ways you can undo. If the trials confirm the doubts, another path can be just as good an outcome: {other}.");
    (steps, summary, None)
}
