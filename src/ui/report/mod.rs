//! The readiness report, top-down: verdict, strengths and gaps, plan; then scores, chart,
//! checklist and answer quality; then, compact, sharing, rate-me and exports, and history.
//! Every figure comes from `core::Report`.

mod checklist;
mod competencies;
mod exports;
mod feedback;
mod history;
mod plan;
mod share;
mod verdict;

pub use competencies::SideBySide;
pub use history::History;

use super::embed::use_embed;
use super::state::use_app;
use crate::core::route::Route;
use crate::core::store;
use crate::core::{questionnaire, Assessment, Report};
use crate::ui::state::SavedStoreFields;
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;

/// The sections every report has: one's own, an earlier one, or one from a share link.
#[component]
pub fn ReportBody(
    report: Arc<Report>,
    #[prop(into)] done: Signal<BTreeSet<String>>,
    previous: Option<Assessment>,
    /// Names the reminder file's event; empty for a shared report.
    uid: String,
    read_only: bool,
) -> impl IntoView {
    // Top-down for the person: the verdict, what stands in the way, the plan; then the details.
    view! {
        <verdict::VerdictCard report=report.clone() />
        <verdict::StrengthsAndGaps report=report.clone() />
        <plan::GrowthPlan report=report.clone() done uid read_only />
        <verdict::Scores report=report.clone() />
        <competencies::Competencies report=report.clone() previous />
        <checklist::Checklist report=report.clone() />
        <verdict::AnswerQuality report=report />
    }
}

/// The report of the current assessment (`past` is None) or of one from history.
#[component]
pub fn ReportPage(past: Option<String>) -> impl IntoView {
    let app = use_app();
    let f = app.framework();
    let past_id = past.clone();
    // One of mine (current or from history), or a report someone shared that I kept.
    let assessment = Memo::new(move |_| match &past_id {
        Some(id) => app
            .saved
            .history()
            .with(|h| h.iter().find(|a| &a.id == id).cloned())
            .or_else(|| {
                app.saved
                    .received()
                    .with(|r| r.iter().find(|k| &k.id == id).map(|k| k.assessment.clone()))
            }),
        None => app.saved.current().get(),
    });
    let from = past.clone().and_then(|id| {
        app.saved
            .received()
            .with_untracked(|r| r.iter().find(|k| k.id == id).map(|k| k.who()))
    });
    // What the report is made from: ticking an action or the page remembered change none of it,
    // so they never rebuild the report.
    let scored = Memo::new(move |_| assessment.with(|a| a.as_ref().map(Assessment::scored_part)));
    let report = Memo::new(move |_| {
        let t = app.t();
        scored.with(|a| a.as_ref().map(|a| Report::build(&f, &t, a)))
    });
    // What the page's frame is built from. Ticking an action or switching the role changes none
    // of it, so the controls keep their state and focus.
    let meta = Memo::new(move |_| {
        assessment.with(|a| {
            a.as_ref()
                .map(|a| (a.id.clone(), a.completed.or(a.started)))
        })
    });
    let done = Memo::new(move |_| {
        assessment.with(|a| a.as_ref().map(|a| a.done.clone()).unwrap_or_default())
    });
    let read_only = past.is_some();

    move || {
        let t = app.t();
        let Some((id, date)) = meta.get() else {
            return view! {
                <section class="panel">
                    <h1>{t.report_page_not_in_history().to_string()}</h1>
                    <p>{t.report_page_not_in_history_why().to_string()}</p>
                    <p>
                        <a href="#/">{t.app_go_start().to_string()}</a>
                    </p>
                </section>
            }
            .into_any();
        };
        // "Since last time" compares with my own earlier assessment only.
        let previous = match &from {
            Some(_) => None,
            None => app
                .saved
                .history()
                .with_untracked(|h| store::previous(h, &id).cloned()),
        };
        let role =
            assessment.with_untracked(|a| a.as_ref().map(|a| a.role.clone()).unwrap_or_default());
        let date = date.map(|d| t.date(d)).unwrap_or_default();
        let who = from.clone();
        let heading = move || {
            let role = report.with(|r| r.as_ref().map(|r| r.role.name.clone()).unwrap_or_default());
            let t = app.t();
            match &who {
                Some(who) => t.report_page_heading_from(who, &role),
                None => t.report_page_heading(&role),
            }
        };
        let uid = id.clone();
        // A rater's answers come back as a link opened at the app's own site, which an embed's
        // storage (partitioned by the host site) never sees: no "rate me" in an embed.
        let feedback = app.shareable && !use_embed().on;
        let body = move || {
            report.get().map(|r| {
                let r = Arc::new(r);
                view! {
                    <ReportBody
                        report=r.clone()
                        done
                        previous=previous.clone()
                        uid=uid.clone()
                        read_only
                    />
                    {(!read_only && feedback).then(|| view! { <feedback::Feedback report=r /> })}
                }
            })
        };
        let share = (!read_only && app.shareable)
            .then(|| view! { <share::ShareControl assessment report /> });
        view! {
            <article class="report">
                {read_only
                    .then(|| {
                        view! {
                            <p class="notice info">
                                {format!("{} ", t.report_page_earlier(&date))}
                                <a href="#/report">{t.report_page_back_to_latest().to_string()}</a>
                            </p>
                        }
                    })} <header class="report-header">
                    <p class="eyebrow">{t.report_page_eyebrow(&date)}</p>
                    <h1>{heading}</h1>
                    {(!read_only).then(|| view! { <verdict::RoleSwitch current=role /> })}
                </header> {body}
                <div class="report-tools">{share} <exports::Exports assessment report /></div>
                <history::History viewing=id.clone() />
            </article>
        }
        .into_any()
    }
}

/// Shown when the report is asked for before the questionnaire is finished.
#[component]
pub fn Unfinished() -> impl IntoView {
    let app = use_app();
    let f = app.framework();
    let (answered, total, page) = app.saved.current().with_untracked(|c| {
        c.as_ref().map_or((0, 0, 0), |a: &Assessment| {
            let (x, t) = questionnaire::progress(&f, a);
            (x, t, a.page)
        })
    });
    let t = use_app().t();
    view! {
        <section class="panel">
            <h1>{t.title_unfinished().to_string()}</h1>
            <p>{questionnaire::you_answered(&t, (answered, total))}</p>
            <button type="button" class="primary" on:click=move |_| app.go(Route::Page(page))>
                {t.report_page_continue().to_string()}
            </button>
            <button type="button" on:click=move |_| app.finish()>
                {t.page_see_report_anyway().to_string()}
            </button>
        </section>
    }
}
