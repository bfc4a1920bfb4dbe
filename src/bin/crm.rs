//! The CRM reader web worker: receives a CRM export file (its bytes and a JSON request), reads it with
//! `rop::sync::crm_file::answer` (decoding, CSV or XLSX, the columns, every row) and posts the JSON answer back.
//! Trunk builds it as a worker (`data-type="worker"` in index.html); the CRM page starts it the first time a file is
//! picked, so calamine, encoding_rs and a 50 000-row parse stay off the page's thread and out of its first load.
//! Natively it only explains itself.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            // [id, request JSON, file bytes]
            let message: js_sys::Array = ev.data().unchecked_into();
            let id = message.get(0);
            let request = message.get(1).as_string().unwrap_or_default();
            let bytes = js_sys::Uint8Array::new(&message.get(2)).to_vec();
            let answer = match serde_json::from_str::<rop::sync::crm_file::Request>(&request) {
                Ok(r) => rop::sync::crm_file::answer(&r, &bytes),
                Err(e) => {
                    rop::sync::crm_file::Answer::Failed(rop::sync::crm_file::FileError::Malformed {
                        line: 0,
                        detail: e.to_string(),
                    })
                }
            };
            let text = serde_json::to_string(&answer).unwrap_or_default();
            let reply = js_sys::Array::of2(&id, &JsValue::from_str(&text));
            let _ = reply_to.post_message(&reply);
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    // A message that arrives before the handler is set is dropped, so the page sends nothing until it hears this.
    let _ = scope.post_message(&JsValue::from_str(rop::sync::crm_file::READY));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The CRM reader web worker: built by Trunk for the browser (see index.html).");
}
