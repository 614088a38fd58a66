//! Web origins (`https://careers.example.com`), the unit that `postMessage` and the browser's
//! storage partitioning work by. Parsed strictly: an origin the app cannot name exactly is no
//! origin, so that messages are never sent to the wrong place.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin(String);

impl Origin {
    /// Reads `scheme://host[:port]`, with nothing after it but an optional `/`. Only http and
    /// https; `*`, `null` and URLs with paths are refused, with the reason.
    pub fn parse(text: &str) -> Result<Origin, String> {
        let text = text.trim();
        let quoted = || format!("\"{}\"", text.chars().take(100).collect::<String>());
        let (scheme, rest) = text
            .split_once("://")
            .ok_or_else(|| format!("{} is not an origin such as https://example.com", quoted()))?;
        let scheme = scheme.to_ascii_lowercase();
        if scheme != "http" && scheme != "https" {
            return Err(format!("{} is not an http or https origin", quoted()));
        }
        let authority = rest.strip_suffix('/').unwrap_or(rest);
        if authority.is_empty()
            || authority.contains(['/', '?', '#', '@', '\\', ' '])
            || authority.contains('*')
        {
            return Err(format!(
                "{} is not an origin: give the scheme, host and port only, such as https://example.com",
                quoted()
            ));
        }
        let (host, port) =
            split_port(authority).ok_or_else(|| format!("{} has a bad port", quoted()))?;
        let host_ok = if let Some(v6) = host.strip_prefix('[') {
            v6.strip_suffix(']').is_some_and(|h| {
                !h.is_empty()
                    && h.chars()
                        .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
            })
        } else {
            !host.is_empty()
                && host
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
        };
        if !host_ok {
            return Err(format!("{} has a host name that is not valid", quoted()));
        }
        let host = host.to_ascii_lowercase();
        let default_port = if scheme == "https" { 443 } else { 80 };
        Ok(Origin(match port {
            Some(p) if p != default_port => format!("{scheme}://{host}:{p}"),
            _ => format!("{scheme}://{host}"),
        }))
    }

    /// The origin of an absolute http(s) URL.
    pub fn of_url(url: &str) -> Option<Origin> {
        let (scheme, rest) = url.split_once("://")?;
        let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        Origin::parse(&format!("{scheme}://{}", &rest[..end])).ok()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

// `host:port`, where an IPv6 host is in brackets.
fn split_port(authority: &str) -> Option<(&str, Option<u16>)> {
    let colon = match authority.rfind(':') {
        Some(at) if !authority[at..].contains(']') => at,
        _ => return Some((authority, None)),
    };
    let port = &authority[colon + 1..];
    if port.is_empty() || !port.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some((&authority[..colon], Some(port.parse().ok()?)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_origins_as_browsers_write_them() {
        for (text, origin) in [
            ("https://careers.example.com", "https://careers.example.com"),
            (
                "https://Careers.Example.com/",
                "https://careers.example.com",
            ),
            ("https://example.com:443", "https://example.com"),
            ("http://127.0.0.1:4174", "http://127.0.0.1:4174"),
            ("http://[::1]:8080", "http://[::1]:8080"),
        ] {
            assert_eq!(Origin::parse(text).unwrap().as_str(), origin, "{text}");
        }
    }

    #[test]
    fn refuses_what_is_not_exactly_one_origin() {
        for text in [
            "*",
            "null",
            "",
            "example.com",
            "https://",
            "https://example.com/path",
            "https://*.example.com",
            "javascript://alert(1)",
            "file:///etc",
            "https://user@example.com",
            "https://example.com:99999",
            "https://example.com:x",
            "https://exa mple.com",
        ] {
            assert!(Origin::parse(text).is_err(), "{text}");
        }
    }

    #[test]
    fn finds_the_origin_of_a_url() {
        assert_eq!(
            Origin::of_url("https://example.com:443/a/b.json?x#y")
                .unwrap()
                .as_str(),
            "https://example.com"
        );
        assert_eq!(Origin::of_url("/relative.json"), None);
    }
}
