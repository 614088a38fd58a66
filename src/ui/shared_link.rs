//! What a share link opens: a read-only report, a rating to give, a rating to add, or a clear
//! message when the link cannot be read.

use super::rate::RatePage;
use super::report::{ReportBody, SideBySide};
use super::state::{use_app, Notice, NoticeKind};
use crate::browser::clock;
use crate::core::feedback::{already_added, Rater};
use crate::core::route::Route;
use crate::core::share::{self, RaterResponse, Shared};
use crate::core::store::{self, Received};
use crate::core::text::clean_name;
use crate::core::{Assessment, Report};
use crate::ui::state::SavedStoreFields;
use leptos::prelude::*;
use std::collections::BTreeSet;

#[component]
pub fn SharedPage(payload: String) -> impl IntoView {
    let app = use_app();
    let f = app.framework();
    match share::decode(&f, &payload) {
        Err(e) => view! { <LinkError message=e.message(&app.t()) /> }.into_any(),
        Ok(Shared::Full(a, name)) => {
            let report = Report::build(&f, &app.t(), &a);
            view! { <SharedReport report name full=Some(*a) /> }.into_any()
        }
        Ok(Shared::Results(r)) => {
            let report = Report::from_results(&f, &app.t(), &r);
            view! { <SharedReport report name=r.name full=None /> }.into_any()
        }
        Ok(Shared::RateRequest(q)) => view! { <RatePage request=q /> }.into_any(),
        Ok(Shared::RaterResponse(r)) => view! { <AddRater response=r /> }.into_any(),
    }
}

#[component]
fn LinkError(message: String) -> impl IntoView {
    let app = use_app();
    let t = app.t();
    let has_report = app.has_report();
    view! {
        <section class="panel link-error">
            <h1>{t.shared_cannot_open().to_string()}</h1>
            <p class="notice error" role="alert">
                {message}
            </p>
            <div class="button-row">
                <button type="button" class="primary" on:click=move |_| app.go(Route::Intro)>
                    {t.shared_take_assessment().to_string()}
                </button>
                {has_report
                    .then(|| {
                        view! {
                            <button type="button" on:click=move |_| app.go(Route::Report)>
                                {app.t().shared_go_to_report().to_string()}
                            </button>
                        }
                    })}
            </div>
        </section>
    }
}

#[component]
fn SharedReport(report: Report, name: Option<String>, full: Option<Assessment>) -> impl IntoView {
    let app = use_app();
    let f = app.framework();
    let mine = app.saved.current().with_untracked(|c| {
        c.as_ref()
            .filter(|a| a.is_complete())
            .map(|a| Report::build(&f, &app.t(), a))
    });
    let comparing = RwSignal::new(false);
    let saved = RwSignal::new(full.as_ref().is_some_and(|a| {
        app.saved
            .received()
            .with_untracked(|r| store::already_kept(r, a, name.as_deref()))
    }));
    let t = app.t();
    let who = clean_name(name.as_deref());
    let heading = who.as_ref().map_or_else(
        || t.shared_heading(&report.role.name),
        |n| t.shared_heading_named(n, &report.role.name),
    );
    let notice = match full.as_ref().map(|a| a.completed) {
        None => t.shared_notice_results().to_string(),
        Some(None) => t.shared_notice_full().to_string(),
        Some(Some(d)) => t.shared_notice_full_dated(&t.date(d)),
    };
    // Kept apart from my own assessments: never in my history or "since last time".
    let save = full.clone().map(|a| {
        let name = name.clone();
        move |_| {
            let kept = Received::of_shared(&a, name.as_deref(), clock::new_id("s"), clock::today());
            app.saved.received().update(|r| store::receive(r, kept));
            saved.set(true);
        }
    });
    let their_label = who.unwrap_or_else(|| t.shared_theirs().to_string());
    let theirs = report.clone();
    view! {
        <article class="report shared">
            <p class="notice info">{notice}</p>
            <header class="report-header">
                <p class="eyebrow">{t.shared_eyebrow().to_string()}</p>
                <h1>{heading}</h1>
            </header>
            <div class="button-row no-print">
                <button type="button" class="primary" on:click=move |_| app.go(Route::Intro)>
                    {t.shared_take_it().to_string()}
                </button>
                {mine
                    .is_some()
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                aria-pressed=move || comparing.get().to_string()
                                on:click=move |_| comparing.update(|c| *c = !*c)
                            >
                                {app.t().shared_compare().to_string()}
                            </button>
                        }
                    })}
                {save
                    .map(|save| {
                        view! {
                            <button type="button" disabled=move || saved.get() on:click=save>
                                {move || {
                                    let t = app.t();
                                    if saved.get() {
                                        t.shared_kept().to_string()
                                    } else {
                                        t.shared_keep().to_string()
                                    }
                                }}
                            </button>
                        }
                    })}
            </div>
            {move || {
                (comparing.get())
                    .then(|| {
                        mine.clone()
                            .map(|mine| {
                                view! {
                                    <SideBySide
                                        theirs=theirs.clone()
                                        mine
                                        their_label=their_label.clone()
                                    />
                                }
                            })
                    })
            }}
            <ReportBody
                report=std::sync::Arc::new(report)
                done=Signal::derive(BTreeSet::new)
                previous=None
                uid=String::new()
                read_only=true
            />
        </article>
    }
}

#[component]
fn AddRater(response: RaterResponse) -> impl IntoView {
    let app = use_app();
    let t = app.t();
    let label =
        clean_name(response.rater.as_deref()).unwrap_or_else(|| t.shared_someone().to_string());
    let already = app
        .saved
        .raters()
        .with_untracked(|r| already_added(r, response.request, &response.answers));
    let count = response.answers.len();
    let add = move |_| {
        let rater = Rater::received(
            clock::new_id("r"),
            response.rater.as_deref(),
            response.request,
            response.answers.clone(),
            clock::today(),
        );
        app.saved.raters().update(|r| r.push(rater));
        let has_report = app.has_report();
        app.notify(Notice::new(
            NoticeKind::Info,
            app.t().shared_ratings_added().to_string(),
        ));
        app.go(if has_report {
            Route::Report
        } else {
            Route::Intro
        });
    };
    view! {
        <section class="panel">
            <h1>{t.shared_ratings_from(&label)}</h1>
            <p>{t.shared_answered(count, &label)}</p>
            {if already {
                view! {
                    <p class="notice info">{t.shared_already().to_string()}</p>
                    <button type="button" class="primary" on:click=move |_| app.go(Route::Report)>
                        {t.shared_go_to_report().to_string()}
                    </button>
                }
                    .into_any()
            } else {
                view! {
                    <button type="button" class="primary" on:click=add>
                        {t.shared_add().to_string()}
                    </button>
                }
                    .into_any()
            }}
        </section>
    }
}
