//! The page's lifecycle: when it is hidden or left (the last moment to save), and when another
//! tab saves. Each listener is removed when the owner that added it is cleaned up (an embed
//! that switches frameworks replaces its state).

use leptos::prelude::{document, on_cleanup, window_event_listener, window_event_listener_untyped};
use wasm_bindgen::JsCast;

/// Runs `f` when the page is hidden (another tab, the app switcher on a phone) or left: browsers
/// may end a hidden page without another event, so pending writes happen now: in the event,
/// not in an effect on a visibility signal (leptos-use's `use_document_visibility`), which would
/// run after it.
pub fn on_leave(f: impl Fn() + Clone + 'static) {
    let g = f.clone();
    let hide = window_event_listener_untyped("pagehide", move |_| g());
    // `visibilitychange` is fired at the document and bubbles to the window.
    let hidden = window_event_listener_untyped("visibilitychange", move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            f();
        }
    });
    on_cleanup(move || {
        hide.remove();
        hidden.remove();
    });
}

/// Runs `f` when the page comes back from the browser's back/forward cache, where it missed
/// what other tabs saved meanwhile.
pub fn on_return(f: impl Fn() + 'static) {
    let handle = window_event_listener_untyped("pageshow", move |ev| {
        if ev
            .dyn_into::<web_sys::PageTransitionEvent>()
            .is_ok_and(|e| e.persisted())
        {
            f();
        }
    });
    on_cleanup(move || handle.remove());
}

/// Runs `f` when another tab of this site changes `key` in localStorage. A tab is never told
/// about its own writes.
pub fn on_storage(key: &'static str, f: impl Fn() + 'static) {
    let handle = window_event_listener(leptos::ev::storage, move |ev| {
        let Ok(ev) = ev.dyn_into::<web_sys::StorageEvent>() else {
            return;
        };
        if ev.key().as_deref() == Some(key) {
            f();
        }
    });
    on_cleanup(move || handle.remove());
}

/// Runs `f` once when the browser is idle, and within `timeout_ms` at the latest; at once where
/// the browser has no idle callbacks.
pub fn when_idle(timeout_ms: u32, f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return f();
    };
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(timeout_ms);
    if window
        .request_idle_callback_with_options(callback.unchecked_ref(), &options)
        .is_err()
    {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 0);
    }
}
