//! The Share control: results only or full answers, the name opt-in, the link, Copy and the
//! system share sheet.

use crate::browser::location;
use crate::core::route::Route;
use crate::core::share;
use crate::core::text::clean_name;
use crate::core::{Assessment, Report};
use crate::ui::link_field::{LinkField, NameOptIn};
use crate::ui::state::use_app;
use crate::ui::state::SavedStoreFields;
use leptos::prelude::*;

#[component]
pub fn ShareControl(
    #[prop(into)] assessment: Signal<Option<Assessment>>,
    #[prop(into)] report: Signal<Option<Report>>,
) -> impl IntoView {
    let app = use_app();
    let t = app.t();
    let f = app.framework();
    let full = RwSignal::new(false);
    let with_name = RwSignal::new(false);
    let with_notes = RwSignal::new(false);
    let link = Memo::new(move |_| {
        let a = assessment.get()?;
        let name = with_name
            .get()
            .then(|| app.saved.prefs().with(|p| clean_name(Some(&p.name))))
            .flatten();
        let payload = if full.get() {
            share::encode_full(&f, &a, name.as_deref(), with_notes.get())
        } else {
            share::encode_results(&f, &report.get()?.shared_results(&f, &a, name))
        };
        Some(location::link_to(&Route::Shared(payload)))
    });
    view! {
        <section class="share no-print" aria-labelledby="share-heading">
            <h2 id="share-heading">{t.share_heading().to_string()}</h2>
            <p>{t.share_intro().to_string()}</p>
            <fieldset class="share-options">
                <legend>{t.share_what().to_string()}</legend>
                <label class="check">
                    <input
                        type="radio"
                        name="share-mode"
                        prop:checked=move || !full.get()
                        on:change=move |_| full.set(false)
                    />
                    {format!(" {}", t.share_results_only())}
                </label>
                <label class="check">
                    <input
                        type="radio"
                        name="share-mode"
                        prop:checked=move || full.get()
                        on:change=move |_| full.set(true)
                    />
                    {format!(" {}", t.share_full_answers())}
                </label>
                <NameOptIn with_name label=format!(" {}", t.share_include_name()) />
                <Show when=move || full.get()>
                    <label class="check">
                        <input type="checkbox" bind:checked=with_notes />
                        {format!(" {}", app.t().share_include_notes())}
                    </label>
                </Show>
            </fieldset>
            <LinkField
                id="share-link"
                label=t.share_link().to_string()
                url=Signal::derive(move || link.get().unwrap_or_default())
                copy_label=t.share_copy().to_string()
                share_title=t.share_title().to_string()
            />
        </section>
    }
}
