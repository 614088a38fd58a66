//! "What typical Engineering Manager job postings ask for".

use crate::core::Report;
use crate::ui::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Checklist(report: Arc<Report>) -> impl IntoView {
    let t = use_app().t();
    let rows = report
        .checklist
        .iter()
        .map(|c| {
            let (mark, class, word) = match c.met {
                Some(true) => ("✓", "met", t.checklist_page_met()),
                Some(false) => ("✗", "unmet", t.checklist_page_not_yet()),
                None => ("?", "unknown", t.checklist_page_unknown()),
            };
            view! {
                <li class=class>
                    <span class="mark" aria-hidden="true">
                        {mark}
                    </span>
                    <span class="sr-only">{format!("{word} ")}</span>
                    <span class="check-label">{c.label.clone()}</span>
                    <span class="check-detail">{c.detail.clone()}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="checklist-heading">
            <h2 id="checklist-heading">{t.checklist_page_heading().to_string()}</h2>
            <ul class="checklist">{rows}</ul>
        </section>
    }
}
