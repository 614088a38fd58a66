//! The verdict against a target role, with the competencies that block it.

use super::framework::{Framework, RoleProfile};
use super::scoring::Scores;
use super::text::a_or_an;

/// Ordered from the least to the most ready, so that "a better answer never worsens the verdict"
/// can be stated as `>=`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum VerdictKind {
    ExploreRoleFirst,
    BuildingFoundations,
    AlmostReady,
    ReadyNow,
}

impl VerdictKind {
    pub fn label(self) -> &'static str {
        match self {
            VerdictKind::ExploreRoleFirst => "Explore the role first",
            VerdictKind::BuildingFoundations => "Building foundations",
            VerdictKind::AlmostReady => "Almost ready",
            VerdictKind::ReadyNow => "Ready now",
        }
    }

    /// A stable identifier for styling and events.
    pub fn key(self) -> &'static str {
        match self {
            VerdictKind::ExploreRoleFirst => "explore",
            VerdictKind::BuildingFoundations => "building",
            VerdictKind::AlmostReady => "almost",
            VerdictKind::ReadyNow => "ready",
        }
    }
}

/// A competency below the role's minimum.
#[derive(Clone, Debug, PartialEq)]
pub struct Blocker {
    pub competency: String,
    pub level: f64,
    pub minimum: u32,
    /// How many levels short (> 0).
    pub gap: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    pub kind: VerdictKind,
    pub role: String,
    /// Largest gap first.
    pub blockers: Vec<Blocker>,
    pub motivation_low: bool,
    /// Plain sentences that explain the verdict.
    pub reasons: Vec<String>,
}

pub fn blockers(framework: &Framework, scores: &Scores, role: &RoleProfile) -> Vec<Blocker> {
    let mut blockers: Vec<Blocker> = scores
        .competencies
        .iter()
        .filter_map(|s| {
            let minimum = role.minimum(&s.id);
            let gap = minimum as f64 - s.level();
            (gap > 1e-9).then(|| Blocker {
                competency: s.id.clone(),
                level: s.level(),
                minimum,
                gap,
            })
        })
        .collect();
    // Largest gap first; ties keep the framework's order, which is stable and familiar.
    let order = |id: &str| framework.competencies.iter().position(|c| c.id == id);
    blockers.sort_by(|a, b| {
        b.gap
            .total_cmp(&a.gap)
            .then_with(|| order(&a.competency).cmp(&order(&b.competency)))
    });
    blockers
}

pub fn verdict(framework: &Framework, scores: &Scores, role: &RoleProfile) -> Verdict {
    let blockers = blockers(framework, scores, role);
    let motivation_low = scores
        .motivation
        .is_some_and(|m| m < framework.motivation.threshold);
    let rules = &role.almost_ready;
    let near = blockers.len() <= rules.max_blockers
        && blockers.iter().all(|b| b.gap <= rules.max_gap + 1e-9);
    let kind = if motivation_low {
        VerdictKind::ExploreRoleFirst
    } else if blockers.is_empty() {
        VerdictKind::ReadyNow
    } else if near {
        VerdictKind::AlmostReady
    } else {
        VerdictKind::BuildingFoundations
    };

    let name = |id: &str| {
        framework
            .competency(id)
            .map_or(id, |c| c.name.as_str())
            .to_string()
    };
    let mut reasons = Vec::new();
    if motivation_low {
        reasons.push(format!(
            "Your answers on motivation suggest the day-to-day of {} may not suit you yet. \
             Try parts of the role before deciding.",
            a_or_an(&role.name)
        ));
    }
    if scores.motivation.is_none() {
        reasons.push(
            "You did not rate any motivation question, so this verdict assumes you want the job. \
             Answer them to check that too."
                .to_string(),
        );
    }
    match blockers.len() {
        0 => reasons.push(format!(
            "Every competency is at or above the level {} needs.",
            a_or_an(&role.name)
        )),
        n => {
            let listed: Vec<String> = blockers
                .iter()
                .map(|b| format!("{} ({:.1} of {})", name(&b.competency), b.level, b.minimum))
                .collect();
            reasons.push(format!(
                "{n} competenc{} below the level {} needs: {}.",
                if n == 1 { "y is" } else { "ies are" },
                a_or_an(&role.name),
                listed.join(", ")
            ));
            if kind == VerdictKind::AlmostReady {
                reasons.push(format!(
                    "Each gap is within {} level{} of the minimum: focused practice can close it.",
                    rules.max_gap,
                    if rules.max_gap == 1.0 { "" } else { "s" }
                ));
            }
        }
    }
    Verdict {
        kind,
        role: role.id.clone(),
        blockers,
        motivation_low,
        reasons,
    }
}
