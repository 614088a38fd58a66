//! Import of a JSON export, from the intro page or the report.

use crate::browser::file;
use crate::core::export;
use crate::core::route::Route;
use crate::ui::state::SavedStoreFields;
use crate::ui::state::{use_app, Notice, NoticeKind};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Imports a JSON export; every problem in the file is listed, and nothing changes unless it is
/// valid.
#[component]
pub fn ImportButton() -> impl IntoView {
    let app = use_app();
    let on_file = move |ev: leptos::ev::Event| {
        let Some(picked) = file::take_picked(&ev) else {
            return;
        };
        spawn_local(async move {
            let text = file::read_text(picked).await;
            // An embed may have switched frameworks while the file was read: this state is gone.
            if app.saved.current().is_disposed() {
                return;
            }
            let t = app.t();
            let text = match text {
                Ok(text) => text,
                Err(e) => return app.notify(Notice::new(NoticeKind::Error, t.import_failed(&e))),
            };
            match export::import(&text, &app.framework(), &t) {
                Ok(imported) => {
                    let n = imported.count();
                    app.import(imported);
                    app.notify(Notice::new(NoticeKind::Info, t.import_imported(n)));
                    let next = if app.has_report() {
                        Route::Report
                    } else {
                        Route::Intro
                    };
                    app.go(next);
                }
                Err(problems) => app.notify(
                    Notice::new(NoticeKind::Error, t.import_rejected())
                        .with_details(problems.iter().map(|p| p.to_string()).collect()),
                ),
            }
        });
    };
    let t = app.t();
    view! {
        <label class="button file-button">
            {t.import_button().to_string()}
            <input type="file" accept=".json,application/json" class="sr-only" on:change=on_file />
        </label>
    }
}
