//! Storage errors the user is told about. Every IndexedDB failure becomes one of these; none is swallowed.

use indexed_db_futures::error::{DomException, Error, OpenDbError, UnexpectedDataError};
use wasm_bindgen::JsCast;

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// IndexedDB cannot be used: a private window, storage blocked by settings, or an old browser.
    #[error("browser storage is unavailable: {0}")]
    Unavailable(String),
    /// Another tab with an older version of the app holds the database open, so it cannot be upgraded.
    #[error("another tab blocks the database upgrade")]
    Blocked,
    /// The database was made by a newer version of the app (this tab is outdated).
    #[error("the database is newer than this app")]
    TooNew,
    /// The browser's storage quota is used up; nothing was written.
    #[error("the storage quota is exceeded")]
    QuotaExceeded,
    /// The transaction was aborted by the browser; nothing was written.
    #[error("the browser aborted the write")]
    Aborted,
    /// The connection was closed because another tab upgraded the database; reload.
    #[error("the database was closed by a newer tab")]
    Closed,
    /// A stored record could not be read back.
    #[error("a stored record is unreadable: {0}")]
    Corrupt(String),
    /// Anything else, with the browser's words.
    #[error("storage error: {0}")]
    Failed(String),
}

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
