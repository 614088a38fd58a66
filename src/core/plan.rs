//! The growth plan. Its shape follows the verdict (docs/framework-format.md, "Plans"):
//! - Ready now: any gap left and the weakest single answers, then the first 90 days in the
//!   role, and a look at the next role up for someone who has managed before and meets every
//!   minimum;
//! - Almost ready: the named blockers only, the largest weighted gap first, with a timeline;
//! - Building foundations: the route to the role and the basics: what the role adds, each short
//!   side, then the largest gaps;
//! - Explore the role first: reversible trials of the job and the senior individual-contributor
//!   path as an equally good outcome.
//!
//! Always 3 to 5 actions, never one in a competency that already meets the target (but for a
//! weak single answer in a "Ready now" plan), chosen for the person's level and never repeating
//! what their answers show they do routinely.

use super::assessment::{Answer, Assessment};
use super::date::Date;
use super::framework::{all_met, Action, ActionKind, Competency, Framework, RoleProfile};
use super::scoring::{gap, Scores, EPSILON};
pub use super::situation::Situation;
use super::text::{a_or_an, list, lower_first};
pub use super::verdict::{
    about_months, months_to_close, MIN_MONTHS, MONTHS_PER_LEVEL, SMALL_GAP, TRACKS,
};
use super::verdict::{blockers, Blocker, Verdict, VerdictKind};
use std::collections::BTreeMap;

pub const MIN_ACTIONS: usize = 3;
pub const MAX_ACTIONS: usize = 5;
/// Answers at this level or above describe something the person already does routinely.
pub const ROUTINE: u8 = 4;
/// When no action is chosen, the next assessment is suggested after this many days.
pub const DEFAULT_REASSESS_DAYS: i64 = 90;
/// Watch points shown at most.
pub const MAX_WATCH: usize = 3;
/// A "Ready now" plan practises at most this many of the weakest single answers.
pub const WATCH_ACTIONS: usize = 2;
/// A pillar whose gaps add up to this many levels is a short side, which a "Building
/// foundations" plan always covers.
pub const SHORT_SIDE: f64 = 1.0;

#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub action: Action,
    /// The competency the action grows; None for a role-level action (transition, route, trial).
    pub competency: Option<String>,
    /// The person's own answer behind the gap, on the first step of each competency.
    pub habit: Option<Habit>,
    /// A step towards the move itself (saying you want the role, making the case): one that an
    /// offer completes (`before_the_move`).
    pub towards_move: bool,
}

/// What a person said they do today in the weakest situation of a gap: the anchor they chose.
#[derive(Clone, Debug, PartialEq)]
pub struct Habit {
    pub topic: String,
    pub anchor: String,
    /// The same situation's anchor at the level the role asks for: the habit to aim at.
    pub target: Option<String>,
}

impl Habit {
    /// "Today, in giving corrective feedback, you answered: “Hint at it vaguely, or complain
    /// about it to others”. The role asks for: “Raise it directly and privately, with a specific
    /// example”."
    pub fn text(&self) -> String {
        let mut text = format!(
            "Today, in {}, you answered: \u{201c}{}\u{201d}.",
            self.topic, self.anchor
        );
        if let Some(target) = &self.target {
            text.push_str(&format!(" The role asks for: \u{201c}{target}\u{201d}."));
        }
        text
    }
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
    /// Competencies it asks about that this assessment did not (Senior EM's leading leaders).
    pub unasked: Vec<String>,
}

impl Step {
    /// A role-level step (transition, route, trial, path): no competency, no habit.
    fn role_level(action: Action) -> Step {
        Step {
            action,
            competency: None,
            habit: None,
            towards_move: false,
        }
    }

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
        if self.towards_move {
            return "The move";
        }
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
            "Your background shows you have done this job, so check yourself against {} too: {} of the {} competencies asked here meet it",
            self.name, self.met, self.of
        );
        if !self.unasked.is_empty() {
            let names: Vec<String> = self
                .unasked
                .iter()
                .map(|c| framework.competency_name(c).to_string())
                .collect();
            text.push_str(&format!(
                ", and it also asks about {}, which this assessment did not: choose it as the target to answer those too",
                list(&names)
            ));
        }
        if self.blockers.is_empty() && self.unasked.is_empty() {
            text.push_str(&format!(
                ". You could aim for {} role directly.",
                a_or_an(&self.name)
            ));
        } else if self.blockers.is_empty() {
            text.push('.');
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
    pub situation: Situation,
}

impl Plan {
    pub fn actions(&self) -> impl Iterator<Item = &Action> {
        self.steps.iter().map(|s| &s.action)
    }

    /// "2 of 5 actions done. Tick an action when its success signal is there."
    pub fn done_text(&self, done: usize) -> String {
        format!(
            "{done} of {} done. Tick an action when its success signal is there.",
            super::text::count(self.steps.len(), "action", "actions")
        )
    }
}

/// What a plan is made from.
pub struct Inputs<'a> {
    /// What a person aiming at the role is asked (`Framework::for_role`).
    pub framework: &'a Framework,
    /// The framework as loaded, other roles' own competencies included.
    pub whole: &'a Framework,
    pub role: &'a RoleProfile,
    pub scores: &'a Scores,
    pub verdict: &'a Verdict,
    /// None for a results-only link: it carries scores, not answers.
    pub answers: Option<&'a Assessment>,
    pub background: &'a BTreeMap<String, f64>,
    /// Where the person stands, as the verdict read it.
    pub situation: Situation,
    /// The day the plan starts: the assessment's completion (or start).
    pub from: Option<Date>,
}

pub fn plan(x: &Inputs) -> Plan {
    let f = x.framework;
    let a_role = a_or_an(&x.role.name);
    let situation = x.situation;
    // In or offered the role: the heart of it first, as the verdict rests on it; the team
    // carries the rest meanwhile. Otherwise the largest weighted gap first.
    let blockers = &heart_first(x);
    // "about nine months", or "about three months for the gaps the team cannot carry and
    // about nine months for all of them".
    let none_at_heart = x.verdict.carried.len() == x.verdict.blockers.len();
    let timeline = |months: u32| match x.verdict.months_all {
        Some(all) if none_at_heart => about_months(all),
        Some(all) => format!(
            "{} for the gaps the team cannot carry and {} for all of them",
            about_months(months),
            about_months(all)
        ),
        None => about_months(months),
    };
    let mut next_role = None;
    // For someone offered the role, the plan prepares the start as well as closing the gaps.
    let start = if situation.offered {
        role_actions(&f.plans.ready, x, 1)
    } else {
        Vec::new()
    };
    // Almost there, the move itself is a step: preparing the start when it is on offer;
    // otherwise the next step before it the background shows is not taken yet (saying you want
    // the role, making the case).
    let next_move = if situation.offered {
        start.clone()
    } else {
        f.plans
            .ready
            .iter()
            .filter(|a| a.is_for(&x.role.id) && !a.done_before(x.background))
            .find(|a| before_the_move(f, a))
            .map(|a| Step::role_level(a.clone()))
            .into_iter()
            .collect()
    };
    let (steps, summary, months) = match x.verdict.kind {
        VerdictKind::ReadyNow => {
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
            next_role = next_role_check(x, situation);
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
                    timeline(x.verdict.months.unwrap_or_default()),
                    if named.len() == 1 { "it" } else { "them" }
                )
            };
            (steps, summary, x.verdict.months)
        }
        VerdictKind::AlmostReady => {
            let mut steps = next_move;
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
                timeline(months)
            );
            summary.push_str(&situation_note(situation));
            (steps, summary, Some(months))
        }
        VerdictKind::BuildingFoundations => {
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
                timeline(months)
            ));
            // Experience that only time gives can take longer than the gaps do, for someone who
            // is not in the role or offered it; for them the postings are information.
            let (unmet, years) = super::checklist::unmet_background(f, x.background);
            let mut months = months;
            if !unmet.is_empty() {
                let unmet: Vec<String> = unmet.iter().map(|l| lower_first(l)).collect();
                let tail = if situation.in_or_offered() {
                    ". Take that as information, not as a wait: you are already in or offered the role.".to_string()
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
            let mut steps: Vec<Step> = start;
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
        VerdictKind::ExploreRoleFirst => {
            let steps = explore_steps(x);
            let fit = super::motivation::fit(f, x.scores.motivation, x.answers);
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
    };
    let mut steps = steps;
    for s in steps.iter_mut().filter(|s| s.competency.is_none()) {
        s.towards_move = before_the_move(f, &s.action);
    }
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
        situation,
    }
}

/// A step that comes before the move: one that being offered the role completes (its
/// `already` meets the framework's `offered`), such as making the case for it.
fn before_the_move(f: &Framework, a: &Action) -> bool {
    let offer: BTreeMap<String, f64> = f
        .offered
        .iter()
        .map(|r| (r.question.clone(), r.min))
        .collect();
    !offer.is_empty() && a.done_before(&offer)
}

/// The verdict's blockers in the order the plan takes them: for someone in or offered the role,
/// the heart of it first, then other gaps too large for the team to carry, then those it
/// carries; each part largest weighted gap first.
fn heart_first(x: &Inputs) -> Vec<Blocker> {
    let mut blockers = x.verdict.blockers.clone();
    if !x.verdict.carried.is_empty() {
        let heart = super::verdict::heart(x.framework, x.role);
        super::order::sort_by_key(&mut blockers, |b| {
            (
                x.verdict.carried.contains(&b.competency),
                !heart.contains(&b.competency),
            )
        });
    }
    blockers
}

/// What the person's situation changes in an "Almost ready" plan, as a sentence (or nothing).
fn situation_note(situation: Situation) -> String {
    if situation.offered {
        " The role is on offer: you can close them in your first months in it. Before you start, agree with the person offering it the support you get (a mentor, a coach, time to learn).".into()
    } else if situation.holds_target {
        " You already do this job: close the gaps in it, with your manager's support.".into()
    } else {
        String::new()
    }
}

/// The framework's role-level actions for this role, in their order, without those the
/// background shows were done already.
fn role_actions(actions: &[Action], x: &Inputs, at_most: usize) -> Vec<Step> {
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
fn fill(steps: &mut Vec<Step>, actions: &[Action], x: &Inputs) {
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
fn met_count(scores: &Scores, role: &RoleProfile) -> usize {
    scores
        .competencies
        .iter()
        .filter(|c| gap(c, role.minimum(&c.id)) == 0.0)
        .count()
}

/// The route: the first one whose `via` role the person does not meet yet, else one without;
/// never one the background shows was taken (`unless`, `already`), nor one through a role the
/// person holds or has held.
fn route_action<'a>(x: &Inputs<'a>) -> Option<(Action, Option<&'a RoleProfile>)> {
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
fn basics(x: &Inputs, blockers: &[Blocker], room: usize) -> Vec<Blocker> {
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
fn gap_steps(
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
    super::order::sort_by_key(&mut picks, |p| p.0);
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
    super::order::sort_by_key(&mut steps, |s| (order(s), s.action.horizon));
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
fn habit(x: &Inputs, b: &Blocker, action: &Action) -> Option<Habit> {
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
fn actions_for(x: &Inputs, c: &Competency, b: &Blocker) -> Vec<Action> {
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
    super::order::sort_by_key(&mut candidates, |a| {
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
        .filter(|a| {
            a.kind == Some(ActionKind::Trial)
                && a.is_for(&x.role.id)
                && !a.done_before(x.background)
        })
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
        .map(|a| Step::role_level(a.clone()))
        .collect();
    super::order::sort_by_key(&mut steps, |s| s.action.horizon);
    steps
}

/// For a "Ready now" plan: one action on the job for each of the weakest single answers (the
/// watch points, weakest first), chosen as for a gap, with the person's own answer named.
fn watch_steps(x: &Inputs, at_most: usize) -> Vec<Step> {
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

/// Only for someone whose background shows they have done the target role (its `held_when`;
/// a framework without it: every `experienced_manager` requirement).
fn next_role_check(x: &Inputs, situation: Situation) -> Option<NextRole> {
    let f = x.framework;
    let held = if x.role.held_when.is_empty() {
        all_met(&f.experienced_manager, x.background)
    } else {
        situation.holds_target
    };
    // The next role up is a question for someone who meets every minimum of this one.
    let next = f
        .next_role(&x.role.id)
        .filter(|_| held && x.verdict.blockers.is_empty())?;
    let mut gaps = blockers(f, x.scores, next);
    gaps.truncate(3);
    Some(NextRole {
        role: next.id.clone(),
        name: next.name.clone(),
        met: met_count(x.scores, next),
        of: x.scores.competencies.len(),
        blockers: gaps,
        unasked: x
            .whole
            .competencies
            .iter()
            .filter(|c| c.asked_for(&next.id) && !c.asked_for(&x.role.id))
            .map(|c| c.id.clone())
            .collect(),
    })
}
