//! Embed mode: the settings the loader passed, the host page this app talks to, and the events
//! that follow from the app's state (docs/embedding.md). Outside an embed, or without a valid
//! host, nothing here sends anything.

use super::state::AppState;
use crate::browser::{host, location, theme};
use crate::core::embed::message::{self, Event};
use crate::core::embed::progress::{steps, Snapshot, Step};
use crate::core::embed::{Accent, Command, Settings, Source, Warning};
use crate::core::i18n::Catalogue;
use crate::core::route::Route;
use crate::core::store::Theme;
use crate::core::{share, Framework, Report};
use crate::ui::state::SavedStoreFields;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Embed {
    /// Inside another site's page.
    pub on: bool,
    pub compact: bool,
    /// The host caps the frame's height, so the page may scroll inside it.
    pub scrolls: bool,
    /// The host's origin, only in an embed with a valid one: where events go, commands come from.
    host: StoredValue<Option<String>>,
    /// The role the host preselects, if the framework has it.
    pub role: StoredValue<Option<String>>,
    /// The host's theme and accent; None follows the person's own choice.
    pub theme: RwSignal<Option<Theme>>,
    pub accent: RwSignal<Option<Accent>>,
}

pub fn use_embed() -> Embed {
    expect_context::<Embed>()
}

impl Embed {
    /// Reads the page's query string and provides the embed as context. Returns where the
    /// framework comes from, and what the host should fix.
    pub fn init() -> (Embed, Option<Source>, Vec<Warning>) {
        let (settings, warnings) = Settings::parse(&host::search());
        let embed = Embed {
            on: settings.embed,
            compact: settings.compact,
            scrolls: settings.scroll,
            // Opened on its own, not in a frame, it has nobody to talk to.
            host: StoredValue::new(
                settings
                    .host()
                    .filter(|_| host::framed())
                    .map(|o| o.to_string()),
            ),
            role: StoredValue::new(settings.role.clone()),
            theme: RwSignal::new(settings.theme),
            accent: RwSignal::new(settings.accent.clone()),
        };
        provide_context(embed);
        (embed, settings.framework, warnings)
    }

    /// Not in an embed, with nothing read: for the static start page, drawn where there is no
    /// browser.
    pub fn none() -> Embed {
        let embed = Embed {
            on: false,
            compact: false,
            scrolls: false,
            host: StoredValue::new(None),
            role: StoredValue::new(None),
            theme: RwSignal::new(None),
            accent: RwSignal::new(None),
        };
        provide_context(embed);
        embed
    }

    /// Whether events go anywhere.
    pub fn talks(self) -> bool {
        self.host.with_value(Option::is_some)
    }

    pub fn emit(self, event: Event) {
        self.host.with_value(|origin| {
            if let Some(origin) = origin {
                host::post(origin, &event);
            }
        });
    }

    /// Tells the site's developer: in the console always, and as an `error` event.
    pub fn warn(self, w: Warning) {
        host::console_warn(&w.message);
        self.emit(Event::Error {
            code: w.code.into(),
            message: w.message,
        });
    }

    /// The embed's own page frame: classes for its layout, the host's theme and accent, the
    /// height reported as it changes, and the host's commands.
    pub fn run(self, on_framework: impl Fn(Result<String, String>) + 'static) {
        if !self.on {
            return;
        }
        theme::set_class("embed", true);
        theme::set_class("compact", self.compact);
        theme::set_class("scrolls", self.scrolls);
        Effect::new(move |_| theme::apply(self.theme.get().unwrap_or_default()));
        Effect::new(move |_| self.accent.with(|a| theme::set_accent(a.as_ref())));
        let Some(origin) = self.host.get_value() else {
            return;
        };
        host::watch_height(move |height| self.emit(Event::Resize { height }));
        host::on_command(origin, move |command| match command {
            Ok(None) => {}
            Ok(Some(Command::SetTheme { theme, accent })) => {
                if let Some(t) = theme {
                    self.theme.set(Some(t));
                }
                if let Some(a) = accent {
                    let t = self.theme.get_untracked().unwrap_or_default();
                    for said in a.adjustments(t) {
                        self.warn(Warning::new("accent-adjusted", said));
                    }
                    self.accent.set(Some(a));
                }
            }
            Ok(Some(Command::SetFramework(json))) => on_framework(json),
            Err(e) => self.warn(Warning::new("bad-command", e)),
        });
    }

    /// Sends `started`, `progress` and `completed` as my assessment changes in this embed. A
    /// change taken in from another tab or embed was told to its own host, not to this one.
    pub fn follow(self, app: AppState, shareable: bool) {
        if !self.talks() {
            return;
        }
        let f = app.framework();
        let snapshot = Memo::new(move |_| {
            app.saved
                .current()
                .with(|c| c.as_ref().map(|a| Snapshot::of(&f, a)))
        });
        Effect::new(move |before: Option<(Option<Snapshot>, u32)>| {
            let now = snapshot.get();
            let taken_in = app.taken_in.get();
            // What was there when the page opened is no news.
            if let Some((before, taken_before)) = before {
                if taken_in == taken_before {
                    for step in steps(before.as_ref(), now.as_ref()) {
                        if let Some(event) = event_for(step, app, now.as_ref(), shareable) {
                            self.emit(event);
                        }
                    }
                }
            }
            (now, taken_in)
        });
    }
}

fn event_for(step: Step, app: AppState, now: Option<&Snapshot>, shareable: bool) -> Option<Event> {
    let f = app.framework();
    let now = now?;
    Some(match step {
        Step::Started => Event::Started {
            role: now.role.clone(),
            framework: message::framework_ref(&f),
        },
        Step::Progress => Event::Progress {
            answered: now.answered,
            total: now.total,
            page: now.page,
            pages: now.pages,
        },
        Step::Completed => {
            // Saved before the host hears of it: a host may remove the embed at once.
            app.flush();
            app.saved.current().with_untracked(|c| {
                let a = c.as_ref()?;
                Some(completed(&f, &app.t(), a, shareable))
            })?
        }
    })
}

/// The `completed` event. Its results-only link opens anywhere for the built-in framework; a
/// host's framework exists only on the host's page, so its results carry no link.
fn completed(f: &Framework, t: &Catalogue, a: &crate::core::Assessment, shareable: bool) -> Event {
    let report = Report::build(f, t, a);
    let link = shareable.then(|| {
        let payload = share::encode_results(f, &report.shared_results(f, a, None));
        location::link_to(&Route::Shared(payload))
    });
    message::completed(f, t, &report, link)
}
