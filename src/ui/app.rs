//! The page shell: header, notices, the routed page and the footer.

use super::header::Header;
use super::intro::Intro;
use super::notices::Notices;
use super::questionnaire::Questionnaire;
use super::report::ReportPage;
use super::shared::SharedPage;
use super::state::AppState;
use crate::browser::{location, theme};
use crate::core::route::Route;
use crate::core::Framework;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let framework: &'static Framework = Box::leak(Box::new(Framework::builtin()));
    let app = AppState::init(framework);
    app.autosave();

    window_event_listener(leptos::ev::hashchange, move |_| {
        app.route.set(Route::parse(&location::fragment()));
    });
    Effect::new(move |_| theme::apply(app.store.with(|s| s.theme)));
    // A new page starts at the top, with focus on its heading for screen-reader users.
    Effect::new(move |previous: Option<Route>| {
        let route = app.route.get();
        if previous.is_some_and(|p| p != route) {
            location::scroll_to_top();
            focus_heading();
        }
        route
    });

    let page = move || {
        // Reads the store untracked: answering must not rebuild the whole page.
        let (has_current, complete) = app.store.with_untracked(|s| {
            (
                s.current.is_some(),
                s.current.as_ref().is_some_and(|a| a.is_complete()),
            )
        });
        match app.route.get() {
            Route::Page(n) if has_current => view! { <Questionnaire page=n /> }.into_any(),
            Route::Report if has_current && complete => {
                view! { <ReportPage past=None /> }.into_any()
            }
            Route::Report if has_current => view! { <super::report::Unfinished /> }.into_any(),
            Route::Past(id) => view! { <ReportPage past=Some(id) /> }.into_any(),
            Route::Shared(payload) => view! { <SharedPage payload /> }.into_any(),
            Route::NotFound(what) => view! { <NotFound what /> }.into_any(),
            _ => view! { <Intro /> }.into_any(),
        }
    };

    view! {
        <a class="skip-link" href="#main" on:click=move |ev| {
            ev.prevent_default();
            focus_heading();
        }>"Skip to content"</a>
        <Header />
        <main id="main" tabindex="-1">
            <Notices />
            {page}
        </main>
        <footer class="site-footer">
            <p>
                "Ready to Lead keeps everything in this browser. Nothing is sent anywhere unless you share a link."
            </p>
        </footer>
    }
}

#[component]
fn NotFound(what: String) -> impl IntoView {
    view! {
        <section class="panel">
            <h1>"This page does not exist"</h1>
            <p>"The address ends in " <code>{what}</code> ", which Ready to Lead does not know."</p>
            <p><a href="#/">"Go to the start page"</a></p>
        </section>
    }
}

fn focus_heading() {
    location::focus_first("main h1");
}
