//! The site header: the name, and the light/dark switch (remembered).

use super::state::use_app;
use crate::core::intro;
use crate::core::store::Theme;
use crate::ui::state::SavedStoreFields;
use leptos::prelude::*;

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
            // A constant of the app's own, shared with the static start page.
            <a class="brand" href="#/" inner_html=intro::BRAND></a>
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
