//! Sync by file: the export format (a contract, see docs/export-format.md), its versions and migrations, the
//! validation of incoming files, and the merge. Pure: it knows nothing of the browser.
//!
//! An import runs in three pure steps, then one store transaction:
//! [`read_file`] (size cap, JSON, format, version, migration, validation) → [`merge`] (with a preview) →
//! the store applies the merged records all at once.

pub mod crm_file;
pub mod erasure;
pub mod export;
pub mod facts_csv;
pub mod file;
pub mod merge;
pub mod migrate;
pub mod personal;
pub mod preview;
pub mod read;
pub mod reminder;
pub mod session;

pub use export::{export, export_scoped, file_name};
pub use file::{Scope, FORMAT, MAX_FILE_BYTES, SCHEMA};
pub use merge::{
    is_mass_delete, merge, replace_deletions, Conflict, Counts, Merged, Preview, Side,
    MASS_DELETE_RECORDS,
};
pub use personal::{keep_personal, without_personal};
pub use preview::{preview, Device, Plan};
pub use read::{read_export, read_file, Context, FileContent, ImportError, Problem, ProblemKind};
pub use session::{
    Backup, Batch, ImportMode, Imported, Memory, RestoreError, SaveError, Session, Storage,
    StoreError,
};
