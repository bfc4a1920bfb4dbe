//! P1/C1 facts: what each manager did on each day, one record per manager and day holding every entered metric.
//! The id is derived from the manager and the date, so the same day entered on two devices is one record.

use super::ids::derived;
use super::record::RecordId;
use super::rules::{FieldProblem, Rule};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DayFacts {
    pub manager: RecordId,
    pub date: NaiveDate,
    /// Metric id → value in the metric's minor unit. A metric absent here was not entered (not the same as 0).
    #[serde(with = "super::metric::key::map")]
    pub values: BTreeMap<RecordId, i64>,
}

/// The largest daily value of any metric (ten billion roubles in kopecks); above it a value is a typo.
pub const FACT_MAX: i64 = 1_000_000_000_000;

impl DayFacts {
    pub fn id_for(manager: RecordId, date: NaiveDate) -> RecordId {
        derived("facts", &[&manager.to_string(), &date.to_string()])
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        if self.values.values().any(|v| !(0..=FACT_MAX).contains(v)) {
            out.push(FieldProblem::new(
                "values",
                Rule::Range {
                    min: 0,
                    max: FACT_MAX,
                },
            ));
        }
        if self.values.len() > super::metric::MAX_METRICS {
            out.push(FieldProblem::new(
                "values",
                Rule::TooLong {
                    max: super::metric::MAX_METRICS,
                    len: self.values.len(),
                },
            ));
        }
        out
    }
}
