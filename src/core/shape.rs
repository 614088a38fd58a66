//! Checks the shape of a JSON document (types, known fields) and names every mismatch by its
//! path, before `from_json` turns it into typed data, which stops at the first error.

use super::problem::Problem;
use serde_json::Value;

/// Whole numbers above this are refused: no count or level in the formats comes near it.
pub const MAX_COUNT: u64 = 1_000_000;

/// What a JSON value must look like.
pub enum Shape {
    Text,
    Number,
    /// A whole number from 0 to MAX_COUNT.
    Count,
    /// A 32-bit unsigned number, such as a random id.
    Id32,
    Bool,
    /// One of these strings.
    OneOf(&'static [&'static str]),
    /// `YYYY-MM-DD`.
    Date,
    /// 1–5 or "na".
    Answer,
    List(&'static Shape),
    /// An object with any keys and values of one shape.
    Map(&'static Shape),
    /// An object with these fields, all optional; no others.
    Object(&'static [(&'static str, Shape)]),
    /// The shape, or null.
    Nullable(&'static Shape),
    /// Anything: checked elsewhere, once what it refers to is read.
    Any,
}

/// Every place where `value` does not have `shape`.
pub fn check(value: &Value, shape: &Shape) -> Vec<Problem> {
    let mut problems = Vec::new();
    walk(value, shape, &mut String::new(), &mut problems);
    problems
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn expected(shape: &Shape) -> String {
    match shape {
        Shape::Text => "text".into(),
        Shape::Number => "a number".into(),
        Shape::Count => format!("a whole number from 0 to {MAX_COUNT}"),
        Shape::Id32 => "an id (a whole number below 2^32)".into(),
        Shape::Bool => "true or false".into(),
        Shape::OneOf(options) => format!("one of {}", options.join(", ")),
        Shape::Date => "a date (YYYY-MM-DD)".into(),
        Shape::Answer => "an answer (1 to 5, or \"na\")".into(),
        Shape::List(_) => "a list".into(),
        Shape::Map(_) | Shape::Object(_) => "an object".into(),
        Shape::Nullable(inner) => expected(inner),
        Shape::Any => "anything".into(),
    }
}

fn walk(value: &Value, shape: &Shape, path: &mut String, problems: &mut Vec<Problem>) {
    let fits = match (shape, value) {
        (Shape::Any, _) | (Shape::Nullable(_), Value::Null) => true,
        (Shape::Nullable(inner), _) => return walk(value, inner, path, problems),
        (Shape::Text, Value::String(_))
        | (Shape::Number, Value::Number(_))
        | (Shape::Bool, Value::Bool(_)) => true,
        (Shape::Count, Value::Number(n)) => n.as_u64().is_some_and(|n| n <= MAX_COUNT),
        (Shape::Id32, Value::Number(n)) => n.as_u64().is_some_and(|n| n <= u32::MAX as u64),
        (Shape::OneOf(options), Value::String(s)) => options.contains(&s.as_str()),
        (Shape::Date, Value::String(s)) => super::date::Date::parse(s).is_some(),
        (Shape::Answer, Value::Number(n)) => matches!(n.as_u64(), Some(1..=5)),
        (Shape::Answer, Value::String(s)) => s == "na",
        (Shape::List(inner), Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                walk(item, inner, path, problems);
                path.truncate(len);
            }
            true
        }
        (Shape::Map(inner), Value::Object(map)) => {
            for (key, item) in map {
                within(path, key, |path| walk(item, inner, path, problems));
            }
            true
        }
        (Shape::Object(fields), Value::Object(map)) => {
            for (key, item) in map {
                match fields.iter().find(|(name, _)| name == key) {
                    Some((_, inner)) => within(path, key, |path| walk(item, inner, path, problems)),
                    None => within(path, key, |path| {
                        let known: Vec<&str> = fields.iter().map(|f| f.0).collect();
                        problems.push(Problem::new(
                            path.clone(),
                            format!("unknown field; the known ones are {}", known.join(", ")),
                        ));
                    }),
                }
            }
            true
        }
        _ => false,
    };
    if !fits {
        problems.push(Problem::new(
            path.clone(),
            format!("expected {}, found {}", expected(shape), describe(value)),
        ));
    }
}

fn within(path: &mut String, key: &str, f: impl FnOnce(&mut String)) {
    let len = path.len();
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(key);
    f(path);
    path.truncate(len);
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const ITEM: Shape =
        Shape::Object(&[("id", Shape::Text), ("levels", Shape::List(&Shape::Count))]);
    const DOC: Shape = Shape::Object(&[
        ("items", Shape::List(&ITEM)),
        ("when", Shape::Nullable(&Shape::Date)),
    ]);

    #[test]
    fn names_every_mismatch() {
        let doc = json!({"items": [{"id": 1, "levels": [1, -2]}, {"idd": "x"}], "when": "2026-02-30", "extra": true});
        let found: Vec<String> = check(&doc, &DOC).iter().map(|p| p.to_string()).collect();
        assert_eq!(
            found,
            vec![
                "extra: unknown field; the known ones are items, when",
                "items[0].id: expected text, found a number",
                "items[0].levels[1]: expected a whole number from 0 to 1000000, found a number",
                "items[1].idd: unknown field; the known ones are id, levels",
                "when: expected a date (YYYY-MM-DD), found text",
            ]
        );
        assert!(check(&json!({"items": [], "when": null}), &DOC).is_empty());
        assert_eq!(
            check(&json!([1]), &DOC)[0].to_string(),
            "expected an object, found a list"
        );
    }
}
