//! What frames every page outside an embed: the skip link, the header with the name and the
//! light/dark switch (remembered), and the footer.

use super::state::use_app;
use crate::browser::location;
use crate::core::intro;
use crate::core::store::Theme;
use crate::ui::state::SavedStoreFields;
use leptos::prelude::*;

/// To the page's heading, for keyboard users ("#main" is no page of the app).
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a
            class="skip-link"
            href="#main"
            on:click=move |ev| {
                ev.prevent_default();
                focus_heading();
            }
        >
            "Skip to content"
        </a>
    }
}

#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let theme = move || app.saved.prefs().with(|p| p.theme);
    let next = move || match theme() {
        Theme::Auto => Theme::Dark,
        Theme::Dark => Theme::Light,
        Theme::Light => Theme::Auto,
    };
    let label = move || match theme() {
        Theme::Auto => "Theme: automatic",
        Theme::Dark => "Theme: dark",
        Theme::Light => "Theme: light",
    };
    view! {
        <header class="site-header">
            <a class="brand" href="#/">
                <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
                    <rect width="32" height="32" rx="7"></rect>
                    <path d="M8 23 L14 15 L18 19 L24 9"></path>
                </svg>
                <span>"Ready to Lead"</span>
            </a>
            <button
                type="button"
                class="theme-toggle"
                title="Switch between automatic, dark and light"
                on:click=move |_| {
                    let t = next();
                    app.saved.prefs().update(|p| p.theme = t);
                }
            >
                {label}
            </button>
        </header>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{intro::FOOTER}</p>
        </footer>
    }
}

/// Focus on the page's heading: after a change of page, and from the skip link.
pub fn focus_heading() {
    location::focus_first("main h1");
}
