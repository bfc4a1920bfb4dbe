//! Importing daily facts from a CSV file, as Excel and CRMs export them: UTF-8 with or without a byte-order mark,
//! `;` or `,` (or tab) between fields, a decimal comma, dates as `27.11.2026` or `2026-11-27`. Columns: the date,
//! the manager, then one column per metric, named as the app names it (in Russian or English) or by its key.
//!
//! Reading is three steps, so the user sees everything before anything is saved: [`read_table`] (the file),
//! [`match_columns`] (which column is what; unknown managers are listed for a mapping step), then [`plan`]
//! (every row checked; either every problem with its line, or the day records to write in one transaction).

pub use crate::domain::core::date::parse_file_date as parse_date;
pub use crate::domain::core::text::fold;
use crate::domain::planning::fact::DayFacts;
use crate::domain::planning::metric::{parse_value, Metric, ValueError};
pub use crate::domain::team::find_manager;
use crate::domain::{Dataset, RecordId};
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};

/// The largest CSV read: a year of a large department's facts is a few megabytes.
pub const MAX_CSV_BYTES: usize = 16 * 1024 * 1024;
/// The most columns a table may have: amoCRM's export with every custom field has a few hundred.
pub const MAX_COLUMNS: usize = 1_000;

/// A CSV file's cells: the header and the rows with their line numbers (from 1, the header being line 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<(usize, Vec<String>)>,
}

/// Why a file cannot be read at all.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CsvError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is larger than {max} bytes")]
    TooLarge { max: usize },
    /// Not UTF-8: Excel's plain "CSV" on Windows is Windows-1251; "CSV UTF-8" is what we read.
    #[error("the file is not UTF-8")]
    NotUtf8,
    #[error("line {line}: {detail}")]
    Malformed { line: usize, detail: String },
    /// No column for the date or for the manager.
    #[error("no `{0}` column")]
    MissingColumn(&'static str),
    /// Not one column is a metric.
    #[error("no metric columns")]
    NoMetrics,
    /// More columns than any real export has: a broken or hostile file.
    #[error("{found} columns, more than {max}")]
    TooManyColumns { max: usize, found: usize },
}

/// Reads the file into cells: strips a byte-order mark, guesses the separator from the header line.
pub fn read_table(bytes: &[u8]) -> Result<Table, CsvError> {
    if bytes.len() > MAX_CSV_BYTES {
        return Err(CsvError::TooLarge { max: MAX_CSV_BYTES });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| CsvError::NotUtf8)?;
    read_text(text)
}

/// Reads CSV text into cells, guessing the separator from the header line. Shared by every CSV the app reads.
pub fn read_text(text: &str) -> Result<Table, CsvError> {
    // Windows line ends become plain ones, so the reader's line numbers are the lines a spreadsheet shows.
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.as_str();
    let first = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .ok_or(CsvError::Empty)?;
    // The separator is whichever of `;`, tab and `,` the header uses most (Excel in Russia writes `;`).
    let delimiter = [b';', b'\t', b',']
        .into_iter()
        .max_by_key(|d| first.bytes().filter(|b| b == d).count())
        .unwrap_or(b';');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut header: Option<Vec<String>> = None;
    for record in reader.records() {
        let record = record.map_err(|e| CsvError::Malformed {
            line: e.position().map(|p| p.line() as usize).unwrap_or(0),
            detail: e.to_string(),
        })?;
        let line = record.position().map(|p| p.line() as usize).unwrap_or(0);
        if header.is_none() && record.len() > MAX_COLUMNS {
            return Err(CsvError::TooManyColumns {
                max: MAX_COLUMNS,
                found: record.len(),
            });
        }
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_string()).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        match header {
            None => header = Some(cells),
            Some(ref h) => {
                // A row may not invent columns the header does not have (a hostile file's 100 000 cells).
                let mut cells = cells;
                cells.truncate(h.len());
                rows.push((line, cells))
            }
        }
    }
    Ok(Table {
        header: header.ok_or(CsvError::Empty)?,
        rows,
    })
}

/// Which column is what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Columns {
    pub date: usize,
    pub manager: usize,
    /// (column, metric id), for every column that names an entered metric.
    pub metrics: Vec<(usize, RecordId)>,
    /// Columns that are none of these: shown in the preview as ignored.
    pub ignored: Vec<String>,
}

const DATE_NAMES: [&str; 3] = ["дата", "date", "день"];
const MANAGER_NAMES: [&str; 6] = ["менеджер", "manager", "сотрудник", "фио", "имя", "name"];

/// Finds the date, manager and metric columns. `names` gives every name a metric may be written by (its key,
/// its Russian and English names, the user's name).
pub fn match_columns(
    header: &[String],
    metrics: &[Metric],
    names: impl Fn(&Metric) -> Vec<String>,
) -> Result<Columns, CsvError> {
    let find = |options: &[&str]| {
        header
            .iter()
            .position(|h| options.contains(&fold(h).as_str()))
    };
    let date = find(&DATE_NAMES).ok_or(CsvError::MissingColumn("date"))?;
    let manager = find(&MANAGER_NAMES).ok_or(CsvError::MissingColumn("manager"))?;
    let mut columns = Vec::new();
    let mut ignored = Vec::new();
    for (i, h) in header.iter().enumerate() {
        if i == date || i == manager {
            continue;
        }
        let h = fold(h);
        let metric = metrics
            .iter()
            .filter(|m| m.is_entered())
            .find(|m| names(m).iter().any(|n| fold(n) == h));
        match metric {
            Some(m) => columns.push((i, m.id)),
            None => ignored.push(header[i].clone()),
        }
    }
    if columns.is_empty() {
        return Err(CsvError::NoMetrics);
    }
    Ok(Columns {
        date,
        manager,
        metrics: columns,
        ignored,
    })
}

/// The names in the file that match no manager, for the mapping step.
pub fn unknown_names(data: &Dataset, table: &Table, columns: &Columns) -> Vec<String> {
    let names: BTreeSet<String> = table
        .rows
        .iter()
        .filter_map(|(_, cells)| cells.get(columns.manager).cloned())
        .filter(|n| !n.is_empty() && find_manager(data, n).is_none())
        .collect();
    names.into_iter().collect()
}

/// What is wrong with one row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowIssue {
    BadDate(String),
    /// A name the mapping step left unmatched.
    UnknownManager(String),
    /// The manager did not work here that day (before hiring, or after leaving).
    NotEmployed {
        name: String,
        date: NaiveDate,
    },
    BadValue {
        column: String,
        error: ValueError,
    },
    /// The same manager and date as an earlier line.
    Duplicate {
        first_line: usize,
    },
    /// Fewer cells than the header.
    Short,
}

/// A problem at its place in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    pub line: usize,
    pub issue: RowIssue,
}

/// What an import will write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FactsImport {
    /// One record per manager and day: the day's stored facts with the file's metrics replaced.
    pub days: Vec<DayFacts>,
    pub rows: usize,
    pub values: usize,
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
}

impl FactsImport {
    /// The writes that apply it: each day's record in place of the stored one, all in one transaction.
    pub fn edits(self) -> Vec<crate::domain::Edit> {
        self.days
            .into_iter()
            .map(crate::domain::Edit::derived)
            .collect()
    }
}

/// Checks every row and builds the day records to write, or lists every problem. `mapping` holds the user's
/// choices for the names [`find_manager`] does not know (a name mapped to `None` means "skip these rows").
pub fn plan(
    data: &Dataset,
    metrics: &[Metric],
    table: &Table,
    columns: &Columns,
    mapping: &BTreeMap<String, Option<RecordId>>,
) -> Result<FactsImport, Vec<RowProblem>> {
    let mut problems = Vec::new();
    let mut found: BTreeMap<String, Option<RecordId>> = BTreeMap::new();
    let mut seen: BTreeMap<(RecordId, NaiveDate), usize> = BTreeMap::new();
    let mut days: BTreeMap<(RecordId, NaiveDate), DayFacts> = BTreeMap::new();
    let mut rows = 0;
    let mut values = 0;
    let needed = columns
        .metrics
        .iter()
        .map(|(i, _)| *i)
        .chain([columns.date, columns.manager])
        .max()
        .unwrap_or(0);
    for (line, cells) in &table.rows {
        let line = *line;
        let mut report = |issue| problems.push(RowProblem { line, issue });
        if cells.len() <= needed {
            report(RowIssue::Short);
            continue;
        }
        let name = &cells[columns.manager];
        let manager = match mapping.get(name) {
            Some(Some(id)) => *id,
            Some(None) => continue,
            // Each name is looked up once, however many rows it has.
            None => match *found
                .entry(name.clone())
                .or_insert_with(|| find_manager(data, name))
            {
                Some(id) => id,
                None => {
                    report(RowIssue::UnknownManager(name.clone()));
                    continue;
                }
            },
        };
        let Some(date) = parse_date(&cells[columns.date]) else {
            report(RowIssue::BadDate(cells[columns.date].clone()));
            continue;
        };
        let employed = data
            .managers
            .get(&manager)
            .is_some_and(|m| m.data.is_employed_on(date));
        if !employed {
            report(RowIssue::NotEmployed {
                name: name.clone(),
                date,
            });
            continue;
        }
        if let Some(first_line) = seen.insert((manager, date), line) {
            report(RowIssue::Duplicate { first_line });
            continue;
        }
        let day = days.entry((manager, date)).or_insert_with(|| {
            data.facts
                .get(&DayFacts::id_for(manager, date))
                .filter(|r| !r.deleted)
                .map(|r| r.data.clone())
                .unwrap_or(DayFacts {
                    manager,
                    date,
                    values: BTreeMap::new(),
                })
        });
        let mut row_ok = true;
        for (i, metric) in &columns.metrics {
            let Some(m) = metrics.iter().find(|m| m.id == *metric) else {
                continue;
            };
            match parse_value(m.unit, &cells[*i]) {
                Ok(Some(v)) => {
                    day.values.insert(*metric, v);
                    values += 1;
                }
                Ok(None) => {}
                Err(error) => {
                    row_ok = false;
                    report(RowIssue::BadValue {
                        column: table.header[*i].clone(),
                        error,
                    });
                }
            }
        }
        if row_ok {
            rows += 1;
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let first = days.keys().map(|(_, d)| *d).min();
    let last = days.keys().map(|(_, d)| *d).max();
    Ok(FactsImport {
        days: days.into_values().collect(),
        rows,
        values,
        first,
        last,
    })
}
