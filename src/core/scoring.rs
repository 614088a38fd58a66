//! Scores: items → competencies → pillars, and the match to the target role; motivation apart
//! (docs/framework-format.md, "Scoring").
//!
//! People read competencies as levels from 1 to 5 next to the role's minimum; scores in points
//! (0–100) stay inside, where links and sums need them.

use super::assessment::{Answer, Assessment};
use super::framework::{Framework, Item, RoleProfile};
use super::i18n::Catalogue;

/// The points an answer at a level is worth: level 1 is 0, level 5 is 100.
pub fn points(level: u8) -> f64 {
    (level.clamp(1, 5) as f64 - 1.0) * 25.0
}

/// The level (1.0–5.0) that a score stands for.
pub fn level_of(score: f64) -> f64 {
    1.0 + score / 25.0
}

/// Levels are compared at the precision people read them, so that 2.9999 meets a minimum of 3.
pub const EPSILON: f64 = 1e-9;

/// The one rule for "meets the minimum".
pub fn meets(level: f64, minimum: u32) -> bool {
    level + EPSILON >= minimum as f64
}

/// How well a competency's score is supported by rated answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Evidence {
    /// At least half of its items are rated at a level.
    Enough,
    /// Fewer than half are: mostly "No opportunity yet" or unanswered. Not judged as weak.
    Limited,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CompetencyScore {
    pub id: String,
    pub pillar: String,
    /// The mean points of the items rated at a level; None when none is.
    pub score: Option<f64>,
    pub rated: usize,
    pub no_opportunity: usize,
    pub unanswered: usize,
    pub evidence: Evidence,
}

impl CompetencyScore {
    /// The level the rated items give, whatever the evidence.
    pub fn rated_level(&self) -> Option<f64> {
        self.score.map(level_of)
    }

    /// " (1 of 3 rated)" beside "limited evidence"; empty with enough evidence, or when the
    /// counts are unknown (a results-only link).
    pub fn evidence_count(&self) -> String {
        let all = self.rated + self.no_opportunity + self.unanswered;
        if self.level().is_some() || all == 0 {
            return String::new();
        }
        format!(" ({} of {all} rated)", self.rated)
    }

    /// The level the report stands behind: None when the evidence is limited.
    pub fn level(&self) -> Option<f64> {
        match self.evidence {
            Evidence::Enough => self.rated_level(),
            Evidence::Limited => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct PillarScore {
    pub id: String,
    /// The role-weighted mean level of its competencies with enough evidence; None without any.
    pub level: Option<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scores {
    pub competencies: Vec<CompetencyScore>,
    pub pillars: Vec<PillarScore>,
    /// How much of the target role's minimums the person meets, weighted (0–100): 100 when every
    /// competency meets its minimum. See `verdict::weighted_gap`.
    pub role_match: f64,
    /// None when no motivation item was answered at a level.
    pub motivation: Option<f64>,
}

impl Scores {
    pub fn competency(&self, id: &str) -> Option<&CompetencyScore> {
        self.competencies.iter().find(|c| c.id == id)
    }
}

/// Mean points of the items answered at a level, with counts of the others.
fn tally<'a>(
    items: impl Iterator<Item = &'a Item>,
    a: &Assessment,
) -> (Option<f64>, usize, usize, usize) {
    let (mut sum, mut rated, mut na, mut missing) = (0.0, 0, 0, 0);
    for item in items {
        match a.answer(&item.id) {
            Some(Answer::Level(l)) => {
                sum += points(l);
                rated += 1;
            }
            Some(Answer::NoOpportunity) => na += 1,
            None => missing += 1,
        }
    }
    let mean = (rated > 0).then(|| sum / rated as f64);
    (mean, rated, na, missing)
}

pub fn score(framework: &Framework, assessment: &Assessment, role: &RoleProfile) -> Scores {
    let competencies: Vec<CompetencyScore> = framework
        .competencies
        .iter()
        .map(|c| {
            let (score, rated, no_opportunity, unanswered) = tally(c.items.iter(), assessment);
            let evidence = if rated * 2 >= c.items.len() && rated > 0 {
                Evidence::Enough
            } else {
                Evidence::Limited
            };
            CompetencyScore {
                id: c.id.clone(),
                pillar: c.pillar.clone(),
                score,
                rated,
                no_opportunity,
                unanswered,
                evidence,
            }
        })
        .collect();
    let (motivation, ..) = tally(framework.motivation.items.iter(), assessment);
    aggregate(framework, competencies, motivation, role)
}

/// Pillar levels and the role match from competency scores, weighted for the role.
pub fn aggregate(
    framework: &Framework,
    competencies: Vec<CompetencyScore>,
    motivation: Option<f64>,
    role: &RoleProfile,
) -> Scores {
    let pillars = framework
        .pillars
        .iter()
        .map(|p| {
            let (mut sum, mut weights) = (0.0, 0.0);
            for (c, s) in framework.competencies.iter().zip(&competencies) {
                if let (true, Some(level)) = (c.pillar == p.id, s.level()) {
                    sum += level * role.weight(c);
                    weights += role.weight(c);
                }
            }
            PillarScore {
                id: p.id.clone(),
                level: (weights > 0.0).then(|| (sum / weights).clamp(1.0, 5.0)),
            }
        })
        .collect();
    let (mut short, mut most) = (0.0, 0.0);
    for (c, s) in framework.competencies.iter().zip(&competencies) {
        let minimum = role.minimum(&c.id);
        short += gap(s, minimum) * role.weight(c);
        most += (minimum as f64 - 1.0) * role.weight(c);
    }
    let role_match = if most > 0.0 {
        (100.0 * (1.0 - short / most)).clamp(0.0, 100.0)
    } else {
        100.0
    };
    Scores {
        competencies,
        pillars,
        role_match,
        motivation,
    }
}

/// A competency with limited evidence counts as this many levels short (or its whole distance
/// from level 1 when the minimum is lower): not a weakness, but something not yet shown. Half a
/// level: never a heavier penalty than an honest low rating usually is, so two people
/// competencies never practised yet (hiring, reviews) still leave someone "Almost ready".
pub const UNPROVEN_GAP: f64 = 0.5;

/// Levels short of the minimum: 0 when met; `UNPROVEN_GAP` at most when the evidence is limited.
pub fn gap(s: &CompetencyScore, minimum: u32) -> f64 {
    match s.level() {
        Some(level) if meets(level, minimum) => 0.0,
        Some(level) => minimum as f64 - level,
        None => UNPROVEN_GAP.min(minimum as f64 - 1.0),
    }
}

/// Where a competency stands against a role's minimum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Meets,
    Below,
    /// Limited evidence: not judged either way.
    NotShown,
}

impl Status {
    pub fn of(s: &CompetencyScore, minimum: u32) -> Status {
        match s.level() {
            None => Status::NotShown,
            Some(level) if meets(level, minimum) => Status::Meets,
            Some(_) => Status::Below,
        }
    }

    pub fn label(self, t: &Catalogue) -> &str {
        match self {
            Status::Meets => t.status_meets(),
            Status::Below => t.status_below(),
            Status::NotShown => t.status_not_shown(),
        }
    }

    /// A stable identifier for styling.
    pub fn key(self) -> &'static str {
        match self {
            Status::Meets => "meets",
            Status::Below => "below",
            Status::NotShown => "unshown",
        }
    }
}

/// A score as people read it: a whole number from 0 to 100.
pub fn rounded(score: f64) -> u8 {
    score.clamp(0.0, 100.0).round() as u8
}

/// A level in tenths as people read it, cut down rather than rounded, with the same
/// `EPSILON` as `meets`: a level below a minimum never reads as the minimum (2.96 is "2.9",
/// short of 3), a level that meets it always does (2.9999… is "3.0"), and the shown level and
/// the shown shortfall always add up to the minimum. The one rounding of every shown level.
pub fn tenths(level: f64) -> u32 {
    ((level + EPSILON) * 10.0).floor().clamp(0.0, 50.0) as u32
}

/// How far a level shows below a minimum, in tenths: the minimum less the shown level, so that
/// "level 2.7, needs 3 (0.3 short)" always adds up. 0 when it meets the minimum.
pub fn shortfall_tenths(level: f64, minimum: u32) -> u32 {
    (minimum * 10).saturating_sub(tenths(level))
}

/// A change between two levels as the two shown levels differ: 2.7 → 3.2 is +0.5.
pub fn shown_change(now: f64, then: f64) -> f64 {
    (tenths(now) as f64 - tenths(then) as f64) / 10.0
}

/// How far along the 1–5 scale a level is, in percent, for bars: level 1 is 0 and 5 is 100;
/// no level is 0.
pub fn level_width(level: Option<f64>) -> u8 {
    level.map_or(0, |l| rounded((l - 1.0) * 25.0))
}

/// A change of level as people read it: "+0.5", "−0.3" or "no change"; "—" when unknown.
pub fn show_change(t: &Catalogue, change: Option<f64>) -> String {
    match change.map(|d| (d * 10.0).round() as i64) {
        None => "—".into(),
        Some(0) => t.change_none().into(),
        Some(n) if n > 0 => format!("+{}", t.lang.tenths(n as u32)),
        Some(n) => format!("−{}", t.lang.tenths((-n) as u32)),
    }
}
