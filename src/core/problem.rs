//! A problem found in input, named by where it is and what is wrong.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// A JSON path such as `competencies[3].items[1].anchors`; empty for the document itself.
    pub path: String,
    pub message: String,
}

impl Problem {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            path: path.into(),
            message: message.into(),
        }
    }

    /// A JSON syntax error, placed by line and column.
    pub fn from_syntax(err: &serde_json::Error) -> Problem {
        Problem::new(
            "",
            format!(
                "not valid JSON at line {}, column {}: {}",
                err.line(),
                err.column(),
                strip_position(&err.to_string())
            ),
        )
    }
}

// serde_json appends " at line L column C", which reads badly after a path.
fn strip_position(text: &str) -> String {
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_string(),
        None => text.to_string(),
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}
