//! The URL fragment, which addresses pages without any server-side routing.

use crate::core::route::Route;

pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Moves to a fragment, adding a history entry so the browser's Back button works.
pub fn go(fragment: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(fragment);
    }
}

/// The full address of a page of this app: the link someone else opens. Without the query
/// string, which holds an embed's settings: the link opens the app itself.
pub fn link_to(route: &Route) -> String {
    let fragment = route.fragment();
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return fragment;
    };
    let base = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
    );
    format!("{base}{fragment}")
}

/// Moves keyboard focus to the first element matching a selector (a heading, usually), so that
/// screen readers announce where the person now is.
pub fn focus_first(selector: &str) {
    use wasm_bindgen::JsCast;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(Some(el)) = doc.query_selector(selector) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            if !el.has_attribute("tabindex") {
                let _ = el.set_attribute("tabindex", "-1");
            }
            let _ = el.focus();
        }
    }
}

/// Scrolls an element into view and focuses it: an in-page link that the fragment router must
/// not take for a page.
pub fn jump_to(id: &str) {
    focus_first(&format!("#{id}"));
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        el.scroll_into_view();
    }
}

pub fn scroll_to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Names the page in the tab, in history and for screen readers.
pub fn set_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}
