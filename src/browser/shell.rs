//! The static start page in index.html (core::intro::shell_html), shown before the app has
//! loaded: the role the person picked on it is read, then it is removed, in the same task as the
//! app draws its own page, so nothing moves.

use wasm_bindgen::JsCast;

/// What the person did on the static page before the app took over.
#[derive(Default)]
pub struct Taken {
    pub role: Option<String>,
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
    let role = shell
        .query_selector("input[name=target-role]:checked")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value());
    let focus = document
        .active_element()
        .filter(|el| shell.contains(Some(el)))
        .and_then(|el| {
            if el.has_attribute("data-start") {
                return Some(".intro-actions .primary".to_string());
            }
            let input = el.dyn_into::<web_sys::HtmlInputElement>().ok()?;
            (input.name() == "target-role")
                .then(|| format!("input[name=target-role][value=\"{}\"]", input.value()))
        });
    shell.remove();
    Taken { role, focus }
}

/// Gives focus back to the app's twin of the control that had it on the static page.
pub fn refocus(selector: &str) {
    let twin = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = twin {
        let _ = el.focus();
    }
}
