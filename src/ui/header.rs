//! The site header: the name, and the light/dark switch (remembered).

use super::state::use_app;
use crate::core::store::Theme;
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let theme = move || app.prefs.with(|p| p.theme);
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
                    <rect width="32" height="32" rx="7" />
                    <path d="M8 23 L14 15 L18 19 L24 9" />
                </svg>
                <span>"Ready to Lead"</span>
            </a>
            <button
                type="button"
                class="theme-toggle"
                title="Switch between automatic, dark and light"
                on:click=move |_| {
                    let t = next();
                    app.prefs.update(|p| p.theme = t);
                }
            >
                {label}
            </button>
        </header>
    }
}
