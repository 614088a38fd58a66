//! "Building foundations": the route to the role and the basics: what the role adds, each short
//! side, then the largest gaps.

use super::*;

pub(super) fn plan(x: &Inputs, blockers: &[Blocker]) -> (Vec<Step>, String, Option<u32>) {
    let f = x.framework;
    let situation = x.situation;
    // No route to a role the person holds or is being offered.
    let route = if situation.in_or_offered() {
        None
    } else {
        route_action(x)
    };
    let months = x.verdict.months.unwrap_or_default();
    let the_role = format!("the {} role", x.role.name);
    let mut summary = match &route {
        Some((_, Some(via))) => format!(
            "For many engineers the route to {the_role} runs through {} role first: you meet {} of its {} minimums today.",
            a_or_an(&via.name),
            met_count(x.scores, via),
            x.scores.competencies.len()
        ),
        Some((_, None)) => format!("The route to {the_role} is to take on part of the job now, with your manager's support, while you close the gaps below."),
        None if situation.offered => format!("You are offered {the_role}, or starting in it soon: the gaps below are what to close in your first months in it, the largest first."),
        None if situation.holds_target => "You already do this job: the gaps below are what to grow in it, the largest first.".to_string(),
        None => format!("The route to {the_role} is to close the gaps below, the largest first."),
    };
    summary.push_str(&format!(
        " Closing the gaps takes {} at a steady pace.",
        timeline(x, months)
    ));
    // Experience that only time gives can take longer than the gaps do, for someone who
    // is not in the role or offered it; for them the postings are information.
    let (unmet, years) = crate::core::checklist::unmet_background(f, x.background);
    let mut months = months;
    if !unmet.is_empty() {
        let unmet: Vec<String> = unmet.iter().map(|l| lower_first(l)).collect();
        let tail = if situation.in_or_offered() {
            ". Take that as information, not as a wait: you are already in or offered the role."
                .to_string()
        } else if years > 0.0 {
            months = months.max((years * 12.0).ceil() as u32);
            format!(
                ", which only time in the job gives: plan for {} in all.",
                about_months(months)
            )
        } else {
            ".".to_string()
        };
        summary.push_str(&format!(
            " Typical job postings also ask for {}{tail}",
            list(&unmet)
        ));
    }
    summary.push_str(if situation.offered {
        " Agree this plan with the person offering you the role, and the support you get while you close the gaps."
    } else {
        " Agree the route with your manager."
    });
    let mut steps: Vec<Step> = offer_start(x);
    steps.extend(route.map(|(action, _)| Step::role_level(action)));
    let room = MAX_ACTIONS - steps.len();
    // The basics are chosen to cover each short side: one action each before any second.
    steps.extend(gap_steps(
        x,
        &basics(x, blockers, room),
        room,
        MIN_ACTIONS,
        false,
    ));
    if !situation.in_or_offered() {
        fill(&mut steps, &f.plans.building, x);
    }
    fill(&mut steps, &f.plans.ready, x);
    (steps, summary, Some(months))
}
