//! The URL fragment, which addresses pages without any server-side routing.

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

/// This page's address with a new fragment: the link someone else opens.
pub fn url_with_fragment(fragment: &str) -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return fragment.to_string();
    };
    let base = format!(
        "{}{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    format!("{base}{fragment}")
}

pub fn scroll_to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}
