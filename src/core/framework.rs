//! The framework: everything an assessment asks and suggests, as data (see docs/framework-format.md).

use super::problem::Problem;
use super::shape::{self, Shape};
use super::validate;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The format version this build reads.
pub const FORMAT: u32 = 1;
/// A framework larger than this is refused before parsing: no real one comes close.
pub const MAX_BYTES: usize = 2_000_000;

const BUILTIN_JSON: &str = include_str!("../../content/engineering-manager.json");

// The shape of the format, checked before serde so that every type error and unknown field is
// reported with its path (docs/framework-format.md).
const ITEM: Shape = Shape::Object(&[
    ("id", Shape::Text),
    ("situation", Shape::Text),
    ("rater_situation", Shape::Nullable(&Shape::Text)),
    ("anchors", Shape::List(&Shape::Text)),
]);
const ACTION: Shape = Shape::Object(&[
    ("id", Shape::Text),
    (
        "kind",
        Shape::OneOf(&["stretch", "practice", "feedback", "reading"]),
    ),
    ("text", Shape::Text),
    ("signal", Shape::Text),
    ("horizon", Shape::Count),
    ("levels", Shape::List(&Shape::Count)),
    (
        "book",
        Shape::Nullable(&Shape::Object(&[
            ("title", Shape::Text),
            ("author", Shape::Text),
        ])),
    ),
]);
const FRAMEWORK: Shape = Shape::Object(&[
    ("format", Shape::Count),
    ("id", Shape::Text),
    ("version", Shape::Text),
    ("title", Shape::Text),
    ("description", Shape::Text),
    (
        "pillars",
        Shape::List(&Shape::Object(&[
            ("id", Shape::Text),
            ("name", Shape::Text),
            ("description", Shape::Text),
        ])),
    ),
    (
        "competencies",
        Shape::List(&Shape::Object(&[
            ("id", Shape::Text),
            ("pillar", Shape::Text),
            ("name", Shape::Text),
            ("description", Shape::Text),
            ("weight", Shape::Number),
            ("items", Shape::List(&ITEM)),
            ("actions", Shape::List(&ACTION)),
        ])),
    ),
    (
        "motivation",
        Shape::Object(&[
            ("name", Shape::Text),
            ("description", Shape::Text),
            ("threshold", Shape::Number),
            ("items", Shape::List(&ITEM)),
        ]),
    ),
    (
        "background",
        Shape::List(&Shape::Object(&[
            ("id", Shape::Text),
            ("question", Shape::Text),
            (
                "options",
                Shape::List(&Shape::Object(&[
                    ("label", Shape::Text),
                    ("value", Shape::Number),
                ])),
            ),
        ])),
    ),
    (
        "checklist",
        Shape::List(&Shape::Object(&[
            ("id", Shape::Text),
            ("label", Shape::Text),
            (
                "background",
                Shape::Nullable(&Shape::Object(&[
                    ("question", Shape::Text),
                    ("min", Shape::Number),
                ])),
            ),
            (
                "competency",
                Shape::Nullable(&Shape::Object(&[
                    ("id", Shape::Text),
                    ("min_level", Shape::Count),
                ])),
            ),
        ])),
    ),
    (
        "roles",
        Shape::List(&Shape::Object(&[
            ("id", Shape::Text),
            ("name", Shape::Text),
            ("description", Shape::Text),
            ("minimums", Shape::Map(&Shape::Count)),
            ("weights", Shape::Map(&Shape::Number)),
            (
                "almost_ready",
                Shape::Object(&[("max_gap", Shape::Number), ("max_blockers", Shape::Count)]),
            ),
        ])),
    ),
    ("default_role", Shape::Text),
]);

// Every field has a default so that a missing field becomes a validation problem with its path,
// reported together with all the others, instead of the first and only parse error.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Framework {
    pub format: u32,
    pub id: String,
    pub version: String,
    pub title: String,
    pub description: String,
    pub pillars: Vec<Pillar>,
    pub competencies: Vec<Competency>,
    pub motivation: Motivation,
    pub background: Vec<BackgroundQuestion>,
    pub checklist: Vec<ChecklistEntry>,
    pub roles: Vec<RoleProfile>,
    pub default_role: String,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Pillar {
    pub id: String,
    pub name: String,
    pub description: String,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Competency {
    pub id: String,
    pub pillar: String,
    pub name: String,
    pub description: String,
    #[serde(default = "one")]
    pub weight: f64,
    pub items: Vec<Item>,
    pub actions: Vec<Action>,
}

fn one() -> f64 {
    1.0
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Item {
    pub id: String,
    pub situation: String,
    pub rater_situation: Option<String>,
    pub anchors: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActionKind {
    Stretch,
    Practice,
    Feedback,
    Reading,
}

impl ActionKind {
    pub fn label(self) -> &'static str {
        match self {
            ActionKind::Stretch => "Stretch assignment",
            ActionKind::Practice => "Practice",
            ActionKind::Feedback => "Feedback to seek",
            ActionKind::Reading => "Reading",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Action {
    pub id: String,
    pub kind: Option<ActionKind>,
    pub text: String,
    pub signal: String,
    pub horizon: u32,
    /// [min, max]: the current levels this action suits.
    pub levels: Vec<u32>,
    pub book: Option<Book>,
}

impl Action {
    pub fn suits(&self, level: u32) -> bool {
        match self.levels[..] {
            [min, max] => (min..=max).contains(&level),
            _ => false,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Book {
    pub title: String,
    pub author: String,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Motivation {
    pub name: String,
    pub description: String,
    pub threshold: f64,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct BackgroundQuestion {
    pub id: String,
    pub question: String,
    pub options: Vec<BackgroundOption>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct BackgroundOption {
    pub label: String,
    pub value: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ChecklistEntry {
    pub id: String,
    pub label: String,
    pub background: Option<BackgroundRequirement>,
    pub competency: Option<CompetencyRequirement>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct BackgroundRequirement {
    pub question: String,
    pub min: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CompetencyRequirement {
    pub id: String,
    pub min_level: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct RoleProfile {
    pub id: String,
    pub name: String,
    pub description: String,
    pub minimums: BTreeMap<String, u32>,
    pub weights: BTreeMap<String, f64>,
    pub almost_ready: AlmostReady,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AlmostReady {
    pub max_gap: f64,
    pub max_blockers: usize,
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
}

impl Framework {
    /// Parses and validates a framework; every problem comes back with its JSON path.
    pub fn load(json: &str) -> Result<Framework, Vec<Problem>> {
        if json.len() > MAX_BYTES {
            return Err(vec![Problem::new(
                "",
                format!(
                    "the file is {} bytes; a framework may be at most {MAX_BYTES}",
                    json.len()
                ),
            )]);
        }
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| vec![Problem::from_syntax(&e)])?;
        let problems = shape::check(&value, &FRAMEWORK);
        if !problems.is_empty() {
            return Err(problems);
        }
        let framework: Framework =
            serde_json::from_value(value).map_err(|e| vec![Problem::new("", e.to_string())])?;
        let problems = validate::framework(&framework);
        if problems.is_empty() {
            Ok(framework)
        } else {
            Err(problems)
        }
    }

    /// The built-in Engineering Manager framework. It ships with the app and is validated by the
    /// test suite, so failing here is a build defect, not bad input.
    pub fn builtin() -> Framework {
        match Framework::load(BUILTIN_JSON) {
            Ok(framework) => framework,
            Err(problems) => panic!("the built-in framework is invalid: {problems:?}"),
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

    pub fn scored_item_count(&self) -> usize {
        self.competencies.iter().map(|c| c.items.len()).sum()
    }
}
