//! Two jobs before the crate compiles:
//! - writes the built-in framework without the whitespace between its tokens, as the app embeds
//!   it: `content/engineering-manager.json` stays readable, and the wasm carries 27 KB less;
//! - turns the English catalogue of the app's own words (`content/ui/en.json`) into one method
//!   per message (`Catalogue::verdict_ready()`, `Catalogue::questions(n)`), so that a message
//!   that does not exist, or a placeholder it does not have, fails the build. The other
//!   languages' catalogues are checked against it by `Catalogue::load`, in the host tests and
//!   whenever the app reads one.

use serde_json::{Map, Value};
use std::fmt::Write;
use std::path::{Path, PathBuf};

const FRAMEWORK: &str = "content/engineering-manager.json";
const CATALOGUES: &str = "content/ui";

fn main() {
    println!("cargo:rerun-if-changed={FRAMEWORK}");
    println!("cargo:rerun-if-changed={CATALOGUES}");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let text = read(Path::new(FRAMEWORK));
    std::fs::write(out.join("builtin.json"), minify(&text)).expect("writing OUT_DIR/builtin.json");

    let english = messages(Path::new(CATALOGUES).join("en.json").as_path());
    std::fs::write(out.join("messages.rs"), generate(&english)).expect("writing messages.rs");
    std::fs::write(
        out.join("en.json"),
        minify(&read(&Path::new(CATALOGUES).join("en.json"))),
    )
    .expect("writing OUT_DIR/en.json");
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

fn messages(path: &Path) -> Map<String, Value> {
    let value: Value = serde_json::from_str(&read(path))
        .unwrap_or_else(|e| panic!("{}: not valid JSON: {e}", path.display()));
    match value.get("messages") {
        Some(Value::Object(m)) => m.clone(),
        _ => panic!("{}: expected an object \"messages\"", path.display()),
    }
}

/// A message's placeholders, in the order they first appear: `{name}`. For a plural message,
/// the count first, as `n` (in digits) and `n_words` (in words, where the catalogue has them),
/// then the others of its `other` form.
fn placeholders(key: &str, value: &Value) -> Vec<String> {
    let text = match value {
        Value::String(s) => s.as_str(),
        Value::Object(forms) => match forms.get("other") {
            Some(Value::String(s)) => s.as_str(),
            _ => panic!("en.json: {key}: a plural message needs an \"other\" form"),
        },
        _ => panic!("en.json: {key}: expected text or plural forms"),
    };
    let mut names: Vec<String> = if value.is_object() {
        vec!["n".into(), "n_words".into()]
    } else {
        vec![]
    };
    for name in names_in(text) {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

fn names_in(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        names.push(rest[start + 1..start + len].to_string());
        rest = &rest[start + len + 1..];
    }
    names
}

/// "report.verdict-ready" → "report_verdict_ready".
fn method(key: &str) -> String {
    let name: String = key
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    assert!(
        name.starts_with(|c: char| c.is_ascii_lowercase()),
        "en.json: {key}: a message key starts with a letter"
    );
    name
}

fn generate(english: &Map<String, Value>) -> String {
    let mut keys = String::new();
    let mut args = String::new();
    let mut plural = String::new();
    let mut methods = String::new();
    for (i, (key, value)) in english.iter().enumerate() {
        let names = placeholders(key, value);
        for name in &names {
            assert!(
                !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                "en.json: {key}: placeholder {{{name}}}: lowercase letters and _ only"
            );
        }
        writeln!(keys, "    {key:?},").unwrap();
        let quoted: Vec<String> = names.iter().map(|n| format!("{n:?}")).collect();
        writeln!(args, "    &[{}],", quoted.join(", ")).unwrap();
        writeln!(plural, "    {},", value.is_object()).unwrap();
        let doc = match value {
            Value::String(s) => s.clone(),
            _ => value["other"].as_str().unwrap_or_default().to_string(),
        };
        for line in doc.lines() {
            writeln!(methods, "    /// {}", line.replace('`', "'")).unwrap();
        }
        let name = method(key);
        match (value.is_object(), names.as_slice()) {
            (false, []) => writeln!(
                methods,
                "    pub fn {name}(&self) -> &str {{ self.text({i}) }}"
            ),
            (false, names) => {
                let params: Vec<String> =
                    names.iter().map(|n| format!("r#{n}: &dyn std::fmt::Display")).collect();
                let pass: Vec<String> = names.iter().map(|n| format!("r#{n}")).collect();
                writeln!(
                    methods,
                    "    pub fn {name}(&self, {}) -> String {{ self.fill({i}, &[{}]) }}",
                    params.join(", "),
                    pass.join(", ")
                )
            }
            (true, names) => {
                let rest = names.get(2..).unwrap_or_default();
                let params: Vec<String> = rest
                    .iter()
                    .map(|n| format!(", r#{n}: &dyn std::fmt::Display"))
                    .collect();
                let pass: Vec<String> = rest.iter().map(|n| format!("r#{n}")).collect();
                writeln!(
                    methods,
                    "    pub fn {name}(&self, n: impl Quantity{}) -> String {{ self.count({i}, n.quantity(), &[{}]) }}",
                    params.concat(),
                    pass.join(", ")
                )
            }
        }
        .unwrap();
    }
    let n = english.len();
    format!(
        "// Generated by build.rs from content/ui/en.json: do not edit.\n\
         /// Every message's key, as the catalogues write it.\n\
         pub const KEYS: [&str; {n}] = [\n{keys}];\n\
         /// Every message's placeholders, in the order its method takes them.\n\
         pub const ARGS: [&[&str]; {n}] = [\n{args}];\n\
         /// Whether a message has plural forms.\n\
         pub const PLURAL: [bool; {n}] = [\n{plural}];\n\
         impl Catalogue {{\n{methods}}}\n"
    )
}

/// JSON text without whitespace outside strings. Does not check the syntax: the loader does,
/// and the test suite loads the result.
fn minify(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}
