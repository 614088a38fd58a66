//! Reading a framework: its size, its JSON syntax, its shape (types and known fields, every
//! mismatch with its path), then every rule of the format (`validate`). Kept apart from the types
//! in `framework`, so that `validate` depends on them and nothing depends back.

use super::framework::Framework;
use super::from_json::FromJson;
use super::i18n::Lang;
use super::problem::Problem;
use super::shape::{self, Shape};
use super::translation::{self, Translation};
use super::validate;

/// A framework larger than this is refused before parsing: no real one comes close.
pub const MAX_BYTES: usize = 2_000_000;

/// content/engineering-manager.json, without its whitespace (build.rs).
const BUILTIN_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/builtin.json"));

/// The app's languages, as a framework's `lang` writes them.
const LANG_TAGS: &[&str] = &["en", "de", "fr", "es", "pt-BR", "ar"];

/// The kinds of action, as the format writes them.
pub const ACTION_KINDS: &[&str] = &[
    "stretch",
    "practice",
    "feedback",
    "reading",
    "opportunity",
    "transition",
    "route",
    "trial",
    "path",
];

// The shape of the format, checked before the typed reading (`from_json`) so that every type
// error and unknown field is reported with its path (docs/framework-format.md).
const ITEM: Shape = Shape::Object(&[
    ("id", Shape::Text),
    ("situation", Shape::Text),
    ("rater_situation", Shape::Nullable(&Shape::Text)),
    ("anchors", Shape::List(&Shape::Text)),
    ("topic", Shape::Text),
    ("draw", Shape::Text),
]);
const REQUIREMENT: Shape = Shape::Object(&[("question", Shape::Text), ("min", Shape::Number)]);
const ACTION: Shape = Shape::Object(&[
    ("id", Shape::Text),
    ("kind", Shape::OneOf(ACTION_KINDS)),
    ("text", Shape::Text),
    ("signal", Shape::Text),
    ("horizon", Shape::Count),
    ("levels", Shape::List(&Shape::Count)),
    ("items", Shape::List(&Shape::Text)),
    ("roles", Shape::List(&Shape::Text)),
    ("via", Shape::Text),
    ("unless", Shape::List(&REQUIREMENT)),
    ("already", Shape::List(&REQUIREMENT)),
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
    ("replaces", Shape::List(&Shape::Text)),
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
            ("short", Shape::Text),
            ("description", Shape::Text),
            ("weight", Shape::Number),
            ("items", Shape::List(&ITEM)),
            ("actions", Shape::List(&ACTION)),
            ("roles", Shape::List(&Shape::Text)),
            ("since", Shape::Text),
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
            ("supports", Shape::List(&Shape::Text)),
            ("unit", Shape::OneOf(&["years", "people"])),
            ("since", Shape::Text),
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
            ("background", Shape::Nullable(&REQUIREMENT)),
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
                Shape::Object(&[
                    ("max_months", Shape::Number),
                    ("max_gap", Shape::Number),
                    ("max_weighted_gap", Shape::Number),
                    ("max_blockers", Shape::Count),
                ]),
            ),
            ("first_90_days", Shape::Text),
            ("held_when", Shape::List(&REQUIREMENT)),
        ])),
    ),
    ("default_role", Shape::Text),
    ("lang", Shape::OneOf(LANG_TAGS)),
    // Checked against the framework once it is read (translation.rs).
    ("translations", Shape::Map(&Shape::Any)),
    ("experienced_manager", Shape::List(&REQUIREMENT)),
    ("offered", Shape::List(&REQUIREMENT)),
    (
        "plans",
        Shape::Object(&[
            ("ready", Shape::List(&ACTION)),
            ("building", Shape::List(&ACTION)),
            ("explore", Shape::List(&ACTION)),
            ("alternative", Shape::Text),
        ]),
    ),
]);

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
        let mut value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| vec![Problem::from_syntax(&e)])?;
        let problems = shape::check(&value, &FRAMEWORK);
        if !problems.is_empty() {
            return Err(problems);
        }
        let translations = value.as_object_mut().and_then(|o| o.remove("translations"));
        let mut framework = Framework::from_json(value).map_err(|p| vec![p])?;
        let problems = validate::framework(&framework);
        if !problems.is_empty() {
            return Err(problems);
        }
        if let Some(serde_json::Value::Object(block)) = translations {
            framework.translations = translation::read_all(&framework, &block)?;
        }
        Ok(framework)
    }

    /// Adds a translation kept in a file of its own (`<framework>.<lang>.json`), replacing any
    /// earlier one of the same language.
    pub fn add_translation(&mut self, json: &str) -> Result<Lang, Vec<Problem>> {
        let t = Translation::load(self, json)?;
        if t.lang == self.lang {
            return Err(vec![Problem::new(
                "lang",
                "this is the framework's own language: its text is the framework's",
            )]);
        }
        let lang = t.lang;
        self.translations.retain(|old| old.lang != lang);
        self.translations.push(t);
        Ok(lang)
    }

    /// The built-in Engineering Manager framework. It ships with the app and is validated by the
    /// test suite, so failing here is a build defect, not bad input.
    pub fn builtin() -> Framework {
        match Framework::load(BUILTIN_JSON) {
            Ok(framework) => framework,
            Err(problems) => panic!("the built-in framework is invalid: {problems:?}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{ACTION_KINDS, BUILTIN_JSON};
    use crate::core::framework::ActionKind;
    use crate::core::from_json::FromJson;

    #[test]
    fn every_kind_of_action_the_format_allows_reads_back() {
        let keys: Vec<&str> = ActionKind::ALL.iter().map(|k| k.key()).collect();
        assert_eq!(keys, ACTION_KINDS);
        for kind in ActionKind::ALL {
            assert_eq!(ActionKind::from_json(kind.key().into()), Ok(kind));
        }
        assert_eq!(
            ActionKind::from_json("course".into())
                .unwrap_err()
                .to_string(),
            format!("expected one of {}", ACTION_KINDS.join(", "))
        );
    }

    #[test]
    fn the_embedded_framework_is_the_content_file_without_its_whitespace() {
        let source = include_str!("../../content/engineering-manager.json");
        let read = |text: &str| serde_json::from_str::<serde_json::Value>(text).expect("JSON");
        assert_eq!(read(BUILTIN_JSON), read(source));
        assert!(
            BUILTIN_JSON.len() * 10 < source.len() * 8,
            "whitespace left"
        );
        // Whitespace inside strings is text, and stays.
        assert!(BUILTIN_JSON.contains("Real situations from an engineering manager's week"));
    }
}
