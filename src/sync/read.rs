//! Reading an import file: everything that can be wrong with it is found here, before anything is written.
//!
//! Whole-file failures (too large, not JSON, not our format, from a newer app) stop at the first; record-level
//! problems are all collected, each with its place, so the user can fix the file in one go.

use super::file::{Envelope, RawStores, FORMAT, MAX_FILE_BYTES, SCHEMA};
use super::migrate::migrate_stores;
use crate::domain::clock::check_drift;
use crate::domain::rules::Rule;
use crate::domain::settings::SETTINGS_ID;
use crate::domain::{
    for_each_store, ClockError, Dataset, EachStore, Kind, Record, StoreName, Table,
};
use serde_json::Value;
use std::collections::BTreeSet;

/// At most this many problems are listed (the total is still counted).
pub const MAX_LISTED_PROBLEMS: usize = 200;

/// Why a file cannot be imported. Nothing is written in any of these cases.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// The file has no content.
    #[error("the file is empty")]
    Empty,
    /// Larger than [`MAX_FILE_BYTES`]; not read at all.
    #[error("the file has {bytes} bytes, more than the {max} an export can have")]
    TooLarge { bytes: usize, max: usize },
    /// The text stops in the middle (an interrupted download or copy).
    #[error("the file ends too early, at line {line}, column {column}")]
    Truncated { line: usize, column: usize },
    /// Not valid JSON.
    #[error("not valid JSON at line {line}, column {column}")]
    NotJson { line: usize, column: usize },
    /// JSON nested deeper than any export is; refused before it can exhaust the stack.
    #[error("the JSON is nested too deeply")]
    TooDeep,
    /// JSON, but not a workbench export (another program's file, or our format name is missing).
    #[error("not an export of this app")]
    NotAnExport,
    /// Written by a newer version of the app: read nothing rather than half of it.
    #[error("the file has schema {found}; this app reads up to {supported}")]
    NewerSchema { found: u64, supported: u32 },
    /// The records have problems, listed with their places.
    #[error("{total} problem(s) in the file")]
    Invalid {
        problems: Vec<Problem>,
        total: usize,
    },
}

/// One thing wrong in a file, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The store (`managers`, …), or empty for the file's header.
    pub store: String,
    /// The record's position in its store, from 0.
    pub index: Option<usize>,
    /// The record's id, when it could be read.
    pub id: Option<String>,
    /// The field's path inside the record, e.g. `data.full_name`.
    pub field: String,
    pub kind: ProblemKind,
}

/// What is wrong. The UI words each kind in the user's language; `detail` keeps the parser's own words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// A required field is absent.
    Missing,
    /// A field the format does not have.
    UnknownField,
    /// A value of the wrong type or shape (text where a number belongs, a bad date, an unknown choice).
    WrongValue { detail: String },
    /// A domain rule is broken (too long, out of range, dates in the wrong order).
    Rule(Rule),
    /// Two records of one store share an id.
    DuplicateId,
    /// A section this version does not know.
    UnknownStore,
    /// An absence of a manager who is not in the file.
    UnknownManager,
    /// The settings record must have its fixed id.
    WrongSettingsId,
    /// Stamped further in the future than the drift limit: the writing device's clock is wrong.
    FutureStamp { ahead_ms: u64 },
}

/// Reads an export file. `now_millis` is this device's wall clock, for the drift check.
pub fn read_file(bytes: &[u8], now_millis: u64) -> Result<Dataset, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            bytes: bytes.len(),
            max: MAX_FILE_BYTES,
        });
    }
    // Windows tools like to prepend a byte-order mark.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    let mut root: Value = serde_json::from_slice(bytes).map_err(json_error)?;
    let schema = check_header(&root)?;
    if let Some(stores) = root.get_mut("stores") {
        migrate_stores(stores, schema as u32);
    }
    if let Some(obj) = root.as_object_mut() {
        obj.insert("schema".into(), Value::from(SCHEMA));
    }
    Validator::new(now_millis).run(root)
}

fn json_error(e: serde_json::Error) -> ImportError {
    let (line, column) = (e.line(), e.column());
    if e.to_string().starts_with("recursion limit exceeded") {
        ImportError::TooDeep
    } else if e.is_eof() {
        ImportError::Truncated { line, column }
    } else {
        ImportError::NotJson { line, column }
    }
}

/// Checks the format name and the schema version; returns the version.
fn check_header(root: &Value) -> Result<u64, ImportError> {
    if root.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotAnExport);
    }
    let found = root
        .get("schema")
        .and_then(Value::as_u64)
        .filter(|v| *v >= 1)
        .ok_or(ImportError::NotAnExport)?;
    if found > u64::from(SCHEMA) {
        return Err(ImportError::NewerSchema {
            found,
            supported: SCHEMA,
        });
    }
    Ok(found)
}

/// Collects every problem while typing the records.
struct Validator {
    now_millis: u64,
    problems: Vec<Problem>,
    total: usize,
}

impl Validator {
    fn new(now_millis: u64) -> Self {
        Validator {
            now_millis,
            problems: Vec::new(),
            total: 0,
        }
    }

    fn report(&mut self, problem: Problem) {
        self.total += 1;
        if self.problems.len() < MAX_LISTED_PROBLEMS {
            self.problems.push(problem);
        }
    }

    fn run(mut self, root: Value) -> Result<Dataset, ImportError> {
        let envelope: Envelope<RawStores> = match serde_path_to_error::deserialize(&root) {
            Ok(e) => e,
            Err(e) => {
                let field = e.path().to_string();
                self.report(Problem {
                    store: String::new(),
                    index: None,
                    id: None,
                    field,
                    kind: kind_of(e.inner()),
                });
                return Err(self.into_error());
            }
        };
        for name in envelope.stores.keys() {
            if StoreName::parse(name).is_none() {
                self.report(Problem {
                    store: name.clone(),
                    index: None,
                    id: None,
                    field: String::new(),
                    kind: ProblemKind::UnknownStore,
                });
            }
        }
        let mut typing = Typing {
            validator: &mut self,
            stores: &envelope.stores,
            data: Dataset::default(),
        };
        for_each_store(&mut typing);
        let data = typing.data;
        self.cross_check(&envelope.stores);
        if self.total > 0 {
            return Err(self.into_error());
        }
        Ok(data)
    }

    /// Types one store's records, reporting each record's problems at its place.
    fn table<T: Kind>(&mut self, store: &str, records: &[Value]) -> Table<T> {
        let mut table = Table::new();
        for (index, raw) in records.iter().enumerate() {
            let place = |field: String, kind| Problem {
                store: store.to_string(),
                index: Some(index),
                id: raw
                    .get("id")
                    .and_then(Value::as_str)
                    .map(|s| s.chars().take(40).collect()),
                field,
                kind,
            };
            let record: Record<T> = match record(raw) {
                Ok(r) => r,
                Err(e) => {
                    self.report(place(e.path().to_string(), kind_of(e.inner())));
                    continue;
                }
            };
            for p in record.data.problems() {
                self.report(place(
                    format!("data.{}", p.field),
                    ProblemKind::Rule(p.rule),
                ));
            }
            if let Err(ClockError::Drift { ahead_ms }) =
                check_drift(record.updated, self.now_millis)
            {
                self.report(place(
                    "updated".into(),
                    ProblemKind::FutureStamp { ahead_ms },
                ));
            }
            if table.contains_key(&record.id) {
                self.report(place("id".into(), ProblemKind::DuplicateId));
            }
            table.insert(record.id, record);
        }
        table
    }

    /// Rules between records: absences belong to managers in the file (a manager whose record has problems of its
    /// own still counts, so one broken manager does not also flag all their absences); settings have their fixed
    /// id. Places are positions in the file.
    fn cross_check(&mut self, stores: &RawStores) {
        let ids = |name: StoreName| -> Vec<Option<&str>> {
            let list = stores
                .get(name.as_str())
                .map(Vec::as_slice)
                .unwrap_or_default();
            list.iter()
                .map(|r| r.get("id").and_then(Value::as_str))
                .collect()
        };
        let managers: BTreeSet<&str> = ids(StoreName::Managers).into_iter().flatten().collect();
        let absences = stores
            .get(StoreName::Absences.as_str())
            .map(Vec::as_slice)
            .unwrap_or_default();
        for (index, a) in absences.iter().enumerate() {
            let manager = a.pointer("/data/manager").and_then(Value::as_str);
            if manager.is_some_and(|m| !managers.contains(m)) {
                self.report(Problem {
                    store: StoreName::Absences.as_str().into(),
                    index: Some(index),
                    id: a.get("id").and_then(Value::as_str).map(str::to_string),
                    field: "data.manager".into(),
                    kind: ProblemKind::UnknownManager,
                });
            }
        }
        let settings_id = SETTINGS_ID.to_string();
        for (index, id) in ids(StoreName::Settings).into_iter().enumerate() {
            if id.is_some_and(|id| id != settings_id) {
                self.report(Problem {
                    store: StoreName::Settings.as_str().into(),
                    index: Some(index),
                    id: id.map(str::to_string),
                    field: "id".into(),
                    kind: ProblemKind::WrongSettingsId,
                });
            }
        }
    }

    fn into_error(self) -> ImportError {
        ImportError::Invalid {
            problems: self.problems,
            total: self.total,
        }
    }
}

/// Types one record, with the path of a field that does not fit. The browser database's load uses it too, so each
/// record kind's deserialising code exists once in the web bundle.
pub fn record<T: Kind>(
    raw: &Value,
) -> Result<Record<T>, serde_path_to_error::Error<serde_json::Error>> {
    serde_path_to_error::deserialize(raw)
}

/// Types every store of a file with its record type.
struct Typing<'a> {
    validator: &'a mut Validator,
    stores: &'a RawStores,
    data: Dataset,
}

impl EachStore for Typing<'_> {
    fn store<T: Kind>(&mut self) {
        let name = T::STORE.as_str();
        let records = self.stores.get(name).map(Vec::as_slice).unwrap_or_default();
        *T::table_mut(&mut self.data) = self.validator.table::<T>(name, records);
    }
}

/// Sorts serde's message into a kind the UI can word; keeps the message as detail.
fn kind_of(e: &serde_json::Error) -> ProblemKind {
    let msg = e.to_string();
    if msg.starts_with("missing field") {
        ProblemKind::Missing
    } else if msg.starts_with("unknown field") {
        ProblemKind::UnknownField
    } else {
        ProblemKind::WrongValue {
            detail: msg.chars().take(200).collect(),
        }
    }
}
