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
    let t = app.t();
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
        .map(|p| questionnaire::title(&f, &t, *p).to_string())
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

    let heading = questionnaire::title(&f, &t, this).to_string();
    let intro = questionnaire::intro(&f, &t, this).to_string();
    let pillar = questionnaire::eyebrow(&f, &t, this).map(str::to_string);

    let body = match this {
        Page::Background => f
            .background
            .iter()
            .map(|q| view! { <BackgroundField question=q.clone() /> })
            .collect_view()
            .into_any(),
        page => {
            let na = questionnaire::not_applicable(&t, page).to_string();
            questionnaire::items(&f, page)
                .iter()
                .map(|item| view! { <OwnItem item=item.clone() na_label=na.clone() /> })
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
                    <label for="evidence">{t.page_evidence().to_string()}</label>
                    <p class="hint" id="evidence-hint">
                        {t.page_evidence_hint().to_string()}
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
                    {questionnaire::page_of(&t, index, count)} " · "
                    {
                        let t = t.clone();
                        move || questionnaire::answered_of(&t, progress.get())
                    }
                </p>
                <progress
                    max=move || progress.get().1
                    value=move || progress.get().0
                    aria-label=t.page_questions_answered().to_string()
                ></progress>
            </div>
            {pillar.map(|p| view! { <p class="eyebrow">{p}</p> })}
            <h1>{heading}</h1>
            <p class="lede">{intro}</p>
            {(this != Page::Background)
                .then(|| {
                    view! {
                        <p class="hint keyboard-hint">
                            {t.page_keyboard_hint(&t.answer_not_applicable())}
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
                            questionnaire::unanswered_text(&use_app().t(), n)
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
                                                .fragment()>
                                                {questionnaire::page_unanswered(&use_app().t(), &title, n)}
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ul>
                    <button type="button" class="primary" on:click=move |_| app.finish()>
                        {use_app().t().page_see_report_anyway().to_string()}
                    </button>
                    <button type="button" on:click=move |_| checking.set(false)>
                        {use_app().t().page_keep_answering().to_string()}
                    </button>
                </Confirm>
            </Show>
            <nav class="pager" aria-label=t.page_pages().to_string()>
                {(index > 0)
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                data-testid="back"
                                on:click=move |_| app.go(Route::Page(index - 1))
                            >
                                {t.page_back().to_string()}
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
                            {t.page_see_report().to_string()}
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
                            {t.page_next().to_string()}
                        </button>
                    }
                        .into_any()
                }}
            </nav>
        </section>
    }
}
