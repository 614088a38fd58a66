//! Everything the report page shows, computed once from a framework and an assessment.

use super::assessment::Assessment;
use super::checklist::{checklist, ChecklistResult};
use super::date::Date;
use super::framework::{Framework, RoleProfile};
use super::plan::{plan, Plan};
use super::quality::{quality, Quality, Signal};
use super::scoring::{aggregate, score, CompetencyScore, Scores};
use super::share::SharedResults;
use super::verdict::{verdict, Verdict};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub role: RoleProfile,
    pub scores: Scores,
    pub verdict: Verdict,
    pub quality: Quality,
    pub checklist: Vec<ChecklistResult>,
    pub plan: Plan,
}

/// A competency at or above this level (and the role's minimum) is called a strength.
pub const STRENGTH_LEVEL: f64 = 4.0;

impl Report {
    pub fn build(framework: &Framework, a: &Assessment) -> Report {
        let role = framework.role_or_default(&a.role).clone();
        let scores = score(framework, a, &role);
        Report::from_parts(
            framework,
            role,
            scores,
            quality(framework, a),
            &a.background,
            a.completed.or(a.started),
        )
    }

    /// The report of a results-only link: its scores stand in for the answers it leaves out.
    pub fn from_results(framework: &Framework, r: &SharedResults) -> Report {
        let role = framework.role_or_default(&r.role).clone();
        let competencies = framework
            .competencies
            .iter()
            .zip(r.competencies.iter().chain(std::iter::repeat(&None)))
            .map(|(c, score)| CompetencyScore {
                id: c.id.clone(),
                pillar: c.pillar.clone(),
                score: *score,
                rated: 0,
                no_opportunity: 0,
                unanswered: 0,
            })
            .collect();
        let scores = aggregate(framework, competencies, r.motivation, &role);
        let quality = Quality {
            confidence: r.confidence,
            signals: vec![Signal {
                weight: 0,
                message: "A results-only link carries the confidence computed when it was shared, not the answers behind it.".into(),
            }],
            notes: (0, 0),
        };
        Report::from_parts(framework, role, scores, quality, &r.background, r.date)
    }

    fn from_parts(
        framework: &Framework,
        role: RoleProfile,
        scores: Scores,
        quality: Quality,
        background: &BTreeMap<String, f64>,
        from: Option<Date>,
    ) -> Report {
        Report {
            verdict: verdict(framework, &scores, &role),
            checklist: checklist(framework, background, &scores),
            plan: plan(framework, from, &scores, &role),
            quality,
            scores,
            role,
        }
    }

    /// Competencies at a high level and at or above the role's minimum, best first.
    pub fn strengths(&self) -> Vec<(&str, f64)> {
        let mut strong: Vec<(&str, f64)> = self
            .scores
            .competencies
            .iter()
            .filter(|s| {
                s.score.is_some()
                    && s.level() >= STRENGTH_LEVEL
                    && s.level() >= self.role.minimum(&s.id) as f64
            })
            .map(|s| (s.id.as_str(), s.level()))
            .collect();
        strong.sort_by(|a, b| b.1.total_cmp(&a.1));
        strong
    }
}

/// Per competency, how far this score moved since an earlier one (in points).
pub fn change_since(now: &Scores, before: &Scores) -> Vec<(String, f64)> {
    now.competencies
        .iter()
        .filter_map(|c| {
            let old = before.competency(&c.id)?;
            Some((c.id.clone(), c.value() - old.value()))
        })
        .collect()
}
