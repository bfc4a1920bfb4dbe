//! The scheme in force for a person in a month, and each person's history of schemes.

use super::*;
use crate::domain::core::dataset::Dataset;
use crate::domain::core::record::{Record, RecordId};
use crate::domain::team::Manager;
use chrono::NaiveDate;

/// The scheme in force for a person in `month`: their own newest version from that month or before, else their
/// role's. Two versions from the same month (written on two devices) are told apart by id, so every device picks
/// the same one.
pub fn in_force<'a>(
    data: &'a Dataset,
    id: RecordId,
    manager: &Manager,
    month: NaiveDate,
) -> Option<&'a Record<PayScheme>> {
    let newest = |personal: bool| {
        data.live_records::<PayScheme>()
            .filter(|r| r.data.from <= month && r.data.applies_to(id, manager))
            .filter(|r| matches!(r.data.applies, Applies::Person { .. }) == personal)
            .max_by_key(|r| (r.data.from, r.id))
    };
    newest(true).or_else(|| newest(false))
}

/// One scheme's history: whom it applies to, and its versions newest first, each saying whether it is the one in
/// force in the month asked about (the newest from that month or before; two from one month told apart by id, as
/// [`in_force`] does).
#[derive(Clone, Debug, PartialEq)]
pub struct History {
    pub applies: Applies,
    pub versions: Vec<(RecordId, PayScheme, bool)>,
}

/// Every scheme's history on `month`: the roles' schemes in the order of the roles, then the people's.
pub fn histories(data: &Dataset, month: NaiveDate) -> Vec<History> {
    let key = |a: &Applies| match a {
        Applies::Role { role } => (0, Some(*role), None),
        Applies::Person { manager } => (1, None, Some(*manager)),
    };
    let mut all: Vec<&Record<PayScheme>> = data.live_records::<PayScheme>().collect();
    all.sort_by(|a, b| {
        key(&a.data.applies)
            .cmp(&key(&b.data.applies))
            .then((b.data.from, b.id).cmp(&(a.data.from, a.id)))
    });
    let mut out: Vec<History> = Vec::new();
    for r in all {
        if out.last().is_none_or(|h| h.applies != r.data.applies) {
            out.push(History {
                applies: r.data.applies,
                versions: Vec::new(),
            });
        }
        let h = out.last_mut().expect("pushed above");
        let in_force = r.data.from <= month && h.versions.iter().all(|v| v.1.from > month);
        h.versions.push((r.id, r.data.clone(), in_force));
    }
    out
}
