//! Typed values out of JSON that `shape::check` has accepted. Written by hand rather than
//! derived: serde's derived readers are copied for every type and every list of it (about 80 KB
//! of the wasm before wasm-opt); these are a few lines each and share one reader per field type.

use super::problem::Problem;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

pub trait FromJson: Sized {
    /// The value, or what was expected where (the path is filled in on the way out).
    fn from_json(value: Value) -> Result<Self, Problem>;
}

/// A problem at the value being read; its callers prefix the path.
pub fn expected(what: &str) -> Problem {
    Problem::new("", format!("expected {what}"))
}

/// The one of `all` whose name `value` is, or a problem listing the names.
pub fn one_of<T: Copy>(
    value: &Value,
    all: &[T],
    name: fn(T) -> &'static str,
) -> Result<T, Problem> {
    let given = value.as_str().unwrap_or_default();
    all.iter()
        .copied()
        .find(|&x| name(x) == given)
        .ok_or_else(|| {
            let names: Vec<&str> = all.iter().map(|&x| name(x)).collect();
            expected(&format!("one of {}", names.join(", ")))
        })
}

#[inline(never)]
fn at(mut problem: Problem, step: &str) -> Problem {
    if !problem.path.is_empty() && !problem.path.starts_with('[') {
        problem.path.insert(0, '.');
    }
    problem.path.insert_str(0, step);
    problem
}

#[inline(never)]
fn at_index(problem: Problem, i: usize) -> Problem {
    at(problem, &format!("[{i}]"))
}

/// An object's fields, read one by one into a value that starts as its default: a field left
/// out keeps its default, as the formats allow.
pub struct Fields(Map<String, Value>);

impl Fields {
    pub fn of(value: Value) -> Result<Fields, Problem> {
        match value {
            Value::Object(map) => Ok(Fields(map)),
            _ => Err(expected("an object")),
        }
    }

    pub fn read<T: FromJson>(&mut self, key: &str, into: &mut T) -> Result<(), Problem> {
        if let Some(value) = self.take(key) {
            *into = T::from_json(value).map_err(|p| at(p, key))?;
        }
        Ok(())
    }

    // Once, not inlined into the reader of every field type.
    #[inline(never)]
    fn take(&mut self, key: &str) -> Option<Value> {
        self.0.remove(key)
    }
}

/// `FromJson` for a struct with `Default`, from the names of its fields. Every field must be
/// listed: one added to the struct and not here would be written and never read back, so it
/// fails to compile.
macro_rules! from_json_fields {
    ($ty:ident { $($field:ident),* $(,)? }) => {
        $crate::core::from_json::from_json_fields!($ty { $($field),* } except {});
    };
    // `except`: fields filled in after reading, from what was read (a framework's translations).
    ($ty:ident { $($field:ident),* $(,)? } except { $($later:ident),* }) => {
        impl $crate::core::from_json::FromJson for $ty {
            #[inline(never)]
            fn from_json(
                value: ::serde_json::Value,
            ) -> Result<Self, $crate::core::problem::Problem> {
                let _every_field_listed = |v: &$ty| {
                    let $ty { $($field: _,)* $($later: _),* } = v;
                };
                let mut fields = $crate::core::from_json::Fields::of(value)?;
                let mut out = <$ty>::default();
                $(fields.read(stringify!($field), &mut out.$field)?;)*
                Ok(out)
            }
        }
    };
}
pub(crate) use from_json_fields;

impl FromJson for String {
    fn from_json(value: Value) -> Result<Self, Problem> {
        match value {
            Value::String(s) => Ok(s),
            _ => Err(expected("text")),
        }
    }
}

impl FromJson for f64 {
    fn from_json(value: Value) -> Result<Self, Problem> {
        value.as_f64().ok_or_else(|| expected("a number"))
    }
}

fn whole(value: &Value, max: u64) -> Result<u64, Problem> {
    match value.as_u64() {
        Some(n) if n <= max => Ok(n),
        _ => Err(expected(&format!("a whole number from 0 to {max}"))),
    }
}

impl FromJson for u32 {
    fn from_json(value: Value) -> Result<Self, Problem> {
        Ok(whole(&value, u32::MAX as u64)? as u32)
    }
}

impl FromJson for usize {
    fn from_json(value: Value) -> Result<Self, Problem> {
        // The smaller of the two targets' usize, so that the host reads what the wasm reads.
        Ok(whole(&value, u32::MAX as u64)? as usize)
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: Value) -> Result<Self, Problem> {
        match value {
            Value::Null => Ok(None),
            value => T::from_json(value).map(Some),
        }
    }
}

fn list(value: Value) -> Result<Vec<Value>, Problem> {
    match value {
        Value::Array(items) => Ok(items),
        _ => Err(expected("a list")),
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: Value) -> Result<Self, Problem> {
        let items = list(value)?;
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.into_iter().enumerate() {
            out.push(T::from_json(item).map_err(|p| at_index(p, i))?);
        }
        Ok(out)
    }
}

impl<T: FromJson + Ord> FromJson for BTreeSet<T> {
    fn from_json(value: Value) -> Result<Self, Problem> {
        Ok(Vec::<T>::from_json(value)?.into_iter().collect())
    }
}

impl<T: FromJson> FromJson for BTreeMap<String, T> {
    fn from_json(value: Value) -> Result<Self, Problem> {
        let Value::Object(map) = value else {
            return Err(expected("an object"));
        };
        let mut out = BTreeMap::new();
        for (key, item) in map {
            let item = T::from_json(item).map_err(|p| at(p, &key))?;
            out.insert(key, item);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, Default, PartialEq)]
    struct Inner {
        levels: Vec<u32>,
    }
    from_json_fields!(Inner { levels });

    #[derive(Debug, Default, PartialEq)]
    struct Doc {
        name: String,
        note: Option<String>,
        inner: Vec<Inner>,
        weights: BTreeMap<String, f64>,
    }
    from_json_fields!(Doc {
        name,
        note,
        inner,
        weights
    });

    #[test]
    fn reads_fields_and_keeps_defaults_for_those_left_out() {
        let doc = json!({"name": "a", "inner": [{"levels": [1, 2]}, {}], "weights": {"x": 0.5}, "other": 1});
        assert_eq!(
            Doc::from_json(doc).unwrap(),
            Doc {
                name: "a".into(),
                note: None,
                inner: vec![Inner { levels: vec![1, 2] }, Inner::default()],
                weights: BTreeMap::from([("x".to_string(), 0.5)]),
            }
        );
        assert_eq!(
            Doc::from_json(json!({"note": null})).unwrap(),
            Doc::default()
        );
    }

    #[test]
    fn names_where_a_value_is_not_what_was_expected() {
        let wrong = |doc: Value| Doc::from_json(doc).unwrap_err().to_string();
        assert_eq!(
            wrong(json!({"inner": [{}, {"levels": [1, -1]}]})),
            "inner[1].levels[1]: expected a whole number from 0 to 4294967295"
        );
        assert_eq!(
            wrong(json!({"inner": [{"levels": [5000000000u64]}]})),
            "inner[0].levels[0]: expected a whole number from 0 to 4294967295"
        );
        assert_eq!(
            wrong(json!({"weights": {"x": "1"}})),
            "weights.x: expected a number"
        );
        assert_eq!(wrong(json!({"name": 1})), "name: expected text");
        assert_eq!(wrong(json!({"inner": {}})), "inner: expected a list");
        assert_eq!(wrong(json!([])), "expected an object");
    }
}
