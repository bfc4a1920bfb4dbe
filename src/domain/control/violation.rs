//! C3 discipline: a register of violations per person and period. Most are found, not typed:
//! - **lateness and absence** from meeting attendance (an absence covered by a vacation, sick leave or other
//!   recorded absence is excused, not a violation);
//! - **CRM**: a person's hygiene score on a snapshot below [`HYGIENE_BAR`] % ([`crate::domain::organisation::crm::hygiene`]);
//! - **missed report**: a working day (the person not absent) that has passed with no facts entered for them, in a
//!   department that enters facts.
//!
//! The head confirms one (with a warning, a bonus reduction, or neither), dismisses it, or writes one by hand
//! (a breach of a standard, anything else). A violation carries no pay: the bonus reduction decided for it is a
//! personal record of its own ([`crate::domain::motivation::reduction::decide`]), so the register may go to the
//! meeting room while the reduction stays with the head. A confirmed or dismissed one is a record whose id comes
//! from where it was found, so two devices confirming the same lateness make one record.

use crate::domain::core::calendar::WorkCalendar;
use crate::domain::core::dataset::StoreName;
use crate::domain::core::date::add_days;
use crate::domain::core::ids::derived;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_len, FieldProblem, Rule};
use crate::domain::organisation::crm::hygiene::Context;
use crate::domain::organisation::crm::snapshot::deal_snapshots;
use crate::domain::organisation::meeting::Meeting;
use crate::domain::organisation::protocol::{Attendance, Presence};
use crate::domain::planning::fact::DayFacts;
use crate::domain::planning::split::available_days;
use crate::domain::Dataset;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A hygiene score below this is a CRM violation.
pub const HYGIENE_BAR: u32 = 80;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ViolationKind {
    Lateness,
    Absence,
    Crm,
    Standard,
    MissedReport,
    Other,
}

impl ViolationKind {
    pub const ALL: [ViolationKind; 6] = [
        ViolationKind::Lateness,
        ViolationKind::Absence,
        ViolationKind::Crm,
        ViolationKind::Standard,
        ViolationKind::MissedReport,
        ViolationKind::Other,
    ];
}

/// Where a violation was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// A meeting attendance record (late or absent).
    Attendance(RecordId),
    /// The CRM snapshot of that day.
    Hygiene(#[serde(with = "crate::domain::core::date")] NaiveDate),
    /// The day without a report.
    Report(#[serde(with = "crate::domain::core::date")] NaiveDate),
}

/// What the head decided about a violation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Noted; counts.
    Noted,
    /// A warning given (*замечание*); counts.
    Warning,
    /// Waived: a valid reason. Does not count.
    Dismissed,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Violation {
    pub manager: RecordId,
    #[serde(with = "crate::domain::core::date")]
    pub date: NaiveDate,
    pub kind: ViolationKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
    /// The standard breached, for a breach of one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standard: Option<RecordId>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    pub decision: Decision,
}

pub const NOTE_MAX: usize = 1_000;

impl Violation {
    pub fn id_for(manager: RecordId, origin: Origin) -> RecordId {
        let key = match origin {
            Origin::Attendance(id) => format!("attendance {id}"),
            Origin::Hygiene(d) => format!("hygiene {d}"),
            Origin::Report(d) => format!("report {d}"),
        };
        derived("violation", &[&manager.to_string(), &key])
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_len(&mut out, "note", &self.note, NOTE_MAX);
        if self.kind != ViolationKind::Standard && self.standard.is_some() {
            out.push(FieldProblem::new("standard", Rule::Duplicate));
        }
        out
    }

    /// It counts in the register (not dismissed).
    pub fn counts(&self) -> bool {
        self.decision != Decision::Dismissed
    }
}

impl Related for Violation {
    fn derived_id(&self) -> Option<RecordId> {
        self.origin.map(|o| Violation::id_for(self.manager, o))
    }

    fn links(&self) -> Vec<Link> {
        let mut out = vec![Link::to("manager", StoreName::Managers, self.manager)];
        if let Some(s) = self.standard {
            out.push(Link::to("standard", StoreName::Standards, s));
        }
        if let Some(Origin::Attendance(a)) = self.origin {
            out.push(Link::to("origin", StoreName::Attendance, a));
        }
        out
    }
}

/// A violation in the register: found (and perhaps decided), or written by hand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The stored record, once the head decided or wrote it.
    pub id: Option<RecordId>,
    pub violation: Violation,
    /// For a CRM one: the score and the failed checks it came from.
    pub hygiene: Option<(u32, u32)>,
}

/// Everything found over `from..=to` (up to `today`, since a report is missed only once its day has passed),
/// merged with the stored decisions, and the violations written by hand; oldest first.
pub fn register(
    data: &Dataset,
    calendar: &WorkCalendar,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
) -> Vec<Entry> {
    let mut found: Vec<(Violation, Option<(u32, u32)>)> = Vec::new();
    let blank = |manager, date, kind, origin| Violation {
        manager,
        date,
        kind,
        origin: Some(origin),
        standard: None,
        note: String::new(),
        decision: Decision::Noted,
    };
    // Attendance at meetings held in the period.
    let held: BTreeMap<RecordId, &Meeting> = data
        .live_records::<Meeting>()
        .filter(|r| r.data.started.is_some() && (from..=to).contains(&r.data.date))
        .map(|r| (r.id, &r.data))
        .collect();
    for r in data.live_records::<Attendance>() {
        let Some(meeting) = held.get(&r.data.meeting) else {
            continue;
        };
        let a = &r.data;
        let kind = match a.presence {
            Presence::Present => continue,
            Presence::Late => ViolationKind::Lateness,
            Presence::Absent => {
                let excused = data
                    .absences_of(a.manager)
                    .iter()
                    .any(|x| x.data.covers(meeting.date));
                if excused {
                    continue;
                }
                ViolationKind::Absence
            }
        };
        let mut v = blank(a.manager, meeting.date, kind, Origin::Attendance(r.id));
        v.note = a.reason.clone();
        found.push((v, None));
    }
    // CRM hygiene on each snapshot of the period.
    let all = deal_snapshots(data);
    for s in all.iter().filter(|s| (from..=to).contains(&s.taken)) {
        let ctx = Context::of(data, s, &all);
        for h in ctx.department(data).0 {
            if let Some(score) = h.parts.score().filter(|s| *s < HYGIENE_BAR) {
                found.push((
                    blank(
                        h.manager,
                        s.taken,
                        ViolationKind::Crm,
                        Origin::Hygiene(s.taken),
                    ),
                    Some((score, h.parts.total().failed)),
                ));
            }
        }
    }
    // Days without a report, where the department reports at all.
    let last = to.min(add_days(today, -1));
    let reports = data
        .live_records::<DayFacts>()
        .any(|r| (from..=last).contains(&r.data.date));
    if reports {
        for m in data.managers_by_name() {
            for day in available_days(data, calendar, m.id, &m.data, from, last) {
                if data.live::<DayFacts>(DayFacts::id_for(m.id, day)).is_none() {
                    found.push((
                        blank(m.id, day, ViolationKind::MissedReport, Origin::Report(day)),
                        None,
                    ));
                }
            }
        }
    }
    let mut out: Vec<Entry> = found
        .into_iter()
        .map(|(v, hygiene)| {
            let id = Violation::id_for(v.manager, v.origin.expect("found ones have an origin"));
            match data.live::<Violation>(id) {
                Some(stored) => Entry {
                    id: Some(id),
                    violation: stored.data.clone(),
                    hygiene,
                },
                None => Entry {
                    id: None,
                    violation: v,
                    hygiene,
                },
            }
        })
        .collect();
    out.extend(
        data.live_records::<Violation>()
            .filter(|r| r.data.origin.is_none() && (from..=to).contains(&r.data.date))
            .map(|r| Entry {
                id: Some(r.id),
                violation: r.data.clone(),
                hygiene: None,
            }),
    );
    out.sort_by(|a, b| {
        (a.violation.date, a.violation.manager, a.violation.kind).cmp(&(
            b.violation.date,
            b.violation.manager,
            b.violation.kind,
        ))
    });
    out
}

/// Counts per person: violations that count, by kind, and warnings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub by_kind: BTreeMap<ViolationKind, u32>,
    pub warnings: u32,
}

impl Counts {
    pub fn total(&self) -> u32 {
        self.by_kind.values().sum()
    }
}

pub fn counts(entries: &[Entry]) -> BTreeMap<RecordId, Counts> {
    let mut out: BTreeMap<RecordId, Counts> = BTreeMap::new();
    for e in entries.iter().filter(|e| e.violation.counts()) {
        let c = out.entry(e.violation.manager).or_default();
        *c.by_kind.entry(e.violation.kind).or_default() += 1;
        c.warnings += (e.violation.decision == Decision::Warning) as u32;
    }
    out
}
