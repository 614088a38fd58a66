//! The verdict against a target role, with the competencies that block it, weighed by the size
//! of each gap times the role's weight for that competency.

use super::framework::{AlmostReady, Framework, RoleProfile};
use super::scoring::{gap, Scores, EPSILON};
use super::scoring::{level_text, rounded, shortfall_tenths, tenths_text};
use super::situation::Situation;
use super::text::{a_or_an, count_of, count_words, list, plain};

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
    pub fn text(&self, framework: &Framework) -> String {
        let name = framework.competency_name(&self.competency);
        match self.level {
            Some(level) => format!("{name} ({} of {})", level_text(level), self.minimum),
            None => format!("{name} (not yet shown)"),
        }
    }

    /// The line a list of gaps shows.
    pub fn line(&self, framework: &Framework) -> String {
        let name = framework.competency_name(&self.competency);
        match self.level {
            Some(level) => format!(
                "{name}: level {}, needs {} ({} short)",
                level_text(level),
                self.minimum,
                tenths_text(shortfall_tenths(level, self.minimum))
            ),
            None => format!(
                "{name}: not yet shown (limited evidence), needs {}",
                self.minimum
            ),
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

    let a_role = a_or_an(&role.name);
    let mut reasons = Vec::new();
    if explore && situation.holds_target {
        reasons.push(format!(
            "Your answers on motivation suggest the day-to-day of {a_role} may not suit you. \
             You know the job from the inside: talk it through with your manager before you \
             commit to it."
        ));
    } else if explore {
        reasons.push(format!(
            "Your answers on motivation suggest the day-to-day of {a_role} may not suit you yet. \
             Try parts of the role before deciding."
        ));
    } else if motivation_low {
        reasons.push(format!(
            "Your answers on motivation show real doubts about the day-to-day of {a_role}. \
             With the role on offer, talk them through with the person offering it before you \
             accept, or in your first weeks if you already have: the verdict below is about \
             the skills alone."
        ));
    }
    if scores.motivation.is_none() {
        reasons.push(
            "You did not rate any motivation question, so this verdict assumes you want the job. \
             Answer them to check that too."
                .to_string(),
        );
    }
    let sides = sides(framework, scores, &blockers);
    if blockers.is_empty() {
        reasons.push(format!(
            "Every competency is at or above the level {a_role} needs."
        ));
    } else {
        // Gaps in what was rated, the largest first; what could not be rated yet, apart.
        let short: Vec<&Blocker> = blockers.iter().filter(|b| !b.unproven()).collect();
        let named: Vec<String> = short
            .iter()
            .take(REASON_BLOCKERS)
            .map(|b| b.text(framework))
            .collect();
        let more = short.len().saturating_sub(REASON_BLOCKERS);
        let mut reason = format!("{sides}.");
        if !named.is_empty() {
            let named = if more > 0 {
                format!("{}, and {more} more", named.join(", "))
            } else {
                list(&named)
            };
            reason.push_str(&format!(
                " The largest gaps, weighed by how much {a_role} needs each: {named}."
            ));
        }
        let unshown: Vec<String> = blockers
            .iter()
            .filter(|b| b.unproven())
            .map(|b| framework.competency_name(&b.competency).to_string())
            .collect();
        if !unshown.is_empty() {
            reason.push_str(&format!(
                " Not yet shown, for lack of opportunity rather than ability: {}.",
                list(&unshown)
            ));
        }
        reasons.push(reason);
        // One sentence that ties the match, the time and the verdict together, so that a high
        // match with a long route (or the reverse) never reads as a contradiction.
        let score = rounded(scores.role_match);
        let gaps = count_words(blockers.len(), "gap", "gaps");
        let time = about_months(months);
        let heart_part = if deciding.is_empty() {
            format!("the team can carry every gap, so a first quarter in it ({time}) is enough to start")
        } else {
            format!(
                "the {} the team cannot carry could close in {time} in it",
                count_words(deciding.len(), "gap", "gaps")
            )
        };
        let why = match (kind, &near) {
            (VerdictKind::ReadyNow, _) if !carried.is_empty() => format!(
                "Your match to the role is {score}/100, and you already do this job: {heart_part}. The gaps are what to grow first, not a reason to wait."
            ),
            (VerdictKind::AlmostReady, _) if !carried.is_empty() => format!(
                "Your match to the role is {score}/100, and {heart_part}: that is what \"Almost ready\" means for someone in or offered the role."
            ),
            (_, Err(Beyond::Months(max))) if !carried.is_empty() => format!(
                "Your match to the role is {score}/100; the verdict is about time: the {} the team cannot carry {} {time}, more than the {} that \"Almost ready\" allows.",
                count_words(deciding.len(), "gap", "gaps"),
                if deciding.len() == 1 { "takes" } else { "take" },
                count_of(*max, "month")
            ),
            (VerdictKind::ReadyNow, _) => format!(
                "Your match to the role is {score}/100, and you already do this job: the {gaps} could close in {time} in it, so {} what to grow first rather than a reason to wait.",
                if blockers.len() == 1 { "it is" } else { "they are" }
            ),
            (VerdictKind::AlmostReady, _) => format!(
                "Your match to the role is {score}/100, and the {gaps} could close in {time} {}{}: that is what \"Almost ready\" means.",
                if situation.offered { "in your first months in the role" } else { "while you do your current job" },
                if blockers.len() > 1 { ", two at a time" } else { "" }
            ),
            (_, Err(Beyond::Months(max))) => {
                let high = if score >= HIGH_MATCH {
                    ", high because most of what the role needs is already there"
                } else {
                    ""
                };
                format!(
                    "Your match to the role is {score}/100{high}; the verdict is about time: closing the {gaps}, two at a time, takes {time}, more than the {} that \"Almost ready\" allows.",
                    count_of(*max, "month")
                )
            }
            (_, Err(Beyond::Gap(max))) => format!(
                "Your match to the role is {score}/100, but at least one gap is larger than {}: that takes more than a few months of practice.",
                count_of(*max, "level")
            ),
            _ => format!(
                "Your match to the role is {score}/100: each gap is small, but together they add up to more than a few months of practice."
            ),
        };
        if kind != VerdictKind::ExploreRoleFirst {
            reasons.push(why);
        }
        if !carried.is_empty() && kind != VerdictKind::ExploreRoleFirst {
            let names: Vec<String> = carried
                .iter()
                .map(|b| framework.competency_name(&b.competency).to_string())
                .collect();
            let which = match (deciding.is_empty(), carried.len()) {
                (true, 1) => "this gap".to_string(),
                (true, _) => "these gaps".to_string(),
                (false, 1) => "the other gap".to_string(),
                (false, n) => format!("the other {}", count_words(n, "gap", "gaps")),
            };
            reasons.push(format!(
                "The team can carry {which} ({}) while you grow {} in the role: closing every gap takes {}.",
                list(&names),
                if carried.len() == 1 { "it" } else { "them" },
                about_months(all_months)
            ));
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

/// How the verdict is decided, for the report's "how this is scored".
pub fn rule_text(framework: &Framework, role: &RoleProfile) -> String {
    let rules = &role.almost_ready;
    let mut parts = Vec::new();
    if let Some(months) = rules.months() {
        parts.push(format!(
            "every gap can close within {} at a steady pace ({} per level, at least {} for a gap of {} levels or more, {} at a time, at least {} in all)",
            count_of(months, "month"),
            count_of(MONTHS_PER_LEVEL, "month"),
            count_of(MIN_MONTHS, "month"),
            plain(SMALL_GAP),
            count_words(TRACKS, "area", "areas"),
            count_of(MIN_MONTHS, "month")
        ));
    }
    if let Some(gap) = rules.max_gap {
        parts.push(format!("no gap is larger than {}", count_of(gap, "level")));
    }
    if let Some(budget) = rules.budget() {
        parts.push(format!(
            "the weighted gaps add up to at most {}",
            plain(budget)
        ));
    }
    format!(
        "\"Almost ready\" when {}. For someone in or offered the role the time counts the gaps at the heart of it (what it weighs most) and any other gap larger than {}, and someone who already does the job is \"Ready now\" when those close within {} in it. Motivation is scored apart (0–100); below {} the verdict is \"Explore the role first\", unless the role is already on offer.",
        list(&parts),
        count_of(CARRY_AT_MOST, "level"),
        count_of(IN_ROLE_MONTHS, "month"),
        plain(framework.motivation.threshold)
    )
}

/// "Coaching & people leadership meets the role; Technical depth is short by about one level in
/// three competencies".
fn sides(framework: &Framework, scores: &Scores, blockers: &[Blocker]) -> String {
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
            let mut text = p.name.clone();
            if short.is_empty() && unshown == 0 {
                text.push_str(" meets the role");
                return text;
            }
            if !short.is_empty() {
                let mean = short.iter().map(|b| b.gap).sum::<f64>() / short.len() as f64;
                text.push_str(&format!(
                    " is short by about {} in {}",
                    about_levels(mean),
                    count_words(short.len(), "competency", "competencies")
                ));
                // An average must not hide one gap a level or more larger than the rest.
                let largest = short.iter().map(|b| b.gap).fold(0.0, f64::max);
                if largest >= mean + 1.0 - EPSILON {
                    text.push_str(&format!(", up to {}", about_levels(largest)));
                }
            }
            if unshown > 0 {
                text.push_str(if short.is_empty() { " has " } else { ", with " });
                text.push_str(&format!(
                    "{} not yet shown",
                    count_words(unshown, "competency", "competencies")
                ));
            }
            text
        })
        .collect();
    parts.join("; ")
}

/// A gap in words, to the nearest half level.
fn about_levels(gap: f64) -> String {
    match ((gap * 2.0).round() as u32).max(1) {
        1 => "half a level".into(),
        2 => "one level".into(),
        3 => "one and a half levels".into(),
        halves if halves.is_multiple_of(2) => format!("{} levels", halves / 2),
        halves => format!("{}.5 levels", halves / 2),
    }
}
