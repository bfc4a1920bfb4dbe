//! Export: the whole database as canonical bytes. The same data gives the same bytes on every device, so
//! export → import into an empty browser → export is byte-identical (tested).

use super::file::{Envelope, FORMAT, SCHEMA};
use crate::domain::{for_each_store, Dataset, EachStore, Kind, Record, Settings, StoreName};
use chrono::NaiveDate;
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

/// The stores in file order (alphabetical); each is a list sorted by id, which is the tables' own order.
struct Stores<'a>(&'a Dataset);

impl Serialize for Stores<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut w = StoreWriter {
            data: self.0,
            map: serializer.serialize_map(Some(StoreName::ALL.len()))?,
            error: None,
        };
        for_each_store(&mut w);
        match w.error {
            Some(e) => Err(e),
            None => w.map.end(),
        }
    }
}

/// Writes one `"store": [records…]` entry per store into the file's `stores` map.
struct StoreWriter<'a, M: SerializeMap> {
    data: &'a Dataset,
    map: M,
    error: Option<M::Error>,
}

impl<M: SerializeMap> EachStore for StoreWriter<'_, M> {
    fn store<T: Kind>(&mut self) {
        if self.error.is_some() {
            return;
        }
        let records: Vec<&Record<T>> = T::table(self.data).values().collect();
        if let Err(e) = self.map.serialize_entry(T::STORE.as_str(), &records) {
            self.error = Some(e);
        }
    }
}

/// The export file's text: pretty-printed JSON (people read and diff these files), ending with a newline.
pub fn export(data: &Dataset, app_version: &str) -> String {
    let envelope = Envelope {
        format: FORMAT.to_string(),
        schema: SCHEMA,
        app: app_version.to_string(),
        as_of: data.newest_stamp(),
        department: data.settings().department,
        stores: Stores(data),
    };
    let mut text = serde_json::to_string_pretty(&envelope).expect("plain data always serialises");
    text.push('\n');
    text
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
