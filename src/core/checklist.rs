//! "What typical job postings ask for", checked against background answers and scores.

use super::framework::Framework;
use super::scoring::Scores;
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
    background: &BTreeMap<String, f64>,
    scores: &Scores,
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
                            .map_or_else(|| value.to_string(), |o| o.label.clone());
                        (Some(*value >= b.min), format!("You answered: {label}"))
                    }
                    _ => (None, "Not answered in Background".to_string()),
                }
            } else if let Some(c) = &entry.competency {
                let level = scores.competency(&c.id).map_or(1.0, |s| s.level());
                (
                    Some(level + 1e-9 >= c.min_level as f64),
                    format!("Level {level:.1} of the {} needed", c.min_level),
                )
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
