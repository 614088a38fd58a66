//! The static start page in index.html (ui::static_start), shown before the app has
//! loaded: what the person did on it (the role picked, the first page's answers, Next) is read,
//! then it is removed, in the same task as the app draws its own page, so nothing moves.

use wasm_bindgen::JsCast;

/// What the person did on the static page before the app took over.
#[derive(Clone, Default)]
pub struct Taken {
    pub role: Option<String>,
    /// Whether Start showed the static first page of questions.
    pub asked: bool,
    /// Its answers, as (question, value) pairs of the checked radios; the core checks them.
    pub answers: Vec<(String, String)>,
    /// Whether its Next was pressed.
    pub next: bool,
    /// A selector for the control that had keyboard focus, to focus its twin in the app.
    pub focus: Option<String>,
}

/// Removes the static page and returns what was chosen on it, if it was there.
pub fn take() -> Taken {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return Taken::default();
    };
    let Some(shell) = document.get_element_by_id("shell") else {
        return Taken::default();
    };
    let checked = |selector: &str| -> Vec<(String, String)> {
        let Ok(list) = shell.query_selector_all(selector) else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|input| (input.name(), input.value()))
            .collect()
    };
    let role = checked("input[name=target-role]:checked")
        .pop()
        .map(|(_, value)| value);
    let first = shell.query_selector("[data-first-page]").ok().flatten();
    let asked = first.as_ref().is_some_and(|s| !s.has_attribute("hidden"));
    let focus = document
        .active_element()
        .filter(|el| shell.contains(Some(el)))
        .and_then(|el| {
            if el.get_attribute("data-testid").as_deref() == Some("start") {
                return Some(".intro-actions .primary".to_string());
            }
            if el.tag_name() == "H1" {
                return Some("main h1".to_string());
            }
            let input = el.dyn_into::<web_sys::HtmlInputElement>().ok()?;
            let (name, value) = (input.name(), input.value());
            // Names and values are the framework's ids and numbers; anything else stays put.
            let safe = |s: &str| {
                s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
            };
            (safe(&name) && safe(&value))
                .then(|| format!("input[name=\"{name}\"][value=\"{value}\"]"))
        });
    let taken = Taken {
        role,
        asked,
        answers: if asked {
            checked("[data-first-page] input[type=radio]:checked")
        } else {
            Vec::new()
        },
        next: shell.has_attribute("data-next"),
        focus,
    };
    shell.remove();
    taken
}

/// Gives focus back to the app's twin of the control that had it on the static page.
pub fn refocus(selector: &str) {
    let twin = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = twin {
        // A heading takes focus only with a tabindex, as the static one had.
        if el.tab_index() < 0 && !el.has_attribute("tabindex") {
            let _ = el.set_attribute("tabindex", "-1");
        }
        let _ = el.focus();
    }
}
