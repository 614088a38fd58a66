//! The page shell: header, notices, the routed page and the footer.

use super::header::Header;
use super::intro::Intro;
use super::notices::Notices;
use super::questionnaire::Questionnaire;
use super::report::ReportPage;
use super::shared::SharedPage;
use super::state::AppState;
use crate::browser::{location, theme};
use crate::core::route::{Route, Screen};
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
    Effect::new(move |_| theme::apply(app.prefs.with(|p| p.theme)));
    // Reads my assessment untracked: answering must not rebuild the whole page.
    // Only whether I have an assessment and whether it is complete: another tab finishing or
    // deleting it changes the page, an answer does not.
    let status = Memo::new(move |_| app.current.with(|c| c.as_ref().map(|a| a.is_complete())));
    let screen = Memo::new(move |_| Screen::of(&app.route.get(), status.get()));
    Effect::new(move |_| location::set_title(&screen.with(|s| s.title(framework))));
    // A new page starts at the top, with focus on its heading for screen-reader users; after the
    // page is drawn, so that the new heading, not the old one, gets it.
    Effect::new(move |previous: Option<Route>| {
        let route = app.route.get();
        if previous.is_some_and(|p| p != route) {
            request_animation_frame(move || {
                location::scroll_to_top();
                focus_heading();
            });
        }
        route
    });
    let page = move || match screen.get() {
        Screen::Questionnaire(n) => view! { <Questionnaire page=n /> }.into_any(),
        Screen::Report => view! { <ReportPage past=None /> }.into_any(),
        Screen::Unfinished => view! { <super::report::Unfinished /> }.into_any(),
        Screen::Past(id) => view! { <ReportPage past=Some(id) /> }.into_any(),
        Screen::Shared(payload) => view! { <SharedPage payload /> }.into_any(),
        Screen::NotFound(what) => view! { <NotFound what /> }.into_any(),
        Screen::Intro => view! { <Intro /> }.into_any(),
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
