//! The growth plan: focus competencies with actions to tick off, and the re-assessment date.

use crate::browser::{clock, download};
use crate::core::{ics, Report};
use crate::ui::state::use_app;
use leptos::prelude::*;
use std::collections::BTreeSet;

#[component]
pub fn GrowthPlan(
    report: Report,
    #[prop(into)] done: Signal<BTreeSet<String>>,
    uid: String,
    read_only: bool,
) -> impl IntoView {
    let app = use_app();
    let f = app.framework;
    let id = uid;
    let focus = report
        .plan
        .focus
        .iter()
        .map(|focus| {
            let name = f.competency(&focus.competency).map_or_else(|| focus.competency.clone(), |c| c.name.clone());
            let why = if focus.gap > 0.0 {
                format!("Level {:.1}; {} needs {}.", focus.level, report.role.name, focus.minimum)
            } else {
                format!("Level {:.1}: meets the minimum of {}, with the least margin.", focus.level, focus.minimum)
            };
            let actions = focus
                .actions
                .iter()
                .map(|action| {
                    let aid = action.id.clone();
                    let (class_id, checked_id) = (aid.clone(), aid.clone());
                    let ticked_class = move || done.with(|d| d.contains(&class_id));
                    let ticked = move || done.with(|d| d.contains(&checked_id));
                    let input_id = format!("action-{aid}");
                    let book = action.book.as_ref().map(|b| view! { <span class="book">{format!("“{}” by {}", b.title, b.author)}</span> });
                    view! {
                        <li class="action" class:done=ticked_class>
                            <input
                                type="checkbox"
                                id=input_id.clone()
                                prop:checked=ticked
                                disabled=read_only
                                on:change=move |_| app.update_current(|a| a.toggle_done(&aid))
                            />
                            <label for=input_id>
                                <span class="action-meta">
                                    {action.kind.map(|k| k.label()).unwrap_or_default()}
                                    {format!(" · {} days", action.horizon)}
                                </span>
                                <span class="action-text">{action.text.clone()}</span>
                                {book}
                                <span class="signal">{format!("Success looks like: {}", action.signal)}</span>
                            </label>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li class="focus">
                    <h3>{name}</h3>
                    <p class="hint">{why}</p>
                    <ul class="actions">{actions}</ul>
                </li>
            }
        })
        .collect_view();
    let total = report.plan.actions().count();
    let action_ids: Vec<String> = report.plan.actions().map(|a| a.id.clone()).collect();
    let ticked_count =
        move || done.with(|d| action_ids.iter().filter(|id| d.contains(*id)).count());
    let reassess = report.plan.reassess_on;
    let role = report.role.name.clone();
    let calendar = move |_| {
        let Some(on) = reassess else { return };
        let text = ics::reminder(
            on,
            "Retake the Ready to Lead self-assessment",
            &format!("Time to see how far your growth plan for {role} has taken you. Open Ready to Lead and choose Retake."),
            &id,
            clock::now_ms(),
        );
        if let Err(e) = download::text("ready-to-lead-reassessment.ics", "text/calendar", &text) {
            app.notify(crate::ui::Notice::new(crate::ui::NoticeKind::Error, e));
        }
    };
    view! {
        <section class="plan" aria-labelledby="plan-heading">
            <h2 id="plan-heading">"Growth plan"</h2>
            <p>{move || format!("{} of {total} actions done. Tick an action when its success signal is there.", ticked_count())}</p>
            <ol class="focus-list">{focus}</ol>
            {reassess.map(|on| view! {
                <p class="reassess">
                    {format!("Retake the assessment around {} to see what changed. ", on.human())}
                    <button type="button" on:click=calendar>"Add a reminder to my calendar (.ics)"</button>
                </p>
            })}
        </section>
    }
}
