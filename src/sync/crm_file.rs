//! O2 reading a CRM's export file: CSV as UTF-8 (with or without a byte-order mark), Windows-1251 or UTF-16 (Excel's
//! "Unicode text"), separated by `;`, `,` or tab; or an XLSX workbook's first sheet. Then the columns are recognised
//! ([`crate::domain::organisation::crm::columns::detect`]) or taken from the user's mapping, and every row is read.
//!
//! This is the CRM reader web worker's whole job (src/bin/crm.rs): calamine and encoding_rs are large, and a
//! 50 000-deal file takes a while, so neither the code nor the work sits on the page's thread.

use crate::domain::organisation::crm::columns::{detect, ColumnMap, CrmSystem, ExportKind};
use crate::domain::organisation::crm::deal::{read_rows, Row, RowProblem};
use crate::domain::organisation::crm::snapshot::EXTRA_MAX;
use crate::sync::facts_csv::{read_text, CsvError, Table, MAX_COLUMNS};
use serde::{Deserialize, Serialize};

/// What the worker posts once it listens.
pub const READY: &str = "crm-reader-ready";

/// The largest export read: 50 000 deals with a few dozen columns are about 15 MB of CSV.
pub const MAX_EXPORT_BYTES: usize = 20 * 1024 * 1024;
/// The most cells a workbook's sheet may hold (a compressed file can claim any size inside).
pub const MAX_CELLS: usize = 10_000_000;

/// Why a file cannot be read at all.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum FileError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is larger than {max} bytes")]
    TooLarge { max: usize },
    #[error("line {line}: {detail}")]
    Malformed { line: usize, detail: String },
    #[error("{found} columns, more than {max}")]
    TooManyColumns { max: usize, found: usize },
    /// An XLSX file calamine cannot open, in its words.
    #[error("not a readable workbook: {0}")]
    Workbook(String),
}

impl From<CsvError> for FileError {
    fn from(e: CsvError) -> Self {
        match e {
            CsvError::TooLarge { max } => FileError::TooLarge { max },
            CsvError::Malformed { line, detail } => FileError::Malformed { line, detail },
            CsvError::TooManyColumns { max, found } => FileError::TooManyColumns { max, found },
            _ => FileError::Empty,
        }
    }
}

/// The text of a CSV file in whichever encoding it came: a byte-order mark decides (UTF-8 or UTF-16); without one,
/// valid UTF-8 is UTF-8 and anything else is Windows-1251, what Excel writes for "CSV" on a Russian Windows.
pub fn decode(bytes: &[u8]) -> String {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return text.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(t) => t.to_string(),
        Err(_) => encoding_rs::WINDOWS_1251.decode(bytes).0.into_owned(),
    }
}

fn is_workbook(name: &str, bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || name.to_lowercase().ends_with(".xlsx")
}

/// Reads a file into a header and rows with their lines (the spreadsheet's row numbers for a workbook).
pub fn read_table(name: &str, bytes: &[u8]) -> Result<Table, FileError> {
    if bytes.len() > MAX_EXPORT_BYTES {
        return Err(FileError::TooLarge {
            max: MAX_EXPORT_BYTES,
        });
    }
    if bytes.is_empty() {
        return Err(FileError::Empty);
    }
    if is_workbook(name, bytes) {
        read_workbook(bytes)
    } else {
        Ok(read_text(&decode(bytes))?)
    }
}

/// An Excel date as exports write it in text: `27.11.2026 14:05:00`.
fn excel_date(d: chrono::NaiveDateTime) -> String {
    use chrono::{Datelike, Timelike};
    format!(
        "{:02}.{:02}.{:04} {:02}:{:02}:{:02}",
        d.day(),
        d.month(),
        d.year(),
        d.hour(),
        d.minute(),
        d.second()
    )
}

/// A cell as the text a CSV export would have.
fn cell_text(v: &calamine::DataRef) -> String {
    use calamine::DataRef as D;
    match v {
        D::Int(i) => i.to_string(),
        D::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        D::Float(f) => f.to_string(),
        D::String(s) => s.clone(),
        D::SharedString(s) => s.to_string(),
        D::Bool(b) => b.to_string(),
        D::DateTime(d) => d.as_datetime().map(excel_date).unwrap_or_default(),
        D::DateTimeIso(s) | D::DurationIso(s) => s.clone(),
        D::Error(e) => format!("#{e}"),
        D::Empty => String::new(),
    }
}

/// The first sheet of an XLSX workbook, read cell by cell (never as one dense range: a hostile file can name a cell
/// a million rows down), with the same limits as a CSV.
fn read_workbook(bytes: &[u8]) -> Result<Table, FileError> {
    use calamine::Reader;
    let failed = |e: calamine::XlsxError| FileError::Workbook(e.to_string());
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).map_err(failed)?;
    let first = book
        .sheet_names()
        .into_iter()
        .next()
        .ok_or(FileError::Empty)?;
    let mut cells = book.worksheet_cells_reader(&first).map_err(failed)?;
    let mut rows: std::collections::BTreeMap<u32, Vec<String>> = Default::default();
    let mut count = 0usize;
    while let Some(cell) = cells.next_cell().map_err(failed)? {
        let (row, col) = cell.get_position();
        let col = col as usize;
        if col >= MAX_COLUMNS {
            return Err(FileError::TooManyColumns {
                max: MAX_COLUMNS,
                found: col + 1,
            });
        }
        count += 1;
        if count > MAX_CELLS {
            return Err(FileError::TooLarge {
                max: MAX_EXPORT_BYTES,
            });
        }
        let text = cell_text(cell.get_value()).trim().to_string();
        if text.is_empty() {
            continue;
        }
        let line = rows.entry(row).or_default();
        if line.len() <= col {
            line.resize(col + 1, String::new());
        }
        line[col] = text;
    }
    let mut rows = rows.into_iter();
    let (_, header) = rows.next().ok_or(FileError::Empty)?;
    let width = header.len();
    Ok(Table {
        header,
        rows: rows
            .map(|(r, mut cells)| {
                cells.resize(width, String::new());
                (r as usize + 1, cells)
            })
            .collect(),
    })
}

/// What the page asks the worker: the file's name, the department's currency, and the columns when the user has
/// mapped them (or a remembered mapping fits).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    pub name: String,
    pub currency: String,
    #[serde(default)]
    pub mapped: Option<(ExportKind, ColumnMap)>,
}

/// What the worker answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    Failed(FileError),
    /// The header is no CRM's the app knows and no mapping was given: the user maps it (the first rows help).
    Unknown {
        header: Vec<String>,
        sample: Vec<Vec<String>>,
    },
    Read(Read),
}

/// A file whose columns are known, with every row read or every bad row listed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Read {
    pub system: CrmSystem,
    pub kind: ExportKind,
    pub header: Vec<String>,
    pub columns: ColumnMap,
    pub extra: Vec<String>,
    pub rows: Result<Vec<Row>, Vec<RowProblem>>,
}

/// The worker's whole job, pure: the file → its table → its columns → its rows.
pub fn answer(request: &Request, bytes: &[u8]) -> Answer {
    let table = match read_table(&request.name, bytes) {
        Ok(t) => t,
        Err(e) => return Answer::Failed(e),
    };
    let (system, kind, columns) = match (&request.mapped, detect(&table.header)) {
        (Some((kind, columns)), _) => (CrmSystem::Other, *kind, columns.clone()),
        (None, Some(found)) => (found.system, found.kind, found.columns),
        (None, None) => {
            return Answer::Unknown {
                sample: table.rows.iter().take(3).map(|(_, c)| c.clone()).collect(),
                header: table.header,
            }
        }
    };
    let extra: Vec<usize> = (0..table.header.len())
        .filter(|i| !columns.values().any(|c| c == i) && !table.header[*i].trim().is_empty())
        .take(EXTRA_MAX)
        .collect();
    let rows = read_rows(kind, &table.rows, &columns, &extra, &request.currency);
    Answer::Read(Read {
        system,
        kind,
        extra: extra.iter().map(|i| table.header[*i].clone()).collect(),
        header: table.header,
        columns,
        rows,
    })
}
