//! Rating someone else from their rate-me link: the same situations, in the third person,
//! answered page by page; the answers go back as a link.

use super::item::ItemField;
use super::link_field::LinkField;
use super::state::use_app;
use crate::browser::location;
use crate::core::feedback::{RatingDraft, RatingPages};
use crate::core::route::Route;
use crate::core::share::{self, RateRequest, RaterResponse};
use crate::core::store;
use crate::core::text::clean_name;
use crate::core::{questionnaire, Answer};
use crate::ui::state::SavedStoreFields;
use leptos::prelude::*;

#[component]
pub fn RatePage(request: RateRequest) -> impl IntoView {
    let app = use_app();
    let t = app.t();
    let f = app.framework();
    // Each request keeps its own draft, so that a reload or another link loses nothing.
    let req = request.request;
    let template = StoredValue::new(RatingDraft {
        request: req,
        subject: request.name.clone(),
        role: request.role.clone(),
        ..RatingDraft::default()
    });
    let start = move || template.get_value();
    // The draft for this request exists once the page is drawn (written after drawing, never
    // during it).
    Effect::new(move |_| {
        app.saved.ratings().update(|r| {
            store::rating_for(r, req, start);
        })
    });
    let who =
        clean_name(request.name.as_deref()).unwrap_or_else(|| t.rate_a_colleague().to_string());
    let role = f.role_or_default(&request.role).name.clone();
    let rating = StoredValue::new(RatingPages::of(&f, &request.role));
    let pages = rating.with_value(RatingPages::count);
    let page = RwSignal::new(0usize);
    let link = RwSignal::new(None::<String>);
    let answered = Memo::new(move |_| {
        app.saved
            .ratings()
            .with(|r| store::rating(r, req).map_or(0, |d| d.answers.len()))
    });

    let body = move || {
        let n = page.get();
        let f = app.framework();
        let t = app.t();
        if let Some(c) = rating
            .with_value(|p| p.competency(n))
            .map(|i| &f.competencies[i])
        {
            let items = c
                .items
                .iter()
                .map(|item| {
                    let id = item.id.clone();
                    let chosen = Memo::new(move |_| {
                        app.saved.ratings().with(|r| {
                            store::rating(r, req).and_then(|d| d.answers.get(&id).copied())
                        })
                    });
                    let id = item.id.clone();
                    let on_choose = Callback::new(move |answer: Answer| {
                        app.saved.ratings().update(|r| {
                            store::rating_for(r, req, start)
                                .answers
                                .insert(id.clone(), answer);
                        })
                    });
                    let legend = item
                        .rater_situation
                        .clone()
                        .unwrap_or_else(|| item.situation.clone());
                    view! {
                        <ItemField
                            legend
                            anchors=item.anchors.clone()
                            name=item.id.clone()
                            na_label=t.rate_not_seen().to_string()
                            chosen
                            on_choose
                        />
                    }
                })
                .collect_view();
            view! {
                <p class="eyebrow">{questionnaire::page_of(&use_app().t(), n, pages)}</p>
                <h2>{c.name.clone()}</h2>
                <div class="items">{items}</div>
            }
            .into_any()
        } else {
            let rater = Memo::new(move |_| {
                app.saved.ratings().with(|r| {
                    store::rating(r, req)
                        .map(|d| d.rater.clone())
                        .unwrap_or_default()
                })
            });
            let create = move |_| {
                let Some(response) = app
                    .saved
                    .ratings()
                    .with_untracked(|r| store::rating(r, req).map(RaterResponse::from_draft))
                else {
                    return;
                };
                let payload = share::encode_rater_response(&app.framework(), &response);
                link.set(Some(location::link_to(&Route::Shared(payload))));
            };
            view! {
                <p class="eyebrow">{questionnaire::page_of(&use_app().t(), n, pages)}</p>
                <h2>{t.rate_send_back().to_string()}</h2>
                <p>{move || rating.with_value(|p| p.answered(&use_app().t(), answered.get()))}</p>
                <label class="field">
                    {format!("{} ", t.rate_your_name())}
                    <input
                        type="text"
                        maxlength="60"
                        prop:value=rater
                        on:input:target=move |ev| {
                            let v = ev.target().value();
                            app.saved
                                .ratings()
                                .update(|r| store::rating_for(r, req, start).rater = v);
                        }
                    />
                </label>
                <div class="button-row">
                    <button type="button" class="primary" on:click=create>
                        {t.rate_create_link().to_string()}
                    </button>
                </div>
                {move || {
                    link.get()
                        .map(|url| {
                            let t = app.t();
                            view! {
                                <LinkField
                                    id="answer-link"
                                    label=t.rate_answer_link().to_string()
                                    url=Signal::derive(move || url.clone())
                                    copy_label=t.rate_copy_answer_link().to_string()
                                />
                                <p class="hint">{t.rate_send_hint().to_string()}</p>
                            }
                        })
                }}
            }
            .into_any()
        }
    };

    // A new page starts at the top, with focus on its heading, as in the questionnaire.
    let turn = move |by: isize| {
        page.update(|p| *p = p.saturating_add_signed(by).min(pages - 1));
        location::scroll_to_top();
        location::focus_first("main h2");
    };

    view! {
        <section class="questionnaire rating">
            <p class="eyebrow">{t.rate_eyebrow().to_string()}</p>
            <h1>{t.rate_asked(&who)}</h1>
            <p class="lede">{t.rate_lede(&who, &role, &t.rate_not_seen())}</p>
            {body}
            <nav class="pager" aria-label=t.rate_pages().to_string()>
                <Show when=move || { page.get() > 0 }>
                    <button type="button" on:click=move |_| turn(-1)>
                        {app.t().page_back().to_string()}
                    </button>
                </Show>
                <Show when=move || { page.get() + 1 < pages }>
                    <button type="button" class="primary" on:click=move |_| turn(1)>
                        {app.t().page_next().to_string()}
                    </button>
                </Show>
            </nav>
        </section>
    }
}
