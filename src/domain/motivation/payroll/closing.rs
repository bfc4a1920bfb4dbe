//! Closing months in order into frozen payslips, the months closed and open, and where a scheme's new version
//! starts.

use super::month::payroll;
use super::CloseError;
use crate::domain::core::dataset::{Dataset, Edit};
use crate::domain::core::date::{add_months, month_start};
use crate::domain::core::record::RecordId;
use crate::domain::motivation::payslip::Payslip;
use crate::domain::motivation::scheme::PayScheme;
use chrono::NaiveDate;

/// The months that are closed: those with payslips.
pub fn closed_months(data: &Dataset) -> Vec<NaiveDate> {
    let mut months: Vec<NaiveDate> = data
        .live_records::<Payslip>()
        .map(|r| r.data.month)
        .collect();
    months.sort();
    months.dedup();
    months
}

/// The first month after the last closed one (months close in order), if any was closed.
pub fn first_open_month(data: &Dataset) -> Option<NaiveDate> {
    closed_months(data).last().map(|m| add_months(*m, 1))
}

/// The month a new scheme version starts in: the first open month, or this month when none was ever closed.
pub fn new_version_month(data: &Dataset, today: NaiveDate) -> NaiveDate {
    first_open_month(data).unwrap_or_else(|| month_start(today))
}

/// Why a drafted scheme cannot be saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum VersionError {
    /// It would start in a closed month, whose payslips are frozen with the version that was in force then.
    #[error("the scheme would start in a closed month; the first open one is {first_open}")]
    ClosedMonth { first_open: NaiveDate },
}

/// Saves a scheme drafted from the stored version `base` (or from nothing): a version whose first month is still
/// open is corrected in place; a draft from another month is a new version under `new_id`, and the versions before
/// it stay, so every month keeps the version it was computed with. A closed month never gets another scheme.
/// Returns the version's id with the edit.
pub fn save_scheme(
    data: &Dataset,
    base: Option<RecordId>,
    draft: PayScheme,
    new_id: RecordId,
) -> Result<(RecordId, Edit), VersionError> {
    if let Some(first_open) = first_open_month(data) {
        if draft.from < first_open {
            return Err(VersionError::ClosedMonth { first_open });
        }
    }
    let same_version = base
        .and_then(|id| data.live::<PayScheme>(id))
        .filter(|r| r.data.from == draft.from && r.data.applies == draft.applies)
        .map(|r| r.id);
    let id = same_version.unwrap_or(new_id);
    Ok((id, Edit::put(id, draft)))
}

/// Closes `month`: every person's payslip, frozen. Months close in order, and only once they have started.
pub fn close_month(
    data: &Dataset,
    month: NaiveDate,
    today: NaiveDate,
) -> Result<Vec<Edit>, CloseError> {
    let month = month_start(month);
    let closed = closed_months(data);
    if closed.contains(&month) {
        return Err(CloseError::AlreadyClosed);
    }
    if let Some(next) = first_open_month(data) {
        if month < next {
            return Err(CloseError::BeforeClosed);
        }
        if month > next {
            return Err(CloseError::CloseEarlierFirst(next));
        }
    }
    if month > month_start(today) {
        return Err(CloseError::NotStarted);
    }
    Ok(payroll(data, month)
        .people
        .into_iter()
        .filter(|p| p.scheme.is_some())
        .map(|p| {
            Edit::derived(Payslip {
                manager: p.manager,
                month,
                scheme: p.scheme,
                total: p.total,
                lines: p.lines,
                carry: p.carry,
                closed: today,
            })
        })
        .collect())
}
