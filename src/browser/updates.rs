//! The service worker (public/sw.js): registered so that the app opens and works offline; it
//! tells the page when a newer build is waiting, and the page swaps to it only when the person
//! chooses to reload, so nobody is moved to a new version mid-answer or stranded on an old one.
//! leptos-use's `use_service_worker` does this job too; not used, as the one of its hooks
//! measured here (the resize observer, browser/host.rs) adds 4.9 KB of gzipped wasm alone.

use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

thread_local! {
    static REGISTRATION: std::cell::RefCell<Option<ServiceWorkerRegistration>> = const { std::cell::RefCell::new(None) };
    static LAST_CHECK: Cell<f64> = const { Cell::new(0.0) };
    static RELOADING: Cell<bool> = const { Cell::new(false) };
}

/// Looks for a new build at most this often, as the person moves between pages.
const CHECK_EVERY_MS: f64 = 10_000.0;

fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Absent over plain http on a non-local host, and in some private modes.
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .ok()
        .filter(|has| *has)?;
    Some(navigator.service_worker())
}

/// Registers the worker beside the page (so it works under any sub-path) and calls `on_waiting`
/// when a new build has installed and waits.
pub fn register(on_waiting: impl Fn() + Clone + 'static) {
    let Some(container) = container() else {
        return;
    };
    // The first worker takes control at once; a later one takes it when the person reloads.
    let on_change = Closure::<dyn Fn()>::new(|| {
        if RELOADING.get() {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        }
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    let had_controller = container.controller().is_some();
    let done = Closure::<dyn FnMut(JsValue)>::new(move |value: JsValue| {
        let Ok(registration) = value.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        // A build that installed while no page was open waits already.
        if registration.waiting().is_some() && had_controller {
            on_waiting();
        }
        let on_waiting = on_waiting.clone();
        let found = Closure::<dyn Fn()>::new({
            let registration = registration.clone();
            move || watch(registration.installing(), on_waiting.clone())
        });
        registration.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
        found.forget();
        REGISTRATION.with(|r| *r.borrow_mut() = Some(registration));
    });
    // Refused (a private mode, a policy): the app works as before, online.
    let refused = Closure::<dyn FnMut(JsValue)>::new(|_| {});
    let _ = container.register("./sw.js").then2(&done, &refused);
    done.forget();
    refused.forget();
}

// A new worker is installing: when it has installed and an older one controls this page, a new
// build is ready.
fn watch(worker: Option<ServiceWorker>, on_waiting: impl Fn() + 'static) {
    let Some(worker) = worker else {
        return;
    };
    let w = worker.clone();
    let changed = Closure::<dyn Fn()>::new(move || {
        let controlled = container().is_some_and(|c| c.controller().is_some());
        if w.state() == ServiceWorkerState::Installed && controlled {
            on_waiting();
        }
    });
    worker.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
    changed.forget();
}

/// Asks the server whether there is a newer build, at most every few seconds.
pub fn check(now_ms: f64) {
    if now_ms - LAST_CHECK.get() < CHECK_EVERY_MS {
        return;
    }
    REGISTRATION.with(|r| {
        // Before the worker is registered there is nothing to check, and nothing to wait for.
        if let Some(registration) = r.borrow().as_ref() {
            LAST_CHECK.set(now_ms);
            // Offline or a server error: the next check tries again.
            if let Ok(promise) = registration.update() {
                let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
                let _ = promise.catch(&ignore);
                ignore.forget();
            }
        }
    });
}

/// Moves to the waiting build: the worker takes over and the page reloads into it.
pub fn apply() {
    RELOADING.set(true);
    let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(|r| r.waiting()));
    let reload = || {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    };
    match waiting {
        Some(worker) => {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &"skip-waiting".into());
            let _ = worker.post_message(&message);
            // Should the new worker never take over, the person still gets the reload they chose.
            leptos::prelude::set_timeout(reload, std::time::Duration::from_secs(3));
        }
        None => reload(),
    }
}
