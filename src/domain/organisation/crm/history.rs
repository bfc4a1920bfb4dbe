//! O2 what the snapshots tell about each deal over time: the stages it was seen in, and how long it has sat in its
//! current one.
//!
//! **Days in stage** (the rule): a CRM export says where a deal is, not since when. A deal entered its current stage
//! on the day of the first snapshot of the unbroken run of snapshots that show it there; days in stage = the
//! snapshot's day − that day. When that run starts at the deal's first sighting and the deal was created earlier,
//! it has sat there *at least* that long (shown with «≥»).

use super::deal::Deal;
use super::snapshot::CrmSnapshot;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// One deal's sightings, oldest first: the snapshot's day and the deal as it was then.
pub type Sightings<'a> = Vec<(NaiveDate, &'a Deal)>;

/// Every deal's sightings across the snapshots (oldest first), keyed by the source and the CRM's id.
pub fn sightings<'a>(snapshots: &[&'a CrmSnapshot]) -> BTreeMap<(&'a str, &'a str), Sightings<'a>> {
    let mut out: BTreeMap<(&str, &str), Sightings> = BTreeMap::new();
    for s in snapshots {
        for d in &s.deals {
            out.entry((s.source.as_str(), d.id.as_str()))
                .or_default()
                .push((s.taken, d));
        }
    }
    for seen in out.values_mut() {
        seen.sort_by_key(|(day, _)| *day);
    }
    out
}

/// How long a deal has sat in its stage as of a snapshot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InStage {
    pub since: NaiveDate,
    pub days: i64,
    /// The run reaches back to the first snapshot there is: the deal may have sat there longer.
    pub at_least: bool,
}

/// Days in stage as of the sighting on `day` (the rule above).
pub fn in_stage(seen: &Sightings, day: NaiveDate) -> Option<InStage> {
    let upto = seen.iter().rposition(|(d, _)| *d == day)?;
    let stage = &seen[upto].1.stage;
    let mut start = upto;
    while start > 0 && seen[start - 1].1.stage == *stage {
        start -= 1;
    }
    let since = seen[start].0;
    // The run starts at the deal's first sighting and the deal existed before it: it may have sat in this stage
    // before any snapshot showed it.
    let at_least = start == 0 && seen[0].1.created < since;
    Some(InStage {
        since,
        days: (day - since).num_days(),
        at_least,
    })
}

/// The stages a deal was seen in, each with the day it was first seen there: its stage history as far as the
/// snapshots tell.
pub fn stage_history<'a>(seen: &Sightings<'a>) -> Vec<(NaiveDate, &'a str)> {
    let mut out: Vec<(NaiveDate, &str)> = Vec::new();
    for (day, deal) in seen {
        if out.last().is_none_or(|(_, s)| *s != deal.stage) {
            out.push((*day, deal.stage.as_str()));
        }
    }
    out
}
