//! Charts on the page: sends chart specs to the charts web worker and puts the SVG it draws into the page. The
//! one audited place that uses `inner_html`: the markup comes only from charts-rs, which escapes every label
//! (tested in `tests/chart_specs.rs`); no user text is concatenated into HTML here.

use crate::chart::{ChartSpec, Reply, Request};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// What to do with a drawing when it arrives.
type Done = Box<dyn FnOnce(Result<String, String>)>;

thread_local! {
    /// The worker, started with the first chart.
    static WORKER: RefCell<Option<web_sys::Worker>> = const { RefCell::new(None) };
    /// Where each request's answer goes.
    static WAITING: RefCell<HashMap<u32, Done>> = RefCell::new(HashMap::new());
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
    /// Requests written before the worker said it listens; sent when it does.
    static QUEUED: RefCell<Option<Vec<String>>> = const { RefCell::new(Some(Vec::new())) };
}

/// Sends a request now, or queues it until the worker is ready.
fn send(worker: &web_sys::Worker, text: String) {
    let queued = QUEUED.with(|q| match q.borrow_mut().as_mut() {
        Some(list) => {
            list.push(text.clone());
            true
        }
        None => false,
    });
    if !queued {
        let _ = worker.post_message(&JsValue::from_str(&text));
    }
}

fn worker() -> Option<web_sys::Worker> {
    WORKER.with(|w| {
        if let Some(existing) = w.borrow().as_ref() {
            return Some(existing.clone());
        }
        let started = web_sys::Worker::new(&crate::ui::href("/charts_loader.js")).ok()?;
        let me = started.clone();
        let on_message =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                let Some(text) = ev.data().as_string() else {
                    return;
                };
                if text == crate::chart::READY {
                    for request in QUEUED.with(|q| q.borrow_mut().take()).unwrap_or_default() {
                        let _ = me.post_message(&JsValue::from_str(&request));
                    }
                    return;
                }
                let Ok(reply) = serde_json::from_str::<Reply>(&text) else {
                    return;
                };
                if let Some(done) = WAITING.with(|m| m.borrow_mut().remove(&reply.id)) {
                    done(reply.svg);
                }
            });
        started.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        *w.borrow_mut() = Some(started.clone());
        Some(started)
    })
}

/// Asks the worker to draw `spec`; `done` gets the SVG or why there is none.
fn draw(spec: ChartSpec, done: impl FnOnce(Result<String, String>) + 'static) {
    let Some(worker) = worker() else {
        done(Err("no worker".into()));
        return;
    };
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1) % (u32::MAX - 1));
        id
    });
    WAITING.with(|m| m.borrow_mut().insert(id, Box::new(done)));
    let text = serde_json::to_string(&Request { id, spec }).unwrap_or_default();
    send(&worker, text);
}

/// A chart drawn by the worker; redrawn when `spec` changes. Until the first drawing arrives the box keeps its
/// place, so the page does not jump.
#[component]
pub fn Chart(
    spec: Signal<ChartSpec>,
    #[prop(into)] label: Signal<String>,
    test: &'static str,
) -> impl IntoView {
    let svg = RwSignal::new(String::new());
    let failed = RwSignal::new(false);
    Effect::new(move |_| {
        let spec = spec.get();
        draw(spec, move |result| match result {
            // The page may have moved on before the drawing came back: then there is nothing to set.
            Ok(s) => {
                let _ = failed.try_set(false);
                let _ = svg.try_set(s);
            }
            Err(_) => {
                let _ = failed.try_set(true);
            }
        });
    });
    view! {
        <figure class="chart" data-test=test role="img" aria-label=move || label.get()
            class:failed=move || failed.get() inner_html=move || svg.get()></figure>
    }
}
