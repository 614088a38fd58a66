//! Everything the report page shows, computed once from a framework and an assessment.

use super::assessment::Assessment;
use super::checklist::{checklist, ChecklistResult};
use super::framework::{Framework, RoleProfile};
use super::plan::{plan, Plan};
use super::quality::{quality, Quality};
use super::scoring::{score, Scores};
use super::verdict::{verdict, Verdict};

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
        Report {
            verdict: verdict(framework, &scores, &role),
            quality: quality(framework, a),
            checklist: checklist(framework, a, &scores),
            plan: plan(framework, a, &scores, &role),
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
