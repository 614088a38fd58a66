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
    let (t, role) = (x.t, &x.role.name);
    let mut summary = vec![match &route {
        Some((_, Some(via))) => t.plan_building_via(
            role,
            &t.a_role(&via.name),
            &met_count(x.scores, via),
            &x.scores.competencies.len(),
        ),
        Some((_, None)) => t.plan_building_part_of_job(role),
        None if situation.offered => t.plan_building_offered(role),
        None if situation.holds_target => t.plan_building_in_role().to_string(),
        None => t.plan_building_close_gaps(role),
    }];
    summary.push(t.plan_building_time(&timeline(x, months)));
    // Experience that only time gives can take longer than the gaps do, for someone who
    // is not in the role or offered it; for them the postings are information.
    let (unmet, years) = crate::core::checklist::unmet_background(f, x.background);
    let mut months = months;
    if !unmet.is_empty() {
        let unmet: Vec<String> = unmet.iter().map(|l| t.mid_sentence(l)).collect();
        let asks = t.list(&unmet);
        summary.push(if situation.in_or_offered() {
            t.plan_building_postings_information(&asks)
        } else if years > 0.0 {
            months = months.max((years * 12.0).ceil() as u32);
            t.plan_building_postings_time(&asks, &about_months(t, months))
        } else {
            t.plan_building_postings(&asks)
        });
    }
    summary.push(
        if situation.offered {
            t.plan_building_agree_offered()
        } else {
            t.plan_building_agree()
        }
        .to_string(),
    );
    let summary = summary.join(" ");
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
