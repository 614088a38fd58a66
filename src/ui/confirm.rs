//! A confirmation in the page's flow: it takes focus when it appears, so that keyboard and
//! screen-reader users land on the question, and Escape cancels it.

use leptos::html::Div;
use leptos::prelude::*;

#[component]
pub fn Confirm(
    /// The id of the element that states the question.
    labelled_by: &'static str,
    on_cancel: Callback<()>,
    children: Children,
) -> impl IntoView {
    let root = NodeRef::<Div>::new();
    Effect::new(move |_| {
        if let Some(el) = root.get() {
            crate::browser::focus::first_in(&el, "button");
        }
    });
    view! {
        <div
            class="confirm"
            role="alertdialog"
            aria-labelledby=labelled_by
            node_ref=root
            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                if ev.key() == "Escape" {
                    on_cancel.run(());
                }
            }
        >
            {children()}
        </div>
    }
}
