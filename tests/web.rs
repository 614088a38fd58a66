//! Browser tests (wasm-bindgen-test in headless Chromium): the storage adapter and the mounted
//! app, with a real DOM and a real localStorage.
#![cfg(all(target_arch = "wasm32", feature = "csr"))]

use ready_to_lead::browser::storage;
use ready_to_lead::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Lets effects, microtasks and event handlers run.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits longer than the save delay, so that changes are written.
async fn saved() {
    for _ in 0..8 {
        settle().await;
    }
}

/// Empties localStorage once the apps of earlier tests have written what they had pending.
async fn fresh_storage() {
    saved().await;
    local_storage().clear().unwrap();
}

/// An empty container of its own, in the page.
fn new_host() -> web_sys::HtmlElement {
    let host: web_sys::HtmlElement = document()
        .create_element("div")
        .unwrap()
        .dyn_into()
        .unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    host
}

/// Mounts a fresh app in its own container, on the start page.
async fn mount_app() -> web_sys::HtmlElement {
    mount_app_at("#/").await
}

/// Mounts a fresh app in its own container, with the address at `fragment`.
async fn mount_app_at(fragment: &str) -> web_sys::HtmlElement {
    let _ = web_sys::window().unwrap().location().set_hash(fragment);
    settle().await;
    let host = new_host();
    leptos::mount::mount_to(host.clone(), App).forget();
    settle().await;
    host
}

fn click_button(root: &web_sys::HtmlElement, text: &str) {
    let buttons = root.query_selector_all("button").unwrap();
    for i in 0..buttons.length() {
        let b: web_sys::HtmlElement = buttons.item(i).unwrap().dyn_into().unwrap();
        if b.text_content().unwrap_or_default().trim() == text {
            b.click();
            return;
        }
    }
    panic!("no button {text:?} in {}", root.inner_html());
}

#[wasm_bindgen_test]
fn storage_round_trip() {
    storage::write("rtl-test", "{\"a\":1}").unwrap();
    assert_eq!(
        storage::read("rtl-test").unwrap().as_deref(),
        Some("{\"a\":1}")
    );
    forget_key("rtl-test");
    assert_eq!(storage::read("rtl-test").unwrap(), None);
}

#[wasm_bindgen_test]
fn keeping_aside_copies_the_raw_text_to_its_own_key() {
    let key = storage::keep_aside("{broken", 1234.0).unwrap();
    assert_eq!(key, format!("{}1234", storage::ASIDE_PREFIX));
    assert_eq!(storage::read(&key).unwrap().as_deref(), Some("{broken"));
    forget_key(&key);
}

/// The app never deletes a key: only the tests clean up after themselves.
fn forget_key(key: &str) {
    let local = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    local.remove_item(key).unwrap();
}

#[wasm_bindgen_test]
async fn starting_and_answering_autosaves() {
    fresh_storage().await;
    let app = mount_app().await;
    assert!(app
        .text_content()
        .unwrap()
        .contains("Are you ready to become an Engineering Manager?"));
    click_button(&app, "Start");
    settle().await;
    // Background page first: answer one question by clicking its radio.
    let radio: web_sys::HtmlInputElement = app
        .query_selector("input[name=\"years-hands-on\"][value=\"5\"]")
        .unwrap()
        .expect("the background page shows the years question")
        .dyn_into()
        .unwrap();
    radio.click();
    saved().await;
    let saved = local_storage().get_item(storage::KEY).unwrap().unwrap();
    assert!(saved.contains("\"years-hands-on\":5"), "{saved}");
    click_button(&app, "Next");
    settle().await;
    // A competency page: five levels and "na", in ascending order.
    let values: Vec<String> = {
        let group = app.query_selector("fieldset.item").unwrap().unwrap();
        let inputs = group.query_selector_all("input[type=radio]").unwrap();
        (0..inputs.length())
            .map(|i| {
                inputs
                    .item(i)
                    .unwrap()
                    .dyn_into::<web_sys::HtmlInputElement>()
                    .unwrap()
                    .value()
            })
            .collect()
    };
    assert_eq!(values, ["1", "2", "3", "4", "5", "na"]);
    app.remove();
}

#[wasm_bindgen_test]
async fn unreadable_saved_data_is_kept_aside_and_explained() {
    fresh_storage().await;
    local_storage()
        .set_item(
            storage::KEY,
            "{\"schema\": 1, \"current\": {\"answers\": 7}}",
        )
        .unwrap();
    let app = mount_app().await;
    let text = app.text_content().unwrap();
    assert!(
        text.contains("Your saved assessment could not be read"),
        "{text}"
    );
    let storage = local_storage();
    let aside: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(storage::ASIDE_PREFIX))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(
        storage.get_item(&aside[0]).unwrap().as_deref(),
        Some("{\"schema\": 1, \"current\": {\"answers\": 7}}")
    );
    app.remove();
    storage.clear().unwrap();
}

/// Data a newer version saved is its own: this build says so, and writes nothing over it even
/// when the person starts answering here.
#[wasm_bindgen_test]
async fn data_of_a_newer_version_is_never_written_over() {
    fresh_storage().await;
    let newer = "{\"schema\": 99, \"mine\": {}, \"rev\": 7}";
    local_storage().set_item(storage::KEY, newer).unwrap();
    let app = mount_app().await;
    let text = app.text_content().unwrap();
    assert!(text.contains("saved by a newer version"), "{text}");
    click_button(&app, "Start");
    saved().await;
    let storage = local_storage();
    assert_eq!(
        storage.get_item(storage::KEY).unwrap().as_deref(),
        Some(newer)
    );
    assert_eq!(storage.length().unwrap(), 1, "nothing copied aside either");
    app.remove();
    storage.clear().unwrap();
}

#[wasm_bindgen_test]
async fn a_damaged_share_link_shows_a_message_and_a_way_forward() {
    fresh_storage().await;
    let host = mount_app_at("#/s/BbEYr8iSG7zIzuUCoc").await;
    let text = host.text_content().unwrap();
    assert!(text.contains("This link cannot be opened"), "{text}");
    assert!(text.contains("incomplete"), "{text}");
    click_button(&host, "Take the assessment yourself");
    settle().await;
    assert!(host
        .text_content()
        .unwrap()
        .contains("Are you ready to become an Engineering Manager?"));
    host.remove();
}

#[wasm_bindgen_test]
async fn a_digit_key_answers_the_focused_item() {
    fresh_storage().await;
    let app = mount_app().await;
    click_button(&app, "Start");
    settle().await;
    click_button(&app, "Next");
    settle().await;
    let group: web_sys::HtmlElement = app
        .query_selector("fieldset.item")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    let first: web_sys::HtmlElement = group
        .query_selector("input")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    first.focus().unwrap();
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("4");
    init.set_bubbles(true);
    init.set_cancelable(true);
    let press =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    first.dispatch_event(&press).unwrap();
    saved().await;
    let checked: web_sys::HtmlInputElement = group
        .query_selector("input:checked")
        .unwrap()
        .expect("an answer")
        .dyn_into()
        .unwrap();
    assert_eq!(checked.value(), "4");
    let saved = local_storage().get_item(storage::KEY).unwrap().unwrap();
    assert!(saved.contains("\"mentoring-1\":4"), "{saved}");
    app.remove();
}

#[wasm_bindgen_test]
fn the_theme_is_set_on_the_root_element() {
    use ready_to_lead::browser::theme;
    use ready_to_lead::core::store::Theme;
    let root = document().document_element().unwrap();
    theme::apply(Theme::Dark);
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("dark"));
    theme::apply(Theme::Light);
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("light"));
    theme::apply(Theme::Auto);
    assert_eq!(root.get_attribute("data-theme"), None);
}

#[wasm_bindgen_test]
fn the_clock_gives_today_and_distinct_ids() {
    use ready_to_lead::browser::clock;
    let (y, _, _) = clock::today().ymd();
    assert!((2024..2200).contains(&y), "{y}");
    assert!(clock::new_id("a").starts_with("a-"));
    let ids: std::collections::BTreeSet<u32> = (0..50).map(|_| clock::random_u32()).collect();
    assert!(ids.len() > 45, "random ids repeat: {}", ids.len());
}

/// Typing (a note, a name) changes my current assessment or my preferences, never the history
/// table: its rows stay the same elements, not rebuilt (nor rescored) for every keystroke.
#[wasm_bindgen_test]
async fn typing_does_not_rebuild_the_history() {
    use leptos::prelude::*;
    use ready_to_lead::core::{Answer, Assessment, Date, Framework};
    use ready_to_lead::ui::report::History;
    use ready_to_lead::ui::state::SavedStoreFields;
    use ready_to_lead::ui::AppState;
    use std::cell::Cell;
    use std::rc::Rc;

    fresh_storage().await;
    let f = std::sync::Arc::new(Framework::builtin());
    let host = new_host();
    let state: Rc<Cell<Option<AppState>>> = Rc::new(Cell::new(None));
    let keep = state.clone();
    leptos::mount::mount_to(host.clone(), move || {
        let app = AppState::init(f.clone(), true);
        for n in 1..=3 {
            let mut a = Assessment::new(
                &f,
                "engineering-manager",
                format!("a-{n}"),
                Date::parse("2026-01-01").unwrap(),
            );
            for item in f.all_items() {
                a.set_answer(&item.id, Answer::Level(n));
            }
            a.completed = Some(Date::parse("2026-01-01").unwrap().add_days(n as i64 * 30));
            app.saved.history().update(|h| h.push(a.clone()));
            app.saved.current().set(Some(a));
        }
        keep.set(Some(app));
        view! { <History viewing="a-3".to_string() /> }
    })
    .forget();
    settle().await;
    let app = state.get().expect("mounted");
    let rows = host.query_selector_all(".history tbody tr").unwrap();
    assert_eq!(rows.length(), 3);
    let first = rows.item(0).unwrap();
    assert!(first.text_content().unwrap().contains("(shown)"));
    for text in ["P", "Pa", "Paired with our intern"] {
        app.update_current(|a| a.set_note("mentoring", text));
        app.saved.prefs().update(|p| p.name = text.to_string());
        settle().await;
    }
    let after = host.query_selector(".history tbody tr").unwrap().unwrap();
    assert!(first.is_connected(), "the first row was replaced");
    assert!(after.is_same_node(Some(&first)));
    // The note did reach my history's copy of the completed assessment.
    assert!(app
        .saved
        .history()
        .with_untracked(|h| h[2].note("mentoring") == "Paired with our intern"));
    // A change that does show (deleting an entry) still updates the table.
    app.forget("a-1");
    settle().await;
    assert_eq!(
        host.query_selector_all(".history tbody tr")
            .unwrap()
            .length(),
        2
    );
    host.remove();
}
