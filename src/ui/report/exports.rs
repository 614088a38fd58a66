//! Print, the Markdown 1:1 brief, and JSON export and import.

use crate::browser::download;
use crate::core::{brief, Assessment, Report};
use crate::ui::state::{use_app, Notice};
use leptos::prelude::*;

#[component]
pub fn Exports(
    #[prop(into)] assessment: Signal<Option<Assessment>>,
    #[prop(into)] report: Signal<Option<Report>>,
) -> impl IntoView {
    let app = use_app();
    let f = app.framework();
    let fail = move |e| app.notify(Notice::download_failed(e));
    let markdown = move |_| {
        let (Some(a), Some(r)) = (assessment.get_untracked(), report.get_untracked()) else {
            return;
        };
        let text = brief::markdown(&f, &app.t(), &a, &r);
        if let Err(e) = download::text("ready-to-lead-1-1-brief.md", "text/markdown", &text) {
            fail(e);
        }
    };
    let json = move |_| {
        if let Err(e) = app.export_json() {
            fail(e);
        }
    };
    let t = app.t();
    view! {
        <section class="exports no-print" aria-labelledby="exports-heading">
            <h2 id="exports-heading">{t.exports_heading().to_string()}</h2>
            <div class="button-row">
                <button type="button" on:click=move |_| crate::browser::print::page()>
                    {t.exports_print().to_string()}
                </button>
                <button type="button" on:click=markdown>
                    {t.exports_markdown().to_string()}
                </button>
                <button type="button" on:click=json>
                    {t.exports_json().to_string()}
                </button>
                <crate::ui::import::ImportButton />
            </div>
        </section>
    }
}
