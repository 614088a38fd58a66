//! Everything the app needs to speak a language other than the one built in, in one file the
//! build writes (`lang/<tag>.json`) and the app fetches: the catalogue of its own words and the
//! built-in framework's translation. `{"lang": "de", "ui": {catalogue}, "framework": {translation}}`.

use super::{Catalogue, Lang};
use crate::core::problem::Problem;
use crate::core::translation::Translation;
use crate::core::Framework;
use serde_json::Value;

/// A language's words, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Bundle {
    pub words: Catalogue,
    /// The built-in framework's text in the language; None when the bundle was read for another
    /// framework (a host's carries its own translations).
    pub framework: Option<Translation>,
}

impl Bundle {
    /// Reads a bundle for `lang`. `builtin` is the framework the bundle's translation is checked
    /// against: the built-in one, when it is the one in use.
    pub fn read(
        lang: Lang,
        json: &str,
        builtin: Option<&Framework>,
    ) -> Result<Bundle, Vec<Problem>> {
        let value: Value =
            serde_json::from_str(json).map_err(|e| vec![Problem::from_syntax(&e)])?;
        if value.get("lang").and_then(Value::as_str) != Some(lang.tag()) {
            return Err(vec![Problem::new(
                "lang",
                format!("expected \"{}\"", lang.tag()),
            )]);
        }
        let ui = value.get("ui").cloned().unwrap_or(Value::Null);
        let words = Catalogue::read(lang, &ui).map_err(|p| prefixed("ui", p))?;
        let framework = match builtin {
            Some(f) => {
                let text = value.get("framework").cloned().unwrap_or(Value::Null);
                Some(Translation::read(f, lang, &text, "framework")?)
            }
            None => None,
        };
        Ok(Bundle { words, framework })
    }
}

fn prefixed(prefix: &str, problems: Vec<Problem>) -> Vec<Problem> {
    problems
        .into_iter()
        .map(|p| Problem::new(format!("{prefix}.{}", p.path), p.message))
        .collect()
}
