//! How far the answers can be trusted. Confidence sits beside the verdict and never changes it.

use super::assessment::{Answer, Assessment};
use super::framework::Framework;
use super::i18n::Catalogue;
use super::scoring::{Evidence, Scores};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub fn label(self, t: &Catalogue) -> &str {
        match self {
            Confidence::Low => t.confidence_low(),
            Confidence::Medium => t.confidence_medium(),
            Confidence::High => t.confidence_high(),
        }
    }

    /// A stable identifier for links, exports and events.
    pub fn key(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

/// One reason to trust the answers less.
#[derive(Clone, Debug, PartialEq)]
pub struct Caveat {
    /// How much it lowers confidence: 1 a little; 4 or more in all makes it low.
    pub weight: u8,
    pub message: String,
}

impl Caveat {
    fn new(weight: u8, message: String) -> Caveat {
        Caveat { weight, message }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Quality {
    pub confidence: Confidence,
    pub caveats: Vec<Caveat>,
    /// Competencies with an evidence note, of all competencies.
    pub notes: (usize, usize),
}

/// Fewer rated items than this cannot show a flat pattern.
const FLAT_MIN_ITEMS: usize = 10;
/// A pillar rated at this mean level or above, by someone whose background shows none of the
/// experience behind it, is worth a second look.
const IMPLAUSIBLE_LEVEL: f64 = 4.0;

/// Answers within one competency this many levels apart at most agree with each other.
const CONSISTENT_SPREAD: u8 = 1;

/// Why answers without notes can still be trusted, when they can: every scored item rated, the
/// answers within each competency at most `CONSISTENT_SPREAD` apart, and for every pillar the
/// background shows experience behind it (above the first option of each question that
/// supports it). None otherwise.
fn consistent(
    framework: &Framework,
    t: &Catalogue,
    a: &Assessment,
    scores: &Scores,
) -> Option<String> {
    if scores
        .competencies
        .iter()
        .any(|c| c.no_opportunity + c.unanswered > 0)
    {
        return None;
    }
    for c in &framework.competencies {
        let levels = c.items.iter().filter_map(|i| a.answer(&i.id)?.level());
        let (lo, hi) = levels.fold((5u8, 1u8), |(lo, hi), l| (lo.min(l), hi.max(l)));
        if hi.saturating_sub(lo) > CONSISTENT_SPREAD {
            return None;
        }
    }
    let mut backed = Vec::new();
    for q in &framework.background {
        if q.supports.is_empty() {
            continue;
        }
        let first = q.options.first()?.value;
        let answer = a.background.get(&q.id).copied()?;
        if answer <= first {
            return None;
        }
        let label = q.options.iter().find(|o| o.value == answer)?;
        backed.push(t.mid_sentence(&label.label));
    }
    if backed.is_empty() {
        return None;
    }
    Some(t.quality_consistent(&t.list(&backed)))
}

/// From this much caveat weight on, confidence is medium at best…
const MEDIUM_FROM: u32 = 2;
/// …and from this much, low.
const LOW_FROM: u32 = 4;

fn confidence_of(penalty: u32) -> Confidence {
    match penalty {
        p if p < MEDIUM_FROM => Confidence::High,
        p if p < LOW_FROM => Confidence::Medium,
        _ => Confidence::Low,
    }
}

pub fn quality(framework: &Framework, t: &Catalogue, a: &Assessment, scores: &Scores) -> Quality {
    let mut caveats = Vec::new();

    // A flat pattern is suspicious only when it is flat everywhere, motivation included: an
    // experienced person may well answer 4 to every situation they know.
    let levels: Vec<u8> = framework
        .all_items()
        .filter_map(|i| a.answer(&i.id).and_then(Answer::level))
        .collect();
    if levels.len() >= FLAT_MIN_ITEMS && levels.windows(2).all(|w| w[0] == w[1]) {
        caveats.push(Caveat::new(3, t.quality_flat(&levels.len(), &levels[0])));
    }
    // High ratings that the background does not support.
    for p in &framework.pillars {
        let support: Vec<_> = framework
            .background
            .iter()
            .filter(|q| q.supports.contains(&p.id))
            .collect();
        let none_at_all = !support.is_empty()
            && support.iter().all(|q| {
                let lowest = q.options.first().map(|o| o.value);
                a.background.get(&q.id).copied() == lowest && lowest.is_some()
            });
        let pillar_level = scores
            .pillars
            .iter()
            .find(|s| s.id == p.id)
            .and_then(|s| s.level);
        if let (true, Some(level)) = (none_at_all, pillar_level) {
            if level >= IMPLAUSIBLE_LEVEL {
                caveats.push(Caveat::new(
                    3,
                    t.quality_implausible(&p.name, &t.lang.tenths(super::scoring::tenths(level))),
                ));
            }
        }
    }
    // "No opportunity yet" is not weakness, but it leaves less to go on.
    let total = framework.scored_item_count().max(1);
    let na: usize = scores.competencies.iter().map(|c| c.no_opportunity).sum();
    let share = |n: usize, of: usize| n as f64 / of as f64;
    match share(na, total) {
        s if s > 0.5 => caveats.push(Caveat::new(3, t.quality_not_applicable_most(&na, &total))),
        s if s > 0.25 => caveats.push(Caveat::new(2, t.quality_not_applicable_many(&na, &total))),
        s if s >= 0.1 => caveats.push(Caveat::new(1, t.quality_not_applicable_some(&na, &total))),
        _ => {}
    }
    let limited: Vec<String> = scores
        .competencies
        .iter()
        .filter(|c| c.evidence == Evidence::Limited)
        .map(|c| framework.competency_name(&c.id).to_string())
        .collect();
    if !limited.is_empty() {
        caveats.push(Caveat::new(
            if limited.len() >= 3 { 2 } else { 1 },
            t.quality_limited(&t.list(&limited)),
        ));
    }
    let missing = a.unanswered(framework).count();
    let all = total + framework.motivation.items.len();
    if share(missing, all) > 0.3 {
        caveats.push(Caveat::new(3, t.quality_unanswered(&missing, &all)));
    } else if missing > 0 {
        caveats.push(Caveat::new(1, t.quality_unanswered(&missing, &all)));
    }
    let with_notes = framework
        .competencies
        .iter()
        .filter(|c| !a.note(&c.id).trim().is_empty())
        .count();
    let competencies = framework.competencies.len();
    // Too little evidence caps confidence at medium: enough weight to reach it, and like any
    // caveat at least one, since it compounds whatever else is in doubt.
    let so_far: u32 = caveats.iter().map(|c| u32::from(c.weight)).sum();
    let cap = MEDIUM_FROM.saturating_sub(so_far).max(1) as u8;
    // Evidence in fewer than half the competencies, or in none: the ratings rest on the answers
    // alone, so at most medium, unless they agree closely with each other and the background.
    if with_notes * 2 < competencies {
        let how_many = match with_notes {
            0 => t.quality_notes_none(&competencies),
            1 => t.quality_notes_one(&competencies),
            n => t.quality_notes_some(&n, &competencies),
        };
        let clean = caveats.is_empty();
        caveats.push(
            match consistent(framework, t, a, scores).filter(|_| clean) {
                Some(why) => Caveat::new(1, t.quality_notes_consistent(&how_many, &why)),
                None if with_notes == 0 => Caveat::new(cap, t.quality_notes_none_medium(&how_many)),
                None => Caveat::new(cap, t.quality_notes_few_medium(&how_many)),
            },
        );
    }
    let penalty: u32 = caveats.iter().map(|s| s.weight as u32).sum();
    Quality {
        confidence: confidence_of(penalty),
        caveats,
        notes: (with_notes, competencies),
    }
}
