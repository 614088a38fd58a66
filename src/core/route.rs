//! Pages are addressed by the URL fragment, so the app works from any static host and sub-path.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Intro,
    /// A questionnaire page, counted from 0.
    Page(usize),
    Report,
    /// A completed assessment from history, by id.
    Past(String),
    /// A share link: the text after `#/s/`, decoded by `share::decode`.
    Shared(String),
    NotFound(String),
}

impl Route {
    /// Reads a fragment, with or without its leading `#`.
    pub fn parse(fragment: &str) -> Route {
        let path = fragment.trim_start_matches('#').trim_start_matches('/');
        let mut parts = path.splitn(2, '/');
        match (parts.next().unwrap_or(""), parts.next()) {
            ("", None) => Route::Intro,
            ("q", Some(n)) => match n.parse::<usize>() {
                Ok(n) if (1..=1000).contains(&n) => Route::Page(n - 1),
                _ => Route::NotFound(fragment.to_string()),
            },
            ("report", None) => Route::Report,
            ("report", Some(id)) if is_assessment_id(id) => Route::Past(id.to_string()),
            ("s", payload) => Route::Shared(payload.unwrap_or("").to_string()),
            _ => Route::NotFound(fragment.chars().take(80).collect()),
        }
    }

    pub fn fragment(&self) -> String {
        match self {
            Route::Intro | Route::NotFound(_) => "#/".into(),
            Route::Page(n) => format!("#/q/{}", n + 1),
            Route::Report => "#/report".into(),
            Route::Past(id) => format!("#/report/{id}"),
            Route::Shared(payload) => format!("{}{payload}", super::share::PREFIX),
        }
    }
}

fn is_assessment_id(id: &str) -> bool {
    (1..=40).contains(&id.len()) && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_it_writes() {
        for r in [
            Route::Intro,
            Route::Page(0),
            Route::Page(14),
            Route::Report,
            Route::Past("a-1".into()),
            Route::Shared("BbEYr8".into()),
        ] {
            assert_eq!(Route::parse(&r.fragment()), r);
        }
    }

    #[test]
    fn unknown_fragments_are_not_found() {
        assert_eq!(Route::parse(""), Route::Intro);
        assert_eq!(Route::parse("#"), Route::Intro);
        for bad in [
            "#/q/0",
            "#/q/x",
            "#/q/99999",
            "#/nope",
            "#/report/<b>",
            "#/report/",
        ] {
            assert!(matches!(Route::parse(bad), Route::NotFound(_)), "{bad}");
        }
    }
}
