//! The web app: thin Leptos components over the core. They render state and forward events;
//! every number they show comes from `core`.

mod app;
mod chrome;
mod confirm;
mod embed;
mod import;
mod intro;
mod item;
mod link_field;
mod notices;
mod questionnaire;
mod rate;
pub mod report;
mod shared_link;
pub mod state;
pub mod static_start;

pub use app::App;
pub use state::{AppState, Notice, NoticeKind};

/// Mounts the app on the page, in place of the static start page the release build carries.
#[cfg(feature = "csr")]
pub fn start() {
    console_error_panic_hook::set_once();
    let mut taken = crate::browser::shell::take();
    let focus = taken.focus.take();
    leptos::mount::mount_to_body(move || {
        leptos::prelude::provide_context(intro::Early(taken));
        App()
    });
    // Keyboard focus stays where it was when the page changed hands: before the next paint,
    // once the effects have drawn the page the static one stood for (the first questions).
    if let Some(selector) = focus {
        leptos::prelude::request_animation_frame(move || crate::browser::shell::refocus(&selector));
    }
}
