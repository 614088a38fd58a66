//! Moving focus and selection, for keyboard use and for copying by hand.

use wasm_bindgen::JsCast;

/// Focuses the first element matching `selector` inside `root`.
pub fn first_in(root: &web_sys::Element, selector: &str) {
    let found = root
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = found {
        let _ = element.focus();
    }
}

/// Focuses the first element matching `selector` inside the element an event listener is on.
pub fn first_in_listener(ev: &web_sys::Event, selector: &str) {
    if let Some(root) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        first_in(&root, selector);
    }
}

/// Focuses a text field and selects its content, so that it can be copied by hand.
pub fn select_field(id: &str) {
    let field = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(field) = field {
        let _ = field.focus();
        field.select();
    }
}
