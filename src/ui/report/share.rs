//! The Share control: results only or full answers, the name opt-in, the link, Copy and the
//! system share sheet.

use crate::browser::{clipboard, location};
use crate::core::share::{self, SharedResults};
use crate::core::{Assessment, Report};
use crate::ui::state::use_app;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

#[component]
pub fn ShareControl(
    #[prop(into)] assessment: Signal<Option<Assessment>>,
    report: Report,
) -> impl IntoView {
    let app = use_app();
    let f = app.framework;
    let full = RwSignal::new(false);
    let with_name = RwSignal::new(false);
    let with_notes = RwSignal::new(false);
    let name = RwSignal::new(app.store.with_untracked(|s| s.name.clone()));
    let status = RwSignal::new(String::new());
    let link = Memo::new(move |_| {
        let a = assessment.get()?;
        let name = with_name
            .get()
            .then(|| name.get())
            .filter(|n| !n.trim().is_empty());
        let payload = if full.get() {
            share::encode_full(f, &a, name.as_deref(), with_notes.get())
        } else {
            share::encode_results(f, &SharedResults::of(&report, &a, name))
        };
        Some(location::url_with_fragment(&format!(
            "{}{payload}",
            share::PREFIX
        )))
    });
    let copy = move |_| {
        let Some(url) = link.get_untracked() else {
            return;
        };
        spawn_local(async move {
            if clipboard::copy(&url).await {
                status.set("Link copied.".into());
            } else {
                select_field("share-link");
                status.set("The link is selected: copy it with Ctrl+C (or ⌘C).".into());
            }
        });
    };
    let share_sheet = move |_| {
        let Some(url) = link.get_untracked() else {
            return;
        };
        spawn_local(async move {
            if !clipboard::share("My Ready to Lead report", &url).await {
                status.set("Sharing was cancelled.".into());
            }
        });
    };
    view! {
        <section class="share no-print" aria-labelledby="share-heading">
            <h2 id="share-heading">"Share your report"</h2>
            <p>"The link carries the report itself, after the # sign, so no server ever sees it. Anyone with the link can open it."</p>
            <fieldset class="share-options">
                <legend>"What to share"</legend>
                <label class="check">
                    <input type="radio" name="share-mode" prop:checked=move || !full.get() on:change=move |_| full.set(false) />
                    " Results only: scores, verdict and plan, without your answers"
                </label>
                <label class="check">
                    <input type="radio" name="share-mode" prop:checked=move || full.get() on:change=move |_| full.set(true) />
                    " Full answers: every answer, so the other person can compare it with their own"
                </label>
                <label class="check">
                    <input type="checkbox" bind:checked=with_name />
                    " Include my name"
                </label>
                <Show when=move || with_name.get()>
                    <label class="field">
                        "Your name "
                        <input type="text" maxlength="60" autocomplete="name" bind:value=name
                            on:change=move |_| { let n = name.get_untracked(); app.store.update(|s| s.name = n); } />
                    </label>
                </Show>
                <Show when=move || full.get()>
                    <label class="check">
                        <input type="checkbox" bind:checked=with_notes />
                        " Include my evidence notes"
                    </label>
                </Show>
            </fieldset>
            <label for="share-link" class="field-label">"Share link"</label>
            <input id="share-link" class="link-field" type="text" readonly
                prop:value=move || link.get().unwrap_or_default()
                on:focus=move |_| select_field("share-link") />
            <div class="button-row">
                <button type="button" class="primary" on:click=copy>"Copy"</button>
                {clipboard::can_share().then(|| view! { <button type="button" on:click=share_sheet>"Share…"</button> })}
                <span class="status" role="status">{move || status.get()}</span>
            </div>
        </section>
    }
}

/// Selects a text field's content, so that it can be copied by hand.
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
