//! The verdict against a target role, with the competencies that block it, weighed by the size
//! of each gap times the role's weight for that competency.

use super::framework::{AlmostReady, Framework, RoleProfile};
use super::i18n::Catalogue;
use super::scoring::{gap, Scores, EPSILON};
use super::scoring::{rounded, shortfall_tenths, tenths};
use super::situation::Situation;

/// Ordered from the least to the most ready, so that "a better answer never worsens the verdict"
/// can be stated as `>=`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum VerdictKind {
    ExploreRoleFirst,
    BuildingFoundations,
    AlmostReady,
    ReadyNow,
}

impl VerdictKind {
    pub fn label(self, t: &Catalogue) -> &str {
        match self {
            VerdictKind::ExploreRoleFirst => t.verdict_explore(),
            VerdictKind::BuildingFoundations => t.verdict_building(),
            VerdictKind::AlmostReady => t.verdict_almost(),
            VerdictKind::ReadyNow => t.verdict_ready(),
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

/// A competency below the role's minimum, or not yet shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Blocker {
    pub competency: String,
    /// The level the report stands behind; None when the evidence is limited.
    pub level: Option<f64>,
    pub minimum: u32,
    /// How many levels short (> 0); for limited evidence, `scoring::UNPROVEN_GAP` at most.
    pub gap: f64,
    /// The role's weight for the competency.
    pub weight: f64,
}

impl Blocker {
    /// "Mentoring and coaching (3.0 of 4)", or "(not yet shown)" with limited evidence.
    pub fn text(&self, framework: &Framework, t: &Catalogue) -> String {
        let name = framework.competency_name(&self.competency);
        match self.level {
            Some(level) => t.blocker_short(&name, &t.lang.tenths(tenths(level)), &self.minimum),
            None => t.blocker_unshown(&name),
        }
    }

    /// The line a list of gaps shows.
    pub fn line(&self, framework: &Framework, t: &Catalogue) -> String {
        let name = framework.competency_name(&self.competency);
        match self.level {
            Some(level) => t.blocker_line(
                &name,
                &t.lang.tenths(tenths(level)),
                &self.minimum,
                &t.lang.tenths(shortfall_tenths(level, self.minimum)),
            ),
            None => t.blocker_line_unshown(&name, &self.minimum),
        }
    }

    pub fn weighted(&self) -> f64 {
        self.gap * self.weight
    }

    /// Limited evidence rather than a low level.
    pub fn unproven(&self) -> bool {
        self.level.is_none()
    }

    /// A rated gap under `SMALL_GAP`: it closes alongside the others. What is not yet shown is
    /// never small: its gap is a floor, the real one may be larger.
    pub fn is_small(&self) -> bool {
        !self.unproven() && self.gap < SMALL_GAP - EPSILON
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    pub kind: VerdictKind,
    pub role: String,
    /// Largest weighted gap first.
    pub blockers: Vec<Blocker>,
    pub motivation_low: bool,
    /// Plain sentences that explain the verdict.
    pub reasons: Vec<String>,
    /// Per pillar, in a few words: which side meets the role and which is short.
    pub sides: String,
    /// About how many months the gaps the verdict rests on take (`months_to_close`); None
    /// without gaps. For someone in or offered the role, the gaps at the heart of it (`heart`).
    pub months: Option<u32>,
    /// When that is not every gap: how long all of them take, if longer.
    pub months_all: Option<u32>,
    /// The gaps the team can carry while the person grows them: for someone in or offered the
    /// role, those outside its heart (`heart`); empty otherwise.
    pub carried: Vec<String>,
}

/// The heart of a role: the competencies it weighs above its lightest ones, or all of them when
/// it weighs them alike. Someone in or offered the role must close these gaps; the others the
/// team can carry while the person grows them in the job.
pub fn heart(framework: &Framework, role: &RoleProfile) -> Vec<String> {
    let asked: Vec<(&str, f64)> = framework
        .competencies
        .iter()
        .filter(|c| c.asked_for(&role.id))
        .map(|c| (c.id.as_str(), role.weight(c)))
        .collect();
    let lightest = asked.iter().map(|(_, w)| *w).fold(f64::INFINITY, f64::min);
    let heavier: Vec<String> = asked
        .iter()
        .filter(|(_, w)| *w > lightest + EPSILON)
        .map(|(id, _)| id.to_string())
        .collect();
    if heavier.is_empty() {
        asked.iter().map(|(id, _)| id.to_string()).collect()
    } else {
        heavier
    }
}

/// The verdict's reason names at most this many blockers; the table has them all.
pub const REASON_BLOCKERS: usize = 3;

pub fn blockers(framework: &Framework, scores: &Scores, role: &RoleProfile) -> Vec<Blocker> {
    let mut blockers: Vec<Blocker> = scores
        .competencies
        .iter()
        .filter_map(|s| {
            let minimum = role.minimum(&s.id);
            let gap = gap(s, minimum);
            (gap > 0.0).then(|| Blocker {
                competency: s.id.clone(),
                level: s.level(),
                minimum,
                gap,
                weight: role.weight_of(framework, &s.id),
            })
        })
        .collect();
    // Largest weighted gap first; on a tie, what is not yet shown first (its gap is a floor: the
    // real one may be larger), then the framework's order, which is stable and familiar.
    let order = |id: &str| framework.competencies.iter().position(|c| c.id == id);
    super::order::sort_by(&mut blockers, |a, b| {
        b.weighted()
            .total_cmp(&a.weighted())
            .then_with(|| b.unproven().cmp(&a.unproven()))
            .then_with(|| order(&a.competency).cmp(&order(&b.competency)))
    });
    blockers
}

/// The sum of the blockers' gaps times their weights.
pub fn weighted_gap(blockers: &[Blocker]) -> f64 {
    blockers.iter().map(Blocker::weighted).sum()
}

/// What rule decided between "Almost ready" and "Building foundations".
fn near(rules: &AlmostReady, blockers: &[Blocker], months: u32) -> Result<(), Beyond> {
    if let Some(max) = rules.months() {
        if months as f64 > max + EPSILON {
            return Err(Beyond::Months(max));
        }
    }
    if let Some(max) = rules.max_gap {
        if blockers.iter().any(|b| b.gap > max + EPSILON) {
            return Err(Beyond::Gap(max));
        }
    }
    if let Some(budget) = rules.budget() {
        if weighted_gap(blockers) > budget + EPSILON {
            return Err(Beyond::Budget);
        }
    }
    Ok(())
}

enum Beyond {
    Months(f64),
    Gap(f64),
    Budget,
}

pub fn verdict(
    framework: &Framework,
    t: &Catalogue,
    scores: &Scores,
    role: &RoleProfile,
    situation: Situation,
) -> Verdict {
    let blockers = blockers(framework, scores, role);
    let motivation_low = scores
        .motivation
        .is_some_and(|m| m < framework.motivation.threshold);
    let rules = &role.almost_ready;
    // In the role or about to start it, the verdict rests on the heart of the role: the team
    // carries the rest while the person grows it. Preparing for the role, on every gap.
    let at_heart = heart(framework, role);
    // The team carries a gap outside the heart only while it is at most `CARRY_AT_MOST`: one
    // larger than that the person must close themselves, wherever it is.
    let carried_by_team =
        |b: &Blocker| !at_heart.contains(&b.competency) && b.gap <= CARRY_AT_MOST + EPSILON;
    let deciding: Vec<Blocker> = if situation.in_or_offered() {
        blockers
            .iter()
            .filter(|b| !carried_by_team(b))
            .cloned()
            .collect()
    } else {
        blockers.clone()
    };
    let all_months = months_to_close(&blockers);
    // With nothing at the heart short, the floor of a first quarter in the role.
    let months = if deciding.is_empty() {
        all_months.min(MIN_MONTHS as u32)
    } else {
        months_to_close(&deciding)
    };
    let carried: Vec<&Blocker> = blockers
        .iter()
        .filter(|b| !deciding.iter().any(|d| d.competency == b.competency))
        .collect();
    let near = near(rules, &deciding, months);
    // Someone who does the job already has shown they can; what closes within a quarter in it
    // is growth in the role, not a reason to wait for it.
    let ready_in_role =
        situation.holds_target && !blockers.is_empty() && months as f64 <= IN_ROLE_MONTHS;
    // With the move on offer or starting soon there is no time to try the job in small ways
    // first: the verdict is about the skills, and the doubts are named beside it.
    let explore = motivation_low && !situation.offered;
    let kind = if explore {
        VerdictKind::ExploreRoleFirst
    } else if blockers.is_empty() || ready_in_role {
        VerdictKind::ReadyNow
    } else if near.is_ok() {
        VerdictKind::AlmostReady
    } else {
        VerdictKind::BuildingFoundations
    };

    let a_role = t.a_role(&role.name);
    let mut reasons = Vec::new();
    if explore && situation.holds_target {
        reasons.push(t.verdict_reason_explore_in_role(&a_role));
    } else if explore {
        reasons.push(t.verdict_reason_explore(&a_role));
    } else if motivation_low {
        reasons.push(t.verdict_reason_doubts_offered(&a_role));
    }
    if scores.motivation.is_none() {
        reasons.push(t.verdict_reason_no_motivation().to_string());
    }
    let sides = sides(framework, t, scores, &blockers);
    if blockers.is_empty() {
        reasons.push(t.verdict_reason_all_met(&a_role));
    } else {
        // Gaps in what was rated, the largest first; what could not be rated yet, apart.
        let short: Vec<&Blocker> = blockers.iter().filter(|b| !b.unproven()).collect();
        let named: Vec<String> = short
            .iter()
            .take(REASON_BLOCKERS)
            .map(|b| b.text(framework, t))
            .collect();
        let more = short.len().saturating_sub(REASON_BLOCKERS);
        let mut reason = vec![t.verdict_reason_sides(&sides)];
        if !named.is_empty() {
            let named = if more > 0 {
                t.verdict_reason_and_more(&named.join(t.list_separator()), &more)
            } else {
                t.list(&named)
            };
            reason.push(t.verdict_reason_largest_gaps(&a_role, &named));
        }
        let unshown: Vec<String> = blockers
            .iter()
            .filter(|b| b.unproven())
            .map(|b| framework.competency_name(&b.competency).to_string())
            .collect();
        if !unshown.is_empty() {
            reason.push(t.verdict_reason_unshown(&t.list(&unshown)));
        }
        reasons.push(reason.join(" "));
        // One sentence that ties the match, the time and the verdict together, so that a high
        // match with a long route (or the reverse) never reads as a contradiction.
        let score = rounded(scores.role_match);
        let time = about_months(t, months);
        let (gaps, deciding_gaps) = (blockers.len(), deciding.len());
        let why = match (kind, &near) {
            (VerdictKind::ReadyNow, _) if !carried.is_empty() && deciding.is_empty() => {
                t.verdict_why_ready_team_carries_all(&score, &time)
            }
            (VerdictKind::ReadyNow, _) if !carried.is_empty() => {
                t.verdict_why_ready_team_carries_some(deciding_gaps, &score, &time)
            }
            (VerdictKind::AlmostReady, _) if !carried.is_empty() && deciding.is_empty() => {
                t.verdict_why_almost_team_carries_all(&score, &time)
            }
            (VerdictKind::AlmostReady, _) if !carried.is_empty() => {
                t.verdict_why_almost_team_carries_some(deciding_gaps, &score, &time)
            }
            (_, Err(Beyond::Months(max))) if !carried.is_empty() => t
                .verdict_why_too_long_team_carries_some(
                    deciding_gaps,
                    &score,
                    &time,
                    &t.unit_months(*max),
                ),
            (VerdictKind::ReadyNow, _) => t.verdict_why_ready(gaps, &score, &time),
            (VerdictKind::AlmostReady, _) if situation.offered => {
                t.verdict_why_almost_offered(gaps, &score, &time)
            }
            (VerdictKind::AlmostReady, _) => t.verdict_why_almost(gaps, &score, &time),
            (_, Err(Beyond::Months(max))) if score >= HIGH_MATCH => {
                t.verdict_why_too_long_high(gaps, &score, &time, &t.unit_months(*max))
            }
            (_, Err(Beyond::Months(max))) => {
                t.verdict_why_too_long(gaps, &score, &time, &t.unit_months(*max))
            }
            (_, Err(Beyond::Gap(max))) => t.verdict_why_gap_too_large(&score, &t.unit_levels(*max)),
            _ => t.verdict_why_adds_up(&score),
        };
        if kind != VerdictKind::ExploreRoleFirst {
            reasons.push(why);
        }
        if !carried.is_empty() && kind != VerdictKind::ExploreRoleFirst {
            let names: Vec<String> = carried
                .iter()
                .map(|b| framework.competency_name(&b.competency).to_string())
                .collect();
            let (names, every) = (t.list(&names), about_months(t, all_months));
            reasons.push(if deciding.is_empty() {
                t.verdict_carried_all(carried.len(), &names, &every)
            } else {
                t.verdict_carried_others(carried.len(), &names, &every)
            });
        }
    }
    Verdict {
        kind,
        role: role.id.clone(),
        months: (!blockers.is_empty()).then_some(months),
        // Only when it says something: the time for every gap, if longer.
        months_all: (!carried.is_empty() && all_months > months).then_some(all_months),
        carried: carried.iter().map(|b| b.competency.clone()).collect(),
        blockers,
        motivation_low,
        reasons,
        sides,
    }
}

/// At or above this match (0–100) a "Building foundations" verdict says why the match is high.
pub const HIGH_MATCH: u8 = 80;
/// A level of growth takes about a quarter of deliberate practice…
pub const MONTHS_PER_LEVEL: f64 = 3.0;
/// …a person can work on about two areas at a time…
pub const TRACKS: usize = 2;
/// …a gap of `SMALL_GAP` or more is a habit to change, which takes a quarter of repeated
/// evidence however close it is; smaller ones close alongside the others, so for them the
/// quarter is a floor for the whole, not for each.
pub const MIN_MONTHS: f64 = 3.0;
/// Below this (in levels) a gap is a small one: what the report calls "about half a level" or
/// less (`about_levels`).
pub const SMALL_GAP: f64 = 0.75;
/// Outside the heart of the role, the team can carry a gap of at most this many levels while the
/// person grows it in the role.
pub const CARRY_AT_MOST: f64 = 1.5;
/// Someone in the target role whose gaps close within this many months is "Ready now".
pub const IN_ROLE_MONTHS: f64 = MIN_MONTHS;

/// About how many months closing these gaps takes: each takes `MONTHS_PER_LEVEL` per level (at
/// least `MIN_MONTHS` unless it is small), `TRACKS` at a time: the longest one alone, or all of
/// them shared over the tracks, whichever is longer, and at least `MIN_MONTHS` when there is any
/// gap. Never shorter when a gap grows or a gap is added, so a better answer never lengthens
/// the time.
pub fn months_to_close(blockers: &[Blocker]) -> u32 {
    if blockers.is_empty() {
        return 0;
    }
    let each = blockers.iter().map(|b| {
        let months = b.gap * MONTHS_PER_LEVEL;
        if b.is_small() {
            months
        } else {
            months.max(MIN_MONTHS)
        }
    });
    let (longest, total) = each.fold((0.0f64, 0.0f64), |(l, t), m| (l.max(m), t + m));
    (longest.max(total / TRACKS as f64).max(MIN_MONTHS) - EPSILON)
        .ceil()
        .max(0.0) as u32
}

/// "about 4 months", "about 2 years", "about 2.5 years".
pub fn about_months(t: &Catalogue, months: u32) -> String {
    if months <= 18 {
        return t.time_months(months);
    }
    let halves = (months as f64 / 6.0).round();
    t.time_years(halves / 2.0)
}

/// How the verdict is decided, for the report's "how this is scored".
pub fn rule_text(framework: &Framework, t: &Catalogue, role: &RoleProfile) -> String {
    let rules = &role.almost_ready;
    let mut parts = Vec::new();
    if let Some(months) = rules.months() {
        parts.push(t.rule_months(
            &t.unit_months(months),
            &t.unit_months(MONTHS_PER_LEVEL),
            &t.unit_months(MIN_MONTHS),
            &t.lang.plain(SMALL_GAP),
            &t.count_areas(TRACKS),
        ));
    }
    if let Some(gap) = rules.max_gap {
        parts.push(t.rule_max_gap(&t.unit_levels(gap)));
    }
    if let Some(budget) = rules.budget() {
        parts.push(t.rule_budget(&t.lang.plain(budget)));
    }
    t.rule_text(
        &t.list(&parts),
        &t.unit_levels(CARRY_AT_MOST),
        &t.unit_months(IN_ROLE_MONTHS),
        &t.lang.plain(framework.motivation.threshold),
    )
}

/// "Coaching & people leadership meets the role; Technical depth is short by about one level in
/// three competencies".
fn sides(framework: &Framework, t: &Catalogue, scores: &Scores, blockers: &[Blocker]) -> String {
    let parts: Vec<String> = framework
        .pillars
        .iter()
        .map(|p| {
            let in_pillar = |b: &&Blocker| {
                scores
                    .competency(&b.competency)
                    .is_some_and(|c| c.pillar == p.id)
            };
            let short: Vec<&Blocker> = blockers
                .iter()
                .filter(in_pillar)
                .filter(|b| !b.unproven())
                .collect();
            let unshown = blockers
                .iter()
                .filter(in_pillar)
                .filter(|b| b.unproven())
                .count();
            let pillar = &p.name;
            if short.is_empty() {
                return if unshown == 0 {
                    t.sides_meets(pillar)
                } else {
                    t.sides_unshown(pillar, &t.count_competencies(unshown))
                };
            }
            let mean = short.iter().map(|b| b.gap).sum::<f64>() / short.len() as f64;
            let (gap, competencies) = (about_levels(t, mean), t.count_competencies(short.len()));
            // An average must not hide one gap a level or more larger than the rest.
            let largest = short.iter().map(|b| b.gap).fold(0.0, f64::max);
            let up_to = (largest >= mean + 1.0 - EPSILON).then(|| about_levels(t, largest));
            let unshown = (unshown > 0).then(|| t.count_competencies(unshown));
            match (up_to, unshown) {
                (None, None) => t.sides_short(pillar, &gap, &competencies),
                (Some(largest), None) => t.sides_short_up_to(pillar, &gap, &competencies, &largest),
                (None, Some(unshown)) => {
                    t.sides_short_unshown(pillar, &gap, &competencies, &unshown)
                }
                (Some(largest), Some(unshown)) => {
                    t.sides_short_up_to_unshown(pillar, &gap, &competencies, &largest, &unshown)
                }
            }
        })
        .collect();
    parts.join(t.sides_separator())
}

/// A gap in words, to the nearest half level.
fn about_levels(t: &Catalogue, gap: f64) -> String {
    match ((gap * 2.0).round() as u32).max(1) {
        1 => t.gap_half().into(),
        2 => t.gap_one().into(),
        3 => t.gap_one_and_a_half().into(),
        halves => t.gap_levels(halves as f64 / 2.0),
    }
}
