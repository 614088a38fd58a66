//! Everything the report page shows, computed once from a framework and an assessment.

use super::assessment::Assessment;
use super::checklist::{checklist, ChecklistResult};
use super::date::Date;
use super::framework::{Framework, RoleProfile};
use super::i18n::{Catalogue, Lang};
use super::motivation::{fit, Fit};
use super::plan::{plan, Inputs, Plan};
use super::quality::{quality, Caveat, Confidence, Quality};
use super::scoring::{aggregate, score, CompetencyScore, Evidence, Scores};
use super::share::SharedResults;
use super::situation::Situation;
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
    pub fit: Fit,
}

/// Strengths named at most.
pub const STRENGTHS: usize = 3;

impl Report {
    pub fn build(framework: &Framework, t: &Catalogue, a: &Assessment) -> Report {
        let whole = framework;
        let role = framework.role_or_default(&a.role).clone();
        // Only what a person aiming at this role is asked counts for it.
        let view = framework.for_role(&role.id);
        let framework = &*view;
        let scores = score(framework, a, &role);
        let quality = quality(framework, t, a, &scores);
        Report::from_parts(
            (whole, framework, t),
            role,
            scores,
            quality,
            Some(a),
            &a.background,
            a.completed.or(a.started),
        )
    }

    /// The report of a results-only link: its scores stand in for the answers it leaves out.
    pub fn from_results(framework: &Framework, t: &Catalogue, r: &SharedResults) -> Report {
        let role = framework.role_or_default(&r.role).clone();
        let competencies = framework
            .competencies
            .iter()
            .zip(r.competencies.iter().chain(std::iter::repeat(&None)))
            .filter(|(c, _)| c.asked_for(&role.id))
            .map(|(c, score)| CompetencyScore {
                id: c.id.clone(),
                pillar: c.pillar.clone(),
                score: *score,
                rated: 0,
                no_opportunity: 0,
                unanswered: 0,
                // A results link leaves a competency with limited evidence unrated.
                evidence: if score.is_some() {
                    Evidence::Enough
                } else {
                    Evidence::Limited
                },
            })
            .collect();
        let whole = framework;
        let view = framework.for_role(&role.id);
        let framework = &*view;
        let scores = aggregate(framework, competencies, r.motivation, &role);
        let quality = Quality {
            confidence: r.confidence,
            caveats: vec![Caveat {
                weight: 0,
                message: "A results-only link carries the confidence computed when it was shared, not the answers behind it.".into(),
            }],
            notes: (0, 0),
        };
        Report::from_parts(
            (whole, framework, t),
            role,
            scores,
            quality,
            None,
            &r.background,
            r.date,
        )
    }

    /// `whole` is the framework as loaded, `framework` what a person aiming at this role is asked.
    fn from_parts(
        // The framework as loaded, the part asked for the role, and the words.
        (whole, framework, t): (&Framework, &Framework, &Catalogue),
        role: RoleProfile,
        scores: Scores,
        quality: Quality,
        answers: Option<&Assessment>,
        background: &BTreeMap<String, f64>,
        from: Option<Date>,
    ) -> Report {
        let situation = Situation::of(framework, &role, background);
        let mut verdict = verdict(framework, t, &scores, &role, situation);
        if quality.confidence == Confidence::Low {
            verdict.reasons.insert(0, t.report_check_answers().into());
        }
        let plan = plan(&Inputs {
            t,
            whole,
            framework,
            role: &role,
            scores: &scores,
            verdict: &verdict,
            answers,
            background,
            situation,
            from,
        });
        Report {
            checklist: checklist(framework, t, background, &scores, &role),
            fit: super::motivation::Fit {
                verdict: Some(verdict.kind),
                situation,
                ..fit(framework, scores.motivation, answers)
            },
            verdict,
            plan,
            quality,
            scores,
            role,
        }
    }

    /// The person's own strongest competencies with enough evidence, best first: those that meet
    /// the role, or, when none does yet, the best there are. Never empty while anything is rated.
    pub fn strengths(&self) -> Vec<(&str, f64)> {
        let blocked = |id: &str| self.verdict.blockers.iter().any(|b| b.competency == id);
        let rated = || {
            self.scores
                .competencies
                .iter()
                .filter_map(|s| Some((s.id.as_str(), s.level()?)))
        };
        let mut strong: Vec<(&str, f64)> = rated().filter(|(id, _)| !blocked(id)).collect();
        if strong.is_empty() {
            strong = rated().collect();
        }
        // Stable: ties keep the framework's order.
        super::order::sort_by(&mut strong, |a, b| b.1.total_cmp(&a.1));
        strong.truncate(STRENGTHS);
        strong
    }
}

impl Report {
    /// What a results-only link carries of this report: a score per competency of the
    /// framework, in its order ("not rated" for those not asked for this role).
    pub fn shared_results(
        &self,
        framework: &Framework,
        a: &Assessment,
        name: Option<String>,
    ) -> SharedResults {
        SharedResults {
            role: self.role.id.clone(),
            background: a.background.clone(),
            // Limited evidence travels as "not rated", so the receiver shows it the same way.
            competencies: framework
                .competencies
                .iter()
                .map(|c| {
                    self.scores
                        .competency(&c.id)
                        .and_then(|s| s.level().and(s.score))
                })
                .collect(),
            motivation: self.scores.motivation,
            confidence: self.quality.confidence,
            name,
            date: a.completed,
        }
    }

    /// Per competency, how far my level moved since an earlier assessment of mine, scored for
    /// this report's role.
    pub fn since(&self, framework: &Framework, earlier: &Assessment) -> Vec<(String, Option<f64>)> {
        let view = framework.for_role(&self.role.id);
        change_since(&self.scores, &score(&view, earlier, &self.role))
    }

    /// The role's weights in words: "×1.5 for Mentoring, Feedback, …; ×1 for the rest".
    /// "How these numbers are made": each rule the report follows, in a sentence built from the
    /// constants and the framework the rule uses.
    pub fn how_scored(&self, framework: &Framework, t: &Catalogue) -> Vec<String> {
        let role = &self.role.name;
        vec![
            t.how_levels().to_string(),
            t.how_limited(&t.unit_levels(super::scoring::UNPROVEN_GAP)),
            t.how_pillars(role),
            t.how_match(role, &self.weights_text(framework, t)),
            super::verdict::rule_text(framework, t, &self.role),
        ]
    }

    pub fn weights_text(&self, framework: &Framework, t: &Catalogue) -> String {
        let mut groups: Vec<(f64, Vec<&str>)> = Vec::new();
        for c in &framework.competencies {
            let w = self.role.weight(c);
            match groups.iter_mut().find(|g| g.0 == w) {
                Some(g) => g.1.push(c.short_name()),
                None => groups.push((w, vec![c.short_name()])),
            }
        }
        if groups.len() == 1 {
            return t.weights_same().into();
        }
        // The most common weight is "the rest"; the others are named, heaviest first.
        super::order::sort_by_key(&mut groups, |g| std::cmp::Reverse(g.1.len()));
        let Some((rest, named)) = groups.split_first() else {
            return String::new();
        };
        let mut named: Vec<&(f64, Vec<&str>)> = named.iter().collect();
        super::order::sort_by(&mut named, |a, b| b.0.total_cmp(&a.0));
        let mut parts: Vec<String> = named
            .iter()
            .map(|(w, names)| t.weights_named(&t.lang.plain(*w), &names.join(t.list_separator())))
            .collect();
        parts.push(t.weights_rest(&t.lang.plain(rest.0)));
        parts.join(t.sides_separator())
    }
}

/// Per competency, how far its level moved since an earlier assessment; None where either has
/// limited evidence.
pub fn change_since(now: &Scores, before: &Scores) -> Vec<(String, Option<f64>)> {
    now.competencies
        .iter()
        .filter_map(|c| {
            let old = before.competency(&c.id)?;
            let change = c
                .level()
                .zip(old.level())
                .map(|(now, then)| super::scoring::shown_change(now, then));
            Some((c.id.clone(), change))
        })
        .collect()
}

/// What a history list shows of an assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub id: String,
    pub completed: Option<Date>,
    pub role: String,
    pub role_match: u8,
    pub verdict: super::verdict::VerdictKind,
}

impl Summary {
    pub fn of(framework: &Framework, t: &Catalogue, a: &Assessment) -> Summary {
        let r = Report::build(framework, t, a);
        Summary {
            id: a.id.clone(),
            completed: a.completed,
            role: r.role.name.clone(),
            role_match: super::scoring::rounded(r.scores.role_match),
            verdict: r.verdict.kind,
        }
    }
}

/// A summary with what it was made from: what a summary depends on, and nothing else (notes,
/// ticks and the page do not change it). The language too: the role's name is in it.
#[derive(Clone, Debug, PartialEq)]
pub struct Made {
    lang: Lang,
    id: String,
    role: String,
    answers: std::collections::BTreeMap<String, super::assessment::Answer>,
    background: BTreeMap<String, f64>,
    completed: Option<Date>,
    summary: Summary,
}

impl Made {
    fn of(lang: Lang, a: &Assessment, summary: Summary) -> Made {
        Made {
            lang,
            id: a.id.clone(),
            role: a.role.clone(),
            answers: a.answers.clone(),
            background: a.background.clone(),
            completed: a.completed,
            summary,
        }
    }

    fn fits(&self, lang: Lang, a: &Assessment) -> bool {
        self.lang == lang
            && self.id == a.id
            && self.role == a.role
            && self.completed == a.completed
            && self.answers == a.answers
            && self.background == a.background
    }
}

/// Summaries of a list of assessments, newest first, reusing those already made: a list of 40
/// is not scored again because one of them changed, nor at all when only a note or a tick did.
/// Returns how many had to be made.
pub fn summaries(
    framework: &Framework,
    t: &Catalogue,
    list: &[Assessment],
    made: &mut Vec<Made>,
) -> (Vec<Summary>, usize) {
    let mut built = 0;
    let mut fresh = Vec::with_capacity(list.len());
    for a in list.iter().rev() {
        match made.iter().position(|m| m.fits(t.lang, a)) {
            Some(at) => fresh.push(made.swap_remove(at)),
            None => {
                built += 1;
                fresh.push(Made::of(t.lang, a, Summary::of(framework, t, a)));
            }
        }
    }
    *made = fresh;
    (made.iter().map(|m| m.summary.clone()).collect(), built)
}
