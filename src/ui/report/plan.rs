//! The growth plan: focus competencies with actions to tick off, and the re-assessment date.

use crate::browser::{clock, download};
use crate::core::{ics, Report};
use crate::ui::state::use_app;
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;

#[component]
pub fn GrowthPlan(
    report: Arc<Report>,
    #[prop(into)] done: Signal<BTreeSet<String>>,
    uid: String,
    read_only: bool,
) -> impl IntoView {
    let app = use_app();
    let f = app.framework();
    let t = app.t();
    let id = uid;
    let steps = report
        .plan
        .steps
        .iter()
        .map(|step| {
            let action = &step.action;
            let meta = step.meta(&f, &t);
            let aid = action.id.clone();
            let (class_id, checked_id) = (aid.clone(), aid.clone());
            let ticked_class = move || done.with(|d| d.contains(&class_id));
            let ticked = move || done.with(|d| d.contains(&checked_id));
            let input_id = format!("action-{aid}");
            let book = action.book.as_ref().map(
                |b| view! { <span class="book">{t.plan_page_book(&b.title, &b.author)}</span> },
            );
            let habit = step
                .habit
                .as_ref()
                .map(|h| view! { <span class="habit">{h.text(&t)}</span> });
            view! {
                <li class="action" class:done=ticked_class data-kind=action.kind.map(|k| k.key())>
                    <input
                        type="checkbox"
                        id=input_id.clone()
                        prop:checked=ticked
                        disabled=read_only
                        on:change=move |_| app.update_current(|a| a.toggle_done(&aid))
                    />
                    <label for=input_id>
                        <span class="action-meta">{meta}</span>
                        {habit}
                        <span class="action-text">{action.text.clone()}</span>
                        {book}
                        <span class="signal">{t.brief_success(&action.signal)}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    let watch = (!report.plan.watch.is_empty()).then(|| {
        let items = report
            .plan
            .watch
            .iter()
            .map(|w| view! { <li>{w.text(&f, &t)}</li> })
            .collect_view();
        view! {
            <h3>{t.plan_page_watch_heading().to_string()}</h3>
            <p class="hint">{t.plan_page_watch_hint().to_string()}</p>
            <ul class="watch">{items}</ul>
        }
    });
    let next_role = report
        .plan
        .next_role
        .as_ref()
        .map(|n| view! { <p class="next-role">{n.text(&f, &t)}</p> });
    let action_ids: Vec<String> = report.plan.actions().map(|a| a.id.clone()).collect();
    let ticked_count =
        move || done.with(|d| action_ids.iter().filter(|id| d.contains(*id)).count());
    let reassess = report.plan.reassess_on;
    let role = report.role.name.clone();
    let calendar = move |_| {
        let Some(on) = reassess else { return };
        let t = app.t();
        let text = ics::reminder(
            on,
            t.reminder_summary(),
            &t.reminder_description(&role),
            &id,
            clock::now_ms(),
        );
        if let Err(e) = download::text("ready-to-lead-reassessment.ics", "text/calendar", &text) {
            app.notify(crate::ui::Notice::download_failed(e));
        }
    };
    let retake = reassess.map(|on| format!("{} ", t.plan_page_retake_around(&t.date(on))));
    let add_reminder = t.plan_page_add_reminder().to_string();
    let heading = t.plan_page_heading().to_string();
    view! {
        <section class="plan" aria-labelledby="plan-heading">
            <h2 id="plan-heading">{heading}</h2>
            <p class="plan-summary" data-testid="plan-summary">
                {report.plan.summary.clone()}
            </p>
            <p>{move || report.plan.done_text(&t, ticked_count())}</p>
            <ol class="actions plan-steps">{steps}</ol>
            {watch}
            {next_role}
            {retake
                .map(|retake| {
                    view! {
                        <p class="reassess">
                            {retake} <button type="button" on:click=calendar>
                                {add_reminder}
                            </button>
                        </p>
                    }
                })}
        </section>
    }
}
