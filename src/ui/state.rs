//! The app's state, shared by context: the framework, the saved store and the current page.

use crate::browser::{clock, location, storage};
use crate::core::route::Route;
use crate::core::store::{self, Loaded, Store};
use crate::core::{Assessment, Framework};
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    Warning,
    Error,
}

/// A message at the top of the page, with the details a person needs to act on it.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub title: String,
    pub details: Vec<String>,
    /// Unreadable saved data that was kept aside: offered for download.
    pub kept_aside: Option<String>,
}

impl Notice {
    pub fn new(kind: NoticeKind, title: impl Into<String>) -> Notice {
        Notice {
            kind,
            title: title.into(),
            details: Vec::new(),
            kept_aside: None,
        }
    }

    pub fn with_details(mut self, details: Vec<String>) -> Notice {
        self.details = details;
        self
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    /// Loaded once and kept for the page's lifetime.
    pub framework: &'static Framework,
    pub store: RwSignal<Store>,
    pub route: RwSignal<Route>,
    pub notices: RwSignal<Vec<Notice>>,
    /// Why saving failed, while it fails.
    pub storage_error: RwSignal<Option<String>>,
    /// False when stored data could not be kept aside: then nothing may overwrite it.
    pub may_save: RwSignal<bool>,
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

impl AppState {
    /// Reads the saved store, keeping unreadable data aside, and provides the state as context.
    pub fn init(framework: &'static Framework) -> AppState {
        let mut notices = Vec::new();
        let mut may_save = true;
        let stored = storage::read(storage::KEY);
        let store = match stored {
            Err(e) => {
                notices.push(Notice::new(NoticeKind::Warning, e.to_string()));
                Store::default()
            }
            Ok(raw) => match store::decode(raw.as_deref()) {
                Loaded::Fresh => Store::default(),
                Loaded::Read(store) => *store,
                Loaded::Unreadable { raw, reason } => {
                    let mut notice = Notice::new(
                        NoticeKind::Warning,
                        format!("Your saved assessment could not be read: {reason}."),
                    );
                    match storage::keep_aside(&raw, clock::now_ms()) {
                        Ok(key) => notice.details.push(format!(
                            "Nothing was deleted: the saved data is kept in this browser under \"{key}\". \
                             You can download it, and start a new assessment here."
                        )),
                        Err(e) => {
                            may_save = false;
                            notice.details.push(format!(
                                "It could not be copied aside ({e}), so nothing will be saved over it. \
                                 Download it before you continue."
                            ));
                        }
                    }
                    notice.kept_aside = Some(raw);
                    notices.push(notice);
                    Store::default()
                }
            },
        };
        let state = AppState {
            framework,
            store: RwSignal::new(store),
            route: RwSignal::new(Route::parse(&location::fragment())),
            notices: RwSignal::new(notices),
            storage_error: RwSignal::new(None),
            may_save: RwSignal::new(may_save),
        };
        provide_context(state);
        state
    }

    /// Saves the store after every change (the todomvc pattern: an Effect syncs to storage).
    pub fn autosave(self) {
        Effect::new(move |_| {
            let text = self.store.with(store::encode);
            if !self.may_save.get() {
                return;
            }
            let result = storage::write(storage::KEY, &text);
            self.storage_error.set(result.err().map(|e| e.to_string()));
        });
    }

    /// Shows a page. Setting the fragment the address already has fires no `hashchange`, so
    /// then the route is set directly (the page may depend on what just changed).
    pub fn go(self, route: Route) {
        let fragment = route.fragment();
        if location::fragment() == fragment {
            self.route.set(route);
        } else {
            location::go(&fragment);
        }
    }

    pub fn notify(self, notice: Notice) {
        self.notices.update(|n| {
            n.retain(|x| x.title != notice.title);
            n.push(notice);
        });
    }

    /// Runs `f` on the current assessment; a completed one is kept in step in history.
    pub fn update_current(self, f: impl FnOnce(&mut Assessment)) {
        self.store.update(|s| {
            if let Some(current) = s.current.as_mut() {
                f(current);
                if current.is_complete() {
                    let copy = current.clone();
                    s.record(copy);
                }
            }
        });
    }

    /// Starts a new assessment for a role, replacing one in progress.
    pub fn start_new(self, role: &str) {
        let a = Assessment::new(self.framework, role, clock::new_id("a"), clock::today());
        self.store.update(|s| s.current = Some(a));
        self.go(Route::Page(0));
    }

    /// Starts a retake of the current (completed) assessment.
    pub fn retake(self, keep_answers: bool) {
        self.store.update(|s| {
            if let Some(last) = &s.current {
                s.current = Some(last.retake(clock::new_id("a"), clock::today(), keep_answers));
            }
        });
        self.go(Route::Page(0));
    }

    /// Marks the current assessment complete, records it in history and shows the report.
    pub fn finish(self) {
        self.store.update(|s| {
            if let Some(current) = s.current.as_mut() {
                current.completed = Some(clock::today());
                let copy = current.clone();
                s.record(copy);
            }
        });
        self.go(Route::Report);
    }
}
