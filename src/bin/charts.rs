//! The charts web worker: receives chart requests (JSON text), draws each with charts-rs, posts the SVG back.
//! Trunk builds it as a worker (`data-type="worker"` in index.html); the app starts it the first time a chart is
//! shown. Natively it only explains itself.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let request = ev.data().as_string().unwrap_or_default();
            let _ = reply_to.post_message(&JsValue::from_str(&rop::chart::answer(&request)));
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    // A message that arrives before the handler is set is dropped (Firefox does, while the wasm loads), so the
    // page sends nothing until it hears this.
    let _ = scope.post_message(&JsValue::from_str(rop::chart::READY));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The charts web worker: built by Trunk for the browser (see index.html).");
}
