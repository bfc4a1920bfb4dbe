//! A metric's stored settings, the department's catalog of metrics in order, and moving one up or down.

use super::*;
use crate::domain::core::dataset::{Dataset, Edit};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_optional_name, FieldProblem, Rule};
use serde::{Deserialize, Serialize};

use crate::domain::core::unit::Unit;

/// A metric's stored settings. For a built-in, only `name` (empty: the built-in name), `order` and `hidden` are
/// the user's; its unit and formula are the built-in's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricDef {
    pub name: String,
    pub unit: Unit,
    pub direction: Direction,
    pub order: u32,
    pub hidden: bool,
}

pub const METRIC_NAME_MAX: usize = 60;
/// A department does not need more metrics than fit on a screen; the cap keeps a hostile file small.
pub const MAX_METRICS: usize = 60;

impl MetricDef {
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_optional_name(&mut out, "name", &self.name, METRIC_NAME_MAX);
        if self.order > 10_000 {
            out.push(FieldProblem::new(
                "order",
                Rule::Range {
                    min: 0,
                    max: 10_000,
                },
            ));
        }
        out
    }

    pub fn builtin_default(b: Builtin) -> MetricDef {
        MetricDef {
            name: String::new(),
            unit: b.unit(),
            direction: Direction::HigherIsBetter,
            order: b as u32 * 10,
            hidden: false,
        }
    }
}

/// A metric as screens and formulas see it: stored choices over built-in facts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Metric {
    pub id: RecordId,
    pub builtin: Option<Builtin>,
    /// The user's name; empty for a built-in that was not renamed (the UI names it in the user's language).
    pub name: String,
    pub unit: Unit,
    pub direction: Direction,
    pub formula: Formula,
    pub order: u32,
    pub hidden: bool,
}

impl Metric {
    /// True when facts are entered for this metric (summed counts and scores); false when derived.
    pub fn is_entered(&self) -> bool {
        !matches!(self.formula, Formula::Ratio { .. })
    }

    /// True when a monthly plan of this metric is split over days and people (a sum), rather than a level.
    pub fn is_summed(&self) -> bool {
        self.formula == Formula::Summed
    }

    /// Its stored settings (what a rename or a hide changes).
    pub fn def(&self) -> MetricDef {
        MetricDef {
            name: self.name.clone(),
            unit: self.unit,
            direction: self.direction,
            order: self.order,
            hidden: self.hidden,
        }
    }
}

/// Moves the metric at `index` of the catalog one place up or down: it swaps places with its neighbour, and every
/// metric whose place changed gets order `10 × place` (equal orders, as two built-ins start with, cannot stick).
/// No edits at either end of the list.
pub fn move_metric(list: &[Metric], index: usize, up: bool) -> Vec<Edit> {
    let other = if up {
        index.checked_sub(1)
    } else {
        Some(index + 1)
    };
    let Some(other) = other.filter(|o| *o < list.len() && index < list.len()) else {
        return Vec::new();
    };
    let mut order: Vec<&Metric> = list.iter().collect();
    order.swap(index, other);
    order
        .iter()
        .enumerate()
        .map(|(place, m)| (place as u32 * 10, m))
        .filter(|(at, m)| m.order != *at)
        .map(|(at, m)| {
            Edit::put(
                m.id,
                MetricDef {
                    order: at,
                    ..m.def()
                },
            )
        })
        .collect()
}

/// The department's metrics in display order, hidden ones included (screens filter them).
pub fn catalog(data: &Dataset) -> Vec<Metric> {
    let mut out: Vec<Metric> = Builtin::ALL
        .into_iter()
        .map(|b| {
            let stored = data
                .metrics
                .get(&b.id())
                .filter(|r| !r.deleted)
                .map(|r| r.data.clone())
                .unwrap_or_else(|| MetricDef::builtin_default(b));
            Metric {
                id: b.id(),
                builtin: Some(b),
                name: stored.name,
                unit: b.unit(),
                direction: Direction::HigherIsBetter,
                formula: b.formula(),
                order: stored.order,
                hidden: stored.hidden,
            }
        })
        .collect();
    out.extend(
        data.metrics
            .values()
            .filter(|r| !r.deleted && Builtin::from_id(r.id).is_none())
            .map(|r| Metric {
                id: r.id,
                builtin: None,
                name: r.data.name.clone(),
                unit: if r.data.unit == Unit::Percent {
                    Unit::Count
                } else {
                    r.data.unit
                },
                direction: r.data.direction,
                formula: Formula::Summed,
                order: r.data.order,
                hidden: r.data.hidden,
            }),
    );
    out.sort_by(|a, b| a.order.cmp(&b.order).then(a.id.cmp(&b.id)));
    out
}
