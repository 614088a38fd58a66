//! The start page as index.html carries it, so that it paints before the app has loaded: the
//! app's own components, rendered to HTML at build time (src/bin/shell.rs) for a first visit
//! with nothing saved, inside `<div id="shell">`. scripts/boot.js makes its Start button and
//! first page of questions work before the app does; `browser::shell` reads what was done on it
//! and removes it as the app draws the same page in its place, so nothing moves.

use super::chrome::{Footer, Header, SkipLink};
use super::embed::Embed;
use super::intro::Intro;
use super::notices::Notices;
use super::questionnaire::Questionnaire;
use super::state::{AppState, Saved};
use crate::core::date::Date;
use crate::core::questionnaire::{self, Page};
use crate::core::route::Route;
use crate::core::{Assessment, Framework};
use leptos::context::Provider;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn StaticStart(framework: Arc<Framework>) -> impl IntoView {
    let f = framework;
    Embed::none();
    provide_context(AppState::blank(f.clone(), Saved::default(), Route::Start));
    // On a first visit Start shows the first page of questions, hidden until then, so that
    // answering can begin before the app has loaded. Only a Background page, whose questions
    // are native radios and nothing else; a framework that opens with a competency has none.
    let opens_with_background =
        questionnaire::pages(&f, &f.default_role).first() == Some(&Page::Background);
    let first_page = opens_with_background.then(|| {
        let started = Assessment::new(&f, &f.default_role, String::new(), Date::default());
        let saved = Saved {
            current: Some(started),
            ..Saved::default()
        };
        view! {
            <Provider value=AppState::blank(f.clone(), saved, Route::Page(0))>
                <div data-first-page="" hidden="">
                    <Questionnaire page=0 />
                </div>
            </Provider>
        }
    });
    view! {
        <div id="shell">
            <SkipLink />
            <Header />
            <main id="main" tabindex="-1">
                <Notices />
                <div class="opening-note" role="status">
                    "Opening…"
                </div>
                <Intro />
                {first_page}
            </main>
            <Footer />
        </div>
    }
}
