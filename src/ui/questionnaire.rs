//! A questionnaire page: one competency (or Background, or Motivation), with progress, an
//! evidence note, Back and Next.

use super::confirm::Confirm;
use super::item::{BackgroundField, OwnItem};
use super::state::use_app;
use crate::core::assessment::NOTE_MAX_CHARS;
use crate::core::questionnaire::{self, Page};
use crate::core::route::Route;
use crate::ui::state::SavedStoreFields;
use leptos::prelude::*;

#[component]
pub fn Questionnaire(page: usize) -> impl IntoView {
    let app = use_app();
    let f = app.framework();
    let role = app
        .saved
        .current()
        .with_untracked(|c| c.as_ref().map(|a| a.role.clone()))
        .unwrap_or_else(|| f.default_role.clone());
    let pages = questionnaire::pages(&f, &role);
    let count = pages.len();
    // Page titles for the list of pages with unanswered questions.
    let titles: Vec<String> = pages
        .iter()
        .map(|p| questionnaire::title(&f, *p).to_string())
        .collect();
    let titles = StoredValue::new(titles);
    let index = page.min(count - 1);
    let this = pages[index];
    let last = index + 1 == count;

    // Remember the page, so that a reload resumes here: after the page is drawn, never while
    // drawing it.
    Effect::new(move |_| app.update_current(|a| a.page = index));

    let progress = Memo::new(move |_| {
        app.saved.current().with(|c| {
            c.as_ref()
                .map_or((0, 1), |a| questionnaire::progress(&app.framework(), a))
        })
    });
    let missing = Memo::new(move |_| {
        app.saved.current().with(|c| {
            c.as_ref()
                .map(|a| questionnaire::gaps(&app.framework(), a))
                .unwrap_or_default()
        })
    });
    let checking = RwSignal::new(false);

    let heading = questionnaire::title(&f, this).to_string();
    let intro = questionnaire::intro(&f, this).to_string();
    let pillar = questionnaire::eyebrow(&f, this).map(str::to_string);

    let body = match this {
        Page::Background => f
            .background
            .iter()
            .map(|q| view! { <BackgroundField question=q.clone() /> })
            .collect_view()
            .into_any(),
        page => {
            let na = questionnaire::not_applicable(page);
            questionnaire::items(&f, page)
                .iter()
                .map(|item| view! { <OwnItem item=item.clone() na_label=na /> })
                .collect_view()
                .into_any()
        }
    };

    let note = match this {
        Page::Competency(i) => {
            let cid = f.competencies[i].id.clone();
            let note_of = cid.clone();
            // A memo, so that an answer (which changes the assessment) leaves the field alone.
            let value = Memo::new(move |_| {
                app.saved
                    .current()
                    .with(|c| c.as_ref().map(|a| a.note(&note_of).to_string()))
                    .unwrap_or_default()
            });
            Some(view! {
                <div class="evidence">
                    <label for="evidence">"Evidence (optional)"</label>
                    <p class="hint" id="evidence-hint">
                        "A concrete example that supports your answers on this page: what you did, when, and what changed."
                    </p>
                    <textarea
                        id="evidence"
                        rows="3"
                        maxlength=NOTE_MAX_CHARS.to_string()
                        aria-describedby="evidence-hint"
                        prop:value=value
                        on:input:target=move |ev| {
                            let text = ev.target().value();
                            app.update_current(|a| a.set_note(&cid, &text));
                        }
                    ></textarea>
                </div>
            })
        }
        _ => None,
    };

    let see_report = move |_| {
        if missing.get_untracked().is_empty() {
            app.finish();
        } else {
            checking.set(true);
        }
    };

    view! {
        <section class="questionnaire">
            <div class="progress-block">
                <p class="progress-text">
                    {questionnaire::page_of(index, count)} " · "
                    {move || questionnaire::answered_of(progress.get())}
                </p>
                <progress
                    max=move || progress.get().1
                    value=move || progress.get().0
                    aria-label="Questions answered"
                ></progress>
            </div>
            {pillar.map(|p| view! { <p class="eyebrow">{p}</p> })}
            <h1>{heading}</h1>
            <p class="lede">{intro}</p>
            {(this != Page::Background)
                .then(|| {
                    view! {
                        <p class="hint keyboard-hint">
                            "Pick what you actually do today. Keyboard: Tab to a question, then 1–5 or 0 for \"No opportunity yet\"."
                        </p>
                    }
                })}
            <div class="items">{body}</div>
            {note}
            <Show when=move || checking.get()>
                <Confirm
                    labelled_by="unanswered-title"
                    on_cancel=Callback::new(move |_| checking.set(false))
                >
                    <p id="unanswered-title">
                        {move || {
                            let n: usize = missing.get().iter().map(|m| m.1).sum();
                            questionnaire::unanswered_text(n)
                        }}
                    </p>
                    <ul>
                        {move || {
                            missing
                                .get()
                                .into_iter()
                                .map(|(p, n)| {
                                    let title = titles
                                        .with_value(|t| t.get(p).cloned().unwrap_or_default());
                                    view! {
                                        <li>
                                            <a href=Route::Page(p)
                                                .fragment()>{questionnaire::page_unanswered(&title, n)}</a>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ul>
                    <button type="button" class="primary" on:click=move |_| app.finish()>
                        "See my report anyway"
                    </button>
                    <button type="button" on:click=move |_| checking.set(false)>
                        "Keep answering"
                    </button>
                </Confirm>
            </Show>
            <nav class="pager" aria-label="Questionnaire pages">
                {(index > 0)
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                data-testid="back"
                                on:click=move |_| app.go(Route::Page(index - 1))
                            >
                                "Back"
                            </button>
                        }
                    })}
                {if last {
                    view! {
                        <button
                            type="button"
                            class="primary"
                            data-testid="finish"
                            on:click=see_report
                        >
                            "See my report"
                        </button>
                    }
                        .into_any()
                } else {
                    view! {
                        <button
                            type="button"
                            class="primary"
                            data-testid="next"
                            on:click=move |_| app.go(Route::Page(index + 1))
                        >
                            "Next"
                        </button>
                    }
                        .into_any()
                }}
            </nav>
        </section>
    }
}
