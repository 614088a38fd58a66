//! Writes the built-in framework without the whitespace between its tokens, as the app embeds
//! it: `content/engineering-manager.json` stays readable, and the wasm carries 27 KB less.

use std::path::PathBuf;

const SOURCE: &str = "content/engineering-manager.json";

fn main() {
    println!("cargo:rerun-if-changed={SOURCE}");
    let text = std::fs::read_to_string(SOURCE).unwrap_or_else(|e| panic!("reading {SOURCE}: {e}"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("builtin.json"), minify(&text)).expect("writing OUT_DIR/builtin.json");
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
