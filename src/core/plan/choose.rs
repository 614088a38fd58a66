//! Choosing actions for a plan: for a gap, at the person's level and never what their answers
//! show they do routinely; the route and the basics; trials; the weakest single answers.

use super::*;

/// The framework's role-level actions for this role, in their order, without those the
/// background shows were done already.
pub(super) fn role_actions(actions: &[Action], x: &Inputs, at_most: usize) -> Vec<Step> {
    actions
        .iter()
        .filter(|a| a.is_for(&x.role.id) && !a.done_before(x.background))
        .take(at_most)
        .map(|a| Step::role_level(a.clone()))
        .collect()
}

/// Tops a plan up to `MIN_ACTIONS` from role-level actions it does not have yet: first those
/// the background does not show as done; as a last resort, a transition done before (a
/// route, never: the person has walked it).
pub(super) fn fill(steps: &mut Vec<Step>, actions: &[Action], x: &Inputs) {
    for any in [false, true] {
        for a in actions.iter().filter(|a| a.is_for(&x.role.id)) {
            if steps.len() >= MIN_ACTIONS {
                return;
            }
            let allowed =
                !a.done_before(x.background) || (any && a.kind != Some(ActionKind::Route));
            if allowed && !steps.iter().any(|s| s.action.id == a.id) {
                steps.push(Step::role_level(a.clone()));
            }
        }
    }
}

/// Competencies meeting a role's minimum.
pub(super) fn met_count(scores: &Scores, role: &RoleProfile) -> usize {
    scores
        .competencies
        .iter()
        .filter(|c| gap(c, role.minimum(&c.id)) == 0.0)
        .count()
}

/// The route: the first one whose `via` role the person does not meet yet, else one without;
/// never one the background shows was taken (`unless`, `already`), nor one through a role the
/// person holds or has held.
pub(super) fn route_action<'a>(x: &Inputs<'a>) -> Option<(Action, Option<&'a RoleProfile>)> {
    let f = x.framework;
    let routes = f.plans.building.iter().filter(|a| a.is_for(&x.role.id));
    let mut fallback = None;
    for action in routes {
        if action.done_before(x.background) {
            continue;
        }
        match action.via.as_deref().and_then(|v| f.role(v)) {
            Some(via) if all_met(&via.held_when, x.background) => {}
            Some(via) if !blockers(f, x.scores, via).is_empty() => {
                return Some((action.clone(), Some(via)))
            }
            Some(_) => {}
            None => {
                fallback.get_or_insert_with(|| action.clone());
            }
        }
    }
    fallback.map(|a| (a, None))
}

/// The basics for "Building foundations", at most `room`, kept in the blockers' order (largest
/// weighted gap first): every gap in a competency the role adds (asked only of those who aim
/// at it: the step up itself), the largest gap of each side short by `SHORT_SIDE` in all (so a
/// short technical side is never left out behind heavier people competencies), then the
/// largest of the rest.
pub(super) fn basics(x: &Inputs, blockers: &[Blocker], room: usize) -> Vec<Blocker> {
    let f = x.framework;
    let pillar = |b: &Blocker| f.competency(&b.competency).map(|c| c.pillar.as_str());
    let adds = |b: &Blocker| {
        f.competency(&b.competency)
            .is_some_and(|c| !c.roles.is_empty() && c.asked_for(&x.role.id))
    };
    // A side is short when its gaps add up to a level or more.
    let side_gap = |p: Option<&str>| -> f64 {
        blockers
            .iter()
            .filter(|b| pillar(b) == p)
            .map(|b| b.gap)
            .sum()
    };
    let mut chosen: Vec<&Blocker> = blockers.iter().filter(|b| adds(b)).collect();
    for b in blockers {
        let new_pillar = !chosen.iter().any(|c| pillar(c) == pillar(b));
        if new_pillar && side_gap(pillar(b)) >= SHORT_SIDE - EPSILON {
            chosen.push(b);
        }
    }
    for b in blockers {
        if !chosen.iter().any(|c| c.competency == b.competency) {
            chosen.push(b);
        }
    }
    chosen.truncate(room);
    blockers
        .iter()
        .filter(|b| chosen.iter().any(|c| c.competency == b.competency))
        .cloned()
        .collect()
}

/// Actions for blockers: one each, then a second for each, then more, until the plan has
/// `at_least` (at least one per blocker) or `room` runs out. With `defer_small`, a small gap
/// (`Blocker::is_small`) other than the first waits until every larger one has two: a plan covers the
/// largest gaps, not a small one while a larger one has a single action.
pub(super) fn gap_steps(
    x: &Inputs,
    blockers: &[Blocker],
    room: usize,
    at_least: usize,
    defer_small: bool,
) -> Vec<Step> {
    let target = blockers.len().max(at_least).min(room);
    let small = |b: &Blocker| defer_small && b.is_small();
    let any_large = blockers.iter().any(|b| !small(b));
    // The largest weighted gap leads whatever its size.
    let top = |b: &Blocker| {
        blockers
            .first()
            .is_some_and(|t| t.competency == b.competency)
    };
    let options: Vec<(&Blocker, Vec<Action>)> = blockers
        .iter()
        .take(room)
        .filter_map(|b| {
            let c = x.framework.competency(&b.competency)?;
            Some((b, actions_for(x, c, b)))
        })
        .collect();
    // Every (competency, nth action) pair, ranked: the first two of each larger gap, then the
    // first of each small one, then the rest; within a rank, round by round in blocker order.
    let mut picks: Vec<((u8, usize, usize), &Blocker, &Action)> = Vec::new();
    for (i, (b, actions)) in options.iter().enumerate() {
        for (j, a) in actions.iter().enumerate() {
            let tier = match (any_large && small(b) && !top(b), j) {
                (false, 0 | 1) => 0,
                (true, 0) => 1,
                _ => 2,
            };
            picks.push(((tier, j, i), b, a));
        }
    }
    crate::core::order::sort_by_key(&mut picks, |p| p.0);
    let mut steps: Vec<Step> = picks
        .into_iter()
        .take(target)
        .map(|(_, b, a)| Step {
            action: a.clone(),
            competency: Some(b.competency.clone()),
            habit: None,
            towards_move: false,
        })
        .collect();
    // In the order of the blockers, largest weighted gap first, as the summary says; within
    // one competency, the shortest horizon first.
    let order = |s: &Step| {
        blockers
            .iter()
            .position(|b| Some(&b.competency) == s.competency.as_ref())
    };
    crate::core::order::sort_by_key(&mut steps, |s| (order(s), s.action.horizon));
    // The person's own habit behind each gap, named once, on its first step.
    for b in blockers {
        if let Some(first) = steps
            .iter_mut()
            .find(|s| s.competency.as_ref() == Some(&b.competency))
        {
            first.habit = habit(x, b, &first.action);
        }
    }
    steps
}

/// The anchor the person chose in the weakest answer below the minimum among the situations
/// the action practises, or else in the whole competency.
pub(super) fn habit(x: &Inputs, b: &Blocker, action: &Action) -> Option<Habit> {
    let answers = x.answers?;
    let c = x.framework.competency(&b.competency)?;
    let weakest = |only_practised: bool| {
        c.items
            .iter()
            .filter(|i| !only_practised || action.items.contains(&i.id))
            .filter_map(|i| Some((answers.answer(&i.id)?.level()?, i)))
            .filter(|(l, _)| u32::from(*l) < b.minimum)
            .min_by_key(|(l, _)| *l)
    };
    let (level, item) = weakest(true).or_else(|| weakest(false))?;
    let anchor = |level: usize| item.anchors.get(level.checked_sub(1)?).cloned();
    Some(Habit {
        topic: item.topic().to_string(),
        anchor: anchor(usize::from(level))?,
        target: anchor(b.minimum as usize),
    })
}

/// A competency's actions for this person, best first: finding the opportunity when the evidence
/// is limited; otherwise actions for their level that practise their weakest answers, never one
/// whose situations they already handle routinely.
pub(super) fn actions_for(x: &Inputs, c: &Competency, b: &Blocker) -> Vec<Action> {
    let (answers, background, role) = (x.answers, x.background, x.role.id.as_str());
    let answer = |item: &str| answers.and_then(|a| a.answer(item));
    // Already done: every situation it practises answered routinely, or above the levels the
    // action is for, or a background that shows the step was taken.
    let past = |a: &Action| {
        let beyond = a
            .levels
            .get(1)
            .map_or(ROUTINE, |hi| (*hi as u8 + 1).min(ROUTINE));
        a.done_before(background)
            || (!a.items.is_empty()
                && a.items.iter().all(|i| {
                    answer(i)
                        .and_then(Answer::level)
                        .is_some_and(|l| l >= beyond)
                }))
    };
    // The lowest answer among the items an action practises; unknown items rank in the middle.
    let weakest = |a: &Action| {
        a.items
            .iter()
            .map(|i| match answer(i) {
                Some(Answer::Level(l)) => l,
                _ => 3,
            })
            .min()
            .unwrap_or(3)
    };
    // The level the person is nearest to: 2.75 works like a 3.
    let whole = b.level.map_or(1, |l| (l.round() as u32).clamp(1, 5));
    // Actions for the person's level first, then the nearest others; never a routine one.
    let distance = |a: &Action| match a.levels[..] {
        [lo, hi] => lo.saturating_sub(whole).max(whole.saturating_sub(hi)),
        _ => 5,
    };
    let mut candidates: Vec<&Action> = c
        .actions
        .iter()
        .filter(|a| a.kind != Some(ActionKind::Opportunity) && a.is_for(role) && !past(a))
        .collect();
    // Made for the target role first: an area-wide review for someone leading several teams,
    // rather than one team's retrospectives.
    let general = |a: &Action| a.roles.is_empty();
    // On the job before any reading: a book helps once there is practice to apply it to.
    let reading = |a: &Action| a.kind == Some(ActionKind::Reading);
    // The weakest answer first, then the nearest level, then the action made for the lowest
    // level (an intake rule before a quarter's roadmap for someone who accepts every request).
    let top = |a: &Action| a.levels.get(1).copied().unwrap_or(5);
    crate::core::order::sort_by_key(&mut candidates, |a| {
        (reading(a), general(a), weakest(a), distance(a), top(a))
    });
    // Different kinds first, so two actions in one competency are not two books.
    let mut ordered: Vec<Action> = Vec::new();
    for a in candidates.iter().filter(|a| a.suits(whole)) {
        if !ordered.iter().any(|o| o.kind == a.kind) {
            ordered.push((*a).clone());
        }
    }
    for a in &candidates {
        if !ordered.iter().any(|o| o.id == a.id) {
            ordered.push((*a).clone());
        }
    }
    // Finding the opportunity, unless the person has it: every situation it opens was rated.
    let has_it = |a: &Action| {
        !a.items.is_empty()
            && a.items
                .iter()
                .all(|i| answer(i).and_then(Answer::level).is_some())
    };
    let finding = c
        .actions
        .iter()
        .filter(|a| {
            a.kind == Some(ActionKind::Opportunity)
                && a.is_for(role)
                && !a.done_before(background)
                && !has_it(a)
        })
        .cloned();
    if b.unproven() {
        ordered.splice(0..0, finding);
    } else {
        // Last resort, when everything else is routine.
        ordered.extend(finding);
    }
    ordered
}

/// Trials that test the person's strongest doubts first, never one the background shows was
/// done (leading a sprint for someone who leads), then the other path.
pub(super) fn explore_steps(x: &Inputs) -> Vec<Step> {
    let explore = &x.framework.plans.explore;
    let level = |item: &str| {
        x.answers
            .and_then(|a| a.answer(item))
            .and_then(Answer::level)
            .unwrap_or(3)
    };
    let mut trials: Vec<&Action> = explore
        .iter()
        .filter(|a| {
            a.kind == Some(ActionKind::Trial)
                && a.is_for(&x.role.id)
                && !a.done_before(x.background)
        })
        .collect();
    crate::core::order::sort_by_key(&mut trials, |a| {
        a.items.iter().map(|i| level(i)).min().unwrap_or(3)
    });
    let paths = explore
        .iter()
        .filter(|a| a.kind != Some(ActionKind::Trial) && a.is_for(&x.role.id));
    let mut steps: Vec<Step> = trials
        .into_iter()
        .take(MAX_ACTIONS - 2)
        .chain(paths.take(1))
        .map(|a| Step::role_level(a.clone()))
        .collect();
    crate::core::order::sort_by_key(&mut steps, |s| s.action.horizon);
    steps
}

/// For a "Ready now" plan: one action on the job for each of the weakest single answers (the
/// watch points, weakest first), chosen as for a gap, with the person's own answer named.
pub(super) fn watch_steps(x: &Inputs, at_most: usize) -> Vec<Step> {
    watch_points(x)
        .iter()
        .take(at_most)
        .filter_map(|w| {
            let c = x.framework.competency(&w.competency)?;
            let score = x.scores.competency(&w.competency)?;
            let b = Blocker {
                competency: w.competency.clone(),
                level: score.level(),
                minimum: w.minimum,
                gap: 0.0,
                weight: x.role.weight_of(x.framework, &w.competency),
            };
            let action = actions_for(x, c, &b)
                .into_iter()
                .find(|a| a.kind != Some(ActionKind::Opportunity))?;
            Some(Step {
                habit: habit(x, &b, &action),
                action,
                competency: Some(w.competency.clone()),
                towards_move: false,
            })
        })
        .collect()
}
