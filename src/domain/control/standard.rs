//! C3 the department's standards and rules (CRM rules, the call standard, a dress code…) in versions with the day
//! each takes effect, and who has acknowledged the version in force (*ознакомлен*, with the date). Discipline
//! rests on rules people have read.

use crate::domain::core::dataset::StoreName;
use crate::domain::core::ids::derived;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{
    check_count, check_len, check_name, check_part, check_text, FieldProblem, Rule,
};
use crate::domain::Dataset;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StandardVersion {
    /// 1, 2, 3…
    pub number: u16,
    #[serde(with = "crate::domain::core::date")]
    pub effective: NaiveDate,
    pub text: String,
    /// What changed.
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Standard {
    pub title: String,
    /// Oldest first; numbers rise.
    pub versions: Vec<StandardVersion>,
}

pub const TITLE_MAX: usize = 200;
pub const TEXT_MAX: usize = 20_000;
pub const NOTE_MAX: usize = 1_000;
pub const VERSIONS_MAX: usize = 50;

impl Standard {
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_name(&mut out, "title", &self.title, TITLE_MAX);
        check_count(
            &mut out,
            "versions".into(),
            self.versions.len(),
            VERSIONS_MAX,
        );
        for (i, v) in self.versions.iter().enumerate() {
            check_part(&mut out, &format!("versions[{i}]"), |one| {
                check_text(one, "text", &v.text, TEXT_MAX);
                check_len(one, "note", &v.note, NOTE_MAX);
            });
        }
        if self
            .versions
            .windows(2)
            .any(|w| w[1].number <= w[0].number || w[1].effective < w[0].effective)
        {
            out.push(FieldProblem::new("versions", Rule::NotAscending));
        }
        out
    }

    /// The version in force on `day`: the newest that took effect by then.
    pub fn in_force(&self, day: NaiveDate) -> Option<&StandardVersion> {
        self.versions.iter().rev().find(|v| v.effective <= day)
    }

    /// A version to come (effective after `day`), if one is planned.
    pub fn upcoming(&self, day: NaiveDate) -> Option<&StandardVersion> {
        self.versions.iter().find(|v| v.effective > day)
    }

    /// Adds a new version (numbered after the last), effective from `effective`, which may not precede the last
    /// version's day.
    pub fn with_version(&self, effective: NaiveDate, text: &str, note: &str) -> Standard {
        let mut next = self.clone();
        next.versions.push(StandardVersion {
            number: self.versions.last().map_or(1, |v| v.number + 1),
            effective,
            text: text.to_string(),
            note: note.trim().to_string(),
        });
        next
    }
}

impl Related for Standard {}

/// A person has read a version. One record per standard, version and person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Acknowledgement {
    pub standard: RecordId,
    pub version: u16,
    pub manager: RecordId,
    #[serde(with = "crate::domain::core::date")]
    pub date: NaiveDate,
}

impl Acknowledgement {
    pub fn id_for(standard: RecordId, version: u16, manager: RecordId) -> RecordId {
        derived(
            "acknowledgement",
            &[
                &standard.to_string(),
                &version.to_string(),
                &manager.to_string(),
            ],
        )
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        Vec::new()
    }
}

impl Related for Acknowledgement {
    fn derived_id(&self) -> Option<RecordId> {
        Some(Acknowledgement::id_for(
            self.standard,
            self.version,
            self.manager,
        ))
    }

    fn links(&self) -> Vec<Link> {
        vec![
            Link::to("standard", StoreName::Standards, self.standard),
            Link::to("manager", StoreName::Managers, self.manager),
        ]
    }
}

/// Standards by title.
pub fn standards(data: &Dataset) -> Vec<(RecordId, &Standard)> {
    let mut out: Vec<(RecordId, &Standard)> = data
        .live_records::<Standard>()
        .map(|r| (r.id, &r.data))
        .collect();
    out.sort_by(|a, b| a.1.title.cmp(&b.1.title).then(a.0.cmp(&b.0)));
    out
}

/// When `manager` acknowledged `version` of `standard`.
pub fn acknowledged(
    data: &Dataset,
    standard: RecordId,
    version: u16,
    manager: RecordId,
) -> Option<NaiveDate> {
    data.live::<Acknowledgement>(Acknowledgement::id_for(standard, version, manager))
        .map(|a| a.data.date)
}

/// Active people who have not acknowledged the version in force on `today`, by name.
pub fn not_acknowledged(data: &Dataset, standard: RecordId, today: NaiveDate) -> Vec<RecordId> {
    let Some(s) = data.live::<Standard>(standard) else {
        return Vec::new();
    };
    let Some(v) = s.data.in_force(today) else {
        return Vec::new();
    };
    let mut out: Vec<(String, RecordId)> = data
        .live_records::<crate::domain::Manager>()
        .filter(|m| m.data.is_active())
        .filter(|m| acknowledged(data, standard, v.number, m.id).is_none())
        .map(|m| (m.data.full_name.clone(), m.id))
        .collect();
    out.sort();
    out.into_iter().map(|(_, id)| id).collect()
}

/// Standards whose version in force `manager` has not acknowledged.
pub fn pending_for(data: &Dataset, manager: RecordId, today: NaiveDate) -> Vec<(RecordId, u16)> {
    standards(data)
        .into_iter()
        .filter_map(|(id, s)| {
            let v = s.in_force(today)?;
            acknowledged(data, id, v.number, manager)
                .is_none()
                .then_some((id, v.number))
        })
        .collect()
}
