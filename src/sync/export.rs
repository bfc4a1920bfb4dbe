//! Export: the whole database as canonical bytes. The same data gives the same bytes on every device, so
//! export → import into an empty browser → export is byte-identical (tested).

use super::file::{Envelope, FORMAT, SCHEMA};
use crate::domain::{Dataset, Record, Settings};
use chrono::NaiveDate;
use serde::Serialize;

/// The stores in file order (alphabetical); each is a list sorted by id, which is the tables' own order.
#[derive(Serialize)]
struct Stores<'a> {
    absences: Vec<&'a Record<crate::domain::Absence>>,
    managers: Vec<&'a Record<crate::domain::Manager>>,
    settings: Vec<&'a Record<Settings>>,
}

/// The export file's text: pretty-printed JSON (people read and diff these files), ending with a newline.
pub fn export(data: &Dataset, app_version: &str) -> String {
    let envelope = Envelope {
        format: FORMAT.to_string(),
        schema: SCHEMA,
        app: app_version.to_string(),
        as_of: data.newest_stamp(),
        department: data.settings().department,
        stores: Stores {
            absences: data.absences.values().collect(),
            managers: data.managers.values().collect(),
            settings: data.settings.values().collect(),
        },
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
