//! The start page: what this is, how long it takes, where data stays; the target role; start,
//! resume or start over.

use super::confirm::Confirm;
use super::embed::use_embed;
use super::state::use_app;
use crate::browser::shell::Taken;
use crate::core::route::Route;
use crate::core::{intro, questionnaire, Framework};
use crate::ui::state::SavedStoreFields;
use leptos::prelude::*;

/// What the person did on the static start page, before the app had loaded: the role picked,
/// the first page's answers and its Next (unchecked: `core::intro::early_answers` reads them
/// against the framework).
#[derive(Clone, Default)]
pub struct Early(pub Taken);

/// The role to start with when the person has not chosen here: the one they picked on the static
/// start page, else the embedding site's, if the framework has it.
pub fn preselected(f: &Framework) -> Option<&str> {
    let known = |r: &str| f.roles.iter().find(|x| x.id == r).map(|x| x.id.as_str());
    let picked = use_context::<Early>().and_then(|e| e.0.role.as_deref().and_then(known));
    picked.or_else(|| {
        use_embed()
            .role
            .with_value(|r| r.as_deref().and_then(known))
    })
}

/// A new assessment after a completed one: from its answers, or from nothing.
#[component]
pub fn RetakeButtons() -> impl IntoView {
    let app = use_app();
    let t = app.t();
    view! {
        <button type="button" on:click=move |_| app.retake(true)>
            {t.start_retake_with_answers().to_string()}
        </button>
        <button type="button" on:click=move |_| app.retake(false)>
            {t.start_retake_blank().to_string()}
        </button>
    }
}

#[component]
pub fn Intro() -> impl IntoView {
    let app = use_app();
    let f = app.framework();
    // My assessment's role; else one chosen before (see `preselected`), else the framework's.
    let preselected = preselected(&f);
    let default_role = app.saved.current().with_untracked(|c| match c {
        Some(a) => a.role.clone(),
        None => preselected.map_or_else(|| f.default_role.clone(), str::to_string),
    });
    let role = RwSignal::new(default_role);
    let confirming = RwSignal::new(false);

    // (in progress, completed, answered, total, page)
    let status = move || {
        app.saved.current().with(|c| {
            c.as_ref().map(|a| {
                let (answered, total) = questionnaire::progress(&app.framework(), a);
                (a.is_complete(), answered, total, a.page)
            })
        })
    };

    let roles = f
        .roles
        .iter()
        .map(|r| {
            let id = r.id.clone();
            let checked_id = id.clone();
            // Also as an attribute, for the static copy of this page (ui::static_start): the
            // checked role is marked by CSS (`:has(input:checked)`) before the app runs.
            let checked_first = role.get_untracked() == id;
            view! {
                <label class="role-option">
                    <input
                        type="radio"
                        name="target-role"
                        value=id.clone()
                        checked=checked_first
                        prop:checked=move || role.get() == checked_id
                        on:change=move |_| {
                            role.set(id.clone());
                            let chosen = id.clone();
                            app.update_current(|a| a.role = chosen);
                        }
                    />
                    <span class="role-name">{r.name.clone()}</span>
                    <span class="role-description">{r.description.clone()}</span>
                </label>
            }
        })
        .collect_view();

    let actions = move || {
        let t = app.t();
        match status() {
            None => view! {
                <button
                    type="button"
                    class="primary"
                    data-testid="start"
                    on:click=move |_| app.start_new(&role.get_untracked())
                >
                    {t.start_start().to_string()}
                </button>
            }
            .into_any(),
            Some((true, ..)) => view! {
                <button type="button" class="primary" on:click=move |_| app.go(Route::Report)>
                    {t.start_see_report().to_string()}
                </button>
                <RetakeButtons />
            }
            .into_any(),
            Some((false, answered, total, page)) => view! {
                <button type="button" class="primary" on:click=move |_| app.go(Route::Page(page))>
                    {t.start_resume().to_string()}
                </button>
                <span class="resume-note">{questionnaire::answered_of(&t, (answered, total))}</span>
                <button type="button" on:click=move |_| confirming.set(true)>
                    {t.start_start_over().to_string()}
                </button>
            }
            .into_any(),
        }
    };

    let t = app.t();
    let text = intro::intro(&f, &t);
    let facts = text
        .facts
        .into_iter()
        .map(|x| {
            view! {
                <li>
                    <strong>{format!("{} ", x.label)}</strong>
                    {x.text}
                </li>
            }
        })
        .collect_view();

    view! {
        <section class="intro">
            <p class="eyebrow">{text.eyebrow}</p>
            <h1>{text.heading}</h1>
            <p class="lede">{text.lede}</p>
            <ul class="facts">{facts}</ul>
            <fieldset class="roles">
                <legend>{text.roles_legend}</legend>
                {roles}
            </fieldset>
            <div class="intro-actions">{actions}</div>
            <Show when=move || confirming.get()>
                <Confirm
                    labelled_by="confirm-start-over"
                    on_cancel=Callback::new(move |_| confirming.set(false))
                >
                    <p id="confirm-start-over">{app.t().start_confirm_start_over().to_string()}</p>
                    <button
                        type="button"
                        class="danger"
                        on:click=move |_| {
                            confirming.set(false);
                            app.start_new(&role.get_untracked());
                        }
                    >
                        {app.t().start_yes_start_over().to_string()}
                    </button>
                    <button type="button" on:click=move |_| confirming.set(false)>
                        {app.t().start_cancel().to_string()}
                    </button>
                </Confirm>
            </Show>
            <p class="import-line">
                {format!("{} ", text.import_line)} <super::import::ImportButton />
            </p>
        </section>
    }
}
