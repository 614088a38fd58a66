//! "What typical job postings ask for", checked against background answers and scores.

use super::framework::{Framework, RoleProfile};
use super::i18n::Catalogue;
use super::scoring::{gap, Scores};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq)]
pub struct ChecklistResult {
    pub id: String,
    pub label: String,
    /// None when the background question was not answered.
    pub met: Option<bool>,
    /// What the answer was, in words.
    pub detail: String,
}

pub fn checklist(
    framework: &Framework,
    t: &Catalogue,
    background: &BTreeMap<String, f64>,
    scores: &Scores,
    role: &RoleProfile,
) -> Vec<ChecklistResult> {
    framework
        .checklist
        .iter()
        .map(|entry| {
            let (met, detail) = if let Some(b) = &entry.background {
                let question = framework.background.iter().find(|q| q.id == b.question);
                match (background.get(&b.question), question) {
                    (Some(value), Some(q)) => {
                        let label = q
                            .options
                            .iter()
                            .find(|o| o.value == *value)
                            .map_or_else(|| super::text::plain(*value), |o| o.label.clone());
                        (Some(*value >= b.min), t.checklist_answered(&label))
                    }
                    _ => (None, t.checklist_not_answered().to_string()),
                }
            } else if let Some(c) = &entry.competency {
                // The target role's minimum: the same one the competency table shows.
                let minimum = role.minimum(&c.id);
                match scores.competency(&c.id) {
                    Some(s) if s.level().is_some() => (
                        Some(gap(s, minimum) == 0.0),
                        t.checklist_level(&t.level(s.level()), &minimum),
                    ),
                    _ => (None, t.checklist_not_shown().to_string()),
                }
            } else {
                (None, String::new())
            };
            ChecklistResult {
                id: entry.id.clone(),
                label: entry.label.clone(),
                met,
                detail,
            }
        })
        .collect()
}

/// The labels of background entries the person's answers do not meet (unanswered ones aside),
/// and how many years the longest of those counted in years still needs at most.
pub fn unmet_background(
    framework: &Framework,
    background: &BTreeMap<String, f64>,
) -> (Vec<String>, f64) {
    let mut labels = Vec::new();
    let mut years: f64 = 0.0;
    for e in &framework.checklist {
        let Some(b) = &e.background else { continue };
        let Some(value) = background.get(&b.question) else {
            continue;
        };
        if *value >= b.min {
            continue;
        }
        labels.push(e.label.clone());
        let in_years = framework
            .background
            .iter()
            .any(|q| q.id == b.question && q.unit.as_deref() == Some("years"));
        if in_years {
            // An option's value is its lower bound, so this is the most it can still take.
            years = years.max(b.min - value);
        }
    }
    (labels, years)
}
