//! The parts of CRM hygiene: each check's count and failures, the faults a deal can have and the list to fix.

use crate::domain::organisation::crm::deal::{CrmTask, Deal};
use crate::domain::organisation::crm::snapshot::Required;
use crate::domain::RecordId;
use chrono::NaiveDate;

/// Lost deals closed within this many days up to the snapshot are checked for a reason.
pub const LOST_WINDOW_DAYS: i64 = 30;

/// One kind of check: how many were made and how many failed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Check {
    pub made: u32,
    pub failed: u32,
}

impl Check {
    pub(super) fn add(&mut self, failed: bool) {
        self.made += 1;
        self.failed += failed as u32;
    }

    pub(super) fn plus(self, other: Check) -> Check {
        Check {
            made: self.made + other.made,
            failed: self.failed + other.failed,
        }
    }
}

/// The parts of a hygiene score.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Parts {
    pub open: u32,
    pub limit: u32,
    /// Open deals above the limit; each is a failed check.
    pub over_limit: u32,
    pub next_task: Check,
    pub overdue: Check,
    pub stuck: Check,
    pub complete: Check,
    pub lost_reason: Check,
}

impl Parts {
    /// Every check made and failed, the limit's excess included.
    pub fn total(&self) -> Check {
        [
            self.next_task,
            self.overdue,
            self.stuck,
            self.complete,
            self.lost_reason,
        ]
        .into_iter()
        .fold(
            Check {
                made: self.over_limit,
                failed: self.over_limit,
            },
            Check::plus,
        )
    }

    /// The hygiene score in percent, rounded half up; `None` when nothing could be checked.
    pub fn score(&self) -> Option<u32> {
        let t = self.total();
        (t.made > 0).then(|| {
            let passed = (t.made - t.failed) as u64;
            ((passed * 200 + t.made as u64) / (2 * t.made as u64)) as u32
        })
    }

    pub fn plus(self, o: Parts) -> Parts {
        Parts {
            open: self.open + o.open,
            limit: self.limit + o.limit,
            over_limit: self.over_limit + o.over_limit,
            next_task: self.next_task.plus(o.next_task),
            overdue: self.overdue.plus(o.overdue),
            stuck: self.stuck.plus(o.stuck),
            complete: self.complete.plus(o.complete),
            lost_reason: self.lost_reason.plus(o.lost_reason),
        }
    }
}

/// What is wrong with one deal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    NoTask,
    /// Its next task's day has passed (the deal export's column, when there is no task export).
    TaskOverdue(NaiveDate),
    Stuck {
        days: i64,
        norm: u16,
        at_least: bool,
    },
    /// The required fields left empty, by name.
    Incomplete(Vec<Required>),
    LostNoReason,
}

/// A deal to fix, with everything wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToFix<'a> {
    pub deal: &'a Deal,
    pub faults: Vec<Fault>,
}

/// One person's hygiene as of a snapshot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hygiene<'a> {
    pub manager: RecordId,
    pub parts: Parts,
    pub deals: Vec<ToFix<'a>>,
    /// Overdue tasks from the task export.
    pub overdue: Vec<&'a CrmTask>,
}
