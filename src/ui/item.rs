//! One item: a native radio group whose legend is the situation. Values "1"…"5" in ascending
//! order of level and "na" are a contract that tests and embedding sites rely on.

use super::state::use_app;
use crate::browser::focus;
use crate::core::framework::{BackgroundQuestion, Item};
use crate::core::text::plain;
use crate::core::Answer;
use crate::ui::state::SavedStoreFields;
use leptos::prelude::*;

/// An item's radio group. `chosen` is the current answer and `on_choose` records a new one, so
/// the same component serves a person's own questionnaire and a rater's.
#[component]
pub fn ItemField(
    legend: String,
    anchors: Vec<String>,
    /// The radio group's name: the item id.
    name: String,
    #[prop(into)] na_label: String,
    #[prop(into)] chosen: Signal<Option<Answer>>,
    on_choose: Callback<Answer>,
) -> impl IntoView {
    // 1–5 pick a level and 0 "No opportunity yet", on whichever item has focus.
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let answer = match ev.key().as_str() {
            "0" => Answer::NoOpportunity,
            key => match Answer::from_value(key) {
                Some(a) => a,
                None => return,
            },
        };
        ev.prevent_default();
        on_choose.run(answer);
        focus::first_in_listener(&ev, &format!("input[value=\"{}\"]", answer.value()));
    };

    let option = move |answer: Answer, key: &'static str, text: String| {
        view! {
            <label class="option">
                <input
                    type="radio"
                    name=name.clone()
                    value=answer.value()
                    prop:checked=move || chosen.get() == Some(answer)
                    on:change=move |_| on_choose.run(answer)
                />
                <span class="option-key" aria-hidden="true">
                    {key}
                </span>
                <span class="option-text">{text}</span>
            </label>
        }
    };
    const KEYS: [&str; 5] = ["1", "2", "3", "4", "5"];
    let levels = anchors
        .into_iter()
        .enumerate()
        .map(|(i, text)| option(Answer::Level(i as u8 + 1), KEYS[i.min(4)], text))
        .collect_view();

    view! {
        <fieldset class="item" on:keydown=on_key>
            <legend>{legend}</legend>
            <div class="options">
                {levels} {option(Answer::NoOpportunity, "0", na_label.clone())}
            </div>
        </fieldset>
    }
}

/// An item of the person's own assessment.
#[component]
pub fn OwnItem(item: Item, #[prop(into)] na_label: String) -> impl IntoView {
    let app = use_app();
    let id = item.id.clone();
    let chosen = Memo::new(move |_| {
        app.saved
            .current()
            .with(|c| c.as_ref().and_then(|a| a.answer(&id)))
    });
    let id = item.id.clone();
    let on_choose =
        Callback::new(move |answer: Answer| app.update_current(|a| a.set_answer(&id, answer)));
    view! {
        <ItemField
            legend=item.situation
            anchors=item.anchors
            name=item.id
            na_label
            chosen
            on_choose
        />
    }
}

#[component]
pub fn BackgroundField(question: BackgroundQuestion) -> impl IntoView {
    let app = use_app();
    let id = question.id.clone();
    let chosen = Memo::new(move |_| {
        app.saved
            .current()
            .with(|c| c.as_ref().and_then(|a| a.background.get(&id).copied()))
    });
    let options = question
        .options
        .into_iter()
        .map(|o| {
            let value = o.value;
            let id = question.id.clone();
            view! {
                <label class="option">
                    <input
                        type="radio"
                        name=id.clone()
                        value=plain(value)
                        prop:checked=move || chosen.get() == Some(value)
                        on:change=move |_| {
                            app.update_current(|a| {
                                a.background.insert(id.clone(), value);
                            })
                        }
                    />
                    <span class="option-text">{o.label}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="item background">
            <legend>{question.question}</legend>
            <div class="options compact">{options}</div>
        </fieldset>
    }
}
