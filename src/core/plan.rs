//! The growth plan: the largest gaps against the target role, with actions that suit the
//! person's current level.

use super::date::Date;
use super::framework::{Action, Framework, RoleProfile};
use super::scoring::Scores;
use super::verdict::blockers;

/// At most this many competencies in a plan: more than a quarter's worth of focus is no focus.
pub const MAX_FOCUS: usize = 4;
/// A plan with fewer gaps than this also grows the competencies closest to their minimum.
pub const MIN_FOCUS: usize = 3;
/// Actions suggested per competency.
pub const ACTIONS_PER_FOCUS: usize = 3;
/// When no action is chosen, the next assessment is suggested after this many days.
pub const DEFAULT_REASSESS_DAYS: i64 = 90;

#[derive(Clone, Debug, PartialEq)]
pub struct Focus {
    pub competency: String,
    pub level: f64,
    pub minimum: u32,
    /// Levels short of the minimum; 0 for a competency chosen to keep growing.
    pub gap: f64,
    pub actions: Vec<Action>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub focus: Vec<Focus>,
    /// When to take the assessment again: after the longest chosen horizon.
    pub reassess_on: Option<Date>,
}

impl Plan {
    pub fn actions(&self) -> impl Iterator<Item = &Action> {
        self.focus.iter().flat_map(|f| f.actions.iter())
    }
}

/// `from` is the day the plan starts: the assessment's completion (or start).
pub fn plan(
    framework: &Framework,
    from: Option<Date>,
    scores: &Scores,
    role: &RoleProfile,
) -> Plan {
    let mut chosen: Vec<(String, f64, u32, f64)> = blockers(framework, scores, role)
        .into_iter()
        .map(|b| (b.competency, b.level, b.minimum, b.gap))
        .collect();
    // With few gaps, keep growing where the margin over the minimum is smallest.
    if chosen.len() < MIN_FOCUS {
        let mut margins: Vec<(String, f64, u32, f64)> = scores
            .competencies
            .iter()
            .filter(|s| s.level() < 5.0 && !chosen.iter().any(|c| c.0 == s.id))
            .map(|s| (s.id.clone(), s.level(), role.minimum(&s.id), 0.0))
            .collect();
        margins.sort_by(|x, y| (x.1 - x.2 as f64).total_cmp(&(y.1 - y.2 as f64)));
        let room = MIN_FOCUS - chosen.len();
        chosen.extend(margins.into_iter().take(room));
    }
    chosen.truncate(MAX_FOCUS);

    let focus: Vec<Focus> = chosen
        .into_iter()
        .filter_map(|(id, level, minimum, gap)| {
            let competency = framework.competency(&id)?;
            Some(Focus {
                actions: choose_actions(&competency.actions, level),
                competency: id,
                level,
                minimum,
                gap,
            })
        })
        .collect();
    let longest = focus
        .iter()
        .flat_map(|f| f.actions.iter().map(|x| x.horizon as i64))
        .max()
        .unwrap_or(DEFAULT_REASSESS_DAYS);
    Plan {
        focus,
        reassess_on: from.map(|d| d.add_days(longest)),
    }
}

/// Actions for the person's current whole level, of different kinds where possible, shortest
/// horizon first so the plan starts with something doable this month.
fn choose_actions(actions: &[Action], level: f64) -> Vec<Action> {
    let whole = (level.floor() as u32).clamp(1, 5);
    let mut suited: Vec<&Action> = actions.iter().filter(|x| x.suits(whole)).collect();
    if suited.is_empty() {
        suited = actions.iter().collect();
    }
    let mut picked: Vec<&Action> = Vec::new();
    for candidate in &suited {
        if picked.len() < ACTIONS_PER_FOCUS && !picked.iter().any(|p| p.kind == candidate.kind) {
            picked.push(candidate);
        }
    }
    for candidate in &suited {
        if picked.len() < ACTIONS_PER_FOCUS && !picked.iter().any(|p| p.id == candidate.id) {
            picked.push(candidate);
        }
    }
    picked.sort_by_key(|x| x.horizon);
    picked.into_iter().cloned().collect()
}
