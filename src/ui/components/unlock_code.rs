//! T5 the head's unlock code for a hand-over, kept only as a salted slow hash: PBKDF2-HMAC-SHA-256 by the
//! browser's own Web Crypto, 600 000 iterations (OWASP's figure for this hash) over a 16-byte random salt. The code
//! itself is never stored; a reload keeps only the salt and the hash (`AppState::handover`). Web Crypto exists only
//! in a secure context (https, or localhost), so on a plain-http address the hand-over says so instead of keeping
//! the code in the clear.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const ITERATIONS: u32 = 600_000;

/// The browser's Web Crypto, if this page may use it.
fn subtle() -> Option<web_sys::SubtleCrypto> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let subtle = js_sys::Reflect::get(&crypto, &JsValue::from_str("subtle")).ok()?;
    (!subtle.is_undefined()).then(|| subtle.unchecked_into())
}

/// Whether a code can be kept safely here (Web Crypto is there).
pub fn available() -> bool {
    subtle().is_some()
}

/// PBKDF2 of `code` with `salt`, 256 bits.
async fn derive(code: &str, salt: &[u8]) -> Option<Vec<u8>> {
    let subtle = subtle()?;
    let raw = js_sys::Uint8Array::from(code.as_bytes());
    let usages = js_sys::Array::of1(&JsValue::from_str("deriveBits"));
    let key = JsFuture::from(
        subtle
            .import_key_with_str("raw", &raw, "PBKDF2", false, &usages)
            .ok()?,
    )
    .await
    .ok()?;
    let params = web_sys::Pbkdf2Params::new_with_str(
        "PBKDF2",
        "SHA-256",
        ITERATIONS,
        &js_sys::Uint8Array::from(salt),
    );
    let bits = JsFuture::from(
        subtle
            .derive_bits_with_object(&params, &key.unchecked_into(), 256)
            .ok()?,
    )
    .await
    .ok()?;
    Some(js_sys::Uint8Array::new(&bits).to_vec())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    text.len()
        .is_multiple_of(2)
        .then(|| {
            (0..text.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
                .collect()
        })
        .flatten()
}

/// A new salt and the code's hash, as hex; `None` where Web Crypto cannot be used.
pub async fn keep(code: &str) -> Option<(String, String)> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).ok()?;
    let hash = derive(code, &salt).await?;
    Some((hex(&salt), hex(&hash)))
}

/// Whether `code` is the one kept as `salt` and `hash`.
pub async fn matches(code: &str, salt: &str, hash: &str) -> bool {
    let (Some(salt), Some(want)) = (unhex(salt), unhex(hash)) else {
        return false;
    };
    derive(code, &salt).await.is_some_and(|got| got == want)
}
