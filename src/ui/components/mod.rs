//! Pieces the pages share: form widgets, the one audited SVG component, downloads, record labels, the CRM reader
//! worker's client.

pub mod crm_reader;
pub mod download;
pub mod pace_table;
pub mod record_label;
pub mod svg;
pub mod unlock_code;
pub mod widgets;
