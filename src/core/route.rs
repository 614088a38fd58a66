//! Pages are addressed by the URL fragment, so the app works from any static host and sub-path.

use super::framework::Framework;
use super::i18n::Catalogue;
use super::questionnaire;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Intro,
    /// Start a new assessment: what the static start page's Start button asks for when it is
    /// clicked before the app has loaded (an assessment in progress is never replaced by it).
    Start,
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
            ("start", None) => Route::Start,
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
            Route::Start => "#/start".into(),
            Route::Page(n) => format!("#/q/{}", n + 1),
            Route::Report => "#/report".into(),
            Route::Past(id) => format!("#/report/{id}"),
            Route::Shared(payload) => format!("{}{payload}", super::share::PREFIX),
        }
    }
}

/// What the page shows, from the route and my current assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Intro,
    Questionnaire(usize),
    Report,
    /// The report was asked for before the questionnaire was finished.
    Unfinished,
    Past(String),
    Shared(String),
    NotFound(String),
}

impl Screen {
    /// `current` is None without an assessment; Some(true) when it is completed.
    pub fn of(route: &Route, current: Option<bool>) -> Screen {
        match (route, current) {
            (Route::Page(n), Some(_)) => Screen::Questionnaire(*n),
            (Route::Report, Some(true)) => Screen::Report,
            (Route::Report, Some(false)) => Screen::Unfinished,
            (Route::Past(id), _) => Screen::Past(id.clone()),
            (Route::Shared(payload), _) => Screen::Shared(payload.clone()),
            (Route::NotFound(what), _) => Screen::NotFound(what.clone()),
            // A questionnaire page or a report without an assessment: the start page.
            _ => Screen::Intro,
        }
    }

    /// The document's title, so that tabs, history and screen readers name the page.
    /// `role`: the person's target role, whose pages the questionnaire has.
    pub fn title(&self, f: &Framework, t: &Catalogue, role: &str) -> String {
        let page = match self {
            Screen::Intro => {
                let role = f.role_or_default(&f.default_role);
                return t.title_intro(&t.a_role(&role.name));
            }
            Screen::Questionnaire(n) => {
                let pages = questionnaire::pages(f, role);
                let at = (*n).min(pages.len().saturating_sub(1));
                let title = pages.get(at).map_or("", |p| questionnaire::title(f, t, *p));
                t.title_questionnaire(&title, &(at + 1), &pages.len())
            }
            Screen::Report => t.title_report().into(),
            Screen::Unfinished => t.title_unfinished().into(),
            Screen::Past(_) => t.title_past().into(),
            Screen::Shared(_) => t.title_shared().into(),
            Screen::NotFound(_) => t.title_not_found().into(),
        };
        t.title_page(&page)
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
            Route::Start,
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
    fn the_screen_follows_the_route_and_the_assessment() {
        assert_eq!(Screen::of(&Route::Page(2), None), Screen::Intro);
        assert_eq!(
            Screen::of(&Route::Page(2), Some(false)),
            Screen::Questionnaire(2)
        );
        assert_eq!(Screen::of(&Route::Report, None), Screen::Intro);
        assert_eq!(Screen::of(&Route::Report, Some(false)), Screen::Unfinished);
        assert_eq!(Screen::of(&Route::Report, Some(true)), Screen::Report);
        assert_eq!(
            Screen::of(&Route::Past("a-1".into()), None),
            Screen::Past("a-1".into())
        );
        let f = Framework::builtin();
        assert_eq!(
            Screen::Questionnaire(1).title(
                &f,
                &crate::core::i18n::Catalogue::english(),
                "engineering-manager"
            ),
            "Mentoring and coaching (page 2 of 15) · Ready to Lead"
        );
        assert_eq!(
            Screen::Questionnaire(99).title(
                &f,
                &crate::core::i18n::Catalogue::english(),
                "engineering-manager"
            ),
            "Motivation & fit (page 15 of 15) · Ready to Lead"
        );
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
