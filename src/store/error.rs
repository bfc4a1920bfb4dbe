//! How IndexedDB's failures become the storage contract's [`StoreError`]; none is swallowed.

use indexed_db_futures::error::{DomException, Error, OpenDbError, UnexpectedDataError};
use wasm_bindgen::JsCast;

pub use crate::sync::session::StoreError;

/// Quota errors are spelt differently by each engine.
const QUOTA_NAMES: [&str; 3] = [
    "QuotaExceededError",
    "NS_ERROR_DOM_QUOTA_REACHED",
    "QUOTA_EXCEEDED_ERR",
];

impl StoreError {
    /// Sorts a DOMException by its name (the stable part across engines).
    pub fn from_dom(name: &str, message: &str) -> Self {
        if QUOTA_NAMES.contains(&name) || message.to_ascii_lowercase().contains("quota") {
            StoreError::QuotaExceeded
        } else if name == "VersionError" {
            StoreError::TooNew
        } else if name == "InvalidStateError" && message.to_ascii_lowercase().contains("clos") {
            StoreError::Closed
        } else if name == "SecurityError" || name == "InvalidStateError" || name == "UnknownError" {
            StoreError::Unavailable(format!("{name}: {message}"))
        } else if name == "AbortError" {
            StoreError::Aborted
        } else {
            StoreError::Failed(format!("{name}: {message}"))
        }
    }

    /// An error thrown by a call into IndexedDB: a DOMException sorted by [`StoreError::from_dom`], else as it is.
    pub fn from_js(e: wasm_bindgen::JsValue) -> Self {
        use wasm_bindgen::JsCast;
        match e.dyn_into::<web_sys::DomException>() {
            Ok(e) => StoreError::from_dom(&e.name(), &e.message()),
            Err(e) => StoreError::Failed(format!("{e:?}")),
        }
    }

    /// An error of a failed write, with the transaction's own error: when the write was aborted, the transaction
    /// knows why (the storage was full, say) while the request only says "aborted".
    pub fn with_cause(e: StoreError, cause: Option<&web_sys::DomException>) -> Self {
        let cause = cause.map(|c| StoreError::from_dom(&c.name(), &c.message()));
        match (e, cause) {
            (StoreError::Aborted | StoreError::Failed(_), Some(c))
                if !matches!(c, StoreError::Aborted | StoreError::Failed(_)) =>
            {
                c
            }
            (e, _) => e,
        }
    }

    pub(crate) fn from_open(e: OpenDbError) -> Self {
        match e {
            OpenDbError::NullFactory | OpenDbError::UnsupportedEnvironment => {
                StoreError::Unavailable(e.to_string())
            }
            OpenDbError::Base(e) => match StoreError::from(e) {
                StoreError::Failed(s) => StoreError::Unavailable(s),
                other => other,
            },
            other => StoreError::Failed(other.to_string()),
        }
    }
}

impl From<Error> for StoreError {
    fn from(e: Error) -> Self {
        match e {
            Error::DomException(d) => {
                let sys: &web_sys::DomException = d.as_ref().unchecked_ref();
                let _ = &d as &DomException;
                StoreError::from_dom(&sys.name(), &sys.message())
            }
            Error::MissingData(UnexpectedDataError::TransactionAborted) => StoreError::Aborted,
            Error::Serialisation(s) => StoreError::Corrupt(s.to_string()),
            other => {
                let text = format!("{other:?}");
                if QUOTA_NAMES.iter().any(|q| text.contains(q)) {
                    StoreError::QuotaExceeded
                } else {
                    StoreError::Failed(other.to_string())
                }
            }
        }
    }
}
