//! O2 the page's side of the CRM reader web worker (src/bin/crm.rs): starts it on first use, sends a file's bytes
//! with the request, and resolves with the worker's answer. The page's thread only waits.

use crate::sync::crm_file::{Answer, FileError, Request, READY};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    static WORKER: RefCell<Option<web_sys::Worker>> = const { RefCell::new(None) };
    /// Each request's promise resolver, by id.
    static WAITING: RefCell<HashMap<u32, js_sys::Function>> = RefCell::new(HashMap::new());
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
    /// Messages written before the worker said it listens; sent when it does.
    static QUEUED: RefCell<Option<Vec<js_sys::Array>>> = const { RefCell::new(Some(Vec::new())) };
}

fn worker() -> Option<web_sys::Worker> {
    WORKER.with(|w| {
        if let Some(existing) = w.borrow().as_ref() {
            return Some(existing.clone());
        }
        let started = web_sys::Worker::new(&crate::ui::href("/crm_loader.js")).ok()?;
        let me = started.clone();
        let on_message =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                let data = ev.data();
                if data.as_string().as_deref() == Some(READY) {
                    for m in QUEUED.with(|q| q.borrow_mut().take()).unwrap_or_default() {
                        let _ = me.post_message(&m);
                    }
                    return;
                }
                let reply: js_sys::Array = data.unchecked_into();
                let id = reply.get(0).as_f64().unwrap_or(-1.0) as u32;
                if let Some(resolve) = WAITING.with(|m| m.borrow_mut().remove(&id)) {
                    let _ = resolve.call1(&JsValue::NULL, &reply.get(1));
                }
            });
        // A worker that fails to start or dies (out of memory on a hostile file) answers every wait with nothing.
        let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |_| {
            let waiting: Vec<js_sys::Function> =
                WAITING.with(|m| m.borrow_mut().drain().map(|(_, f)| f).collect());
            for resolve in waiting {
                let _ = resolve.call1(&JsValue::NULL, &JsValue::NULL);
            }
            WORKER.with(|w| w.borrow_mut().take());
            QUEUED.with(|q| *q.borrow_mut() = Some(Vec::new()));
        });
        started.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        started.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        on_message.forget();
        on_error.forget();
        *w.borrow_mut() = Some(started.clone());
        Some(started)
    })
}

/// Reads a file in the worker. A worker that cannot start or breaks down answers as an unreadable file.
pub async fn read(request: &Request, bytes: &js_sys::Uint8Array) -> Answer {
    let broken = || Answer::Failed(FileError::Workbook("the reader stopped".into()));
    let Some(worker) = worker() else {
        return broken();
    };
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1));
        id
    });
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        WAITING.with(|m| m.borrow_mut().insert(id, resolve));
    });
    let message = js_sys::Array::of3(
        &JsValue::from(id),
        &JsValue::from_str(&serde_json::to_string(request).unwrap_or_default()),
        bytes,
    );
    let queued = QUEUED.with(|q| match q.borrow_mut().as_mut() {
        Some(list) => {
            list.push(message.clone());
            true
        }
        None => false,
    });
    if !queued {
        let _ = worker.post_message(&message);
    }
    let reply = wasm_bindgen_futures::JsFuture::from(promise).await;
    reply
        .ok()
        .and_then(|v| v.as_string())
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_else(broken)
}
