//! The page shell: the framework (built in, or a host's in an embed), then the header, notices,
//! the routed page and the footer.

use super::chrome::{focus_heading, Footer, Header, SkipLink};
use super::embed::{use_embed, Embed};
use super::intro::{Early, Intro};
use super::notices::Notices;
use super::questionnaire::Questionnaire;
use super::report::ReportPage;
use super::shared_link::SharedPage;
use super::state::{use_app, AppState};
use crate::browser::{clock, location, theme, updates};
use crate::core::embed::message;
use crate::core::embed::{Source, Warning};
use crate::core::i18n::Catalogue;
use crate::core::route::{Route, Screen};
use crate::core::{intro, Framework, Problem};
use crate::ui::state::SavedStoreFields;
use leptos::prelude::*;
use std::sync::Arc;

/// Where the framework stands. A host's framework arrives after the page starts.
#[derive(Clone)]
enum Loading {
    Ready {
        framework: Arc<Framework>,
        builtin: bool,
    },
    /// Waiting for the host page to send it: by message, or the file named here, which the
    /// host page fetches (the app requests nothing from another origin).
    Waiting(Option<String>),
    Failed {
        /// `framework-invalid` or `framework-unavailable`, for the `error` event.
        code: &'static str,
        title: String,
        problems: Vec<Problem>,
    },
}

#[component]
pub fn App() -> impl IntoView {
    let (embed, source, warnings) = Embed::init();
    // The app's state, and the words it holds, come with the framework: until then, English
    // (as the state starts).
    let t = Arc::new(Catalogue::english());
    // Read once, shared by the views that use it (and kept for going back to it).
    let builtin = StoredValue::new(None::<Arc<Framework>>);
    let builtin = move || {
        builtin.get_value().unwrap_or_else(|| {
            let f = Arc::new(Framework::builtin());
            builtin.set_value(Some(f.clone()));
            f
        })
    };
    let loading = RwSignal::new(match &source {
        None => Loading::Ready {
            framework: builtin(),
            builtin: true,
        },
        Some(Source::Message) => Loading::Waiting(None),
        Some(Source::Url(url)) => Loading::Waiting(Some(url.clone())),
    });
    let words = t.clone();
    let take = move |json: String| {
        loading.set(match Framework::load(&json) {
            Ok(f) => Loading::Ready {
                framework: Arc::new(f),
                builtin: false,
            },
            Err(problems) => Loading::Failed {
                code: "framework-invalid",
                title: words.app_framework_invalid().to_string(),
                problems,
            },
        })
    };
    let words = t.clone();
    embed.run(move |sent| match sent {
        Ok(json) => take(json),
        Err(e) => loading.set(Loading::Failed {
            code: "framework-unavailable",
            title: words.app_framework_unavailable().to_string(),
            problems: vec![Problem::new("", e)],
        }),
    });
    for w in warnings {
        embed.warn(w);
    }
    // `ready` whenever the app takes commands with a framework in place, or waits for one.
    Effect::new(move |_| {
        loading.with(|l| match l {
            Loading::Ready { framework, .. } => embed.emit(message::ready(Some(&**framework))),
            Loading::Waiting(url) => embed.emit(message::waiting(url.as_deref())),
            Loading::Failed {
                code,
                title,
                problems,
            } => {
                let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
                embed.warn(Warning::new(code, format!("{title}: {}", list.join("; "))));
                embed.emit(message::ready(None));
            }
        })
    });

    move || match loading.get() {
        Loading::Ready { framework, builtin } => {
            view! { <Assessing framework builtin /> }.into_any()
        }
        Loading::Waiting(_) => view! {
            <main id="main" class="loading" aria-busy="true" aria-label=landmark(embed, &t)>
                <p role="status">{t.app_loading().to_string()}</p>
            </main>
        }
        .into_any(),
        Loading::Failed {
            title, problems, ..
        } => view! {
            <main id="main" aria-label=landmark(embed, &t)>
                <FrameworkProblems
                    title
                    problems
                    words=t.clone()
                    use_builtin=Callback::new(move |_| {
                        loading
                            .set(Loading::Ready {
                                framework: builtin(),
                                builtin: true,
                            });
                    })
                />
            </main>
        }
        .into_any(),
    }
}

/// The app with a framework in place: its saved data, routes and pages.
#[component]
fn Assessing(framework: Arc<Framework>, builtin: bool) -> impl IntoView {
    let embed = use_embed();
    let app = AppState::init(framework.clone(), builtin);
    app.autosave();
    embed.follow(app, builtin);
    // Start, clicked on the static start page before the app had loaded. In an effect, so that it
    // runs after `follow` has seen the state before it (an embed's host hears `started`).
    let Early(early) = use_context::<Early>().unwrap_or_default();
    if app.route.get_untracked() == Route::Start {
        Effect::new(move |_| {
            // Taking over the static first page in place is not a new page: focus and scroll
            // stay where they were.
            let mut in_place = false;
            if app.saved.current().with_untracked(Option::is_none) {
                let framework = app.framework();
                let role = super::intro::preselected(&framework).unwrap_or(&framework.default_role);
                app.start_new(role);
                // What was answered on the static first page, and its Next.
                let answers = intro::early_answers(&framework, &early.answers);
                if !answers.is_empty() {
                    app.update_current(|a| a.background.extend(answers));
                }
                if early.next {
                    app.go(Route::Page(1));
                }
                in_place = early.asked && !early.next;
            } else {
                app.go(Route::Intro);
            }
            // Otherwise as after any change of page (the route effect below first runs after
            // this one, so it sees no change).
            if !in_place {
                request_animation_frame(|| {
                    location::scroll_to_top();
                    focus_heading();
                });
            }
        });
    }
    if let Some(role) = embed
        .role
        .get_value()
        .filter(|r| !framework.roles.iter().any(|x| x.id == *r))
    {
        let known: Vec<&str> = framework.roles.iter().map(|r| r.id.as_str()).collect();
        embed.warn(Warning::new(
            "unknown-role",
            format!(
                "role \"{role}\" is not in the framework, whose roles are {}; the person chooses",
                known.join(", ")
            ),
        ));
    }

    let hashchange = window_event_listener(leptos::ev::hashchange, move |_| {
        let route = Route::parse(&location::fragment());
        if app.route.with_untracked(|r| *r != route) {
            app.route.set(route);
        }
    });
    on_cleanup(move || hashchange.remove());
    if !embed.on {
        Effect::new(move |_| theme::apply(app.saved.prefs().with(|p| p.theme)));
        // Offline and installable; an embed works the same with or without it.
        updates::register(move || {
            let _ = app.update_ready.try_set(true);
        });
        // Moving between pages is a good moment to look for a new build.
        Effect::new(move |_| {
            app.route.track();
            updates::check(clock::now_ms());
        });
    }
    // Reads my assessment untracked: answering must not rebuild the whole page.
    // Only whether I have an assessment and whether it is complete: another tab finishing or
    // deleting it changes the page, an answer does not.
    let status = Memo::new(move |_| {
        app.saved
            .current()
            .with(|c| c.as_ref().map(|a| a.is_complete()))
    });
    let screen = Memo::new(move |_| Screen::of(&app.route.get(), status.get()));
    let role = Memo::new(move |_| {
        app.saved
            .current()
            .with(|c| c.as_ref().map(|a| a.role.clone()))
            .unwrap_or_else(|| app.framework().default_role.clone())
    });
    Effect::new(move |_| {
        let title = role.with(|r| screen.with(|s| s.title(&app.framework(), &app.t(), r)));
        location::set_title(&title)
    });
    // A new page starts at the top, with focus on its heading for screen-reader users; after the
    // page is drawn, so that the new heading, not the old one, gets it.
    Effect::new(move |previous: Option<Route>| {
        let route = app.route.get();
        if previous.is_some_and(|p| p != route) {
            request_animation_frame(move || {
                location::scroll_to_top();
                focus_heading();
            });
        }
        route
    });
    let page = move || match screen.get() {
        Screen::Questionnaire(n) => view! { <Questionnaire page=n /> }.into_any(),
        Screen::Report => view! { <ReportPage past=None /> }.into_any(),
        Screen::Unfinished => view! { <super::report::Unfinished /> }.into_any(),
        Screen::Past(id) => view! { <ReportPage past=Some(id) /> }.into_any(),
        Screen::Shared(payload) => view! { <SharedPage payload /> }.into_any(),
        Screen::NotFound(what) => view! { <NotFound what /> }.into_any(),
        Screen::Intro => view! { <Intro /> }.into_any(),
    };
    // In an embed the host page has its own header and footer, and sets the theme.
    let chrome = !embed.on;

    view! {
        <SkipLink />
        {chrome.then(|| view! { <Header /> })}
        <main id="main" tabindex="-1" aria-label=landmark(embed, &app.t())>
            <Notices />
            {page}
        </main>
        {chrome.then(|| view! { <Footer /> })}
    }
}

/// A host's framework that cannot be used: every problem, for the site's developer, and a way on
/// for the person.
#[component]
fn FrameworkProblems(
    title: String,
    problems: Vec<Problem>,
    /// The app's words: this page is shown without the app's state.
    words: Arc<Catalogue>,
    use_builtin: Callback<()>,
) -> impl IntoView {
    let t = words;
    let items = problems
        .into_iter()
        .map(|p| {
            let path = (!p.path.is_empty()).then(|| {
                view! {
                    <code>{p.path}</code>
                    ": "
                }
            });
            view! { <li>{path}{p.message}</li> }
        })
        .collect_view();
    view! {
        <section class="panel framework-problems">
            <h1>{title}</h1>
            <p>{t.app_problems_intro().to_string()}</p>
            <ul class="problems">{items}</ul>
            <p>{t.app_standard_instead().to_string()}</p>
            <button type="button" class="primary" on:click=move |_| use_builtin.run(())>
                {t.app_use_standard().to_string()}
            </button>
        </section>
    }
}

#[component]
fn NotFound(what: String) -> impl IntoView {
    let t = use_app().t();
    // One sentence for the translator; the address, in code, goes where its placeholder is.
    let sentence = t.app_not_found_address(&'\u{0}');
    let (before, after) = sentence
        .split_once('\u{0}')
        .unwrap_or((sentence.as_str(), ""));
    view! {
        <section class="panel">
            <h1>{t.app_not_found().to_string()}</h1>
            <p>{before.to_string()}<code>{what}</code>{after.to_string()}</p>
            <p>
                <a href="#/">{t.app_go_start().to_string()}</a>
            </p>
        </section>
    }
}

/// In an embed the app's main content sits inside the host's page, beside the host's own `main`:
/// a name tells the two landmarks apart.
fn landmark(embed: Embed, t: &Catalogue) -> Option<String> {
    embed.on.then(|| t.chrome_brand().to_string())
}
