//! Copying and the system share sheet, where the browser has them. Both are reached through
//! `Reflect`, so a browser without them is a normal case, not an error. Not leptos-use's
//! `use_clipboard`: its copy cannot say that it failed, which the link field tells the person.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn navigator_method(name: &str) -> Option<(JsValue, Function)> {
    let navigator: JsValue = web_sys::window()?.navigator().into();
    let target = if name == "writeText" {
        Reflect::get(&navigator, &"clipboard".into())
            .ok()
            .filter(|c| !c.is_undefined())?
    } else {
        navigator
    };
    let method = Reflect::get(&target, &name.into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    Some((target, method))
}

/// Copies text; false when the browser refused or has no clipboard API.
pub async fn copy(text: &str) -> bool {
    let Some((clipboard, write)) = navigator_method("writeText") else {
        return false;
    };
    match write.call1(&clipboard, &text.into()).map(Promise::from) {
        Ok(promise) => JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}

pub fn can_share() -> bool {
    navigator_method("share").is_some()
}

/// Opens the system share sheet with a title and a link.
pub async fn share(title: &str, url: &str) -> bool {
    let Some((navigator, share)) = navigator_method("share") else {
        return false;
    };
    let data = Object::new();
    let _ = Reflect::set(&data, &"title".into(), &title.into());
    let _ = Reflect::set(&data, &"url".into(), &url.into());
    match share.call1(&navigator, &data).map(Promise::from) {
        Ok(promise) => JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}
