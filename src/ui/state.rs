//! The app's state, shared by context: the framework, the saved data as one store (`Saved`: a
//! field per part, so that an answer updates only what reads that part), the route and the
//! notices.
//!
//! Saving follows the todomvc pattern (an Effect syncs to storage), coalesced: a change schedules
//! one write when the page is next idle, and leaving the page writes at once. Before writing, and when the
//! `storage` event says another tab wrote, the two are merged by `core::sync`, so two tabs never
//! lose each other's answers (docs/storage.md); this file only reads and writes localStorage
//! around it.

use crate::browser::download::DownloadError;
use crate::browser::{clock, lifecycle, location, storage};
use crate::core::export::ExportFile;
use crate::core::feedback::{Rater, RatingDraft};
use crate::core::i18n::Catalogue;
use crate::core::route::Route;
use crate::core::store::{self, Loaded, Prefs, Received, Shelf, Store};
use crate::core::sync::{Outcome, Tab, Unreadable};
use crate::core::{Assessment, Framework};
use leptos::prelude::*;
use std::sync::Arc;

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

    /// A download the browser refused to start.
    pub fn download_failed(e: DownloadError) -> Notice {
        // Made where a view or its handler runs, below the app's state; English without it.
        let t = use_context::<AppState>()
            .map(AppState::t)
            .unwrap_or_else(|| Arc::new(Catalogue::english()));
        Notice::new(NoticeKind::Error, t.notice_download_failed(&e))
    }

    pub fn with_details(mut self, details: Vec<String>) -> Notice {
        self.details = details;
        self
    }
}

/// Changes are written together when the page is next idle (so that writing never delays the
/// next answer), and within this time at the latest.
const SAVE_WITHIN_MS: u32 = 500;

/// What this tab shows of the saved data: my assessments of this framework, and the rest of what
/// is mine. One store: a component reads the field it needs (`app.saved.current()`), and a change
/// notifies only what reads that field.
///
/// Its lists are not keyed and it has no `Patch`: no view reads a row by its key, and on this
/// build keys cost 7.2 KB of gzipped wasm, `Patch` 4.8 KB (against 2.6 KB for the store itself);
/// `apply` sets each part only when it differs, which is what a patch of whole parts does.
#[derive(Clone, Debug, Default, PartialEq, reactive_stores::Store)]
pub struct Saved {
    /// My assessment in progress, or the last one completed: changes with every answer.
    pub current: Option<Assessment>,
    /// My completed assessments of this framework, oldest first.
    pub history: Vec<Assessment>,
    /// Reports others shared with me that I kept: never in my history.
    pub received: Vec<Received>,
    /// Others' ratings of me.
    pub raters: Vec<Rater>,
    /// Ratings I am giving others, one per rate-me request.
    pub ratings: Vec<RatingDraft>,
    pub prefs: Prefs,
}

impl Saved {
    /// What a stored copy holds for this framework.
    fn of(mut store: Store, framework: &Framework) -> Saved {
        let Shelf { current, history } = store.take_shelf(framework);
        Saved {
            current,
            history,
            received: store.received,
            raters: store.raters,
            ratings: store.ratings,
            prefs: store.prefs,
        }
    }

    /// Put back into a stored copy, over what it holds of other frameworks.
    fn into_store(self, mut store: Store, framework: &Framework) -> Store {
        store.take_shelf(framework);
        let shelf = Shelf {
            current: self.current,
            history: self.history,
        };
        store.put_shelf(framework, shelf);
        store.received = self.received;
        store.raters = self.raters;
        store.ratings = self.ratings;
        store.prefs = self.prefs;
        store
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    /// The framework the assessment is of: owned here, shared with every view (`framework()`).
    framework: StoredValue<Arc<Framework>>,
    /// The app's own words, in the person's language (`t()`).
    words: RwSignal<Arc<Catalogue>>,
    /// Whether links made here open for others: only with the built-in framework, the one every
    /// copy of the app has (a host's framework exists only on the host's page).
    pub shareable: bool,
    pub saved: reactive_stores::Store<Saved>,
    pub route: RwSignal<Route>,
    pub notices: RwSignal<Vec<Notice>>,
    /// Why saving failed, while it fails.
    pub storage_error: RwSignal<Option<String>>,
    /// False when stored data could not be kept aside: then nothing may overwrite it.
    pub may_save: RwSignal<bool>,
    /// A newer build of the app is installed and waits for a reload.
    pub update_ready: RwSignal<bool>,
    /// Counts the times my assessment here was replaced by what another tab saved, merged in:
    /// an embed tells its host only of what was done in it.
    pub taken_in: RwSignal<u32>,
    /// What this tab knows of the saved copy, for merging with another tab's writes.
    tab: StoredValue<Tab>,
    save_scheduled: StoredValue<bool>,
}

/// Sets a field only when the value differs, so that nothing re-renders for an equal value.
fn set_if<T: PartialEq>(field: impl WithUntracked<Value = T> + Set<Value = T>, value: T) -> bool {
    let changed = field.with_untracked(|v| *v != value);
    if changed {
        field.set(value);
    }
    changed
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

impl AppState {
    /// Reads the saved store, keeping unreadable data aside, and provides the state as context.
    pub fn init(framework: Arc<Framework>, shareable: bool) -> AppState {
        // The words of the state made below (`new` starts in English), before it exists.
        let t = Catalogue::english();
        let mut notices = Vec::new();
        let mut may_save = true;
        let mut storage_error = None;
        // What storage holds, as stored (even when unreadable: it is never merged into), and
        // as read.
        let (mut stored, mut read) = (None, Store::default());
        match storage::read(storage::KEY) {
            // Said once, where a failing save is said too.
            Err(e) => storage_error = Some(e.to_string()),
            Ok(raw) => match store::decode(raw.as_deref()) {
                Loaded::Fresh => {}
                Loaded::Read(store) => (stored, read) = (raw, *store),
                // Never written over: the newer version would read this tab's write as a fresh
                // start, and the person's data would be out of its sight.
                Loaded::Newer { raw, schema } => {
                    may_save = false;
                    let mut notice = Notice::new(NoticeKind::Warning, t.notice_newer());
                    notice
                        .details
                        .push(t.notice_newer_details(&schema, &store::SCHEMA));
                    notice.kept_aside = Some(raw.clone());
                    notices.push(notice);
                    stored = Some(raw);
                }
                Loaded::Unreadable { raw, reason } => {
                    let mut notice = Notice::new(NoticeKind::Warning, t.notice_unreadable(&reason));
                    match storage::keep_aside(&raw, clock::now_ms()) {
                        Ok(key) => notice.details.push(t.notice_kept_aside(&key)),
                        Err(e) => {
                            may_save = false;
                            notice.details.push(t.notice_not_kept_aside(&e));
                        }
                    }
                    notice.kept_aside = Some(raw.clone());
                    notices.push(notice);
                    stored = Some(raw);
                }
            },
        }
        let saved = Saved::of(read.clone(), &framework);
        let route = Route::parse(&location::fragment());
        let state = AppState::new(framework, shareable, saved, route, Tab::new(stored, read));
        state.notices.set(notices);
        state.storage_error.set(storage_error);
        state.may_save.set(may_save);
        provide_context(state);
        state
    }

    /// A state that holds `saved`, on `route`, and reads nothing: for the static start page,
    /// drawn where there is no browser (`ui::static_start`).
    pub fn blank(framework: Arc<Framework>, saved: Saved, route: Route) -> AppState {
        AppState::new(
            framework,
            true,
            saved,
            route,
            Tab::new(None, Store::default()),
        )
    }

    fn new(
        framework: Arc<Framework>,
        shareable: bool,
        saved: Saved,
        route: Route,
        tab: Tab,
    ) -> AppState {
        AppState {
            framework: StoredValue::new(framework),
            words: RwSignal::new(Arc::new(Catalogue::english())),
            shareable,
            saved: reactive_stores::Store::new(saved),
            route: RwSignal::new(route),
            notices: RwSignal::new(Vec::new()),
            storage_error: RwSignal::new(None),
            may_save: RwSignal::new(true),
            update_ready: RwSignal::new(false),
            taken_in: RwSignal::new(0),
            tab: StoredValue::new(tab),
            save_scheduled: StoredValue::new(false),
        }
    }

    /// The app's words, shared; tracked, so that a view in words follows a change of language.
    pub fn t(self) -> Arc<Catalogue> {
        self.words.get()
    }

    /// The framework, shared: a clone of the handle, not of the framework.
    pub fn framework(self) -> Arc<Framework> {
        self.framework.get_value()
    }

    /// Everything to save: this framework's data over what storage held of others.
    fn compose(self) -> Store {
        let latest = self.tab.with_value(|t| t.latest().clone());
        self.saved
            .get_untracked()
            .into_store(latest, &self.framework())
    }

    /// Shows merged data, notifying only what reads a part that changed.
    fn apply(self, store: Store) {
        let new = Saved::of(store, &self.framework());
        let saved = self.saved;
        if set_if(saved.current(), new.current) {
            self.taken_in.update(|n| *n = n.wrapping_add(1));
        }
        set_if(saved.history(), new.history);
        set_if(saved.received(), new.received);
        set_if(saved.raters(), new.raters);
        set_if(saved.ratings(), new.ratings);
        set_if(saved.prefs(), new.prefs);
    }

    /// Saves after every change, a moment later and once for a burst of changes; at once when
    /// the page is hidden or left; and takes in what another tab saved.
    pub fn autosave(self) {
        Effect::new(move |_| {
            self.saved.track();
            self.schedule_save();
        });
        lifecycle::on_leave(move || self.flush());
        lifecycle::on_storage(storage::KEY, move || self.take_in());
        lifecycle::on_return(move || self.take_in());
        on_cleanup(move || self.flush());
    }

    fn schedule_save(self) {
        if self.save_scheduled.get_value() {
            return;
        }
        self.save_scheduled.set_value(true);
        lifecycle::when_idle(SAVE_WITHIN_MS, move || self.flush());
    }

    /// Writes now, merged with whatever another tab wrote since this tab last looked.
    pub fn flush(self) {
        // A save scheduled before this state was replaced (an embed switching frameworks)
        // finds it gone: its changes were written when it was cleaned up.
        if self
            .save_scheduled
            .try_update_value(|s| *s = false)
            .is_none()
        {
            return;
        }
        if !self.may_save.get_untracked() {
            return;
        }
        let now = storage::read(storage::KEY);
        let mine = self.compose();
        let outcome = self.tab.try_update_value(|tab| {
            // Storage that cannot be read now is taken as unchanged: writing then says why.
            let now = now.unwrap_or_else(|_| tab.raw().map(str::to_string));
            tab.save(now.as_deref(), mine, clock::random_u32())
        });
        let Some(Outcome {
            write: Some(write), ..
        }) = self.settle(outcome)
        else {
            return;
        };
        let result = storage::write(storage::KEY, &write.text);
        let failed = result.as_ref().err().map(ToString::to_string);
        if self.storage_error.with_untracked(|e| *e != failed) {
            self.storage_error.set(failed);
        }
        if result.is_ok() {
            self.tab.update_value(|tab| tab.wrote(write));
        }
    }

    /// Another tab saved: show what storage holds now merged with this tab's unsaved changes.
    fn take_in(self) {
        let Ok(now) = storage::read(storage::KEY) else {
            return;
        };
        // Checked here as well as in the engine: it spares composing the whole store for
        // every `storage` event and every return to the page.
        if self.tab.with_value(|tab| tab.holds(now.as_deref())) {
            return;
        }
        let mine = self.compose();
        let outcome = self
            .tab
            .try_update_value(|tab| tab.take_in(now.as_deref(), &mine));
        self.settle(outcome);
    }

    /// Shows what a merge gave, or stops saving when storage holds what this tab cannot read.
    fn settle(self, outcome: Option<Result<Outcome, Unreadable>>) -> Option<Outcome> {
        match outcome? {
            Ok(mut outcome) => {
                if let Some(show) = outcome.show.take() {
                    self.apply(show);
                }
                Some(outcome)
            }
            Err(Unreadable { raw, reason }) => {
                self.stop_saving(raw, reason);
                None
            }
        }
    }

    /// Another tab saved data this one cannot read (most often a newer version of the app): this
    /// tab stops saving rather than overwrite it, and says how to go on.
    fn stop_saving(self, raw: String, reason: String) {
        self.may_save.set(false);
        let t = self.words.get_untracked();
        let mut notice = Notice::new(NoticeKind::Warning, t.notice_stopped_saving(&reason));
        notice
            .details
            .push(t.notice_stopped_saving_details().to_string());
        notice.kept_aside = Some(raw);
        self.notify(notice);
    }

    /// Shows a page now, and adds it to the browser's history; its `hashchange` then finds the
    /// route already in place (waiting for that event would draw the old page for a frame).
    pub fn go(self, route: Route) {
        let fragment = route.fragment();
        if location::fragment() != fragment {
            location::go(&fragment);
        }
        self.route.set(route);
    }

    pub fn notify(self, notice: Notice) {
        self.notices.update(|n| {
            n.retain(|x| x.title != notice.title);
            n.push(notice);
        });
    }

    /// Runs `f` on the current assessment; a completed one is kept in step in history.
    pub fn update_current(self, f: impl FnOnce(&mut Assessment)) {
        let mut done = None;
        self.saved
            .current()
            .update(|c| done = store::change_current(c, f));
        if let Some(done) = done {
            self.saved.history().update(|h| store::record(h, done));
        }
    }

    /// Whether my current assessment is completed.
    pub fn has_report(self) -> bool {
        self.saved
            .current()
            .with_untracked(|c| c.as_ref().is_some_and(Assessment::is_complete))
    }

    /// Starts a new assessment for a role, replacing one in progress.
    pub fn start_new(self, role: &str) {
        let a = Assessment::new(&self.framework(), role, clock::new_id("a"), clock::today());
        self.saved.current().set(Some(a));
        self.go(Route::Page(0));
    }

    /// Starts a retake of the current (completed) assessment.
    pub fn retake(self, keep_answers: bool) {
        self.saved.current().update(|c| {
            if let Some(last) = c {
                *c = Some(last.retake(clock::new_id("a"), clock::today(), keep_answers));
            }
        });
        self.go(Route::Page(0));
    }

    /// Marks the current assessment complete, records it in history and shows the report.
    pub fn finish(self) {
        let today = clock::today();
        self.update_current(|a| a.completed = Some(today));
        self.go(Route::Report);
    }

    /// Takes in an imported file: mine into my assessments, others' into the reports I keep.
    pub fn import(self, file: ExportFile) {
        let mut shelf = self.shelf();
        let mut received = self.saved.received().get_untracked();
        file.apply(&mut shelf, &mut received);
        self.set_shelf(shelf);
        set_if(self.saved.received(), received);
    }

    /// Downloads everything of mine, and the reports I kept, as one JSON file.
    pub fn export_json(self) -> Result<(), DownloadError> {
        let shelf = self.shelf();
        let text = self
            .saved
            .received()
            .with_untracked(|r| crate::core::export::export(&shelf, r, clock::today()));
        crate::browser::download::text("ready-to-lead-assessment.json", "application/json", &text)
    }

    /// Deletes one of my assessments: from history, and as the current one when it is.
    pub fn forget(self, id: &str) {
        let mut shelf = self.shelf();
        shelf.forget(id);
        self.set_shelf(shelf);
    }

    /// My assessments of this framework, as saved.
    fn shelf(self) -> Shelf {
        Shelf {
            current: self.saved.current().get_untracked(),
            history: self.saved.history().get_untracked(),
        }
    }

    /// Shows a changed shelf, touching only what changed.
    fn set_shelf(self, shelf: Shelf) {
        set_if(self.saved.current(), shelf.current);
        set_if(self.saved.history(), shelf.history);
    }
}
