//! The embed's settings, read from the query string the loader (embed.js) writes. Every one is
//! checked: a bad value is ignored with a warning that names it, never half-used.

use super::accent::{Accent, Rgb};
use super::origin::Origin;
use crate::core::i18n::Lang;
use crate::core::store::Theme;

/// Where a host's framework comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A JSON file on the host's origin.
    Url(String),
    /// Sent by the host page with a `set-framework` message, after `ready`.
    Message,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Settings {
    /// Inside another site's page: no site header or footer, the height reported to the host.
    pub embed: bool,
    /// Tighter spacing and type.
    pub compact: bool,
    /// The host caps the frame's height (`maxHeight`): only then may the page scroll inside it.
    pub scroll: bool,
    pub theme: Option<Theme>,
    pub accent: Option<Accent>,
    /// The embedding page's origin: the only one events go to and commands come from.
    pub host: Option<Origin>,
    /// A role to preselect, checked against the framework once it is loaded.
    pub role: Option<String>,
    pub framework: Option<Source>,
    /// The language the page asks for (`lang`, an embed's `data-lang`), when the app speaks it.
    pub lang: Option<Lang>,
}

/// Something the host should fix, for its developer: a console message and an `error` event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub code: &'static str,
    pub message: String,
}

impl Warning {
    pub fn new(code: &'static str, message: impl Into<String>) -> Warning {
        Warning {
            code,
            message: message.into(),
        }
    }
}

impl Settings {
    /// Reads `location.search` (with or without its `?`).
    pub fn parse(search: &str) -> (Settings, Vec<Warning>) {
        let mut s = Settings::default();
        let mut warnings = Vec::new();
        let mut accent = None;
        for (key, value) in query_pairs(search) {
            match key.as_str() {
                "embed" => s.embed = flag(&value),
                "compact" => s.compact = flag(&value),
                "scroll" => s.scroll = flag(&value),
                "theme" => match value.as_str() {
                    "auto" => s.theme = Some(Theme::Auto),
                    "light" => s.theme = Some(Theme::Light),
                    "dark" => s.theme = Some(Theme::Dark),
                    _ => warnings.push(Warning::new(
                        "bad-theme",
                        format!("theme \"{}\" is not light, dark or auto; the theme follows the system", cut(&value)),
                    )),
                },
                "accent" => match Rgb::parse(&value) {
                    Ok(rgb) => accent = Some(Accent::new(rgb)),
                    Err(e) => warnings.push(Warning::new(
                        "bad-accent",
                        format!("accent: {e}; the app's own colour is used"),
                    )),
                },
                "host" => match Origin::parse(&value) {
                    Ok(origin) => s.host = Some(origin),
                    Err(e) => warnings.push(Warning::new(
                        "bad-host",
                        format!("host: {e}; without a valid host the embed sends no events and takes no commands"),
                    )),
                },
                "role" if !value.is_empty() => s.role = Some(cut(&value)),
                "lang" => match Lang::from_tag(&value) {
                    Some(lang) => s.lang = Some(lang),
                    None => warnings.push(Warning::new(
                        "bad-lang",
                        format!(
                            "lang \"{}\" is not a language of the app ({}); the reader's own language is used",
                            cut(&value),
                            Lang::ALL.map(Lang::tag).join(", ")
                        ),
                    )),
                },
                "framework" => s.framework = Some(if value == "message" {
                    Source::Message
                } else {
                    Source::Url(value)
                }),
                _ => {}
            }
        }
        if let Some(Source::Url(url)) = &s.framework {
            if let Err(e) = framework_url_allowed(url, s.embed, s.host.as_ref()) {
                warnings.push(Warning::new("bad-framework-url", e));
                s.framework = None;
            }
        }
        if s.framework == Some(Source::Message) && (!s.embed || s.host.is_none()) {
            warnings.push(Warning::new(
                "bad-framework-url",
                "framework=message needs embed and a valid host to send it; the built-in framework is used",
            ));
            s.framework = None;
        }
        if let Some(accent) = accent {
            for said in accent.adjustments(s.theme.unwrap_or_default()) {
                warnings.push(Warning::new("accent-adjusted", said));
            }
            s.accent = Some(accent);
        }
        (s, warnings)
    }

    /// Whether events may be sent and commands taken: only in an embed with a valid host.
    pub fn host(&self) -> Option<&Origin> {
        self.host.as_ref().filter(|_| self.embed)
    }
}

/// A host framework must be on the host's own origin: a page can only vouch for its own files.
fn framework_url_allowed(url: &str, embed: bool, host: Option<&Origin>) -> Result<(), String> {
    let Some(host) = host.filter(|_| embed) else {
        return Err(
            "framework is only read in an embed with a valid host; the built-in framework is used"
                .into(),
        );
    };
    match Origin::of_url(url) {
        Some(origin) if origin == *host => Ok(()),
        Some(origin) => Err(format!(
            "framework {} is on {origin}, not on the host's origin {host}; the built-in framework is used",
            cut(url)
        )),
        None => Err(format!(
            "framework \"{}\" is not an absolute http or https URL; the built-in framework is used",
            cut(url)
        )),
    }
}

fn flag(value: &str) -> bool {
    !matches!(value, "0" | "false" | "no")
}

// Long values are shortened in messages: they are for reading, not for echoing back whole.
fn cut(text: &str) -> String {
    text.chars().take(200).collect()
}

/// `a=1&b=x%20y` as decoded pairs, the way `URLSearchParams` reads them: `+` is a space, and
/// malformed escapes are kept as they are.
pub fn query_pairs(search: &str) -> Vec<(String, String)> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_the_loader_writes() {
        let (s, warnings) = Settings::parse(
            "?embed=1&compact=1&theme=dark&accent=%230b6e4f&host=http%3A%2F%2F127.0.0.1%3A4174&role=tech-lead&framework=http%3A%2F%2F127.0.0.1%3A4174%2Fladder.json",
        );
        assert!(s.embed && s.compact);
        assert_eq!(s.theme, Some(Theme::Dark));
        assert_eq!(s.accent.as_ref().unwrap().given.hex(), "#0b6e4f");
        assert_eq!(s.host().unwrap().as_str(), "http://127.0.0.1:4174");
        assert_eq!(s.role.as_deref(), Some("tech-lead"));
        assert_eq!(
            s.framework,
            Some(Source::Url("http://127.0.0.1:4174/ladder.json".into()))
        );
        // #0b6e4f is too dark for the dark theme: said, not refused.
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].code, "accent-adjusted");
    }

    #[test]
    fn a_plain_visit_is_not_an_embed() {
        let (s, warnings) = Settings::parse("");
        assert_eq!(s, Settings::default());
        assert!(warnings.is_empty());
        // A host alone does not make an embed, so it sends nothing.
        let (s, _) = Settings::parse("host=https://example.com");
        assert!(s.host().is_none());
    }

    #[test]
    fn bad_values_are_named_and_ignored() {
        let (s, warnings) = Settings::parse(
            "embed=1&theme=purple&accent=red&host=*&framework=https://elsewhere.example/f.json",
        );
        assert!(s.embed);
        assert_eq!(
            (s.theme, s.accent, s.host, s.framework),
            (None, None, None, None)
        );
        let codes: Vec<_> = warnings.iter().map(|w| w.code).collect();
        assert_eq!(
            codes,
            ["bad-theme", "bad-accent", "bad-host", "bad-framework-url"]
        );
        assert!(warnings[1].message.contains("\"red\" is not a hex colour"));
    }

    #[test]
    fn a_framework_must_be_on_the_hosts_origin() {
        let (s, w) =
            Settings::parse("embed&host=https://a.example&framework=https://b.example/f.json");
        assert_eq!(s.framework, None);
        assert!(w[0]
            .message
            .contains("on https://b.example, not on the host's origin https://a.example"));
        let (s, w) = Settings::parse("embed&host=https://a.example&framework=/f.json");
        assert_eq!(s.framework, None);
        assert!(w[0].message.contains("not an absolute"));
        let (s, w) = Settings::parse("embed&host=https://a.example&framework=message");
        assert_eq!(s.framework, Some(Source::Message));
        assert!(w.is_empty());
        let (s, _) = Settings::parse("framework=https://a.example/f.json");
        assert_eq!(s.framework, None);
    }

    #[test]
    fn decodes_like_url_search_params() {
        assert_eq!(
            query_pairs("?a=x+y%21&b&c=%zz&d=%E2%9C%93&e=%"),
            [
                ("a".into(), "x y!".into()),
                ("b".into(), String::new()),
                ("c".into(), "%zz".into()),
                ("d".into(), "✓".into()),
                ("e".into(), "%".into()),
            ]
        );
    }

    #[test]
    fn a_page_may_ask_for_a_language_and_a_regional_tag_falls_back_to_its_language() {
        let (s, warnings) = Settings::parse("?lang=de-AT");
        assert_eq!((s.lang, warnings), (Some(Lang::De), vec![]));
        let (s, _) = Settings::parse("embed=1&lang=ar");
        assert_eq!(s.lang, Some(Lang::Ar));
        let (s, warnings) = Settings::parse("lang=klingon");
        assert_eq!(s.lang, None);
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].code, "bad-lang");
        assert!(warnings[0].message.contains("en, de, fr, es, pt-BR, ar"));
    }
}
