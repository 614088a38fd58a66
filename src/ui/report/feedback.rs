//! "Rate me": asking others for a rating, and their view beside one's own.

use crate::browser::{clock, location};
use crate::core::feedback::compare;
use crate::core::route::Route;
use crate::core::scoring::level_of;
use crate::core::share::{self, RateRequest};
use crate::core::text::clean_name;
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
            return view! { <p>{t.raters_none().to_string()}</p> }.into_any();
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
                let entry = match r.received {
                    Some(d) => t.raters_entry_added(r.answers.len(), &label, &t.date(d)),
                    None => t.raters_entry(r.answers.len(), &label),
                };
                view! {
                    <li>
                        {format!("{entry} ")}
                        <button
                            type="button"
                            class="quiet"
                            aria-label=t.raters_remove_label(&label)
                            on:click=move |_| {
                                app.saved.raters().update(|r| r.retain(|x| x.id != id))
                            }
                        >
                            {t.raters_remove().to_string()}
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="table-wrap">
                <table class="feedback-table">
                    <caption>{t.raters_caption().to_string()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.raters_competency().to_string()}</th>
                            <th scope="col">{t.raters_you().to_string()}</th>
                            <th scope="col">{t.raters_others().to_string()}</th>
                            <th scope="col">{t.raters_note().to_string()}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="hint">{t.raters_hint().to_string()}</p>
            <h3>{t.raters_heading().to_string()}</h3>
            <ul class="raters">{people}</ul>
        }
        .into_any()
    };
    let t = app.t();
    view! {
        <section class="feedback no-print" aria-labelledby="feedback-heading">
            <h2 id="feedback-heading">{t.raters_title().to_string()}</h2>
            {table}
            <NameOptIn with_name label=format!(" {}", t.raters_include_name()) />
            <div class="button-row">
                <button type="button" on:click=create>
                    {t.raters_create_link().to_string()}
                </button>
            </div>
            {move || {
                request_link
                    .get()
                    .map(|url| {
                        let t = app.t();
                        view! {
                            <p>{t.raters_send_hint().to_string()}</p>
                            <LinkField
                                id="rate-link"
                                label=t.raters_link().to_string()
                                url=Signal::derive(move || url.clone())
                                copy_label=t.raters_copy_link().to_string()
                            />
                        }
                    })
            }}
        </section>
    }
}
