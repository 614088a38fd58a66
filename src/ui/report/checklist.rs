//! "What typical Engineering Manager job postings ask for".

use crate::core::Report;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Checklist(report: Arc<Report>) -> impl IntoView {
    let rows = report
        .checklist
        .iter()
        .map(|c| {
            let (mark, class, word) = match c.met {
                Some(true) => ("✓", "met", "Met"),
                Some(false) => ("✗", "unmet", "Not yet"),
                None => ("?", "unknown", "Unknown"),
            };
            view! {
                <li class=class>
                    <span class="mark" aria-hidden="true">
                        {mark}
                    </span>
                    <span class="sr-only">{format!("{word}: ")}</span>
                    <span class="check-label">{c.label.clone()}</span>
                    <span class="check-detail">{c.detail.clone()}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="checklist-heading">
            <h2 id="checklist-heading">"What typical job postings ask for"</h2>
            <ul class="checklist">{rows}</ul>
        </section>
    }
}
