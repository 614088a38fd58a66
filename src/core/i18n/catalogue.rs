//! The app's own words in one language: a catalogue of messages (`content/ui/<lang>.json`), each
//! reached through a method generated from the English catalogue at build time, so that a message
//! or a placeholder that does not exist fails the build rather than showing an empty string.
//!
//! A message is text with `{placeholders}`, or plural forms keyed by CLDR category
//! (`{"one": "{n} question", "other": "{n} questions"}`) that must be exactly the forms the
//! language has. A catalogue read at run time (one the app fetched) is checked the same way.

use super::{Lang, Plural};
use crate::core::problem::Problem;
use serde_json::Value;
use std::fmt::Display;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// The English catalogue, without its whitespace (build.rs).
const ENGLISH: &str = include_str!(concat!(env!("OUT_DIR"), "/en.json"));

#[derive(Debug, Clone, PartialEq)]
pub struct Catalogue {
    pub lang: Lang,
    messages: Vec<Message>,
    /// The numbers 0 to 10 in words, for `{n_words}`; empty when the language writes digits.
    words: Vec<String>,
}

/// A count or a measure that picks a plural form: whole numbers take the language's form for
/// them, a fraction ("1.5 months") the `other` form.
pub trait Quantity {
    fn quantity(self) -> f64;
}

macro_rules! quantity {
    ($($t:ty),*) => {$(
        impl Quantity for $t {
            fn quantity(self) -> f64 {
                self as f64
            }
        }
    )*};
}
quantity!(usize, u8, u32, u64, i32, f64);

#[derive(Debug, Clone, PartialEq)]
enum Message {
    /// Text without placeholders.
    Plain(String),
    Template(Vec<Segment>),
    /// The forms the language has, each a template.
    Plural(Vec<(Plural, Vec<Segment>)>),
}

#[derive(Debug, Clone, PartialEq)]
enum Segment {
    Text(String),
    /// The message's placeholder at this index of its `ARGS`.
    Arg(usize),
}

impl Catalogue {
    /// The English catalogue. It ships with the app and build.rs has read it, so failing here is
    /// a build defect, not bad input.
    pub fn english() -> Catalogue {
        match Catalogue::load(Lang::En, ENGLISH) {
            Ok(c) => c,
            Err(problems) => panic!("the English catalogue is invalid: {problems:?}"),
        }
    }

    /// Reads a catalogue in `lang`: every message of the English one, with its placeholders and
    /// the language's plural forms, and no other; each problem is named by its key.
    pub fn load(lang: Lang, json: &str) -> Result<Catalogue, Vec<Problem>> {
        let value: Value =
            serde_json::from_str(json).map_err(|e| vec![Problem::from_syntax(&e)])?;
        Catalogue::read(lang, &value)
    }

    /// `load`, from JSON already parsed.
    pub fn read(lang: Lang, value: &Value) -> Result<Catalogue, Vec<Problem>> {
        let Some(Value::Object(given)) = value.get("messages") else {
            return Err(vec![Problem::new(
                "messages",
                "expected an object of messages",
            )]);
        };
        let mut problems = Vec::new();
        let mut messages = Vec::with_capacity(KEYS.len());
        for (i, key) in KEYS.iter().enumerate() {
            let at = format!("messages.{key}");
            match read(lang, i, given.get(*key), &at) {
                Ok(m) => messages.push(m),
                Err(p) => problems.extend(p),
            }
        }
        for key in given.keys() {
            if !KEYS.contains(&key.as_str()) {
                problems.push(Problem::new(
                    format!("messages.{key}"),
                    "not a message of the app",
                ));
            }
        }
        let words: Vec<String> = match value.get("numbers") {
            None => Vec::new(),
            Some(Value::Array(list)) if list.len() == 11 && list.iter().all(Value::is_string) => {
                list.iter()
                    .filter_map(|w| w.as_str().map(str::to_string))
                    .collect()
            }
            Some(_) => {
                problems.push(Problem::new(
                    "numbers",
                    "expected the numbers 0 to 10 in words",
                ));
                Vec::new()
            }
        };
        if problems.is_empty() {
            Ok(Catalogue {
                lang,
                messages,
                words,
            })
        } else {
            Err(problems)
        }
    }

    fn text(&self, i: usize) -> &str {
        match &self.messages[i] {
            Message::Plain(text) => text,
            // Generated only for messages without placeholders, which load reads as Plain.
            _ => "",
        }
    }

    fn fill(&self, i: usize, args: &[&dyn Display]) -> String {
        match &self.messages[i] {
            Message::Plain(text) => text.clone(),
            Message::Template(segments) => render(segments, args),
            Message::Plural(forms) => forms
                .first()
                .map(|(_, s)| render(s, args))
                .unwrap_or_default(),
        }
    }

    fn count(&self, i: usize, n: f64, args: &[&dyn Display]) -> String {
        let whole = n.fract() == 0.0 && n >= 0.0;
        let wanted = if whole {
            self.lang.plural(n as u64)
        } else {
            Plural::Other
        };
        let digits = self.lang.plain(n);
        let words = match self.words.get(n as usize) {
            Some(word) if whole => word.clone(),
            _ => digits.clone(),
        };
        let mut all: Vec<&dyn Display> = vec![&digits, &words];
        all.extend_from_slice(args);
        match &self.messages[i] {
            Message::Plural(forms) => forms
                .iter()
                .find(|(p, _)| *p == wanted)
                .or_else(|| forms.iter().find(|(p, _)| *p == Plural::Other))
                .map(|(_, s)| render(s, &all))
                .unwrap_or_default(),
            _ => self.fill(i, &all),
        }
    }

    /// "a", "a and b", "a, b and c", as the language joins a list.
    pub fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => self.list_and(&rest.join(self.list_separator()), last),
        }
    }

    /// A day as the language writes it in running text: "27 Nov 2026", "27. Nov. 2026".
    pub fn date(&self, date: crate::core::Date) -> String {
        let (y, m, d) = date.ymd();
        let month = match m {
            1 => self.month_1(),
            2 => self.month_2(),
            3 => self.month_3(),
            4 => self.month_4(),
            5 => self.month_5(),
            6 => self.month_6(),
            7 => self.month_7(),
            8 => self.month_8(),
            9 => self.month_9(),
            10 => self.month_10(),
            11 => self.month_11(),
            _ => self.month_12(),
        };
        self.date_short(&d, &month, &y)
    }

    /// A level as people read it (`scoring::tenths`), or "limited evidence" without one.
    pub fn level(&self, level: Option<f64>) -> String {
        match level {
            Some(l) => self.lang.tenths(crate::core::scoring::tenths(l)),
            None => self.level_limited_evidence().to_string(),
        }
    }

    /// A label used mid-sentence: "People you have mentored" → "people you have mentored".
    /// German and Arabic keep it as written (German capitals belong to nouns, Arabic has none).
    pub fn mid_sentence(&self, text: &str) -> String {
        match self.lang {
            Lang::De | Lang::Ar => text.to_string(),
            _ => crate::core::text::lower_first(text),
        }
    }

    /// A role's name where English needs its indefinite article ("an Engineering Manager");
    /// other languages' messages place the bare name.
    pub fn a_role(&self, name: &str) -> String {
        match self.lang {
            Lang::En => crate::core::text::a_or_an(name),
            _ => name.to_string(),
        }
    }
}

fn render(segments: &[Segment], args: &[&dyn Display]) -> String {
    let mut out = String::new();
    for segment in segments {
        match segment {
            Segment::Text(t) => out.push_str(t),
            Segment::Arg(a) => {
                if let Some(arg) = args.get(*a) {
                    out.push_str(&arg.to_string());
                }
            }
        }
    }
    out
}

/// Message `i` as `lang` writes it, checked against the English message's shape.
fn read(lang: Lang, i: usize, value: Option<&Value>, at: &str) -> Result<Message, Vec<Problem>> {
    let names = ARGS[i];
    match (PLURAL[i], value) {
        (_, None) => Err(vec![Problem::new(at, "missing")]),
        (false, Some(Value::String(text))) => {
            let segments = template(text, names, at)?;
            let used = |a: usize| segments.contains(&Segment::Arg(a));
            if let Some(lost) = (0..names.len()).find(|&a| !used(a)) {
                return Err(vec![Problem::new(
                    at,
                    format!("the placeholder {{{}}} is missing", names[lost]),
                )]);
            }
            Ok(match segments.as_slice() {
                [] => Message::Plain(String::new()),
                [Segment::Text(t)] => Message::Plain(t.clone()),
                _ => Message::Template(segments),
            })
        }
        (true, Some(Value::Object(forms))) => {
            let mut problems = Vec::new();
            let mut out = Vec::new();
            for plural in lang.plurals() {
                match forms.get(plural.key()) {
                    Some(Value::String(text)) => match template(text, names, at) {
                        Ok(s) => out.push((*plural, s)),
                        Err(p) => problems.extend(p),
                    },
                    _ => problems.push(Problem::new(
                        format!("{at}.{}", plural.key()),
                        format!("missing: {} needs this plural form", lang.tag()),
                    )),
                }
            }
            for key in forms.keys() {
                let known = Plural::from_key(key).is_some_and(|p| lang.plurals().contains(&p));
                if !known {
                    problems.push(Problem::new(
                        format!("{at}.{key}"),
                        format!("not a plural form of {}", lang.tag()),
                    ));
                }
            }
            // A form may leave out the count ("eine Frage"), never another placeholder.
            let used = |a: usize| out.iter().any(|(_, s)| s.contains(&Segment::Arg(a)));
            if let Some(lost) = (2..names.len()).find(|&a| problems.is_empty() && !used(a)) {
                problems.push(Problem::new(
                    at,
                    format!("the placeholder {{{}}} is missing", names[lost]),
                ));
            }
            if problems.is_empty() {
                Ok(Message::Plural(out))
            } else {
                Err(problems)
            }
        }
        (true, Some(_)) => Err(vec![Problem::new(at, "expected plural forms")]),
        (false, Some(_)) => Err(vec![Problem::new(at, "expected text")]),
    }
}

/// Text with `{name}` placeholders, each one of `names`.
fn template(text: &str, names: &[&str], at: &str) -> Result<Vec<Segment>, Vec<Problem>> {
    let mut segments = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            return Err(vec![Problem::new(at, "a { without its }")]);
        };
        let name = &rest[start + 1..start + len];
        let Some(index) = names.iter().position(|n| *n == name) else {
            return Err(vec![Problem::new(
                at,
                format!("{{{name}}} is not a placeholder of this message"),
            )]);
        };
        if start > 0 {
            segments.push(Segment::Text(rest[..start].to_string()));
        }
        segments.push(Segment::Arg(index));
        rest = &rest[start + len + 1..];
    }
    if !rest.is_empty() {
        segments.push(Segment::Text(rest.to_string()));
    }
    Ok(segments)
}
