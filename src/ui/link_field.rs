//! A link to hand on: a labelled read-only field, Copy (selecting the field when the clipboard is
//! out of reach), and the system share sheet where the browser has one.

use super::state::use_app;
use crate::browser::clipboard;
use crate::browser::focus::select_field;
use crate::ui::state::SavedStoreFields;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn LinkField(
    id: &'static str,
    #[prop(into)] label: String,
    #[prop(into)] url: Signal<String>,
    #[prop(into)] copy_label: String,
    /// Offers the system share sheet, with this title.
    #[prop(optional, into)]
    share_title: Option<String>,
) -> impl IntoView {
    let app = use_app();
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        let text = url.get_untracked();
        let t = app.t();
        spawn_local(async move {
            if clipboard::copy(&text).await {
                status.set(t.link_field_copied().to_string());
            } else {
                select_field(id);
                status.set(t.link_field_selected().to_string());
            }
        });
    };
    let share_sheet = share_title.filter(|_| clipboard::can_share()).map(|title| {
        let open = move |_| {
            let text = url.get_untracked();
            let title = title.clone();
            let t = app.t();
            spawn_local(async move {
                if !clipboard::share(&title, &text).await {
                    status.set(t.link_field_share_cancelled().to_string());
                }
            });
        };
        view! {
            <button type="button" on:click=open>
                {app.t().link_field_share().to_string()}
            </button>
        }
    });
    view! {
        <label for=id class="field-label">
            {label}
        </label>
        <input
            id=id
            class="link-field"
            type="text"
            readonly
            prop:value=move || url.get()
            on:focus=move |_| select_field(id)
        />
        <div class="button-row">
            <button type="button" class="primary" on:click=copy>
                {copy_label}
            </button>
            {share_sheet}
            <span class="status" role="status">
                {move || status.get()}
            </span>
        </div>
    }
}

/// "Include my name" and the name itself. The name is kept in one place (the preferences) for every
/// control that offers it, and goes into a link only where the person ticks the box.
#[component]
pub fn NameOptIn(with_name: RwSignal<bool>, #[prop(into)] label: String) -> impl IntoView {
    let app = use_app();
    view! {
        <label class="check">
            <input type="checkbox" bind:checked=with_name />
            {label}
        </label>
        <Show when=move || with_name.get()>
            <label class="field">
                {format!("{} ", app.t().link_field_your_name())}
                <input
                    type="text"
                    maxlength="60"
                    autocomplete="name"
                    prop:value=move || app.saved.prefs().with(|p| p.name.clone())
                    on:input:target=move |ev| {
                        let name = ev.target().value();
                        app.saved.prefs().update(|p| p.name = name);
                    }
                />
            </label>
        </Show>
    }
}
