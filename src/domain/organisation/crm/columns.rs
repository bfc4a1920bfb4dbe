//! O2 which column of a CRM export is what. amoCRM and Bitrix24 name their columns in Russian, with variants
//! between versions and settings («Бюджет» or «Бюджет ₽», «Воронка» or «Направление»); the presets below know
//! them. Anything else goes through the mapping step, whose answer is remembered per source ([`CrmSource`]).
//!
//! [`CrmSource`]: super::snapshot::CrmSource

use crate::domain::core::text::fold;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a column holds. Deal exports and task exports share the id, name and owner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Id,
    Name,
    Owner,
    Amount,
    Currency,
    Created,
    Closed,
    Stage,
    Pipeline,
    Source,
    LostReason,
    /// The date of the deal's next task, when the deal export carries it (amoCRM's «Ближайшая задача»).
    NextTask,
    /// Task exports: the deadline, whether it is done, and the deal it belongs to.
    Deadline,
    Status,
    Deal,
}

impl Field {
    pub const DEAL: [Field; 12] = [
        Field::Id,
        Field::Name,
        Field::Owner,
        Field::Amount,
        Field::Currency,
        Field::Created,
        Field::Closed,
        Field::Stage,
        Field::Pipeline,
        Field::Source,
        Field::LostReason,
        Field::NextTask,
    ];
    pub const TASK: [Field; 7] = [
        Field::Id,
        Field::Name,
        Field::Owner,
        Field::Deadline,
        Field::Status,
        Field::Closed,
        Field::Deal,
    ];

    /// Fields a file of `kind` cannot do without.
    pub fn required(kind: ExportKind) -> &'static [Field] {
        match kind {
            ExportKind::Deals => &[Field::Id, Field::Owner, Field::Stage, Field::Created],
            ExportKind::Tasks => &[Field::Id, Field::Owner, Field::Deadline],
        }
    }
}

/// What a file lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportKind {
    Deals,
    Tasks,
}

/// Which CRM wrote the file, as far as its header tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CrmSystem {
    Amo,
    Bitrix,
    /// Another CRM or a hand-made table: the user mapped the columns.
    Other,
}

impl CrmSystem {
    /// The name a remembered mapping is kept under for a preset's files.
    pub fn source_name(self) -> &'static str {
        match self {
            CrmSystem::Amo => "amoCRM",
            CrmSystem::Bitrix => "Bitrix24",
            CrmSystem::Other => "",
        }
    }
}

/// The header names a CRM gives each field, folded ([`fold`]); the first variant of each is the usual one.
struct Preset {
    system: CrmSystem,
    kind: ExportKind,
    names: &'static [(Field, &'static [&'static str])],
    /// Header names only this CRM writes: they decide between two presets that both fit.
    marks: &'static [&'static str],
}

const PRESETS: [Preset; 4] = [
    Preset {
        system: CrmSystem::Amo,
        kind: ExportKind::Deals,
        names: &[
            (Field::Id, &["id"]),
            (Field::Name, &["название сделки", "сделка"]),
            (Field::Owner, &["ответственный"]),
            (
                Field::Amount,
                &["бюджет", "бюджет ₽", "бюджет, ₽", "бюджет руб."],
            ),
            (Field::Created, &["дата создания сделки", "дата создания"]),
            (Field::Closed, &["дата закрытия", "дата закрытия сделки"]),
            (Field::Stage, &["этап сделки", "этап", "статус сделки"]),
            (Field::Pipeline, &["воронка"]),
            (
                Field::Source,
                &["источник", "источник сделки", "utm_source"],
            ),
            (
                Field::LostReason,
                &["причина отказа", "причина закрытия", "причина потери"],
            ),
            (
                Field::NextTask,
                &[
                    "ближайшая задача",
                    "дата ближайшей задачи",
                    "следующая задача",
                ],
            ),
        ],
        marks: &["название сделки", "бюджет", "бюджет ₽", "этап сделки"],
    },
    Preset {
        system: CrmSystem::Bitrix,
        kind: ExportKind::Deals,
        names: &[
            (Field::Id, &["id"]),
            (Field::Name, &["название", "название сделки"]),
            (Field::Owner, &["ответственный"]),
            (Field::Amount, &["сумма", "сумма сделки", "возможная сумма"]),
            (Field::Currency, &["валюта"]),
            (Field::Created, &["дата создания"]),
            (
                Field::Closed,
                &["дата закрытия", "предполагаемая дата закрытия"],
            ),
            (Field::Stage, &["стадия сделки", "стадия"]),
            (Field::Pipeline, &["воронка", "направление"]),
            (Field::Source, &["источник"]),
            (
                Field::LostReason,
                &["причина провала", "причина отказа", "комментарий к провалу"],
            ),
            (Field::NextTask, &["ближайшее дело", "крайний срок дела"]),
        ],
        marks: &["стадия сделки", "сумма", "валюта", "направление"],
    },
    Preset {
        system: CrmSystem::Amo,
        kind: ExportKind::Tasks,
        names: &[
            (Field::Id, &["id"]),
            (Field::Name, &["текст задачи", "задача", "название"]),
            (Field::Owner, &["ответственный"]),
            (
                Field::Deadline,
                &["дата исполнения", "срок", "срок выполнения"],
            ),
            (Field::Status, &["выполнена", "статус"]),
            (Field::Closed, &["дата завершения", "дата выполнения"]),
            (Field::Deal, &["сделка", "id сделки", "прикреплено к"]),
        ],
        marks: &["текст задачи", "дата исполнения", "выполнена"],
    },
    Preset {
        system: CrmSystem::Bitrix,
        kind: ExportKind::Tasks,
        names: &[
            (Field::Id, &["id"]),
            (Field::Name, &["название", "название задачи"]),
            (Field::Owner, &["ответственный", "исполнитель"]),
            (Field::Deadline, &["крайний срок"]),
            (Field::Status, &["статус"]),
            (Field::Closed, &["дата закрытия"]),
            (Field::Deal, &["элемент crm", "сделка", "crm: сделка"]),
        ],
        marks: &["крайний срок", "постановщик", "элемент crm"],
    },
];

/// Which column holds each field (by index into the header).
pub type ColumnMap = BTreeMap<Field, usize>;

/// What the header says: the CRM, the kind of file and its columns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Detected {
    pub system: CrmSystem,
    pub kind: ExportKind,
    pub columns: ColumnMap,
}

fn matched(preset: &Preset, header: &[String]) -> ColumnMap {
    let folded: Vec<String> = header.iter().map(|h| fold(h)).collect();
    let mut out = ColumnMap::new();
    for (field, names) in preset.names {
        // The first variant present wins: «Дата закрытия» before «Предполагаемая дата закрытия».
        if let Some(i) = names
            .iter()
            .find_map(|n| folded.iter().position(|h| h == n))
        {
            out.insert(*field, i);
        }
    }
    out
}

/// Recognises an amoCRM or Bitrix24 export by its header: the preset whose required fields are all there, the one
/// with more of its own marks when two fit (both CRMs call a column «ID» and «Ответственный»). `None`: the user
/// maps the columns.
pub fn detect(header: &[String]) -> Option<Detected> {
    let folded: Vec<String> = header.iter().map(|h| fold(h)).collect();
    PRESETS
        .iter()
        .filter_map(|p| {
            let columns = matched(p, header);
            let fits = Field::required(p.kind)
                .iter()
                .all(|f| columns.contains_key(f));
            let marks = p
                .marks
                .iter()
                .filter(|m| folded.contains(&m.to_string()))
                .count();
            (fits && marks > 0).then_some((marks, columns.len(), p, columns))
        })
        .max_by_key(|(marks, found, _, _)| (*marks, *found))
        .map(|(_, _, p, columns)| Detected {
            system: p.system,
            kind: p.kind,
            columns,
        })
}

/// The columns a remembered mapping names (field → header text), found in this header; fields whose column is
/// gone are left out.
pub fn remembered(header: &[String], names: &BTreeMap<Field, String>) -> ColumnMap {
    names
        .iter()
        .filter_map(|(field, name)| {
            let wanted = fold(name);
            header
                .iter()
                .position(|h| fold(h) == wanted)
                .map(|i| (*field, i))
        })
        .collect()
}

/// The required fields a mapping leaves without a column.
pub fn missing(kind: ExportKind, columns: &ColumnMap) -> Vec<Field> {
    Field::required(kind)
        .iter()
        .copied()
        .filter(|f| !columns.contains_key(f))
        .collect()
}

/// A mapping as header texts, to remember for the next file from the same source.
pub fn names_of(header: &[String], columns: &ColumnMap) -> BTreeMap<Field, String> {
    columns
        .iter()
        .filter_map(|(f, i)| header.get(*i).map(|h| (*f, h.trim().to_string())))
        .collect()
}
