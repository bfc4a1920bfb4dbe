//! M1 the month's payroll: every person's pay, the department's total and its share of payments received; closing
//! a month into frozen payslips, and the adjustments that bring later corrections into the next open month.
//!
//! - A closed month is read from its payslips, never recomputed for payment.
//! - An open month is computed from the scheme version in force, the facts and plans, absences and the calendar,
//!   the month's refunds and reduction, and what each person carried from the month before (the frozen payslip's
//!   carry, or the open month before it, computed in turn).
//! - Months close in order. The first open month after a closed one carries, per person, the difference between
//!   each closed month recomputed now and what was paid for it, less what earlier adjustments already brought.

mod closing;
mod compute;
mod context;
mod month;

use crate::domain::core::record::RecordId;
use crate::domain::motivation::pay::{Carry, Line};
use crate::domain::motivation::rate::Bp;
use chrono::NaiveDate;

pub use closing::{
    close_month, closed_months, first_open_month, new_version_month, save_scheme, VersionError,
};
pub(super) use compute::compute_month;
pub(super) use context::Ctx;
pub use month::payroll;
pub(super) use month::{open_month, payslips_of};

/// One person's pay for a month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonPay {
    pub manager: RecordId,
    pub month: NaiveDate,
    /// The scheme version in force; `None`: the person has no scheme and is paid nothing here.
    pub scheme: Option<RecordId>,
    pub lines: Vec<Line>,
    pub total: i64,
    pub carry: Carry,
    /// The day the month was closed, for a frozen payslip.
    pub closed: Option<NaiveDate>,
}

impl PersonPay {
    /// The fixed part: salary and adjustments of it.
    pub fn fixed(&self) -> i64 {
        self.lines
            .iter()
            .filter(|l| l.fixed)
            .map(|l| l.amount)
            .sum()
    }

    /// The variable part: every other line (commission, KPI, bands, pool, refunds, reductions, draws).
    pub fn variable(&self) -> i64 {
        self.lines
            .iter()
            .filter(|l| !l.fixed)
            .map(|l| l.amount)
            .sum()
    }
}

/// The department's payroll for a month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Payroll {
    pub month: NaiveDate,
    pub people: Vec<PersonPay>,
    /// The sum of every payslip.
    pub total: i64,
    /// Payments the department received in the month.
    pub payments: i64,
    pub closed: bool,
}

impl Payroll {
    /// The payroll as a share of payments received (the control figure of M1); `None` without payments.
    pub fn share_of_payments(&self) -> Option<Bp> {
        Bp::rounded_ratio(self.total, self.payments)
    }
}

/// Why a month cannot be closed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CloseError {
    #[error("the month is already closed")]
    AlreadyClosed,
    /// Months close in order: this one is not the next.
    #[error("close {0} first")]
    CloseEarlierFirst(NaiveDate),
    /// Before the first closed month and never closed: closing it now would change what later months carried.
    #[error("the month is before the closed ones")]
    BeforeClosed,
    #[error("the month has not started")]
    NotStarted,
}
