//! Three-way merge of saved data, for two tabs that change it at once (docs/storage.md).
//!
//! Each side is compared with the last state both saw (`base`): what only one side changed is
//! taken from that side, so two tabs answering different items keep both answers. Objects merge
//! key by key; lists of objects with an `id` (or a `request` number) merge element by element;
//! lists of text merge as sets (ticked actions). When both sides changed the same value
//! differently, `mine` wins: it is the change not yet saved, so the most recent one.

use serde_json::{Map, Value};

pub fn three_way(base: &Value, mine: &Value, theirs: &Value) -> Value {
    if mine == theirs || theirs == base {
        return mine.clone();
    }
    if mine == base {
        return theirs.clone();
    }
    match (mine, theirs) {
        // Two different things under one name (a new assessment in one tab, the old one
        // finished in the other): never mixed field by field. The side that replaced it wins;
        // when both did, mine.
        (Value::Object(_), Value::Object(_)) if key_of(mine) != key_of(theirs) => {
            if key_of(mine) == key_of(base) {
                theirs.clone()
            } else {
                mine.clone()
            }
        }
        (Value::Object(m), Value::Object(t)) => Value::Object(objects(base.as_object(), m, t)),
        // Removed on one side, changed on the other: the change is kept, as in keyed lists.
        (Value::Null, _) => theirs.clone(),
        (Value::Array(m), Value::Array(t)) => {
            let b = base.as_array().map_or(&[][..], Vec::as_slice);
            let all = || m.iter().chain(t).chain(b);
            if all().all(|v| key_of(v).is_some()) {
                Value::Array(keyed_lists(b, m, t))
            } else if all().all(Value::is_string) {
                Value::Array(sets(b, m, t))
            } else {
                mine.clone()
            }
        }
        _ => mine.clone(),
    }
}

fn objects(
    base: Option<&Map<String, Value>>,
    m: &Map<String, Value>,
    t: &Map<String, Value>,
) -> Map<String, Value> {
    let empty = Map::new();
    let b = base.unwrap_or(&empty);
    let mut keys: Vec<&String> = m.keys().chain(t.keys()).chain(b.keys()).collect();
    super::order::sort_by(&mut keys, |a, b| a.cmp(b));
    keys.dedup();
    let mut out = Map::new();
    for k in keys {
        if let Some(v) = one(b.get(k), m.get(k), t.get(k)) {
            out.insert(k.clone(), v);
        }
    }
    out
}

/// One entry of a map or keyed list: present, added or removed on either side.
fn one(b: Option<&Value>, m: Option<&Value>, t: Option<&Value>) -> Option<Value> {
    match (b, m, t) {
        (b, Some(m), Some(t)) => Some(three_way(b.unwrap_or(&Value::Null), m, t)),
        // Removed on one side: gone, unless the other side changed it meanwhile.
        (Some(b), None, Some(t)) | (Some(b), Some(t), None) => (t != b).then(|| t.clone()),
        (None, Some(x), None) | (None, None, Some(x)) => Some(x.clone()),
        (_, None, None) => None,
    }
}

fn key_of(v: &Value) -> Option<String> {
    let o = v.as_object()?;
    match (o.get("id"), o.get("request")) {
        (Some(Value::String(id)), _) => Some(id.clone()),
        (_, Some(Value::Number(n))) => Some(n.to_string()),
        _ => None,
    }
}

/// Theirs in their order, then what only mine has, in mine's order.
fn keyed_lists(b: &[Value], m: &[Value], t: &[Value]) -> Vec<Value> {
    let find = |list: &[Value], k: &str| {
        list.iter()
            .find(|v| key_of(v).as_deref() == Some(k))
            .cloned()
    };
    let mut order: Vec<String> = t.iter().chain(m).filter_map(key_of).collect();
    let mut seen = std::collections::BTreeSet::new();
    order.retain(|k| seen.insert(k.clone()));
    order
        .iter()
        .filter_map(|k| {
            one(
                find(b, k).as_ref(),
                find(m, k).as_ref(),
                find(t, k).as_ref(),
            )
        })
        .collect()
}

/// Added on either side stays; removed on either side goes. Sorted, as the sets are.
fn sets(b: &[Value], m: &[Value], t: &[Value]) -> Vec<Value> {
    let mut all: Vec<&Value> = m.iter().chain(t).collect();
    super::order::sort_by(&mut all, |x, y| x.as_str().cmp(&y.as_str()));
    all.dedup();
    all.into_iter()
        .filter(|v| {
            let was = b.contains(v);
            !(was && (!m.contains(v) || !t.contains(v)))
        })
        .cloned()
        .collect()
}
