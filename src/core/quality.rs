//! How far the answers can be trusted. Confidence sits beside the verdict and never changes it.

use super::assessment::{Answer, Assessment};
use super::framework::Framework;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub fn label(self) -> &'static str {
        match self {
            Confidence::Low => "Low",
            Confidence::Medium => "Medium",
            Confidence::High => "High",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Signal {
    /// How much it lowers confidence: 1 a little, 3 enough to make it low on its own with any other.
    pub weight: u8,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Quality {
    pub confidence: Confidence,
    pub signals: Vec<Signal>,
    /// Competencies with an evidence note, of all competencies.
    pub notes: (usize, usize),
}

/// Fewer rated items than this cannot show straight-lining.
const STRAIGHT_LINE_MIN_ITEMS: usize = 10;

pub fn quality(framework: &Framework, a: &Assessment) -> Quality {
    let scored: Vec<Option<Answer>> = framework.items().map(|(_, i)| a.answer(&i.id)).collect();
    let total = scored.len().max(1);
    let na = scored
        .iter()
        .filter(|x| **x == Some(Answer::NoOpportunity))
        .count();
    let missing = a.unanswered(framework).count();
    let all = total + framework.motivation.items.len();
    let mut counts = [0usize; 6];
    for level in scored.iter().filter_map(|x| x.and_then(Answer::level)) {
        counts[level as usize] += 1;
    }
    let rated: usize = counts.iter().sum();
    let most = counts.iter().copied().max().unwrap_or(0);

    let mut signals = Vec::new();
    let mut signal = |weight, message: String| signals.push(Signal { weight, message });
    if rated >= STRAIGHT_LINE_MIN_ITEMS && most * 10 >= rated * 9 {
        signal(
            2,
            format!("{most} of {rated} rated items have the same answer. Real strengths and gaps are rarely this even: check that each answer describes what you actually do."),
        );
    }
    let share = |n: usize, of: usize| n as f64 / of as f64;
    if share(na, total) > 0.5 {
        signal(3, format!("{na} of {total} items are \"No opportunity yet\": the scores rest on few situations."));
    } else if share(na, total) > 0.25 {
        signal(1, format!("{na} of {total} items are \"No opportunity yet\": some scores rest on few situations."));
    }
    if share(missing, all) > 0.3 {
        signal(3, format!("{missing} of {all} items are unanswered."));
    } else if missing > 0 {
        signal(1, format!("{missing} of {all} items are unanswered."));
    }
    let with_notes = framework
        .competencies
        .iter()
        .filter(|c| !a.note(&c.id).trim().is_empty())
        .count();
    let competencies = framework.competencies.len();
    if with_notes * 2 < competencies {
        signal(
            1,
            format!("Only {with_notes} of {competencies} competencies have an evidence note. A concrete example per competency makes the ratings more trustworthy."),
        );
    }
    let penalty: u8 = signals.iter().map(|s| s.weight).sum();
    let confidence = match penalty {
        0 | 1 => Confidence::High,
        2 | 3 => Confidence::Medium,
        _ => Confidence::Low,
    };
    Quality {
        confidence,
        signals,
        notes: (with_notes, competencies),
    }
}
