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
//! One file per verdict (`ready`, `almost`, `building`, `explore`) makes its steps and summary;
//! `choose` picks the actions they share.
//!
//! Always 3 to 5 actions, never one in a competency that already meets the target (but for a
//! weak single answer in a "Ready now" plan), chosen for the person's level and never repeating
//! what their answers show they do routinely.

use super::assessment::{Answer, Assessment};
use super::date::Date;
use super::framework::{all_met, Action, ActionKind, Competency, Framework, RoleProfile};
use super::i18n::Catalogue;
use super::scoring::{gap, Scores, EPSILON};
pub use super::situation::Situation;
pub use super::verdict::{
    about_months, months_to_close, MIN_MONTHS, MONTHS_PER_LEVEL, SMALL_GAP, TRACKS,
};
use super::verdict::{blockers, Blocker, Verdict, VerdictKind};
use std::collections::BTreeMap;

mod almost;
mod building;
mod choose;
mod explore;
mod ready;

use choose::*;

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
    pub fn text(&self, t: &Catalogue) -> String {
        let answered = t.habit_answered(&self.topic, &self.anchor);
        match &self.target {
            Some(target) => format!("{answered} {}", t.habit_target(target)),
            None => answered,
        }
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
    pub fn area(&self, framework: &Framework, t: &Catalogue) -> String {
        match &self.competency {
            Some(c) => framework.competency_name(c).to_string(),
            None => self.kind(t).to_string(),
        }
    }

    /// "Feedback and performance conversations · Practice · 30 days", or "First 90 days · 30 days".
    pub fn meta(&self, framework: &Framework, t: &Catalogue) -> String {
        let days = t.count_days(self.action.horizon);
        match &self.competency {
            Some(_) => t.step_meta(&self.area(framework, t), &self.kind(t), &days),
            None => t.step_meta_role_level(&self.kind(t), &days),
        }
    }

    fn kind<'t>(&self, t: &'t Catalogue) -> &'t str {
        if self.towards_move {
            return t.step_the_move();
        }
        self.action.kind.map_or(t.step_action(), |k| k.label(t))
    }
}

impl WatchPoint {
    /// "Your lowest answer in Feedback: handling someone who underperforms, level 2 (the role
    /// asks for 3)."
    pub fn text(&self, framework: &Framework, t: &Catalogue) -> String {
        t.watch_text(
            &framework.competency_name(&self.competency),
            &self.topic,
            &self.level,
            &self.minimum,
        )
    }
}

impl NextRole {
    /// The look at the next role up, in a sentence.
    pub fn text(&self, framework: &Framework, t: &Catalogue) -> String {
        let names = |ids: &[String]| -> String {
            let names: Vec<String> = ids
                .iter()
                .map(|c| framework.competency_name(c).to_string())
                .collect();
            t.list(&names)
        };
        let gaps: Vec<String> = self.blockers.iter().map(|b| b.competency.clone()).collect();
        let (role, met, of) = (&self.name, &self.met, &self.of);
        match (self.unasked.is_empty(), gaps.is_empty()) {
            (true, true) => t.next_role_direct(role, met, of, &t.a_role(&self.name)),
            (false, true) => t.next_role_unasked(role, met, of, &names(&self.unasked)),
            (true, false) => t.next_role_gaps(role, met, of, &names(&gaps)),
            (false, false) => {
                t.next_role_unasked_gaps(role, met, of, &names(&self.unasked), &names(&gaps))
            }
        }
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
    pub fn done_text(&self, t: &Catalogue, done: usize) -> String {
        t.plan_done(&done, &t.count_actions(self.steps.len()))
    }
}

/// What a plan is made from.
pub struct Inputs<'a> {
    /// The app's words in the person's language.
    pub t: &'a Catalogue,
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
    // In or offered the role: the heart of it first, as the verdict rests on it; the team
    // carries the rest meanwhile. Otherwise the largest weighted gap first.
    let blockers = &heart_first(x);
    let (mut steps, summary, months) = match x.verdict.kind {
        VerdictKind::ReadyNow => ready::plan(x, blockers),
        VerdictKind::AlmostReady => almost::plan(x, blockers),
        VerdictKind::BuildingFoundations => building::plan(x, blockers),
        VerdictKind::ExploreRoleFirst => explore::plan(x),
    };
    for s in steps.iter_mut().filter(|s| s.competency.is_none()) {
        s.towards_move = before_the_move(f, &s.action);
    }
    let longest = steps
        .iter()
        .map(|s| s.action.horizon as i64)
        .max()
        .unwrap_or(DEFAULT_REASSESS_DAYS);
    let next_role = match x.verdict.kind {
        VerdictKind::ReadyNow => next_role_check(x),
        _ => None,
    };
    Plan {
        kind: x.verdict.kind,
        summary,
        months,
        watch: watch_points(x),
        next_role,
        reassess_on: x.from.map(|d| d.add_days(longest)),
        steps,
        situation: x.situation,
    }
}

/// "about nine months", or "about three months for the gaps the team cannot carry and about
/// nine months for all of them".
fn timeline(x: &Inputs, months: u32) -> String {
    let none_at_heart = x.verdict.carried.len() == x.verdict.blockers.len();
    match x.verdict.months_all {
        Some(all) if none_at_heart => about_months(x.t, all),
        Some(all) => {
            x.t.plan_timeline_heart(&about_months(x.t, months), &about_months(x.t, all))
        }
        None => about_months(x.t, months),
    }
}

/// For someone offered the role, the plan prepares the start as well as closing the gaps.
fn offer_start(x: &Inputs) -> Vec<Step> {
    if x.situation.offered {
        role_actions(&x.framework.plans.ready, x, 1)
    } else {
        Vec::new()
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
fn situation_note(t: &Catalogue, situation: Situation) -> Option<&str> {
    if situation.offered {
        Some(t.plan_situation_offered())
    } else if situation.holds_target {
        Some(t.plan_situation_in_role())
    } else {
        None
    }
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
fn next_role_check(x: &Inputs) -> Option<NextRole> {
    let situation = x.situation;
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
