//! What frames every page outside an embed: the skip link, the header with the name and the
//! light/dark switch (remembered), and the footer.

use super::state::use_app;
use crate::browser::location;
use crate::core::store::Theme;
use crate::ui::state::SavedStoreFields;
use leptos::prelude::*;

/// To the page's heading, for keyboard users ("#main" is no page of the app).
#[component]
pub fn SkipLink() -> impl IntoView {
    let t = use_app().t();
    view! {
        <a
            class="skip-link"
            href="#main"
            on:click=move |ev| {
                ev.prevent_default();
                focus_heading();
            }
        >
            {t.chrome_skip().to_string()}
        </a>
    }
}

#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let t = app.t();
    let theme = move || app.saved.prefs().with(|p| p.theme);
    let next = move || match theme() {
        Theme::Auto => Theme::Dark,
        Theme::Dark => Theme::Light,
        Theme::Light => Theme::Auto,
    };
    let label = move || {
        let t = app.t();
        match theme() {
            Theme::Auto => t.chrome_theme_auto(),
            Theme::Dark => t.chrome_theme_dark(),
            Theme::Light => t.chrome_theme_light(),
        }
        .to_string()
    };
    view! {
        <header class="site-header">
            <a class="brand" href="#/">
                <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
                    <rect width="32" height="32" rx="7"></rect>
                    <path d="M8 23 L14 15 L18 19 L24 9"></path>
                </svg>
                <span>{t.chrome_brand().to_string()}</span>
            </a>
            <button
                type="button"
                class="theme-toggle"
                title=t.chrome_theme_switch().to_string()
                on:click=move |_| {
                    let chosen = next();
                    app.saved.prefs().update(|p| p.theme = chosen);
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
            <p>{use_app().t().footer().to_string()}</p>
        </footer>
    }
}

/// Focus on the page's heading: after a change of page, and from the skip link.
pub fn focus_heading() {
    location::focus_first("main h1");
}
