//! The framework: everything an assessment asks and suggests, as data (see docs/framework-format.md).

use super::from_json::{from_json_fields, one_of, FromJson};
use super::i18n::{Catalogue, Lang};
use super::problem::Problem;
use super::translation::Translation;
use serde_json::Value;
use std::collections::BTreeMap;

/// The format version this build reads.
pub const FORMAT: u32 = 1;

// Every field has a default so that a missing field becomes a validation problem with its path,
// reported together with all the others, instead of the first and only parse error.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Framework {
    pub format: u32,
    pub id: String,
    pub version: String,
    /// Earlier versions with the same questions in the same order: their assessments and links
    /// read as this version (docs/framework-format.md, "Versions").
    pub replaces: Vec<String>,
    pub title: String,
    pub description: String,
    pub pillars: Vec<Pillar>,
    pub competencies: Vec<Competency>,
    pub motivation: Motivation,
    pub background: Vec<BackgroundQuestion>,
    pub checklist: Vec<ChecklistEntry>,
    pub roles: Vec<RoleProfile>,
    pub default_role: String,
    /// Background answers that show earlier management: when all are met, a "Ready now" plan
    /// also checks the person against the next role up.
    pub experienced_manager: Vec<BackgroundRequirement>,
    /// Background answers that show a move into the target role is on offer or about to start:
    /// when all are met, a plan prepares the start instead of a route, and the job postings'
    /// years are information, not a wait.
    pub offered: Vec<BackgroundRequirement>,
    /// The role-level actions that shape a plan for each verdict.
    pub plans: Plans,
    /// The language of the framework's own text, and its fallback.
    pub lang: Lang,
    /// Its text in other languages, each checked against it when it was read.
    pub translations: Vec<Translation>,
}
from_json_fields!(Framework {
    format,
    id,
    version,
    replaces,
    title,
    description,
    pillars,
    competencies,
    motivation,
    background,
    checklist,
    roles,
    default_role,
    experienced_manager,
    offered,
    plans,
    lang
} except { translations });

/// Actions that belong to a verdict rather than to a competency.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plans {
    /// "Ready now": the first 90 days in the role (kind "transition").
    pub ready: Vec<Action>,
    /// "Building foundations": the route to the role (kind "route").
    pub building: Vec<Action>,
    /// "Explore the role first": reversible trials (kind "trial") and the other path ("path").
    pub explore: Vec<Action>,
    /// How an "Explore the role first" summary names the other path, the equally good outcome:
    /// "the senior individual-contributor path (staff or principal engineer), …". Optional.
    pub alternative: String,
}
from_json_fields!(Plans {
    ready,
    building,
    explore,
    alternative
});

impl Plans {
    /// The other path by its short name, for a question: the `alternative` up to its first
    /// comma, parenthesis, semicolon or dash ("the senior individual-contributor path"), without
    /// a closing full stop. None when unnamed.
    pub fn alternative_name(&self) -> Option<&str> {
        let end = self
            .alternative
            .find([',', '(', ';', '—', '–'])
            .unwrap_or(self.alternative.len());
        Some(
            self.alternative[..end]
                .trim()
                .trim_end_matches('.')
                .trim_end(),
        )
        .filter(|name| !name.is_empty())
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Pillar {
    pub id: String,
    pub name: String,
    pub description: String,
}
from_json_fields!(Pillar {
    id,
    name,
    description
});

#[derive(Debug, Clone, PartialEq)]
pub struct Competency {
    pub id: String,
    pub pillar: String,
    pub name: String,
    /// A short name for chart axes; the name when empty.
    pub short: String,
    pub description: String,
    pub weight: f64,
    pub items: Vec<Item>,
    pub actions: Vec<Action>,
    /// The roles this competency is asked and scored for; every role when empty.
    pub roles: Vec<String>,
    /// The version that added this competency; links of earlier versions do not carry it.
    pub since: Option<String>,
}

impl Competency {
    /// Whether a person aiming at this role is asked about it.
    pub fn asked_for(&self, role: &str) -> bool {
        for_role(&self.roles, role)
    }

    pub fn short_name(&self) -> &str {
        if self.short.trim().is_empty() {
            &self.name
        } else {
            &self.short
        }
    }
}

// A weight left out is 1, not 0.
impl Default for Competency {
    fn default() -> Competency {
        Competency {
            id: String::new(),
            pillar: String::new(),
            name: String::new(),
            short: String::new(),
            description: String::new(),
            weight: 1.0,
            items: Vec::new(),
            actions: Vec::new(),
            roles: Vec::new(),
            since: None,
        }
    }
}
from_json_fields!(Competency {
    id,
    pillar,
    name,
    short,
    description,
    weight,
    items,
    actions,
    roles,
    since
});

/// A list of roles that something is for: every role when empty.
fn for_role(roles: &[String], role: &str) -> bool {
    roles.is_empty() || roles.iter().any(|r| r == role)
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Item {
    pub id: String,
    pub situation: String,
    pub rater_situation: Option<String>,
    pub anchors: Vec<String>,
    /// What the item is about in a few words, e.g. "handling someone who underperforms".
    pub topic: String,
    /// Motivation items: what draws a person who answers it at the top, e.g. "others' success".
    pub draw: String,
}
from_json_fields!(Item {
    id,
    situation,
    rater_situation,
    anchors,
    topic,
    draw
});

impl Item {
    /// The item's topic, or its situation when it has none.
    pub fn topic(&self) -> &str {
        if self.topic.trim().is_empty() {
            self.situation.trim_end_matches('.')
        } else {
            &self.topic
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ActionKind {
    Stretch,
    Practice,
    Feedback,
    Reading,
    /// Finding the chance to show a competency never practised yet.
    Opportunity,
    /// The first 90 days in the role.
    Transition,
    /// A step on the way to the role, such as a tech-lead role first.
    Route,
    /// A low-risk, reversible try of the job.
    Trial,
    /// Another good career path.
    Path,
}

impl ActionKind {
    /// Every kind, in the order the format lists them.
    pub const ALL: [ActionKind; 9] = [
        ActionKind::Stretch,
        ActionKind::Practice,
        ActionKind::Feedback,
        ActionKind::Reading,
        ActionKind::Opportunity,
        ActionKind::Transition,
        ActionKind::Route,
        ActionKind::Trial,
        ActionKind::Path,
    ];

    /// The kind as the format writes it.
    pub fn key(self) -> &'static str {
        match self {
            ActionKind::Stretch => "stretch",
            ActionKind::Practice => "practice",
            ActionKind::Feedback => "feedback",
            ActionKind::Reading => "reading",
            ActionKind::Opportunity => "opportunity",
            ActionKind::Transition => "transition",
            ActionKind::Route => "route",
            ActionKind::Trial => "trial",
            ActionKind::Path => "path",
        }
    }

    pub fn label(self, t: &Catalogue) -> &str {
        match self {
            ActionKind::Stretch => t.action_kind_stretch(),
            ActionKind::Practice => t.action_kind_practice(),
            ActionKind::Feedback => t.action_kind_feedback(),
            ActionKind::Reading => t.action_kind_reading(),
            ActionKind::Opportunity => t.action_kind_opportunity(),
            ActionKind::Transition => t.action_kind_transition(),
            ActionKind::Route => t.action_kind_route(),
            ActionKind::Trial => t.action_kind_trial(),
            ActionKind::Path => t.action_kind_path(),
        }
    }
}

impl FromJson for Lang {
    fn from_json(value: Value) -> Result<Self, Problem> {
        one_of(&value, &Lang::ALL, Lang::tag)
    }
}

impl FromJson for ActionKind {
    fn from_json(value: Value) -> Result<Self, Problem> {
        one_of(&value, &ActionKind::ALL, ActionKind::key)
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Action {
    pub id: String,
    pub kind: Option<ActionKind>,
    pub text: String,
    pub signal: String,
    pub horizon: u32,
    /// [min, max]: the current levels this action suits.
    pub levels: Vec<u32>,
    /// The items this action practises. Someone who already does all of them routinely (level 4
    /// or above) is not asked to do it again; for trials, the motivation items it tests.
    pub items: Vec<String>,
    /// The roles this action is for; every role when empty.
    pub roles: Vec<String>,
    /// For a route: the role it passes through, chosen while the person does not meet it yet.
    pub via: Option<String>,
    /// For a route through `via`: skipped when the background meets all of these, since the
    /// person has already taken that step (e.g. some years of leading).
    pub unless: Vec<BackgroundRequirement>,
    /// Any action: skipped when the background meets any one of these, since the person has
    /// done this already (e.g. people who report to them, for "take over two engineers' 1:1s").
    pub already: Vec<BackgroundRequirement>,
    pub book: Option<Book>,
}
from_json_fields!(Action {
    id,
    kind,
    text,
    signal,
    horizon,
    levels,
    items,
    roles,
    via,
    unless,
    already,
    book
});

impl Action {
    pub fn suits(&self, level: u32) -> bool {
        match self.levels[..] {
            [min, max] => (min..=max).contains(&level),
            _ => false,
        }
    }

    pub fn is_for(&self, role: &str) -> bool {
        for_role(&self.roles, role)
    }

    /// Whether the background shows this step was taken already: any `already`, or every
    /// `unless` (when there are some).
    pub fn done_before(&self, background: &BTreeMap<String, f64>) -> bool {
        self.already.iter().any(|r| r.met(background)) || all_met(&self.unless, background)
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Book {
    pub title: String,
    pub author: String,
}
from_json_fields!(Book { title, author });

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Motivation {
    pub name: String,
    pub description: String,
    pub threshold: f64,
    pub items: Vec<Item>,
}
from_json_fields!(Motivation {
    name,
    description,
    threshold,
    items
});

#[derive(Debug, Clone, Default, PartialEq)]
pub struct BackgroundQuestion {
    pub id: String,
    pub question: String,
    /// Pillars whose high ratings this experience makes plausible: someone at the lowest option
    /// of every question that supports a pillar, rating that pillar high, is asked to check.
    pub supports: Vec<String>,
    /// What the values count: "years" (time that only experience gives) or "people".
    pub unit: Option<String>,
    pub options: Vec<BackgroundOption>,
    /// The version that added this question; links of earlier versions do not carry it.
    pub since: Option<String>,
}
from_json_fields!(BackgroundQuestion {
    id,
    question,
    supports,
    unit,
    options,
    since
});

#[derive(Debug, Clone, Default, PartialEq)]
pub struct BackgroundOption {
    pub label: String,
    pub value: f64,
}
from_json_fields!(BackgroundOption { label, value });

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChecklistEntry {
    pub id: String,
    pub label: String,
    pub background: Option<BackgroundRequirement>,
    pub competency: Option<CompetencyRequirement>,
}
from_json_fields!(ChecklistEntry {
    id,
    label,
    background,
    competency
});

#[derive(Debug, Clone, Default, PartialEq)]
pub struct BackgroundRequirement {
    pub question: String,
    pub min: f64,
}
from_json_fields!(BackgroundRequirement { question, min });

impl BackgroundRequirement {
    /// Met when the question was answered with a value at or above `min`.
    pub fn met(&self, background: &BTreeMap<String, f64>) -> bool {
        background
            .get(&self.question)
            .is_some_and(|v| *v >= self.min)
    }
}

/// Every requirement met, and there is at least one.
pub fn all_met(requirements: &[BackgroundRequirement], background: &BTreeMap<String, f64>) -> bool {
    !requirements.is_empty() && requirements.iter().all(|r| r.met(background))
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct CompetencyRequirement {
    pub id: String,
    /// Format 1.0 only. The checklist now uses the target role's minimum, so that it and the
    /// competency table never disagree; a level given here is still validated, then ignored.
    pub min_level: Option<u32>,
}
from_json_fields!(CompetencyRequirement { id, min_level });

#[derive(Debug, Clone, Default, PartialEq)]
pub struct RoleProfile {
    pub id: String,
    pub name: String,
    pub description: String,
    pub minimums: BTreeMap<String, u32>,
    pub weights: BTreeMap<String, f64>,
    pub almost_ready: AlmostReady,
    /// What the first 90 days in the role are about, for a "Ready now" plan.
    pub first_90_days: String,
    /// Background answers that show the person holds this role or has held it: all met.
    pub held_when: Vec<BackgroundRequirement>,
}
from_json_fields!(RoleProfile {
    id,
    name,
    description,
    minimums,
    weights,
    almost_ready,
    first_90_days,
    held_when
});

#[derive(Debug, Clone, Default, PartialEq)]
pub struct AlmostReady {
    /// Every gap closes within this many months at a steady pace (`verdict::months_to_close`).
    /// `DEFAULT_MAX_MONTHS` when a file gives no rule at all.
    pub max_months: Option<f64>,
    /// Older files: no single gap may be larger than this many levels.
    pub max_gap: Option<f64>,
    /// Older files: the sum of gaps times the role's weights may be at most this.
    pub max_weighted_gap: Option<f64>,
    /// Older files: without `max_weighted_gap`, the budget is `max_gap × max_blockers`.
    pub max_blockers: Option<usize>,
}
from_json_fields!(AlmostReady {
    max_months,
    max_gap,
    max_weighted_gap,
    max_blockers
});

/// "Almost ready" means every gap can close in about half a year while doing the job.
pub const DEFAULT_MAX_MONTHS: f64 = 6.0;

impl AlmostReady {
    /// How many months of closing gaps "Almost ready" allows; None when only the older rules
    /// (a largest gap and a weighted budget) are given.
    pub fn months(&self) -> Option<f64> {
        match (self.max_months, self.max_gap) {
            (Some(m), _) => Some(m),
            (None, None) => Some(DEFAULT_MAX_MONTHS),
            (None, Some(_)) => None,
        }
    }

    /// How much weighted gap "Almost ready" allows, when the file sets a budget.
    pub fn budget(&self) -> Option<f64> {
        self.max_weighted_gap.or_else(|| {
            self.max_gap
                .map(|g| g * self.max_blockers.unwrap_or(3) as f64)
        })
    }
}

impl RoleProfile {
    /// The weight of a competency in this role's scores.
    pub fn weight(&self, competency: &Competency) -> f64 {
        self.weights
            .get(&competency.id)
            .copied()
            .unwrap_or(competency.weight)
    }

    pub fn minimum(&self, competency: &str) -> u32 {
        self.minimums.get(competency).copied().unwrap_or(1)
    }

    pub fn first_90_days<'a>(&'a self, t: &'a Catalogue) -> &'a str {
        if self.first_90_days.trim().is_empty() {
            t.role_first_days()
        } else {
            &self.first_90_days
        }
    }

    /// The weight of a competency by id (1 when unknown).
    pub fn weight_of(&self, framework: &Framework, competency: &str) -> f64 {
        framework
            .competency(competency)
            .map_or(1.0, |c| self.weight(c))
    }
}

impl Framework {
    /// The languages this framework's text comes in: its own first.
    pub fn languages(&self) -> Vec<Lang> {
        std::iter::once(self.lang)
            .chain(self.translations.iter().map(|t| t.lang))
            .collect()
    }

    /// The framework with its text in `lang`, or in its own language when it has no such
    /// translation. Ids, numbers and rules are the same in every language.
    pub fn in_lang(&self, lang: Lang) -> Framework {
        match self.translations.iter().find(|t| t.lang == lang) {
            Some(t) => Framework {
                lang,
                translations: Vec::new(),
                ..t.apply(self)
            },
            None => Framework {
                translations: Vec::new(),
                ..self.clone()
            },
        }
    }

    /// Scored items, in questionnaire order.
    pub fn items(&self) -> impl Iterator<Item = (&Competency, &Item)> {
        self.competencies
            .iter()
            .flat_map(|c| c.items.iter().map(move |i| (c, i)))
    }

    /// Every item with answers: scored items first, then motivation items.
    pub fn all_items(&self) -> impl Iterator<Item = &Item> {
        self.items()
            .map(|(_, i)| i)
            .chain(self.motivation.items.iter())
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.all_items().find(|i| i.id == id)
    }

    pub fn competency(&self, id: &str) -> Option<&Competency> {
        self.competencies.iter().find(|c| c.id == id)
    }

    /// A competency's name, or its id when the framework has no such competency.
    pub fn competency_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.competency(id).map_or(id, |c| c.name.as_str())
    }

    pub fn pillar(&self, id: &str) -> Option<&Pillar> {
        self.pillars.iter().find(|p| p.id == id)
    }

    pub fn role(&self, id: &str) -> Option<&RoleProfile> {
        self.roles.iter().find(|r| r.id == id)
    }

    /// The named role, or the framework's default when the name is unknown.
    pub fn role_or_default(&self, id: &str) -> &RoleProfile {
        self.role(id)
            .or_else(|| self.role(&self.default_role))
            .unwrap_or(&self.roles[0])
    }

    pub fn action(&self, id: &str) -> Option<(&Competency, &Action)> {
        self.competencies
            .iter()
            .flat_map(|c| c.actions.iter().map(move |a| (c, a)))
            .find(|(_, a)| a.id == id)
    }

    /// The role after this one in `roles`, which runs from the least to the most senior.
    pub fn next_role(&self, id: &str) -> Option<&RoleProfile> {
        let at = self.roles.iter().position(|r| r.id == id)?;
        self.roles.get(at + 1)
    }

    /// The versions whose assessments and links read as this one: this version, then older ones.
    pub fn versions(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.version.as_str()).chain(self.replaces.iter().map(String::as_str))
    }

    /// Whether something added in version `since` was there in version `version`: `versions`
    /// runs from the newest, so it was when `version` comes no later in that list than `since`.
    fn had(&self, since: Option<&str>, version: &str) -> bool {
        let at = |v: &str| self.versions().position(|x| x == v);
        match (since.and_then(at), at(version)) {
            (Some(added), Some(then)) => then <= added,
            _ => true,
        }
    }

    /// This framework as an earlier version it replaces laid out its questions: without the
    /// competencies and background questions added since (`since`). What links of that version
    /// are read with; their answers then carry forward by id. Borrowed when nothing was added.
    pub fn as_of(&self, version: &str) -> std::borrow::Cow<'_, Framework> {
        let added = self
            .competencies
            .iter()
            .any(|c| !self.had(c.since.as_deref(), version))
            || self
                .background
                .iter()
                .any(|q| !self.had(q.since.as_deref(), version));
        if !added {
            return std::borrow::Cow::Borrowed(self);
        }
        let mut then = self.clone();
        then.competencies
            .retain(|c| self.had(c.since.as_deref(), version));
        then.background
            .retain(|q| self.had(q.since.as_deref(), version));
        std::borrow::Cow::Owned(then)
    }

    /// The framework as a person aiming at `role` is asked and scored: without the
    /// competencies that are for other roles only. Borrowed when every competency is asked.
    pub fn for_role(&self, role: &str) -> std::borrow::Cow<'_, Framework> {
        if self.competencies.iter().all(|c| c.asked_for(role)) {
            return std::borrow::Cow::Borrowed(self);
        }
        let mut view = self.clone();
        view.competencies.retain(|c| c.asked_for(role));
        let asked = |id: &str| view.competencies.iter().any(|c| c.id == id);
        let checklist: Vec<ChecklistEntry> = view
            .checklist
            .iter()
            .filter(|e| e.competency.as_ref().is_none_or(|c| asked(&c.id)))
            .cloned()
            .collect();
        view.checklist = checklist;
        std::borrow::Cow::Owned(view)
    }

    pub fn scored_item_count(&self) -> usize {
        self.competencies.iter().map(|c| c.items.len()).sum()
    }
}
