//! Earlier assessments: open one, delete one, retake.

use crate::core::route::Route;
use crate::core::scoring::rounded;
use crate::core::Report;
use crate::ui::confirm::Confirm;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn History(viewing: String) -> impl IntoView {
    let app = use_app();
    let f = app.framework;
    let deleting = RwSignal::new(None::<String>);
    let rows = move || {
        let history = app.store.with(|s| s.history.clone());
        let current = app.store.with(|s| s.current.as_ref().map(|a| a.id.clone()));
        history
            .into_iter()
            .rev()
            .map(|h| {
                let r = Report::build(f, &h);
                let id = h.id.clone();
                let del = id.clone();
                let is_viewed = id == viewing;
                let link = if Some(&id) == current.as_ref() { Route::Report } else { Route::Past(id.clone()) };
                let date = h.completed.map(|d| d.human()).unwrap_or_default();
                view! {
                    <tr class:viewed=is_viewed>
                        <th scope="row">
                            {if is_viewed {
                                view! { <span>{date.clone()} " (shown)"</span> }.into_any()
                            } else {
                                view! { <a href=link.fragment()>{date.clone()}</a> }.into_any()
                            }}
                        </th>
                        <td>{r.role.name.clone()}</td>
                        <td class="num">{rounded(r.scores.role_match).to_string()}</td>
                        <td>{r.verdict.kind.label()}</td>
                        <td>
                            <button type="button" class="quiet" aria-label=format!("Delete the assessment of {date}")
                                on:click=move |_| deleting.set(Some(del.clone()))>"Delete"</button>
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    let confirm = move || {
        deleting.get().map(|id| {
            let target = id.clone();
            view! {
                <Confirm labelled_by="confirm-delete" on_cancel=Callback::new(move |_| deleting.set(None))>
                    <p id="confirm-delete">"Delete this assessment from your history? This cannot be undone."</p>
                    <button type="button" class="danger" on:click=move |_| {
                        let was_current = app.store.with_untracked(|s| s.current.as_ref().is_some_and(|c| c.id == target));
                        app.store.update(|s| s.forget(&target));
                        deleting.set(None);
                        if was_current {
                            app.go(Route::Intro);
                        }
                    }>"Delete"</button>
                    <button type="button" on:click=move |_| deleting.set(None)>"Cancel"</button>
                </Confirm>
            }
        })
    };
    view! {
        <section class="history no-print" aria-labelledby="history-heading">
            <h2 id="history-heading">"History"</h2>
            <div class="table-wrap">
                <table>
                    <caption class="sr-only">"Your completed assessments, newest first"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Completed"</th>
                            <th scope="col">"Target role"</th>
                            <th scope="col">"Match (0–100)"</th>
                            <th scope="col">"Verdict"</th>
                            <th scope="col"><span class="sr-only">"Actions"</span></th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {confirm}
            <div class="button-row">
                <button type="button" on:click=move |_| app.retake(true)>"Retake with my last answers"</button>
                <button type="button" on:click=move |_| app.retake(false)>"Retake from blank"</button>
            </div>
        </section>
    }
}
