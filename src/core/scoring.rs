//! Scores: items → competencies → pillars → overall, and motivation apart (docs/framework-format.md).

use super::assessment::{Answer, Assessment};
use super::framework::{Framework, Item, RoleProfile};

/// The points an answer at a level is worth: level 1 is 0, level 5 is 100.
pub fn points(level: u8) -> f64 {
    (level.clamp(1, 5) as f64 - 1.0) * 25.0
}

/// The level (1.0–5.0) that a score stands for.
pub fn level_of(score: f64) -> f64 {
    1.0 + score / 25.0
}

#[derive(Clone, Debug, PartialEq)]
pub struct CompetencyScore {
    pub id: String,
    pub pillar: String,
    /// None when no item was rated at a level.
    pub score: Option<f64>,
    pub rated: usize,
    pub no_opportunity: usize,
    pub unanswered: usize,
}

impl CompetencyScore {
    /// The score that counts in pillars, the overall score and the verdict: no evidence counts as 0.
    pub fn value(&self) -> f64 {
        self.score.unwrap_or(0.0)
    }

    pub fn level(&self) -> f64 {
        level_of(self.value())
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct PillarScore {
    pub id: String,
    pub score: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scores {
    pub competencies: Vec<CompetencyScore>,
    pub pillars: Vec<PillarScore>,
    pub overall: f64,
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

fn weighted_mean(pairs: impl Iterator<Item = (f64, f64)>) -> f64 {
    let (mut sum, mut weights) = (0.0, 0.0);
    for (value, weight) in pairs {
        sum += value * weight;
        weights += weight;
    }
    if weights > 0.0 {
        (sum / weights).clamp(0.0, 100.0)
    } else {
        0.0
    }
}

pub fn score(framework: &Framework, assessment: &Assessment, role: &RoleProfile) -> Scores {
    let competencies: Vec<CompetencyScore> = framework
        .competencies
        .iter()
        .map(|c| {
            let (score, rated, no_opportunity, unanswered) = tally(c.items.iter(), assessment);
            CompetencyScore {
                id: c.id.clone(),
                pillar: c.pillar.clone(),
                score,
                rated,
                no_opportunity,
                unanswered,
            }
        })
        .collect();
    let (motivation, ..) = tally(framework.motivation.items.iter(), assessment);
    aggregate(framework, competencies, motivation, role)
}

/// Pillar and overall scores from competency scores, weighted for the role.
pub fn aggregate(
    framework: &Framework,
    competencies: Vec<CompetencyScore>,
    motivation: Option<f64>,
    role: &RoleProfile,
) -> Scores {
    let weighted = |pillar: Option<&str>| {
        weighted_mean(
            framework
                .competencies
                .iter()
                .zip(&competencies)
                .filter(|(c, _)| pillar.is_none_or(|p| c.pillar == p))
                .map(|(c, s)| (s.value(), role.weight(c))),
        )
    };
    let pillars = framework
        .pillars
        .iter()
        .map(|p| PillarScore {
            id: p.id.clone(),
            score: weighted(Some(&p.id)),
        })
        .collect();
    let overall = weighted(None);
    Scores {
        competencies,
        pillars,
        overall,
        motivation,
    }
}

/// A score as people read it: a whole number from 0 to 100.
pub fn rounded(score: f64) -> u8 {
    score.clamp(0.0, 100.0).round() as u8
}
