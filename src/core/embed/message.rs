//! The messages between the embed and its host page, in one versioned envelope:
//! `{source: "ready-to-lead", version: 1, type, payload}`. Events go out; commands come in.
//! docs/embedding.md lists every one with its payload.

use super::accent::{Accent, Rgb};
use crate::core::framework::Framework;
use crate::core::i18n::Catalogue;
use crate::core::report::Report;
use crate::core::store::Theme;
use serde_json::{json, Value};

pub const SOURCE: &str = "ready-to-lead";
pub const VERSION: u64 = 1;

/// What the embed tells its host.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// The app is running and takes commands. `framework` is None while it waits for one;
    /// `framework_url` then names the file it waits for, which the host page fetches and sends
    /// (the app itself requests nothing from another origin).
    Ready {
        framework: Option<Value>,
        framework_url: Option<String>,
    },
    Started {
        role: String,
        framework: Value,
    },
    Progress {
        answered: usize,
        total: usize,
        page: usize,
        pages: usize,
    },
    Completed(Value),
    Resize {
        height: u32,
    },
    Error {
        code: String,
        message: String,
    },
}

impl Event {
    pub fn kind(&self) -> &'static str {
        match self {
            Event::Ready { .. } => "ready",
            Event::Started { .. } => "started",
            Event::Progress { .. } => "progress",
            Event::Completed(_) => "completed",
            Event::Resize { .. } => "resize",
            Event::Error { .. } => "error",
        }
    }

    pub fn payload(&self) -> Value {
        match self {
            Event::Ready {
                framework,
                framework_url,
            } => json!({ "framework": framework, "frameworkUrl": framework_url }),
            Event::Started { role, framework } => json!({ "role": role, "framework": framework }),
            Event::Progress {
                answered,
                total,
                page,
                pages,
            } => {
                json!({ "answered": answered, "total": total, "page": page, "pages": pages })
            }
            Event::Completed(payload) => payload.clone(),
            Event::Resize { height } => json!({ "height": height }),
            Event::Error { code, message } => json!({ "code": code, "message": message }),
        }
    }

    /// The message as JSON text, in its envelope.
    pub fn to_json(&self) -> String {
        json!({ "source": SOURCE, "version": VERSION, "type": self.kind(), "payload": self.payload() })
            .to_string()
    }
}

/// A framework as events name it.
pub fn framework_ref(f: &Framework) -> Value {
    json!({ "id": f.id, "version": f.version, "title": f.title })
}

/// The `ready` event while the app waits for the host's framework: sent by message, or fetched by
/// the host page from `url` and then sent.
pub fn waiting(url: Option<&str>) -> Event {
    Event::Ready {
        framework: None,
        framework_url: url.map(str::to_string),
    }
}

/// The `ready` event: the framework in use, and the roles it offers.
pub fn ready(f: Option<&Framework>) -> Event {
    Event::Ready {
        framework_url: None,
        framework: f.map(|f| {
            let mut r = framework_ref(f);
            r["roles"] = f
                .roles
                .iter()
                .map(|r| json!({ "id": r.id, "name": r.name }))
                .collect();
            r
        }),
    }
}

/// The `completed` event: the verdict and the numbers behind it, and a results-only link.
pub fn completed(
    f: &Framework,
    t: &Catalogue,
    report: &Report,
    share_link: Option<String>,
) -> Event {
    // The level as the report shows it (`scoring::tenths`).
    let level = |x: Option<f64>| x.map(|x| crate::core::scoring::tenths(x) as f64 / 10.0);
    let pillars: Vec<Value> = f
        .pillars
        .iter()
        .map(|p| {
            let score = report.scores.pillars.iter().find(|s| s.id == p.id);
            json!({ "id": p.id, "name": p.name, "level": level(score.and_then(|s| s.level)) })
        })
        .collect();
    // The competencies this report was scored on: those asked for its role.
    let competencies: Vec<Value> = f
        .competencies
        .iter()
        .filter_map(|c| Some((c, report.scores.competency(&c.id)?)))
        .map(|(c, s)| {
            let minimum = report.role.minimums.get(&c.id).copied();
            let meets = match (s.level(), minimum) {
                (Some(l), Some(m)) => Some(crate::core::scoring::meets(l, m)),
                _ => None,
            };
            json!({
                "id": c.id, "name": c.name, "pillar": c.pillar,
                "level": level(s.level()), "minimum": minimum, "meets": meets,
            })
        })
        .collect();
    Event::Completed(json!({
        "framework": framework_ref(f),
        "role": { "id": report.role.id, "name": report.role.name },
        "verdict": { "key": report.verdict.kind.key(), "label": report.verdict.kind.label(t) },
        "overall": report.scores.role_match.round() as i64,
        "pillars": pillars,
        "competencies": competencies,
        "confidence": report.quality.confidence.key(),
        "shareLink": share_link,
    }))
}

/// What the host can ask of the embed.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    SetTheme {
        theme: Option<Theme>,
        accent: Option<Accent>,
    },
    /// A framework's JSON text, to load with the same checks as any framework file; or why the
    /// host page could not get it.
    SetFramework(Result<String, String>),
}

impl Command {
    /// Reads a message from the host. `Ok(None)` for messages in no envelope of ours: a host page
    /// may carry other widgets' messages, which are not errors.
    pub fn parse(data: &Value) -> Result<Option<Command>, String> {
        if data.get("source").and_then(Value::as_str) != Some(SOURCE) {
            return Ok(None);
        }
        if data.get("version").and_then(Value::as_u64) != Some(VERSION) {
            return Err(format!("only message version {VERSION} is understood"));
        }
        let payload = data.get("payload").cloned().unwrap_or(Value::Null);
        match data.get("type").and_then(Value::as_str) {
            Some("set-theme") => {
                let theme = match payload.get("theme").and_then(Value::as_str) {
                    None => None,
                    Some("auto") => Some(Theme::Auto),
                    Some("light") => Some(Theme::Light),
                    Some("dark") => Some(Theme::Dark),
                    Some(other) => {
                        return Err(format!("set-theme: \"{other}\" is not light, dark or auto"))
                    }
                };
                let accent = match payload.get("accent").and_then(Value::as_str) {
                    None => None,
                    Some(hex) => Some(Accent::new(Rgb::parse(hex).map_err(|e| format!("set-theme: accent: {e}"))?)),
                };
                Ok(Some(Command::SetTheme { theme, accent }))
            }
            Some("set-framework") => match (payload.get("framework"), payload.get("error")) {
                (Some(Value::String(text)), _) => Ok(Some(Command::SetFramework(Ok(text.clone())))),
                (Some(v @ Value::Object(_)), _) => Ok(Some(Command::SetFramework(Ok(v.to_string())))),
                // The host page could not get the file the app asked for.
                (None, Some(Value::String(error))) => Ok(Some(Command::SetFramework(Err(error.chars().take(500).collect())))),
                _ => Err("set-framework: payload.framework must be the framework, as an object or as JSON text".into()),
            },
            // Events of ours echoed back (a host relaying them) are no commands.
            Some("ready" | "started" | "progress" | "completed" | "resize" | "error") => Ok(None),
            Some(other) => Err(format!("\"{}\" is not a command this version takes (set-theme, set-framework)", other.chars().take(40).collect::<String>())),
            None => Err("a message without a type".into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_travel_in_the_envelope() {
        let e = Event::Progress {
            answered: 3,
            total: 60,
            page: 2,
            pages: 15,
        };
        let v: Value = serde_json::from_str(&e.to_json()).unwrap();
        assert_eq!(
            v,
            json!({"source": "ready-to-lead", "version": 1, "type": "progress",
                   "payload": {"answered": 3, "total": 60, "page": 2, "pages": 15}})
        );
    }

    #[test]
    fn commands_are_read_from_the_envelope_only() {
        let cmd = |v: Value| Command::parse(&v);
        assert_eq!(cmd(json!({"type": "set-theme"})), Ok(None));
        assert_eq!(cmd(json!("hello")), Ok(None));
        assert_eq!(
            cmd(
                json!({"source": SOURCE, "version": 1, "type": "set-theme", "payload": {"theme": "dark"}})
            ),
            Ok(Some(Command::SetTheme {
                theme: Some(Theme::Dark),
                accent: None
            }))
        );
        assert!(cmd(json!({"source": SOURCE, "version": 2, "type": "set-theme"})).is_err());
        assert!(cmd(json!({"source": SOURCE, "version": 1, "type": "set-theme", "payload": {"accent": "url(x)"}})).is_err());
        assert!(cmd(json!({"source": SOURCE, "version": 1, "type": "delete-everything"})).is_err());
        assert_eq!(
            cmd(
                json!({"source": SOURCE, "version": 1, "type": "set-framework", "payload": {"framework": {"id": "x"}}})
            ),
            Ok(Some(Command::SetFramework(Ok("{\"id\":\"x\"}".into()))))
        );
        assert_eq!(
            cmd(
                json!({"source": SOURCE, "version": 1, "type": "set-framework", "payload": {"error": "HTTP 404"}})
            ),
            Ok(Some(Command::SetFramework(Err("HTTP 404".into()))))
        );
        assert!(cmd(json!({"source": SOURCE, "version": 1, "type": "set-framework", "payload": {"framework": 3}})).is_err());
    }
}
