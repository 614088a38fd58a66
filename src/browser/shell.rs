//! The static start page in index.html (core::intro::shell_html), shown before the app has
//! loaded: the role the person picked on it is read, then it is removed, in the same task as the
//! app draws its own page, so nothing moves.

use wasm_bindgen::JsCast;

/// Removes the static page and returns the role chosen on it, if it was there.
pub fn take() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let shell = document.get_element_by_id("shell")?;
    let role = shell
        .query_selector("input[name=target-role]:checked")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value());
    shell.remove();
    role
}
