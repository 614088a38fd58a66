//! The readiness report: verdict, scores, chart, strengths and gaps, checklist, plan, history
//! and exports. Every figure comes from `core::Report`.

mod checklist;
mod competencies;
mod exports;
mod history;
mod plan;
mod verdict;

use super::state::use_app;
use crate::core::route::Route;
use crate::core::{questionnaire, Assessment, Report};
use leptos::prelude::*;

/// The report of the current assessment (`past` is None) or of one from history.
#[component]
pub fn ReportPage(past: Option<String>) -> impl IntoView {
    let app = use_app();
    let f = app.framework;
    let past_id = past.clone();
    let assessment = Memo::new(move |_| {
        app.store.with(|s| match &past_id {
            Some(id) => s.history.iter().find(|h| &h.id == id).cloned(),
            None => s.current.clone(),
        })
    });
    let report = Memo::new(move |_| assessment.with(|a| a.as_ref().map(|a| Report::build(f, a))));
    let previous = Memo::new(move |_| {
        let id = assessment.with(|a| a.as_ref().map(|a| a.id.clone()))?;
        app.store.with(|s| s.previous(&id).cloned())
    });
    let read_only = past.is_some();

    move || {
        let Some(a) = assessment.get() else {
            return view! {
                <section class="panel">
                    <h1>"This assessment is not in your history"</h1>
                    <p>"It may have been deleted, or it was saved in another browser."</p>
                    <p><a href="#/">"Go to the start page"</a></p>
                </section>
            }
            .into_any();
        };
        let Some(r) = report.get() else {
            return ().into_any();
        };
        let date = a
            .completed
            .or(a.started)
            .map(|d| d.human())
            .unwrap_or_default();
        view! {
            <article class="report">
                {read_only.then(|| view! {
                    <p class="notice info">
                        {format!("An earlier assessment, completed {date}. ")}
                        <a href="#/report">"Back to my latest report"</a>
                    </p>
                })}
                <header class="report-header">
                    <p class="eyebrow">{format!("Readiness report · {date}")}</p>
                    <h1>{format!("Your readiness for {}", r.role.name)}</h1>
                    {(!read_only).then(|| view! { <verdict::RoleSwitch current=a.role.clone() /> })}
                </header>
                <verdict::VerdictCard report=r.clone() />
                <verdict::Scores report=r.clone() />
                <competencies::Competencies report=r.clone() previous=previous.get() />
                <verdict::StrengthsAndGaps report=r.clone() />
                <checklist::Checklist report=r.clone() />
                <plan::GrowthPlan report=r.clone() assessment=a.clone() read_only />
                <verdict::AnswerQuality report=r.clone() />
                <history::History viewing=a.id.clone() />
                <exports::Exports assessment=a.clone() report=r.clone() />
            </article>
        }
        .into_any()
    }
}

/// Shown when the report is asked for before the questionnaire is finished.
#[component]
pub fn Unfinished() -> impl IntoView {
    let app = use_app();
    let f = app.framework;
    let (answered, total, page) = app.store.with_untracked(|s| {
        s.current.as_ref().map_or((0, 0, 0), |a: &Assessment| {
            let (x, t) = questionnaire::progress(f, a);
            (x, t, a.page)
        })
    });
    view! {
        <section class="panel">
            <h1>"Your assessment is not finished yet"</h1>
            <p>{format!("You have answered {answered} of {total} questions.")}</p>
            <button type="button" class="primary" on:click=move |_| app.go(Route::Page(page))>"Continue answering"</button>
            <button type="button" on:click=move |_| app.finish()>"See my report anyway"</button>
        </section>
    }
}
