//! A person's level in a skill, and the gaps the skills matrix shows.
//!
//! **The rule.** Results are evidence: each review or role-play scoring criteria tied to the skill (its points of
//! possible on those criteria), and each submitted, graded attempt at a test tied to the skill (its percent). The
//! level comes from the average percent of the person's last [`LAST_RESULTS`] results within [`WINDOW_DAYS`] days:
//! 90 % and above is 4, 75 % is 3, 60 % is 2, 40 % is 1, below that 0. The head's own mark wins when it is newer
//! than every one of those results (the head saw something the results do not show). No result and no mark: the
//! level is unknown, and a gap counts it as 0.
//!
//! **Gap** = required level for the person's role − level, when positive.

use crate::domain::core::date::add_days;
use crate::domain::core::record::RecordId;
use crate::domain::team::Manager;
use crate::domain::training::certification::{result, Attempt, CertTest, Verdict};
use crate::domain::training::review::{points_of, Points, Review};
use crate::domain::training::scorecard::Scorecard;
use crate::domain::training::skill::{skills, Skill, SkillMark};
use crate::domain::Dataset;
use chrono::NaiveDate;
use std::collections::BTreeMap;

pub const LAST_RESULTS: usize = 3;
pub const WINDOW_DAYS: i64 = 180;
/// Lowest average percent of each level 1..=4.
pub const THRESHOLDS: [u32; 4] = [40, 60, 75, 90];

/// Where a level comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Basis {
    /// The average of these results (date, percent).
    Results(Vec<(NaiveDate, u32)>),
    /// The head's mark of this day.
    Mark(NaiveDate),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Level {
    pub level: u8,
    pub basis: Basis,
}

/// The level for an average percent (see the module's thresholds).
pub fn level_of_percent(percent: u32) -> u8 {
    THRESHOLDS.iter().filter(|t| percent >= **t).count() as u8
}

/// Every dated result of one person as evidence per skill: (date, percent).
pub fn evidence(data: &Dataset, manager: RecordId) -> BTreeMap<RecordId, Vec<(NaiveDate, u32)>> {
    let mut out: BTreeMap<RecordId, Vec<(NaiveDate, u32)>> = BTreeMap::new();
    for r in data.live_records::<Review>() {
        let r = &r.data;
        if r.manager != manager {
            continue;
        }
        let Some(card) = data.live::<Scorecard>(r.scorecard) else {
            continue;
        };
        let mut per_skill: BTreeMap<RecordId, Points> = BTreeMap::new();
        for c in &card.data.criteria {
            let (Some(skill), Some(p)) =
                (c.skill, points_of(c, r.mark(c.id).and_then(|m| m.value)))
            else {
                continue;
            };
            per_skill.entry(skill).or_default().add(p);
        }
        for (skill, p) in per_skill {
            if let Some(pct) = p.percent() {
                out.entry(skill).or_default().push((r.date, pct));
            }
        }
    }
    for a in data.live_records::<Attempt>() {
        let a = &a.data;
        if a.manager != manager {
            continue;
        }
        let Some(test) = data.live::<CertTest>(a.test) else {
            continue;
        };
        let (Some(skill), Some(on)) = (test.data.skill, a.submitted) else {
            continue;
        };
        let r = result(&test.data, a);
        if matches!(r.verdict, Verdict::Passed | Verdict::Failed) {
            out.entry(skill).or_default().push((on, r.percent));
        }
    }
    for list in out.values_mut() {
        list.sort();
    }
    out
}

/// The level rule (see the module) for one skill, given the person's evidence for it and the head's latest mark.
pub fn level(
    evidence: &[(NaiveDate, u32)],
    mark: Option<(NaiveDate, u8)>,
    today: NaiveDate,
) -> Option<Level> {
    let from = add_days(today, -WINDOW_DAYS);
    let mut recent: Vec<(NaiveDate, u32)> = evidence
        .iter()
        .filter(|(d, _)| *d >= from && *d <= today)
        .copied()
        .collect();
    recent.sort();
    let last: Vec<(NaiveDate, u32)> = recent
        .iter()
        .rev()
        .take(LAST_RESULTS)
        .rev()
        .copied()
        .collect();
    let newest = last.last().map(|(d, _)| *d);
    if let Some((on, lvl)) = mark {
        if newest.is_none_or(|n| on > n) {
            return Some(Level {
                level: lvl,
                basis: Basis::Mark(on),
            });
        }
    }
    if last.is_empty() {
        return None;
    }
    let average = last.iter().map(|(_, p)| p).sum::<u32>() / last.len() as u32;
    Some(Level {
        level: level_of_percent(average),
        basis: Basis::Results(last),
    })
}

/// The head's latest mark of each skill for one person.
fn marks(data: &Dataset, manager: RecordId) -> BTreeMap<RecordId, (NaiveDate, u8)> {
    let mut out: BTreeMap<RecordId, (NaiveDate, u8)> = BTreeMap::new();
    let mut list: Vec<&SkillMark> = data
        .live_records::<SkillMark>()
        .map(|r| &r.data)
        .filter(|m| m.manager == manager)
        .collect();
    list.sort_by_key(|m| m.date);
    for m in list {
        out.insert(m.skill, (m.date, m.level));
    }
    out
}

/// One cell of the matrix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    pub skill: RecordId,
    pub required: u8,
    pub level: Option<Level>,
}

impl Cell {
    /// Required − actual, when positive (an unknown level counts as 0).
    pub fn gap(&self) -> u8 {
        let have = self.level.as_ref().map_or(0, |l| l.level);
        self.required.saturating_sub(have)
    }
}

/// One person's row: a cell per skill in model order.
pub fn row(data: &Dataset, manager: RecordId, person: &Manager, today: NaiveDate) -> Vec<Cell> {
    let evidence = evidence(data, manager);
    let marks = marks(data, manager);
    skills(data)
        .into_iter()
        .map(|(id, skill): (RecordId, &Skill)| Cell {
            skill: id,
            required: skill.required_of(person.role),
            level: level(
                evidence.get(&id).map(Vec::as_slice).unwrap_or(&[]),
                marks.get(&id).copied(),
                today,
            ),
        })
        .collect()
}
