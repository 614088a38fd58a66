//! My earlier assessments (open, delete, retake) and the reports others shared with me that I
//! kept, in a list of their own.

use crate::core::report::{summaries, Summary};
use crate::core::route::Route;
use crate::ui::confirm::Confirm;
use crate::ui::intro::RetakeButtons;
use crate::ui::state::use_app;
use crate::ui::state::SavedStoreFields;
use leptos::prelude::*;

#[component]
pub fn History(viewing: String) -> impl IntoView {
    let app = use_app();
    let f = app.framework();
    let deleting = RwSignal::new(None::<String>);
    // Only the id of my current assessment, and summaries that compare equal when nothing shown
    // changed: answering or typing elsewhere rebuilds none of this.
    let current_id = Memo::new(move |_| {
        app.saved
            .current()
            .with(|c| c.as_ref().map(|a| a.id.clone()))
    });
    let made = StoredValue::new(Vec::new());
    let rows = Memo::new(move |_| {
        app.saved
            .history()
            .with(|h| made.try_update_value(|m| summaries(&f, &app.t(), h, m).0))
            .unwrap_or_default()
    });
    let row = move |s: Summary| {
        let id = s.id.clone();
        let del = id.clone();
        let is_viewed = id == viewing;
        let link = if Some(&id) == current_id.get_untracked().as_ref() {
            Route::Report
        } else {
            Route::Past(id.clone())
        };
        let t = app.t();
        let date = s.completed.map(|d| t.date(d)).unwrap_or_default();
        view! {
            <tr class:viewed=is_viewed>
                <th scope="row">
                    {if is_viewed {
                        view! { <span>{t.history_shown(&date)}</span> }.into_any()
                    } else {
                        view! { <a href=link.fragment()>{date.clone()}</a> }.into_any()
                    }}
                </th>
                <td>{s.role}</td>
                <td class="num">{s.role_match.to_string()}</td>
                <td>{s.verdict.label(&t).to_string()}</td>
                <td>
                    <button
                        type="button"
                        class="quiet"
                        aria-label=t.history_delete_label(&date)
                        on:click=move |_| deleting.set(Some(del.clone()))
                    >
                        {t.history_delete().to_string()}
                    </button>
                </td>
            </tr>
        }
    };
    let confirm = move || {
        deleting.get().map(|id| {
            let target = id.clone();
            let t = app.t();
            view! {
                <Confirm
                    labelled_by="confirm-delete"
                    on_cancel=Callback::new(move |_| deleting.set(None))
                >
                    <p id="confirm-delete">{t.history_confirm_delete().to_string()}</p>
                    <button
                        type="button"
                        class="danger"
                        on:click=move |_| {
                            let was_current = current_id.get_untracked().as_deref()
                                == Some(target.as_str());
                            app.forget(&target);
                            deleting.set(None);
                            if was_current {
                                app.go(Route::Intro);
                            }
                        }
                    >
                        {t.history_delete().to_string()}
                    </button>
                    <button type="button" on:click=move |_| deleting.set(None)>
                        {t.start_cancel().to_string()}
                    </button>
                </Confirm>
            }
        })
    };
    let t = app.t();
    view! {
        <section class="history no-print" aria-labelledby="history-heading">
            <h2 id="history-heading">{t.history_heading().to_string()}</h2>
            <div class="table-wrap">
                <table>
                    <caption class="sr-only">{t.history_caption().to_string()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.history_col_completed().to_string()}</th>
                            <th scope="col">{t.history_col_role().to_string()}</th>
                            <th scope="col">{t.history_col_match().to_string()}</th>
                            <th scope="col">{t.history_col_verdict().to_string()}</th>
                            <th scope="col">
                                <span class="sr-only">{t.history_col_actions().to_string()}</span>
                            </th>
                        </tr>
                    </thead>
                    // Not a keyed <For>: that costs 8.8 KB of gzipped wasm for lists of a few
                    // rows, and `rows` already changes only when a row does.
                    <tbody>{move || rows.get().into_iter().map(&row).collect_view()}</tbody>
                </table>
            </div>
            {confirm}
            <div class="button-row">
                <RetakeButtons />
            </div>
            <Received />
        </section>
    }
}

/// Reports others shared with me that I kept: their own list, never mixed into my history.
#[component]
fn Received() -> impl IntoView {
    let app = use_app();
    let list = move || {
        app.saved.received().with(|r| {
            let t = app.t();
            r.iter()
                .rev()
                .map(|k| {
                    let id = k.id.clone();
                    let who = k.who();
                    let shown = match k.saved {
                        Some(d) => t.history_received_kept(&who, &t.date(d)),
                        None => who.clone(),
                    };
                    let label = t.history_delete_received_label(&who);
                    view! {
                        <li>
                            <a href=Route::Past(id.clone()).fragment()>{shown}</a>
                            " "
                            <button
                                type="button"
                                class="quiet"
                                aria-label=label
                                on:click=move |_| {
                                    app.saved.received().update(|r| r.retain(|x| x.id != id))
                                }
                            >
                                {t.history_delete().to_string()}
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let heading = app.t().history_received_heading().to_string();
    view! {
        <Show when=move || app.saved.received().with(|r| !r.is_empty())>
            <h3>{heading.clone()}</h3>
            <ul class="received">{list}</ul>
        </Show>
    }
}
