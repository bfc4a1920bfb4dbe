//! O2 deals and tasks as a CRM export lists them, and the reading of one export's rows into them: every bad row
//! is listed with its line, and a file with any bad row writes nothing.

use super::columns::{ColumnMap, ExportKind, Field};
use crate::domain::core::date::parse_file_date;
use crate::domain::core::rules::is_hidden;
use crate::domain::core::text::fold;
use crate::domain::core::unit::Unit;
use crate::domain::planning::metric::{parse_value, ValueError};
use crate::domain::RecordId;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One deal as one export saw it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deal {
    /// The CRM's own id: the key that follows a deal from one snapshot to the next.
    pub id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Kopecks.
    pub amount: i64,
    /// The CRM user as the file names them.
    pub owner: String,
    /// The manager the owner was matched to when the file was read.
    pub manager: RecordId,
    #[serde(with = "crate::domain::core::date")]
    pub created: NaiveDate,
    /// `None` while the deal is open (amoCRM writes «не закрыта»).
    #[serde(
        default,
        with = "crate::domain::core::date::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub closed: Option<NaiveDate>,
    pub stage: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pipeline: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lost_reason: String,
    /// The next task's date, when the deal export carries it.
    #[serde(
        default,
        with = "crate::domain::core::date::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub next_task: Option<NaiveDate>,
    /// The snapshot's other columns ([`super::snapshot::CrmSnapshot::extra`]) this deal's card leaves empty, by
    /// index: what "fields required at the stage" are checked against.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blank: Vec<u16>,
}

/// One task as a task export lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrmTask {
    pub id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    pub owner: String,
    pub manager: RecordId,
    #[serde(with = "crate::domain::core::date")]
    pub deadline: NaiveDate,
    pub done: bool,
    /// The deal it belongs to, by the CRM's id or the deal's name (exports write either).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub deal: String,
}

/// How a deal ended, or that it has not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Open,
    Won,
    Lost,
}

impl Outcome {
    /// What a stage's name says, as amoCRM («Успешно реализовано», «Закрыто и не реализовано») and Bitrix24
    /// («Сделка успешна», «Сделка провалена») name their closing stages. The head can correct it per stage.
    pub fn guess(stage: &str) -> Outcome {
        let s = fold(stage);
        let lost = [
            "не реализ",
            "провал",
            "проигр",
            "отказ",
            "lost",
            "закрыто и не",
        ];
        let won = ["успешн", "выигр", "won", "оплачен"];
        if lost.iter().any(|w| s.contains(w)) {
            Outcome::Lost
        } else if won.iter().any(|w| s.contains(w)) {
            Outcome::Won
        } else {
            Outcome::Open
        }
    }
}

/// A row's fields as text, before the owner is matched: what reading a file gives.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    pub line: usize,
    pub owner: String,
    pub item: Item,
}

/// A deal or a task read from a row; the manager is filled in when owners are matched ([`Row::assign`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Item {
    Deal(Deal),
    Task(CrmTask),
}

impl Row {
    pub fn assign(self, manager: RecordId) -> Item {
        match self.item {
            Item::Deal(mut d) => {
                d.manager = manager;
                Item::Deal(d)
            }
            Item::Task(mut t) => {
                t.manager = manager;
                Item::Task(t)
            }
        }
    }
}

/// What is wrong with one row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RowIssue {
    /// A required cell is empty.
    Empty(Field),
    BadDate {
        field: Field,
        text: String,
    },
    BadAmount {
        text: String,
        error: ValueError,
    },
    /// Money in another currency than the department's: nothing converts it.
    Currency(String),
    /// The same CRM id as an earlier line.
    Duplicate {
        first_line: usize,
    },
    /// Fewer cells than the header.
    Short,
    /// A cell longer than [`CELL_MAX`] or with invisible characters.
    BadText(Field),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowProblem {
    pub line: usize,
    pub issue: RowIssue,
}

/// The longest cell kept: a deal's name or a lost reason is a line, not a document.
pub const CELL_MAX: usize = 500;

/// Words a task export writes for "done".
fn is_done(text: &str) -> bool {
    matches!(
        fold(text).as_str(),
        "да" | "выполнена" | "завершена" | "закрыта" | "yes" | "done" | "true" | "1"
    )
}

/// Reads every row of an export whose columns are known. `extra` are the indexes of the other columns kept for the
/// stage's required fields. Either every row, or every problem with its line.
pub fn read_rows(
    kind: ExportKind,
    rows: &[(usize, Vec<String>)],
    columns: &ColumnMap,
    extra: &[usize],
    currency: &str,
) -> Result<Vec<Row>, Vec<RowProblem>> {
    let mut out = Vec::with_capacity(rows.len());
    let mut problems = Vec::new();
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    // Extra columns may be cut from a row's end (an empty cell the writer dropped): they read as blank.
    let needed = columns.values().copied().max().unwrap_or(0);
    for (line, cells) in rows {
        let line = *line;
        let before = problems.len();
        let mut report = |issue| problems.push(RowProblem { line, issue });
        if cells.len() <= needed {
            report(RowIssue::Short);
            continue;
        }
        let cell = |f: Field| -> &str {
            columns
                .get(&f)
                .and_then(|i| cells.get(*i))
                .map(|c| c.trim())
                .unwrap_or("")
        };
        for f in Field::required(kind) {
            if cell(*f).is_empty() {
                report(RowIssue::Empty(*f));
            }
        }
        for f in [
            Field::Id,
            Field::Name,
            Field::Owner,
            Field::Stage,
            Field::Pipeline,
            Field::Source,
            Field::LostReason,
            Field::Deal,
        ] {
            let t = cell(f);
            if t.chars().count() > CELL_MAX || t.chars().any(is_hidden) {
                report(RowIssue::BadText(f));
            }
        }
        let date = |f: Field, report: &mut dyn FnMut(RowIssue)| -> Option<NaiveDate> {
            let t = cell(f);
            // «не закрыта»: amoCRM's word for an open deal's closing date.
            if t.is_empty() || fold(t).starts_with("не ") {
                return None;
            }
            let d = parse_file_date(t);
            if d.is_none() {
                report(RowIssue::BadDate {
                    field: f,
                    text: t.to_string(),
                });
            }
            d
        };
        let id = cell(Field::Id).to_string();
        if !id.is_empty() {
            if let Some(first_line) = seen.insert(cell(Field::Id), line) {
                report(RowIssue::Duplicate { first_line });
            }
        }
        let item = match kind {
            ExportKind::Deals => {
                let created = date(Field::Created, &mut report);
                let closed = date(Field::Closed, &mut report);
                let next_task = date(Field::NextTask, &mut report);
                let amount = match parse_value(Unit::Money, cell(Field::Amount)) {
                    Ok(v) => v.unwrap_or(0),
                    Err(error) => {
                        report(RowIssue::BadAmount {
                            text: cell(Field::Amount).to_string(),
                            error,
                        });
                        0
                    }
                };
                let cur = fold(cell(Field::Currency));
                let ours = fold(currency);
                let same = cur.is_empty()
                    || cur == ours
                    || (ours == "rub"
                        && matches!(
                            cur.as_str(),
                            "руб" | "руб." | "₽" | "rur" | "российский рубль"
                        ));
                if !same {
                    report(RowIssue::Currency(cell(Field::Currency).to_string()));
                }
                let blank = extra
                    .iter()
                    .enumerate()
                    .filter(|(_, i)| cells.get(**i).is_none_or(|c| c.trim().is_empty()))
                    .map(|(n, _)| n as u16)
                    .collect();
                created.map(|created| {
                    Item::Deal(Deal {
                        id: id.clone(),
                        name: cell(Field::Name).to_string(),
                        amount,
                        owner: cell(Field::Owner).to_string(),
                        manager: RecordId::nil(),
                        created,
                        closed,
                        stage: cell(Field::Stage).to_string(),
                        pipeline: cell(Field::Pipeline).to_string(),
                        source: cell(Field::Source).to_string(),
                        lost_reason: cell(Field::LostReason).to_string(),
                        next_task,
                        blank,
                    })
                })
            }
            ExportKind::Tasks => {
                let deadline = date(Field::Deadline, &mut report);
                let closed = date(Field::Closed, &mut report);
                let status = fold(cell(Field::Status));
                let done = closed.is_some()
                    || is_done(&status)
                    || status.contains("заверш")
                    || status.contains("выполн") && !status.contains("не ");
                deadline.map(|deadline| {
                    Item::Task(CrmTask {
                        id: id.clone(),
                        name: cell(Field::Name).to_string(),
                        owner: cell(Field::Owner).to_string(),
                        manager: RecordId::nil(),
                        deadline,
                        done,
                        deal: cell(Field::Deal).to_string(),
                    })
                })
            }
        };
        if problems.len() > before {
            continue;
        }
        if let Some(item) = item {
            out.push(Row {
                line,
                owner: cell(Field::Owner).to_string(),
                item,
            });
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}
