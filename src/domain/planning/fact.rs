//! P1/C1 facts: what each manager did on each day, one record per manager and day holding every entered metric.
//! The id is derived from the manager and the date, so the same day entered on two devices is one record.

use crate::domain::core::dataset::{Edit, StoreName};
use crate::domain::core::ids::derived;
use crate::domain::core::links::check_limit;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{FieldProblem, Rule};
use crate::domain::planning::metric::Unit;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DayFacts {
    pub manager: RecordId,
    #[serde(with = "crate::domain::core::date")]
    pub date: NaiveDate,
    /// Metric id → value in the metric's minor unit. A metric absent here was not entered (not the same as 0).
    #[serde(with = "crate::domain::planning::metric::key::map")]
    pub values: BTreeMap<RecordId, i64>,
}

/// The largest daily value of any metric (ten billion roubles in kopecks); above it a value is a typo.
pub const FACT_MAX: i64 = crate::domain::core::unit::MONEY_DAY_MAX;

impl DayFacts {
    pub fn id_for(manager: RecordId, date: NaiveDate) -> RecordId {
        derived("facts", &[&manager.to_string(), &date.to_string()])
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        // Each value's limit depends on its metric's unit: see `unit_problems`.
        let mut out = Vec::new();
        if self.values.len() > crate::domain::planning::metric::MAX_METRICS {
            out.push(FieldProblem::new(
                "values",
                Rule::TooLong {
                    max: crate::domain::planning::metric::MAX_METRICS,
                    len: self.values.len(),
                },
            ));
        }
        out
    }
}

/// A person's value of `metric` on `day` as entered (`None`: not entered, which is not 0).
pub fn value_of(
    data: &crate::domain::Dataset,
    manager: RecordId,
    day: NaiveDate,
    metric: RecordId,
) -> Option<i64> {
    data.live::<DayFacts>(DayFacts::id_for(manager, day))
        .and_then(|r| r.data.values.get(&metric).copied())
}

/// One cell of the facts grid set to `value` (`None` clears it): the person's day as it was, which an undo puts back
/// ([`put_back`]), and the edit; `None` when the cell already holds that value. The other metrics of the day stay
/// as they are.
pub fn set_value(
    data: &crate::domain::Dataset,
    manager: RecordId,
    day: NaiveDate,
    metric: RecordId,
    value: Option<i64>,
) -> Option<(DayFacts, Edit)> {
    if value_of(data, manager, day, metric) == value {
        return None;
    }
    let before = data
        .live::<DayFacts>(DayFacts::id_for(manager, day))
        .map(|r| r.data.clone())
        .unwrap_or(DayFacts {
            manager,
            date: day,
            values: BTreeMap::new(),
        });
    let mut after = before.clone();
    match value {
        Some(v) => after.values.insert(metric, v),
        None => after.values.remove(&metric),
    };
    Some((before, Edit::derived(after)))
}

/// The edit an undo makes: the person's day exactly as it was before a change.
pub fn put_back(before: DayFacts) -> Edit {
    Edit::derived(before)
}

/// The department's totals of one day, per metric: the facts grid's bottom row. Entered values only (a ratio is
/// computed from summed parts elsewhere).
pub fn day_totals(data: &crate::domain::Dataset, day: NaiveDate) -> BTreeMap<RecordId, i64> {
    let mut totals: BTreeMap<RecordId, i64> = BTreeMap::new();
    for r in data
        .live_records::<DayFacts>()
        .filter(|r| r.data.date == day)
    {
        for (metric, value) in &r.data.values {
            let t = totals.entry(*metric).or_default();
            *t = t.saturating_add(*value);
        }
    }
    totals
}

impl Related for DayFacts {
    fn derived_id(&self) -> Option<RecordId> {
        Some(DayFacts::id_for(self.manager, self.date))
    }

    fn links(&self) -> Vec<Link> {
        let mut out = vec![Link::to("manager", StoreName::Managers, self.manager)];
        out.extend(
            self.values
                .keys()
                .filter_map(|m| crate::domain::planning::metric::metric_link("values", *m)),
        );
        out
    }

    /// Each value within its unit's daily limit (a day has 1 440 minutes, a score is at most 100.00).
    fn unit_problems(&self, unit: &dyn Fn(RecordId) -> Option<Unit>) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        for (metric, value) in &self.values {
            if let Some(u) = unit(*metric) {
                check_limit(&mut out, "values", *value, u.day_max());
            }
        }
        out.dedup();
        out
    }
}
