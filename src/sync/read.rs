//! Reading an import file: everything that can be wrong with it is found here, before anything is written.
//!
//! Whole-file failures (too large, not JSON, not our format, from a newer app) stop at the first; record-level
//! problems are all collected, each with its place, so the user can fix the file in one go.

use super::file::{Envelope, RawStores, Scope, FORMAT, MAX_FILE_BYTES, SCHEMA};
use super::migrate::migrate_stores;
use crate::domain::core::clock::check_drift;
use crate::domain::core::rules::Rule;
use crate::domain::planning::metric::{Builtin, Unit};
use crate::domain::{
    for_each_store, ClockError, Dataset, DeviceId, EachStore, Kind, Record, RecordId, Stamp,
    StoreName, Table,
};
use serde_json::Value;
use std::collections::BTreeMap;

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
    /// A reference to a record that is neither in the file nor on this device (`store` is where it should be).
    UnknownReference { store: StoreName },
    /// The id is derived from what the record is about (a manager's day, a plan cell, the settings) and this one
    /// is another: a second copy that would be counted twice.
    NotDerivedId { expected: RecordId },
    /// A value the types accept but the contract writes otherwise (`2022-7-28`, an id as `urn:uuid:…`, a space for
    /// `T` in a stamp): the file was not written by this app, or was edited by hand.
    NotCanonical { found: String, expected: String },
    /// Stamped further ahead than the drift limit of this device's clock (and of every stamp it has seen). When
    /// `this_device` is true the record was written here, so it is this device's clock that was set back.
    FutureStamp { ahead_ms: u64, this_device: bool },
}

/// What the reader needs to know about this device.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    /// This device's wall clock, for the drift check.
    pub now_millis: u64,
    /// The newest stamp this device has seen: a stamp not later than it is never "from the future".
    pub seen: Stamp,
    pub device: DeviceId,
    /// The data references may point into besides the file's own: this device's, when merging; none when the file
    /// replaces everything.
    pub local: Option<&'a Dataset>,
    /// A backup this device made: its stamps are this device's own history, so no drift check.
    pub own_backup: bool,
}

impl Context<'_> {
    /// A file read on its own (replace mode, or tests): no local data, nothing seen yet.
    pub fn alone(now_millis: u64) -> Context<'static> {
        Context {
            now_millis,
            seen: Stamp::default(),
            device: DeviceId::nil(),
            local: None,
            own_backup: false,
        }
    }
}

/// An export file's records and what they cover.
#[derive(Clone, Debug, PartialEq)]
pub struct FileContent {
    pub data: Dataset,
    pub scope: Scope,
}

/// Reads an export file against this device's clock and data: [`read_export`] for callers that take any scope as
/// it comes (a meeting-room file reads as a department without personal records).
pub fn read_file(bytes: &[u8], context: &Context) -> Result<Dataset, ImportError> {
    read_export(bytes, context).map(|f| f.data)
}

/// Reads an export file against this device's clock and data, with its scope.
pub fn read_export(bytes: &[u8], context: &Context) -> Result<FileContent, ImportError> {
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
    Validator::new(context).run(root)
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
struct Validator<'a> {
    context: &'a Context<'a>,
    problems: Vec<Problem>,
    total: usize,
    /// Every record's position in its store by id, typed or not: the places of problems found after typing, and
    /// the records references may point at (a manager whose record has problems of its own still counts, so one
    /// broken manager does not also flag all their facts).
    positions: BTreeMap<(StoreName, RecordId), usize>,
}

impl<'a> Validator<'a> {
    fn new(context: &'a Context<'a>) -> Self {
        Validator {
            context,
            problems: Vec::new(),
            total: 0,
            positions: BTreeMap::new(),
        }
    }

    fn report(&mut self, problem: Problem) {
        self.total += 1;
        if self.problems.len() < MAX_LISTED_PROBLEMS {
            self.problems.push(problem);
        }
    }

    fn run(mut self, root: Value) -> Result<FileContent, ImportError> {
        let envelope: Envelope<RawStores> = match serde_path_to_error::deserialize(&root) {
            Ok(e) => e,
            Err(e) => {
                let field = e.path().to_string();
                let kind = kind_of(e.inner());
                self.report(Problem {
                    store: String::new(),
                    index: None,
                    id: None,
                    field: field_of(field, &kind, e.inner()),
                    kind,
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
        let scope = envelope.scope;
        let mut stores = envelope.stores;
        if scope == Scope::MeetingRoom {
            // A meeting-room file never brings personal records, even one edited by hand.
            stores.retain(|name, _| StoreName::parse(name).is_none_or(|n| !n.is_personal()));
        }
        let mut typing = Typing {
            validator: &mut self,
            stores: &stores,
            data: Dataset::default(),
        };
        for_each_store(&mut typing);
        let data = typing.data;
        for_each_store(&mut CrossCheck {
            validator: &mut self,
            data: &data,
        });
        if self.total > 0 {
            return Err(self.into_error());
        }
        Ok(FileContent { data, scope })
    }

    /// Types one store's records, reporting each record's problems at its place.
    fn table<T: Kind>(&mut self, store: &str, records: &[Value]) -> Table<T> {
        let mut table = Table::new();
        for (index, raw) in records.iter().enumerate() {
            if let Some(id) = raw
                .get("id")
                .and_then(Value::as_str)
                .and_then(|s| s.parse().ok())
            {
                self.positions.entry((T::STORE, id)).or_insert(index);
            }
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
                    let kind = kind_of(e.inner());
                    self.report(place(
                        field_of(e.path().to_string(), &kind, e.inner()),
                        kind,
                    ));
                    continue;
                }
            };
            // Written back through the export's own serialiser (text) and read as untyped JSON: no second,
            // per-kind serialiser to `Value` in the web bundle.
            let typed = serde_json::to_string(&record)
                .ok()
                .and_then(|text| serde_json::from_str::<Value>(&text).ok());
            if let Some((field, kind)) = typed.and_then(|t| difference(raw, &t, String::new())) {
                self.report(place(field, kind));
            }
            for p in record.data.problems() {
                self.report(place(
                    format!("data.{}", p.field),
                    ProblemKind::Rule(p.rule),
                ));
            }
            let c = self.context;
            if !c.own_backup {
                if let Err(ClockError::Drift { ahead_ms }) =
                    check_drift(record.updated, c.now_millis, c.seen)
                {
                    let this_device = record.device == c.device;
                    self.report(place(
                        "updated".into(),
                        ProblemKind::FutureStamp {
                            ahead_ms,
                            this_device,
                        },
                    ));
                }
            }
            if let Some(expected) = record.data.derived_id().filter(|e| *e != record.id) {
                self.report(place("id".into(), ProblemKind::NotDerivedId { expected }));
            }
            if table.contains_key(&record.id) {
                self.report(place("id".into(), ProblemKind::DuplicateId));
            }
            table.insert(record.id, record);
        }
        table
    }

    fn into_error(self) -> ImportError {
        ImportError::Invalid {
            problems: self.problems,
            total: self.total,
        }
    }
}

/// Types one record of a file, with the path of a field that does not fit.
fn record<T: Kind>(
    raw: &Value,
) -> Result<Record<T>, serde_path_to_error::Error<serde_json::Error>> {
    serde_path_to_error::deserialize(raw)
}

/// Types every store of a file with its record type.
struct Typing<'v, 'a> {
    validator: &'v mut Validator<'a>,
    stores: &'v RawStores,
    data: Dataset,
}

impl EachStore for Typing<'_, '_> {
    fn store<T: Kind>(&mut self) {
        let name = T::STORE.as_str();
        let records = self.stores.get(name).map(Vec::as_slice).unwrap_or_default();
        *T::table_mut(&mut self.data) = self.validator.table::<T>(name, records);
    }
}

/// Rules between records, on the typed data: every reference points at a record of the file or (when merging) of
/// this device, tombstones included (a deleted manager's history stays valid); each value within the limit of its
/// metric's unit. A record whose own typing failed is not in `data`, so it is not reported twice.
struct CrossCheck<'v, 'a> {
    validator: &'v mut Validator<'a>,
    data: &'v Dataset,
}

impl CrossCheck<'_, '_> {
    fn exists(&self, store: StoreName, id: RecordId) -> bool {
        self.validator.positions.contains_key(&(store, id))
            || self
                .validator
                .context
                .local
                .is_some_and(|local| local.contains(store, id))
    }

    fn unit(&self, metric: RecordId) -> Option<Unit> {
        if let Some(b) = Builtin::from_id(metric) {
            return Some(b.unit());
        }
        let local = self
            .validator
            .context
            .local
            .and_then(|l| l.metrics.get(&metric));
        self.data
            .metrics
            .get(&metric)
            .or(local)
            .map(|r| r.data.unit)
    }
}

impl EachStore for CrossCheck<'_, '_> {
    fn store<T: Kind>(&mut self) {
        for (id, record) in T::table(self.data) {
            let mut found: Vec<(std::borrow::Cow<'static, str>, ProblemKind)> = Vec::new();
            for link in record.data.links() {
                if !self.exists(link.store, link.id) {
                    found.push((
                        link.field.into(),
                        ProblemKind::UnknownReference { store: link.store },
                    ));
                }
            }
            let unit = |m: RecordId| self.unit(m);
            for p in record.data.unit_problems(&unit) {
                found.push((p.field, ProblemKind::Rule(p.rule)));
            }
            let index = self.validator.positions.get(&(T::STORE, *id)).copied();
            for (field, kind) in found {
                self.validator.report(Problem {
                    store: T::STORE.as_str().into(),
                    index,
                    id: Some(id.to_string()),
                    field: format!("data.{field}"),
                    kind,
                });
            }
        }
    }
}

/// Where a file's record differs from the same record written back by this app, if anywhere: the reader accepts
/// only what the contract writes. Only the file's own keys are compared, so a field the migration or a default
/// filled in is no difference. Returns the field's path and what is wrong there.
fn difference(raw: &Value, typed: &Value, path: String) -> Option<(String, ProblemKind)> {
    let join = |key: &str| {
        if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{key}")
        }
    };
    match (raw, typed) {
        (Value::Object(r), Value::Object(t)) => r.iter().find_map(|(k, rv)| match t.get(k) {
            None => Some((join(k), ProblemKind::UnknownField)),
            Some(tv) => difference(rv, tv, join(k)),
        }),
        (Value::Array(r), Value::Array(t)) if r.len() == t.len() => r
            .iter()
            .zip(t)
            .enumerate()
            .find_map(|(i, (rv, tv))| difference(rv, tv, join(&i.to_string()))),
        _ if raw == typed => None,
        _ => Some((
            path,
            ProblemKind::NotCanonical {
                found: shown(raw),
                expected: shown(typed),
            },
        )),
    }
}

/// A value as the problem list shows it: short, on one line.
fn shown(v: &Value) -> String {
    let text = match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    text.chars().take(60).collect()
}

/// The path of a problem; for a missing field, the path names the field itself (serde's path stops at the record,
/// `.`, and the name is only in the message).
fn field_of(path: String, kind: &ProblemKind, e: &serde_json::Error) -> String {
    if *kind != ProblemKind::Missing {
        return path;
    }
    let msg = e.to_string();
    let name = msg.split('`').nth(1).unwrap_or_default().to_string();
    match path.as_str() {
        "" | "." => name,
        _ => format!("{path}.{name}"),
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
