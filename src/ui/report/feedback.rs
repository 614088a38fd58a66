//! "Rate me": asking others for a rating, and their view beside one's own.

use crate::browser::{clock, location};
use crate::core::feedback::compare;
use crate::core::route::Route;
use crate::core::scoring::level_of;
use crate::core::share::{self, RateRequest};
use crate::core::text::{clean_name, count};
use crate::core::Report;
use crate::ui::link_field::{LinkField, NameOptIn};
use crate::ui::state::use_app;
use crate::ui::state::SavedStoreFields;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Feedback(report: Arc<Report>) -> impl IntoView {
    let app = use_app();
    let t = app.t();
    let raters = app.saved.raters();
    let request_link = RwSignal::new(None::<String>);
    // The name goes into a rate-me link only when the person says so, here.
    let with_name = RwSignal::new(false);
    let role = report.role.id.clone();
    let create = move |_| {
        let name = with_name
            .get_untracked()
            .then(|| app.saved.prefs().with_untracked(|p| p.name.clone()));
        let request = RateRequest {
            request: clock::random_u32(),
            role: role.clone(),
            name: clean_name(name.as_deref()),
        };
        let payload = share::encode_rate_request(&app.framework(), &request);
        request_link.set(Some(location::link_to(&Route::Shared(payload))));
    };
    let table = move || {
        let list = raters.get();
        let f = app.framework();
        if list.is_empty() {
            return view! {
                <p>
                    "No ratings yet. Ask a manager, a peer or someone you mentor: their answers come back to you as a link, and nothing passes through a server."
                </p>
            }
            .into_any();
        }
        let rows = compare(&f, &report.scores, &list, &report.role)
            .into_iter()
            .map(|c| {
                let name = f
                    .competency(&c.competency)
                    .map_or_else(|| c.competency.clone(), |x| x.name.clone());
                let show =
                    |s: Option<f64>| s.map_or("—".to_string(), |s| t.level(Some(level_of(s))));
                view! {
                    <tr>
                        <th scope="row">{name}</th>
                        <td class="num">{show(c.own)}</td>
                        <td class="num">{show(c.others)}</td>
                        <td>{c.difference.map(|d| d.label(&t).to_string()).unwrap_or_default()}</td>
                    </tr>
                }
            })
            .collect_view();
        let people = list
            .iter()
            .map(|r| {
                let id = r.id.clone();
                let label = r.label(&t);
                let when = r
                    .received
                    .map(|d| format!(", added {}", d.human()))
                    .unwrap_or_default();
                view! {
                    <li>
                        {format!(
                            "{label} ({}{when}) ",
                            count(r.answers.len(), "answer", "answers"),
                        )}
                        <button
                            type="button"
                            class="quiet"
                            aria-label=format!("Remove the ratings of {label}")
                            on:click=move |_| {
                                app.saved.raters().update(|r| r.retain(|x| x.id != id))
                            }
                        >
                            "Remove"
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="table-wrap">
                <table class="feedback-table">
                    <caption>
                        "Your level beside the mean of others' (1–5). A gap of half a level or more is named."
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">"Competency"</th>
                            <th scope="col">"You"</th>
                            <th scope="col">"Others"</th>
                            <th scope="col">"Note"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="hint">
                "Blind spot: others rate you lower than you do. Hidden strength: others rate you higher."
            </p>
            <h3>"Raters"</h3>
            <ul class="raters">{people}</ul>
        }
        .into_any()
    };
    view! {
        <section class="feedback no-print" aria-labelledby="feedback-heading">
            <h2 id="feedback-heading">"How others see you"</h2>
            {table}
            <NameOptIn with_name label=" Include my name, so they know who asks" />
            <div class="button-row">
                <button type="button" on:click=create>
                    "Create a rate-me link"
                </button>
            </div>
            {move || {
                request_link
                    .get()
                    .map(|url| {
                        view! {
                            <p>
                                "Send this link to someone who works with you. They answer the same situations about you and send you back a link."
                            </p>
                            <LinkField
                                id="rate-link"
                                label="Rate-me link"
                                url=Signal::derive(move || url.clone())
                                copy_label="Copy rate-me link"
                            />
                        }
                    })
            }}
        </section>
    }
}
