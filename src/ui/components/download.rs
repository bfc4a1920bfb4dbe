//! Files on the user's device: saving a text as one (export, backups), and taking the one a file input picked
//! (every import: the data file, a facts CSV, a CRM export).

use wasm_bindgen::JsCast;

/// Offers `text` as a download named `name`.
pub fn download(name: &str, text: &str, mime: &str) -> Result<(), String> {
    let err = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(err)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(err)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a").map_err(err)?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // Revoke after the click has been handled; revoking at once cancels the download in some engines.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Reads a user-picked file's text.
pub async fn read_text(file: &web_sys::File) -> Result<String, String> {
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(text.as_string().unwrap_or_default())
}

/// Reads a user-picked file's bytes (a CSV must be checked for UTF-8 before it is decoded).
pub async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// A file input's pick, taken the one way every import takes it: the first file, or `None` when nothing was
/// picked; `Err(size)` for a file over `max` bytes, refused before it is read. The input is cleared, so picking the
/// same file again (after fixing it) fires `change` again.
pub fn picked_file(ev: &leptos::ev::Event, max: usize) -> Result<Option<web_sys::File>, usize> {
    let input: web_sys::HtmlInputElement = leptos::prelude::event_target(ev);
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return Ok(None);
    };
    input.set_value("");
    let size = file.size() as usize;
    if size > max {
        return Err(size);
    }
    Ok(Some(file))
}
