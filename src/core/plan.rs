//! The growth plan. Its shape follows the verdict (docs/framework-format.md, "Plans"):
//! - Ready now: the first 90 days in the role, and a look at the next role up for someone who
//!   has managed before;
//! - Almost ready: the named blockers only, the largest weighted gap first, with a timeline;
//! - Building foundations: the route to the role and the basics, one per short side first;
//! - Explore the role first: reversible trials of the job and the senior individual-contributor
//!   path as an equally good outcome.
//!
//! Always 3 to 5 actions, never one in a competency that already meets the target, chosen for
//! the person's level and never repeating what their answers show they do routinely.

use super::assessment::{Answer, Assessment};
use super::date::Date;
use super::framework::{Action, ActionKind, Competency, Framework, RoleProfile};
use super::scoring::{gap, Scores};
use super::text::{a_or_an, count_words, list, lower_first};
use super::verdict::{blockers, Blocker, Verdict, VerdictKind};
use std::collections::BTreeMap;

pub const MIN_ACTIONS: usize = 3;
pub const MAX_ACTIONS: usize = 5;
/// Answers at this level or above describe something the person already does routinely.
pub const ROUTINE: u8 = 4;
/// When no action is chosen, the next assessment is suggested after this many days.
pub const DEFAULT_REASSESS_DAYS: i64 = 90;
/// A level of growth takes about a quarter of deliberate practice…
pub const MONTHS_PER_LEVEL: f64 = 3.0;
/// …even a small gap needs a quarter of repeated evidence…
pub const MIN_MONTHS: f64 = 3.0;
/// …and a person can work on about two areas at a time.
pub const TRACKS: usize = 2;
/// Watch points shown at most.
pub const MAX_WATCH: usize = 3;

#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub action: Action,
    /// The competency the action grows; None for a role-level action (transition, route, trial).
    pub competency: Option<String>,
}

/// A weak single answer inside a competency that meets the minimum.
#[derive(Clone, Debug, PartialEq)]
pub struct WatchPoint {
    pub competency: String,
    pub topic: String,
    pub level: u8,
    pub minimum: u32,
}

/// For someone ready who has managed before: how they compare with the next role up.
#[derive(Clone, Debug, PartialEq)]
pub struct NextRole {
    pub role: String,
    pub name: String,
    pub met: usize,
    pub of: usize,
    /// The largest gaps against it, at most three.
    pub blockers: Vec<Blocker>,
}

impl Step {
    /// What the step grows: its competency, or for a role-level action, its kind.
    pub fn area(&self, framework: &Framework) -> String {
        match &self.competency {
            Some(c) => framework.competency_name(c).to_string(),
            None => self.kind().to_string(),
        }
    }

    /// "Feedback and performance conversations · Practice · 30 days", or "First 90 days · 30 days".
    pub fn meta(&self, framework: &Framework) -> String {
        let days = self.action.horizon;
        match &self.competency {
            Some(_) => format!("{} · {} · {days} days", self.area(framework), self.kind()),
            None => format!("{} · {days} days", self.kind()),
        }
    }

    fn kind(&self) -> &'static str {
        self.action.kind.map_or("Action", |k| k.label())
    }
}

impl WatchPoint {
    /// "Your lowest answer in Feedback: handling someone who underperforms, level 2 (the role
    /// asks for 3)."
    pub fn text(&self, framework: &Framework) -> String {
        format!(
            "Your lowest answer in {}: {}, level {} (the role asks for {}).",
            framework.competency_name(&self.competency),
            self.topic,
            self.level,
            self.minimum
        )
    }
}

impl NextRole {
    /// The look at the next role up, in a sentence.
    pub fn text(&self, framework: &Framework) -> String {
        let mut text = format!(
            "You have led people for years, so check yourself against {} too: {} of {} competencies meet it",
            self.name, self.met, self.of
        );
        if self.blockers.is_empty() {
            text.push_str(&format!(
                ". You could aim for {} role directly.",
                a_or_an(&self.name)
            ));
        } else {
            let gaps: Vec<String> = self
                .blockers
                .iter()
                .map(|b| framework.competency_name(&b.competency).to_string())
                .collect();
            text.push_str(&format!("; the largest gaps are {}.", list(&gaps)));
        }
        text
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub kind: VerdictKind,
    /// What this plan is for, in a sentence or two.
    pub summary: String,
    /// About how long closing the gaps takes at a steady pace.
    pub months: Option<u32>,
    pub steps: Vec<Step>,
    pub watch: Vec<WatchPoint>,
    pub next_role: Option<NextRole>,
    /// When to take the assessment again: after the longest horizon.
    pub reassess_on: Option<Date>,
}

impl Plan {
    pub fn actions(&self) -> impl Iterator<Item = &Action> {
        self.steps.iter().map(|s| &s.action)
    }
}

/// What a plan is made from.
pub struct Inputs<'a> {
    pub framework: &'a Framework,
    pub role: &'a RoleProfile,
    pub scores: &'a Scores,
    pub verdict: &'a Verdict,
    /// None for a results-only link: it carries scores, not answers.
    pub answers: Option<&'a Assessment>,
    pub background: &'a BTreeMap<String, f64>,
    /// The day the plan starts: the assessment's completion (or start).
    pub from: Option<Date>,
}

pub fn plan(x: &Inputs) -> Plan {
    let f = x.framework;
    let blockers = &x.verdict.blockers;
    let a_role = a_or_an(&x.role.name);
    let mut next_role = None;
    let (steps, summary, months) = match x.verdict.kind {
        VerdictKind::ReadyNow => {
            let steps: Vec<Step> = role_actions(&f.plans.ready, x.role, MAX_ACTIONS - 1);
            next_role = next_role_check(x);
            let summary = format!(
                "You meet every minimum for {a_role}. This plan is for your first 90 days in the role: {}.",
                x.role.first_90_days()
            );
            (steps, summary, None)
        }
        VerdictKind::AlmostReady => {
            let mut steps = gap_steps(x, blockers, MAX_ACTIONS);
            // Few actions left to suggest: prepare the move itself.
            fill(&mut steps, &f.plans.ready, x.role);
            let months = months_to_close(blockers);
            let named: Vec<String> = blockers
                .iter()
                .map(|b| f.competency_name(&b.competency).to_string())
                .collect();
            let what = match &named[..] {
                [one] => format!("Close this one gap: {one}."),
                _ => format!(
                    "Close these gaps only, the largest first: {}.",
                    list(&named)
                ),
            };
            let summary = format!(
                "{what} At a steady pace, two areas at a time and about a quarter of deliberate practice per level, that takes {}.",
                about_months(months)
            );
            (steps, summary, Some(months))
        }
        VerdictKind::BuildingFoundations => {
            let route = route_action(x);
            let basics = basics(x, blockers);
            let months = months_to_close(blockers);
            let the_role = format!("the {} role", x.role.name);
            let mut summary = match &route {
                Some((_, Some(via))) => format!(
                    "For many engineers the route to {the_role} runs through {} role first: you meet {} of its {} minimums today.",
                    a_or_an(&via.name),
                    met_count(x.scores, via),
                    f.competencies.len()
                ),
                Some((_, None)) => format!("The route to {the_role} is to take on part of the job now, with your manager's support, while you close the gaps below."),
                None => format!("The route to {the_role} is to close the gaps below, the largest first."),
            };
            summary.push_str(&format!(
                " Closing the gaps takes {} at a steady pace.",
                about_months(months)
            ));
            // Experience that only time gives can take longer than the gaps do.
            let (unmet, years) = super::checklist::unmet_background(f, x.background);
            let months = months.max((years * 12.0).ceil() as u32);
            if !unmet.is_empty() {
                let unmet: Vec<String> = unmet.iter().map(|l| lower_first(l)).collect();
                let more = if years > 0.0 {
                    format!(
                        ", which only time in the job gives: plan for {} in all",
                        about_months(months)
                    )
                } else {
                    String::new()
                };
                summary.push_str(&format!(
                    " Typical job postings also ask for {}{more}.",
                    list(&unmet)
                ));
            }
            summary.push_str(" Agree the route with your manager.");
            let mut steps: Vec<Step> = route
                .map(|(action, _)| Step {
                    action,
                    competency: None,
                })
                .into_iter()
                .collect();
            steps.extend(gap_steps(x, &basics, MAX_ACTIONS - steps.len()));
            fill(&mut steps, &f.plans.building, x.role);
            (steps, summary, Some(months))
        }
        VerdictKind::ExploreRoleFirst => {
            let steps = explore_steps(x);
            let fit = super::motivation::fit(f, x.scores.motivation, x.answers);
            let doubts = if fit.reservations.is_empty() {
                String::new()
            } else {
                format!(" ({})", list(&fit.reservations))
            };
            // The other path is the framework's to name: a manager's ladder and a staff
            // engineer's have different ones.
            let other = match f.plans.alternative.trim() {
                "" => "the other path in this plan".to_string(),
                named => named.to_string(),
            };
            let summary = format!("Before deciding, try the parts of the job you have doubts about{doubts}, in small ways you can undo. If the trials confirm the doubts, another path is an equally good outcome: {other}.");
            (steps, summary, None)
        }
    };
    let longest = steps
        .iter()
        .map(|s| s.action.horizon as i64)
        .max()
        .unwrap_or(DEFAULT_REASSESS_DAYS);
    Plan {
        kind: x.verdict.kind,
        summary,
        months,
        watch: watch_points(x),
        next_role,
        reassess_on: x.from.map(|d| d.add_days(longest)),
        steps,
    }
}

/// The framework's role-level actions for this role, in their order.
fn role_actions(actions: &[Action], role: &RoleProfile, at_most: usize) -> Vec<Step> {
    actions
        .iter()
        .filter(|a| a.is_for(&role.id))
        .take(at_most)
        .map(|a| Step {
            action: a.clone(),
            competency: None,
        })
        .collect()
}

/// Tops a plan up to `MIN_ACTIONS` from role-level actions it does not have yet.
fn fill(steps: &mut Vec<Step>, actions: &[Action], role: &RoleProfile) {
    for a in actions.iter().filter(|a| a.is_for(&role.id)) {
        if steps.len() >= MIN_ACTIONS {
            break;
        }
        if !steps.iter().any(|s| s.action.id == a.id) {
            steps.push(Step {
                action: a.clone(),
                competency: None,
            });
        }
    }
}

/// Competencies meeting a role's minimum.
fn met_count(scores: &Scores, role: &RoleProfile) -> usize {
    scores
        .competencies
        .iter()
        .filter(|c| gap(c, role.minimum(&c.id)) == 0.0)
        .count()
}

/// The route: the first one whose `via` role the person does not meet yet, else one without;
/// never one whose `unless` the background meets (that step was taken already).
fn route_action<'a>(x: &Inputs<'a>) -> Option<(Action, Option<&'a RoleProfile>)> {
    let f = x.framework;
    let routes = f.plans.building.iter().filter(|a| a.is_for(&x.role.id));
    let mut fallback = None;
    for action in routes {
        let experienced = !action.unless.is_empty()
            && action
                .unless
                .iter()
                .all(|r| x.background.get(&r.question).is_some_and(|v| *v >= r.min));
        if experienced {
            continue;
        }
        match action.via.as_deref().and_then(|v| f.role(v)) {
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

/// The basics for "Building foundations": the largest gap of each short pillar first (so a short
/// technical side is never left out behind heavier people competencies), then by weighted gap.
fn basics(x: &Inputs, blockers: &[Blocker]) -> Vec<Blocker> {
    let pillar = |b: &Blocker| x.scores.competency(&b.competency).map(|c| c.pillar.clone());
    let mut chosen: Vec<Blocker> = Vec::new();
    for b in blockers {
        if !chosen.iter().any(|c| pillar(c) == pillar(b)) {
            chosen.push(b.clone());
        }
    }
    for b in blockers {
        if !chosen.iter().any(|c| c.competency == b.competency) {
            chosen.push(b.clone());
        }
    }
    chosen.truncate(3);
    chosen
}

/// Actions for blockers, one each in order, then a second for the first ones, until the plan has
/// at least `MIN_ACTIONS` (or `room` runs out).
fn gap_steps(x: &Inputs, blockers: &[Blocker], room: usize) -> Vec<Step> {
    let target = blockers.len().max(MIN_ACTIONS).min(room);
    let mut options: Vec<(String, Vec<Action>)> = blockers
        .iter()
        .take(room)
        .filter_map(|b| {
            let c = x.framework.competency(&b.competency)?;
            Some((c.id.clone(), actions_for(c, b, x.answers)))
        })
        .collect();
    let mut steps = Vec::new();
    while steps.len() < target {
        let before = steps.len();
        for (competency, actions) in options.iter_mut() {
            if steps.len() < target && !actions.is_empty() {
                steps.push(Step {
                    action: actions.remove(0),
                    competency: Some(competency.clone()),
                });
            }
        }
        if steps.len() == before {
            break;
        }
    }
    // In the order of the blockers, largest weighted gap first, as the summary says; within
    // one competency, the shortest horizon first.
    let order = |s: &Step| {
        blockers
            .iter()
            .position(|b| Some(&b.competency) == s.competency.as_ref())
    };
    super::order::sort_by_key(&mut steps, |s| (order(s), s.action.horizon));
    steps
}

/// A competency's actions for this person, best first: finding the opportunity when the evidence
/// is limited; otherwise actions for their level that practise their weakest answers, never one
/// whose situations they already handle routinely.
fn actions_for(c: &Competency, b: &Blocker, answers: Option<&Assessment>) -> Vec<Action> {
    let answer = |item: &str| answers.and_then(|a| a.answer(item));
    let routine = |a: &Action| {
        !a.items.is_empty()
            && a.items.iter().all(|i| {
                answer(i)
                    .and_then(Answer::level)
                    .is_some_and(|l| l >= ROUTINE)
            })
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
        .filter(|a| a.kind != Some(ActionKind::Opportunity) && !routine(a))
        .collect();
    super::order::sort_by_key(&mut candidates, |a| (distance(a), weakest(a)));
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
    let finding = c
        .actions
        .iter()
        .filter(|a| a.kind == Some(ActionKind::Opportunity))
        .cloned();
    if b.unproven() {
        ordered.splice(0..0, finding);
    } else {
        // Last resort, when everything else is routine.
        ordered.extend(finding);
    }
    ordered
}

/// Trials that test the person's strongest doubts first, then the other path.
fn explore_steps(x: &Inputs) -> Vec<Step> {
    let explore = &x.framework.plans.explore;
    let level = |item: &str| {
        x.answers
            .and_then(|a| a.answer(item))
            .and_then(Answer::level)
            .unwrap_or(3)
    };
    let mut trials: Vec<&Action> = explore
        .iter()
        .filter(|a| a.kind == Some(ActionKind::Trial) && a.is_for(&x.role.id))
        .collect();
    super::order::sort_by_key(&mut trials, |a| {
        a.items.iter().map(|i| level(i)).min().unwrap_or(3)
    });
    let paths = explore
        .iter()
        .filter(|a| a.kind != Some(ActionKind::Trial) && a.is_for(&x.role.id));
    let mut steps: Vec<Step> = trials
        .into_iter()
        .take(MAX_ACTIONS - 2)
        .chain(paths.take(1))
        .map(|a| Step {
            action: a.clone(),
            competency: None,
        })
        .collect();
    super::order::sort_by_key(&mut steps, |s| s.action.horizon);
    steps
}

/// The lowest answer below the minimum in each competency that meets it, weakest first.
fn watch_points(x: &Inputs) -> Vec<WatchPoint> {
    let Some(a) = x.answers else {
        return Vec::new();
    };
    let mut points: Vec<WatchPoint> = x
        .framework
        .competencies
        .iter()
        .filter_map(|c| {
            let minimum = x.role.minimum(&c.id);
            let score = x.scores.competency(&c.id)?;
            if score.level().is_none() || gap(score, minimum) > 0.0 {
                return None;
            }
            let (level, item) = c
                .items
                .iter()
                .filter_map(|i| Some((a.answer(&i.id)?.level()?, i)))
                .min_by_key(|(l, _)| *l)?;
            (u32::from(level) < minimum).then(|| WatchPoint {
                competency: c.id.clone(),
                topic: item.topic().to_string(),
                level,
                minimum,
            })
        })
        .collect();
    super::order::sort_by_key(&mut points, |w| (w.level as i64) - (w.minimum as i64));
    points.truncate(MAX_WATCH);
    points
}

fn next_role_check(x: &Inputs) -> Option<NextRole> {
    let f = x.framework;
    let managed = !f.experienced_manager.is_empty()
        && f.experienced_manager
            .iter()
            .all(|r| x.background.get(&r.question).is_some_and(|v| *v >= r.min));
    let next = f.next_role(&x.role.id).filter(|_| managed)?;
    let mut gaps = blockers(f, x.scores, next);
    gaps.truncate(3);
    Some(NextRole {
        role: next.id.clone(),
        name: next.name.clone(),
        met: met_count(x.scores, next),
        of: f.competencies.len(),
        blockers: gaps,
    })
}

/// About how many months closing these gaps takes: each takes `MONTHS_PER_LEVEL` per level (at
/// least `MIN_MONTHS`), spread over `TRACKS` areas at a time, longest first.
pub fn months_to_close(blockers: &[Blocker]) -> u32 {
    let mut each: Vec<f64> = blockers
        .iter()
        .map(|b| (b.gap * MONTHS_PER_LEVEL).max(MIN_MONTHS))
        .collect();
    super::order::sort_by(&mut each, |a, b| b.total_cmp(a));
    let mut tracks = [0.0f64; TRACKS];
    for m in each {
        if let Some(shortest) = tracks.iter_mut().min_by(|a, b| a.total_cmp(b)) {
            *shortest += m;
        }
    }
    tracks.iter().copied().fold(0.0, f64::max).ceil() as u32
}

/// "about 4 months", "about 2 years", "about 2.5 years".
pub fn about_months(months: u32) -> String {
    if months <= 18 {
        return format!("about {}", count_words(months as usize, "month", "months"));
    }
    let halves = (months as f64 / 6.0).round() as u32;
    if halves.is_multiple_of(2) {
        format!("about {} years", halves / 2)
    } else {
        format!("about {}.5 years", halves / 2)
    }
}
