//! A framework's text in other languages. A translation has the framework's shape with only its
//! text: lists of things with ids become objects keyed by id, anchors and background options
//! stay lists in the same order, and ids, numbers and rules are never repeated, so a translation
//! cannot change what is scored (docs/framework-format.md, "Languages").
//!
//! Every text of the framework must be translated, with the same number of anchors and options,
//! and nothing may be translated that the framework does not have: each miss is a problem named
//! by its path, such as `translations.de.competencies.mentoring.items.mentoring-1.anchors`.

use super::framework::{Action, Framework, Item};
use super::i18n::Lang;
use super::problem::Problem;
use super::validate;
use serde_json::{Map, Value};

/// The header fields of a translation kept in a file of its own.
const HEADER: [&str; 3] = ["format", "framework", "lang"];

/// A framework's text in one language, in the order of [`texts`]: checked against the
/// framework once, so that applying it cannot fail.
#[derive(Debug, Clone, PartialEq)]
pub struct Translation {
    pub lang: Lang,
    texts: Vec<Text>,
}

#[derive(Debug, Clone, PartialEq)]
enum Text {
    One(String),
    Many(Vec<String>),
}

/// A place in a framework that holds text, with its path in a translation.
struct Field<'a> {
    path: Vec<String>,
    slot: Slot<'a>,
}

enum Slot<'a> {
    One(&'a mut String),
    /// Anchors or option labels: a list whose length and order carry meaning.
    Many(Vec<&'a mut String>),
}

/// Every text of a framework that a translation gives, in a fixed order. Empty optional texts
/// (no rater wording, no draw, no other path) have nothing to translate.
fn texts(f: &mut Framework) -> Vec<Field<'_>> {
    let Framework {
        title,
        description,
        pillars,
        competencies,
        motivation,
        background,
        checklist,
        roles,
        plans,
        ..
    } = f;
    let mut out = Vec::new();
    one(&mut out, path(&["title"]), title);
    one(&mut out, path(&["description"]), description);
    for p in pillars {
        let at = path(&["pillars", &p.id]);
        one(&mut out, under(&at, "name"), &mut p.name);
        one(&mut out, under(&at, "description"), &mut p.description);
    }
    for c in competencies {
        let at = path(&["competencies", &c.id]);
        one(&mut out, under(&at, "name"), &mut c.name);
        one(&mut out, under(&at, "short"), &mut c.short);
        one(&mut out, under(&at, "description"), &mut c.description);
        for i in &mut c.items {
            item(&mut out, &under(&at, "items"), i);
        }
        for a in &mut c.actions {
            action(&mut out, &under(&at, "actions"), a);
        }
    }
    one(
        &mut out,
        path(&["motivation", "name"]),
        &mut motivation.name,
    );
    one(
        &mut out,
        path(&["motivation", "description"]),
        &mut motivation.description,
    );
    for i in &mut motivation.items {
        item(&mut out, &path(&["motivation", "items"]), i);
    }
    for q in background {
        let at = path(&["background", &q.id]);
        one(&mut out, under(&at, "question"), &mut q.question);
        out.push(Field {
            path: under(&at, "options"),
            slot: Slot::Many(q.options.iter_mut().map(|o| &mut o.label).collect()),
        });
    }
    for c in checklist {
        one(&mut out, path(&["checklist", &c.id]), &mut c.label);
    }
    for r in roles {
        let at = path(&["roles", &r.id]);
        one(&mut out, under(&at, "name"), &mut r.name);
        one(&mut out, under(&at, "description"), &mut r.description);
        one(&mut out, under(&at, "first_90_days"), &mut r.first_90_days);
    }
    for (kind, list) in [
        ("ready", &mut plans.ready),
        ("building", &mut plans.building),
        ("explore", &mut plans.explore),
    ] {
        for a in list {
            action(&mut out, &path(&["plans", kind]), a);
        }
    }
    one(
        &mut out,
        path(&["plans", "alternative"]),
        &mut plans.alternative,
    );
    out
}

fn path(segments: &[&str]) -> Vec<String> {
    segments.iter().map(|s| s.to_string()).collect()
}

fn under(at: &[String], key: &str) -> Vec<String> {
    at.iter().cloned().chain([key.to_string()]).collect()
}

fn one<'a>(out: &mut Vec<Field<'a>>, path: Vec<String>, text: &'a mut String) {
    if !text.is_empty() {
        out.push(Field {
            path,
            slot: Slot::One(text),
        });
    }
}

fn item<'a>(out: &mut Vec<Field<'a>>, list: &[String], item: &'a mut Item) {
    let Item {
        id,
        situation,
        rater_situation,
        anchors,
        topic,
        draw,
    } = item;
    let at = under(list, id);
    one(out, under(&at, "situation"), situation);
    if let Some(rater) = rater_situation {
        one(out, under(&at, "rater_situation"), rater);
    }
    out.push(Field {
        path: under(&at, "anchors"),
        slot: Slot::Many(anchors.iter_mut().collect()),
    });
    one(out, under(&at, "topic"), topic);
    one(out, under(&at, "draw"), draw);
}

fn action<'a>(out: &mut Vec<Field<'a>>, list: &[String], action: &'a mut Action) {
    let at = under(list, &action.id);
    one(out, under(&at, "text"), &mut action.text);
    one(out, under(&at, "signal"), &mut action.signal);
    if let Some(book) = &mut action.book {
        let at = under(&at, "book");
        one(out, under(&at, "title"), &mut book.title);
        one(out, under(&at, "author"), &mut book.author);
    }
}

fn dotted(prefix: &str, path: &[String]) -> String {
    let mut out = prefix.to_string();
    for segment in path {
        if !out.is_empty() {
            out.push('.');
        }
        out.push_str(segment);
    }
    out
}

fn lookup<'v>(value: &'v Value, path: &[String]) -> Option<&'v Value> {
    path.iter()
        .try_fold(value, |v, key| v.as_object()?.get(key))
}

impl Translation {
    /// Reads `overlay` as `framework`'s text in `lang`; `prefix` places its problems (for example
    /// `translations.de`). Every text must be there, as text, with the framework's number of
    /// anchors and options, and nothing else may be.
    pub fn read(
        framework: &Framework,
        lang: Lang,
        overlay: &Value,
        prefix: &str,
    ) -> Result<Translation, Vec<Problem>> {
        let mut base = framework.clone();
        let fields = texts(&mut base);
        let mut problems = Vec::new();
        let mut texts = Vec::with_capacity(fields.len());
        for field in &fields {
            let path = dotted(prefix, &field.path);
            let text = match (&field.slot, lookup(overlay, &field.path)) {
                (_, None) => {
                    problems.push(Problem::new(
                        path,
                        "missing: every text of the framework needs its translation",
                    ));
                    continue;
                }
                (Slot::One(_), Some(Value::String(text))) => Text::One(text.clone()),
                (Slot::Many(list), Some(Value::Array(given))) => {
                    let strings: Vec<String> = given
                        .iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect();
                    if strings.len() != given.len() {
                        problems.push(Problem::new(path, "expected a list of texts"));
                        continue;
                    }
                    if strings.len() != list.len() {
                        problems.push(Problem::new(
                            path,
                            format!(
                                "expected {} texts, as in the framework, found {}",
                                list.len(),
                                strings.len()
                            ),
                        ));
                        continue;
                    }
                    Text::Many(strings)
                }
                (Slot::One(_), Some(_)) => {
                    problems.push(Problem::new(path, "expected text"));
                    continue;
                }
                (Slot::Many(list), Some(_)) => {
                    problems.push(Problem::new(
                        path,
                        format!("expected a list of {} texts", list.len()),
                    ));
                    continue;
                }
            };
            texts.push(text);
        }
        let known: Vec<&[String]> = fields.iter().map(|f| f.path.as_slice()).collect();
        unknown(overlay, &mut Vec::new(), &known, prefix, &mut problems);
        if !problems.is_empty() {
            return Err(problems);
        }
        let translation = Translation { lang, texts };
        // The translated text must keep the format's rules too (lengths, no empty text).
        let problems: Vec<Problem> = validate::framework(&translation.apply(framework))
            .into_iter()
            .map(|p| Problem::new(dotted(prefix, &[p.path]), p.message))
            .collect();
        if problems.is_empty() {
            Ok(translation)
        } else {
            Err(problems)
        }
    }

    /// Reads a translation kept in a file of its own: `{"format": 1, "framework": "<id>",
    /// "lang": "de", …}`.
    pub fn load(framework: &Framework, json: &str) -> Result<Translation, Vec<Problem>> {
        let value: Value =
            serde_json::from_str(json).map_err(|e| vec![Problem::from_syntax(&e)])?;
        let Some(object) = value.as_object() else {
            return Err(vec![Problem::new("", "expected an object")]);
        };
        let text = |key: &str| object.get(key).and_then(Value::as_str);
        if object.get("format").and_then(Value::as_u64) != Some(1) {
            return Err(vec![Problem::new("format", "expected 1")]);
        }
        if text("framework") != Some(framework.id.as_str()) {
            return Err(vec![Problem::new(
                "framework",
                format!(
                    "expected \"{}\", the framework this translates",
                    framework.id
                ),
            )]);
        }
        let lang = lang_of(text("lang"), "lang")?;
        Translation::read(framework, lang, &value, "")
    }

    /// The framework with this translation's text.
    pub fn apply(&self, framework: &Framework) -> Framework {
        let mut out = framework.clone();
        for (field, text) in texts(&mut out).into_iter().zip(&self.texts) {
            match (field.slot, text) {
                (Slot::One(slot), Text::One(text)) => slot.clone_from(text),
                (Slot::Many(slots), Text::Many(texts)) => {
                    for (slot, text) in slots.into_iter().zip(texts) {
                        slot.clone_from(text);
                    }
                }
                // Read from this same framework: the kinds always line up.
                _ => {}
            }
        }
        out
    }
}

/// The framework's own text in a translation's shape: what a translator starts from
/// (`cargo run --example check_framework -- --texts FILE`).
pub fn own_texts(framework: &Framework) -> Value {
    let mut f = framework.clone();
    let mut out = Value::Object(Map::new());
    for field in texts(&mut f) {
        let text = match field.slot {
            Slot::One(t) => Value::String(t.clone()),
            Slot::Many(list) => {
                Value::Array(list.into_iter().map(|t| Value::String(t.clone())).collect())
            }
        };
        insert(&mut out, &field.path, text);
    }
    out
}

fn insert(at: &mut Value, path: &[String], text: Value) {
    match (path, at) {
        ([last], Value::Object(map)) => {
            map.insert(last.clone(), text);
        }
        ([key, rest @ ..], Value::Object(map)) => insert(
            map.entry(key.clone())
                .or_insert_with(|| Value::Object(Map::new())),
            rest,
            text,
        ),
        _ => {}
    }
}

/// A language tag the app speaks, or a problem at `path`.
pub fn lang_of(tag: Option<&str>, path: &str) -> Result<Lang, Vec<Problem>> {
    tag.and_then(|t| Lang::ALL.into_iter().find(|l| l.tag() == t))
        .ok_or_else(|| {
            let tags: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
            vec![Problem::new(
                path,
                format!("expected one of the app's languages: {}", tags.join(", ")),
            )]
        })
}

/// Every key of `value` that the framework has no text for.
fn unknown(
    value: &Value,
    path: &mut Vec<String>,
    known: &[&[String]],
    prefix: &str,
    problems: &mut Vec<Problem>,
) {
    let Some(object) = value.as_object() else {
        return;
    };
    for (key, child) in object {
        if path.is_empty() && HEADER.contains(&key.as_str()) {
            continue;
        }
        path.push(key.clone());
        let leaf = known.contains(&path.as_slice());
        let inner = known
            .iter()
            .any(|k| k.len() > path.len() && k.starts_with(path));
        if !leaf && inner {
            unknown(child, path, known, prefix, problems);
        } else if !leaf {
            problems.push(Problem::new(
                dotted(prefix, path),
                "not in the framework: a translation gives only the framework's own texts",
            ));
        }
        path.pop();
    }
}

/// A framework's own translations block, `"translations": {"de": {…}, …}`, read against it.
pub fn read_all(
    framework: &Framework,
    block: &Map<String, Value>,
) -> Result<Vec<Translation>, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut out: Vec<Translation> = Vec::new();
    for (tag, overlay) in block {
        let path = format!("translations.{tag}");
        match lang_of(Some(tag), &path) {
            Ok(lang) if lang == framework.lang => problems.push(Problem::new(
                path,
                "this is the framework's own language: its text is the framework's",
            )),
            Ok(lang) => match Translation::read(framework, lang, overlay, &path) {
                Ok(t) => out.push(t),
                Err(p) => problems.extend(p),
            },
            Err(p) => problems.extend(p),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}
