//! The page that embeds the app: events to it, sent to its origin only; commands from it, taken
//! from its origin and its window only; and the content height it sizes the frame to.

use crate::core::embed::{Command, Event};
use leptos::prelude::{on_cleanup, window, window_event_listener};
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The query string the loader wrote, such as `?embed=1&host=…`.
pub fn search() -> String {
    window().location().search().unwrap_or_default()
}

/// Whether the app runs inside another page's frame (at the top level, `parent` is itself).
pub fn framed() -> bool {
    match window().parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &window()),
        _ => false,
    }
}

/// Sends an event to the parent page, which the browser delivers only if that page is `origin`.
pub fn post(origin: &str, event: &Event) {
    let Ok(Some(parent)) = window().parent() else {
        return;
    };
    // An object, not JSON text, so that hosts read `event.data.type` directly.
    if let Ok(message) = js_sys::JSON::parse(&event.to_json()) {
        let _ = parent.post_message(&message, origin);
    }
}

/// Runs `f` with each message from the parent window at `origin`; anything from another window
/// or origin is dropped unread. Removed when the calling owner is cleaned up.
pub fn on_command(origin: String, f: impl Fn(Result<Option<Command>, String>) + 'static) {
    let handle = window_event_listener(leptos::ev::message, move |ev| {
        if ev.origin() != origin {
            return;
        }
        let from_parent = match (ev.source(), window().parent()) {
            (Some(source), Ok(Some(parent))) => js_sys::Object::is(&source, &parent),
            _ => false,
        };
        if !from_parent {
            return;
        }
        let text = js_sys::JSON::stringify(&ev.data())
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_default();
        // Not JSON-shaped (a function, a cycle): no message of ours.
        if let Ok(value) = serde_json::from_str(&text) {
            f(Command::parse(&value));
        }
    });
    on_cleanup(move || handle.remove());
}

/// Runs `f` with the page's content height whenever it changes. The height is the body's own,
/// never the viewport's, so that sizing the frame cannot feed back. Measured in the observer's
/// callback, which the browser runs at most once per frame, after layout. Watches for the page's
/// lifetime. Not leptos-use's `use_resize_observer`: it adds 4.9 KB of gzipped wasm for what
/// these lines do.
pub fn watch_height(f: impl Fn(u32) + 'static) {
    let Some(body) = window().document().and_then(|d| d.body()) else {
        return;
    };
    let last = Cell::new(0u32);
    let measured = body.clone();
    let on_resize = Closure::<dyn Fn()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil().max(0.0) as u32;
        if height != last.replace(height) {
            f(height);
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&body);
        on_resize.forget();
    }
}

/// A message for the site's developer, in the browser console.
pub fn console_warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(&format!("Ready to Lead: {message}")));
}
