//! Messages at the top of the page: what happened, and what the person can do about it.

use super::state::{use_app, Notice, NoticeKind};
use crate::browser::{download, updates};
use leptos::prelude::*;

#[component]
pub fn Notices() -> impl IntoView {
    let app = use_app();
    let saving = move || {
        app.storage_error.get().map(|e| {
            let t = app.t();
            view! {
                <div class="notice warning" role="alert">
                    <p>{e}</p>
                    <div class="notice-actions">
                        <button
                            type="button"
                            on:click=move |_| {
                                if let Err(e) = app.export_json() {
                                    app.notify(Notice::download_failed(e));
                                }
                            }
                        >
                            {t.notice_export_json().to_string()}
                        </button>
                    </div>
                </div>
            }
        })
    };
    let list = move || {
        let t = app.t();
        app.notices
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, n)| {
                let class = match n.kind {
                    NoticeKind::Info => "notice info",
                    NoticeKind::Warning => "notice warning",
                    NoticeKind::Error => "notice error",
                };
                let role = if n.kind == NoticeKind::Info { "status" } else { "alert" };
                let details = n.details.iter().map(|d| view! { <li>{d.clone()}</li> }).collect_view();
                let raw = n.kept_aside.clone();
                view! {
                    <div class=class role=role>
                        <p class="notice-title">{n.title.clone()}</p>
                        <ul class="notice-details">{details}</ul>
                        <div class="notice-actions">
                            {raw
                                .map(|raw| {
                                    view! {
                                        <button
                                            type="button"
                                            on:click=move |_| {
                                                if let Err(e) = download::text(
                                                    "ready-to-lead-saved-data.json",
                                                    "application/json",
                                                    &raw,
                                                ) {
                                                    app.notify(
                                                        Notice::download_failed(e)
                                                            .with_details(
                                                                vec![app.t().notice_still_in_browser().to_string()],
                                                            ),
                                                    );
                                                }
                                            }
                                        >
                                            {t.notice_download_saved().to_string()}
                                        </button>
                                    }
                                })}
                            <button
                                type="button"
                                class="quiet"
                                on:click=move |_| {
                                    app.notices
                                        .update(|list| {
                                            if i < list.len() {
                                                list.remove(i);
                                            }
                                        });
                                }
                            >
                                {t.notice_dismiss().to_string()}
                            </button>
                        </div>
                    </div>
                }
            })
            .collect_view()
    };
    // A new build is waiting (the service worker installed it): reloading is the person's choice.
    let update = move || {
        app.update_ready.get().then(|| {
            let t = app.t();
            view! {
                <div class="notice info update" role="status">
                    <p class="notice-title">{t.notice_update_ready().to_string()}</p>
                    <div class="notice-actions">
                        <button
                            type="button"
                            class="primary"
                            on:click=move |_| {
                                app.flush();
                                updates::apply();
                            }
                        >
                            {t.notice_reload().to_string()}
                        </button>
                        <button
                            type="button"
                            class="quiet"
                            on:click=move |_| app.update_ready.set(false)
                        >
                            {t.notice_later().to_string()}
                        </button>
                    </div>
                </div>
            }
        })
    };
    view! { <div class="notices">{update}{saving}{list}</div> }
}
