//! Export: the whole database as canonical bytes. The same data gives the same bytes on every device, so
//! export → import into an empty browser → export is byte-identical (tested).

use super::file::{Envelope, Scope, FORMAT, SCHEMA};
use super::personal::without_personal;
use crate::domain::{for_each_store, Dataset, EachStore, Kind, Settings};
use chrono::NaiveDate;
use serde::Serialize;

/// The export file's text: the header pretty-printed, then each store as a list with **one record per line**
/// (compact JSON), stores in alphabetical order and records by id. People can still read the file, a diff of two
/// exports shows one line per changed record, and a large department's file is about half the size of fully
/// pretty-printed JSON. Ends with a newline.
pub fn export(data: &Dataset, app_version: &str) -> String {
    export_scoped(data, app_version, Scope::Full)
}

/// [`export`] of the records of `scope`: a meeting-room file has no personal stores (see [`super::personal`]).
pub fn export_scoped(data: &Dataset, app_version: &str, scope: Scope) -> String {
    let shared;
    let data = match scope {
        Scope::Full => data,
        Scope::MeetingRoom => {
            shared = without_personal(data);
            &shared
        }
    };
    let header = Envelope {
        format: FORMAT.to_string(),
        schema: SCHEMA,
        app: app_version.to_string(),
        as_of: data.newest_stamp(),
        department: data.settings().department,
        scope,
        stores: Empty {},
    };
    let mut text = serde_json::to_string_pretty(&header).expect("plain data always serialises");
    // The header ends with `"stores": {}\n}`; the stores are written in place of the empty map.
    let cut = text
        .rfind("{}")
        .expect("the empty stores map is in the header");
    text.truncate(cut);
    let mut w = StoreWriter {
        data,
        text,
        first: true,
        scope,
    };
    for_each_store(&mut w);
    let mut text = w.text;
    text.push_str("\n  }\n}\n");
    text
}

/// An empty `stores` map for the header.
#[derive(Serialize)]
struct Empty {}

/// Appends `"store": [ records ]` for each store.
struct StoreWriter<'a> {
    data: &'a Dataset,
    text: String,
    first: bool,
    scope: Scope,
}

impl EachStore for StoreWriter<'_> {
    fn store<T: Kind>(&mut self) {
        if self.scope == Scope::MeetingRoom && T::STORE.is_personal() {
            return;
        }
        let t = &mut self.text;
        t.push_str(if self.first { "{\n" } else { ",\n" });
        self.first = false;
        t.push_str("    ");
        t.push_str(&serde_json::to_string(T::STORE.as_str()).expect("a name serialises"));
        t.push_str(": [");
        let mut records = T::table(self.data).values().peekable();
        if records.peek().is_none() {
            t.push(']');
            return;
        }
        while let Some(record) = records.next() {
            t.push_str("\n      ");
            t.push_str(&serde_json::to_string(record).expect("plain data always serialises"));
            if records.peek().is_some() {
                t.push(',');
            }
        }
        t.push_str("\n    ]");
    }
}

/// `rop-<department>-<date>.json`, keeping letters (Cyrillic too) and digits, so files sort by date per department.
pub fn file_name(settings: &Settings, date: NaiveDate) -> String {
    let mut slug = String::new();
    for c in settings.department.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_matches('-').chars().take(40).collect();
    let slug = if slug.is_empty() {
        "department".to_string()
    } else {
        slug
    };
    format!("rop-{slug}-{date}.json")
}
