//! A confirmation in the page's flow: it takes focus when it appears, so that keyboard and
//! screen-reader users land on the question, and Escape cancels it.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Confirm(
    /// The id of the element that states the question.
    labelled_by: &'static str,
    on_cancel: Callback<()>,
    children: Children,
) -> impl IntoView {
    let root = NodeRef::<Div>::new();
    Effect::new(move |_| {
        let first = root
            .get()
            .and_then(|el| el.query_selector("button").ok().flatten())
            .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(button) = first {
            let _ = button.focus();
        }
    });
    view! {
        <div
            class="confirm"
            role="alertdialog"
            aria-labelledby=labelled_by
            node_ref=root
            on:keydown=move |ev: web_sys::KeyboardEvent| {
                if ev.key() == "Escape" {
                    on_cancel.run(());
                }
            }
        >
            {children()}
        </div>
    }
}
