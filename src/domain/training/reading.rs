//! T1–T5 reading and courses: the department's list of books, courses and articles, and where each person is
//! with each (planned, reading, done). Development plans point at them.

use crate::domain::core::dataset::{Edit, StoreName};
use crate::domain::core::ids::derived;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_len, check_name, FieldProblem};
use crate::domain::Dataset;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MaterialKind {
    Book,
    Course,
    Article,
    Video,
}

impl MaterialKind {
    pub const ALL: [MaterialKind; 4] = [
        MaterialKind::Book,
        MaterialKind::Course,
        MaterialKind::Article,
        MaterialKind::Video,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Material {
    pub title: String,
    pub kind: MaterialKind,
    /// The author, or the school of a course.
    pub author: String,
    pub link: String,
    /// The skill it teaches.
    pub skill: Option<RecordId>,
}

pub const TITLE_MAX: usize = 300;
pub const TEXT_MAX: usize = 500;

impl Material {
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_name(&mut out, "title", &self.title, TITLE_MAX);
        check_len(&mut out, "author", &self.author, TEXT_MAX);
        check_len(&mut out, "link", &self.link, TEXT_MAX);
        out
    }
}

impl Related for Material {
    fn links(&self) -> Vec<Link> {
        self.skill
            .map(|s| Link::to("skill", StoreName::Skills, s))
            .into_iter()
            .collect()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReadingStatus {
    Planned,
    Reading,
    Done,
}

/// A person's progress with one material; one record per material and person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    pub material: RecordId,
    pub manager: RecordId,
    pub status: ReadingStatus,
    /// When the status was last set.
    #[serde(with = "crate::domain::core::date")]
    pub date: NaiveDate,
}

impl Reading {
    /// Sets where `manager` is with `material` as of `date`; `None` takes the mark away (a deletion).
    pub fn mark(
        material: RecordId,
        manager: RecordId,
        status: Option<ReadingStatus>,
        date: NaiveDate,
    ) -> Edit {
        match status {
            Some(status) => Edit::derived(Reading {
                material,
                manager,
                status,
                date,
            }),
            None => Edit::delete::<Reading>(Reading::id_for(material, manager)),
        }
    }

    pub fn id_for(material: RecordId, manager: RecordId) -> RecordId {
        derived("reading", &[&material.to_string(), &manager.to_string()])
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        Vec::new()
    }
}

impl Related for Reading {
    fn derived_id(&self) -> Option<RecordId> {
        Some(Reading::id_for(self.material, self.manager))
    }

    fn links(&self) -> Vec<Link> {
        vec![
            Link::to("material", StoreName::Materials, self.material),
            Link::to("manager", StoreName::Managers, self.manager),
        ]
    }
}

/// The list by kind and title.
pub fn materials(data: &Dataset) -> Vec<(RecordId, &Material)> {
    let mut out: Vec<(RecordId, &Material)> = data
        .live_records::<Material>()
        .map(|r| (r.id, &r.data))
        .collect();
    out.sort_by(|a, b| (a.1.kind as u8, &a.1.title, a.0).cmp(&(b.1.kind as u8, &b.1.title, b.0)));
    out
}

/// Where `manager` is with `material` (`None`: not on their list).
pub fn status(data: &Dataset, material: RecordId, manager: RecordId) -> Option<ReadingStatus> {
    data.live::<Reading>(Reading::id_for(material, manager))
        .map(|r| r.data.status)
}

/// One person's list: each material on it with its status, unfinished first.
pub fn list_of(data: &Dataset, manager: RecordId) -> Vec<(RecordId, &Material, ReadingStatus)> {
    let mut out: Vec<(RecordId, &Material, ReadingStatus)> = materials(data)
        .into_iter()
        .filter_map(|(id, m)| status(data, id, manager).map(|s| (id, m, s)))
        .collect();
    out.sort_by_key(|(_, _, s)| *s == ReadingStatus::Done);
    out
}
