//! P1 metrics: what is planned and counted. Built-in metrics have fixed ids on every device; the head can rename,
//! hide and reorder them (a record with the built-in's id keeps those choices) and add metrics of their own.
//!
//! Values are integers in the metric's minor unit: kopecks for money, hundredths for scores, whole numbers
//! otherwise. Derived metrics are never stored: they are computed from summed parts (a ratio of sums, never an
//! average of daily ratios).

use crate::domain::core::dataset::{Dataset, Edit};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_optional_name, FieldProblem, Rule};
use serde::{Deserialize, Serialize};

pub use crate::domain::core::unit::Unit;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    HigherIsBetter,
    LowerIsBetter,
}

/// The metrics the duties name (P1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Builtin {
    Leads,
    Calls,
    Minutes,
    Deals,
    Payments,
    AverageCheck,
    Conversion,
    TasksDone,
    TaskQuality,
}

/// How a metric's value over a period comes about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Formula {
    /// Entered daily; a period's value is the sum.
    Summed,
    /// Derived: Σ numerator / Σ denominator (× 100 when the unit is percent).
    Ratio { num: Builtin, den: Builtin },
    /// Entered daily as a level (a score); a period's value is the mean weighted by another summed metric
    /// (Σ score × tasks / Σ tasks), so a day with one task does not weigh as much as a day with twenty.
    WeightedMean { weight: Builtin },
}

impl Builtin {
    pub const ALL: [Builtin; 9] = [
        Builtin::Leads,
        Builtin::Calls,
        Builtin::Minutes,
        Builtin::Deals,
        Builtin::Payments,
        Builtin::AverageCheck,
        Builtin::Conversion,
        Builtin::TasksDone,
        Builtin::TaskQuality,
    ];

    /// Fixed, so that two devices' built-ins are one record.
    pub fn id(self) -> RecordId {
        uuid::Uuid::from_u128(0x0000_0000_0000_4000_8000_3e7a_1c00_0000 + self as u128 + 1)
    }

    /// The name files use for it (see [`key`]).
    pub fn key(self) -> &'static str {
        match self {
            Builtin::Leads => "leads",
            Builtin::Calls => "calls",
            Builtin::Minutes => "minutes",
            Builtin::Deals => "deals",
            Builtin::Payments => "payments",
            Builtin::AverageCheck => "average_check",
            Builtin::Conversion => "conversion",
            Builtin::TasksDone => "tasks_done",
            Builtin::TaskQuality => "task_quality",
        }
    }

    pub fn from_id(id: RecordId) -> Option<Builtin> {
        Builtin::ALL.into_iter().find(|b| b.id() == id)
    }

    pub fn unit(self) -> Unit {
        match self {
            Builtin::Leads | Builtin::Calls | Builtin::Deals | Builtin::TasksDone => Unit::Count,
            Builtin::Minutes => Unit::Minutes,
            Builtin::Payments | Builtin::AverageCheck => Unit::Money,
            Builtin::Conversion => Unit::Percent,
            Builtin::TaskQuality => Unit::Score,
        }
    }

    pub fn formula(self) -> Formula {
        match self {
            // Average check = payments received / number of paid deals.
            Builtin::AverageCheck => Formula::Ratio {
                num: Builtin::Payments,
                den: Builtin::Deals,
            },
            // Conversion = deals / leads.
            Builtin::Conversion => Formula::Ratio {
                num: Builtin::Deals,
                den: Builtin::Leads,
            },
            Builtin::TaskQuality => Formula::WeightedMean {
                weight: Builtin::TasksDone,
            },
            _ => Formula::Summed,
        }
    }
}

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

/// Why a typed value is not a metric value.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize,
)]
pub enum ValueError {
    #[error("not a number")]
    NotANumber,
    #[error("negative")]
    Negative,
    #[error("more decimal places than the unit has")]
    TooPrecise,
    #[error("too large")]
    TooLarge,
}

/// Reads a value as people type it or as Excel exports it: spaces (also non-breaking) between thousands, a comma
/// or a point as the decimal mark, an optional currency sign. Empty text is `Ok(None)` (nothing entered).
/// Returns the value in the unit's minor units (kopecks, hundredths of a score).
pub fn parse_value(unit: Unit, text: &str) -> Result<Option<i64>, ValueError> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '₽' | '\u{202f}'))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    if cleaned.is_empty() {
        return Ok(None);
    }
    if cleaned.starts_with('-') || cleaned.starts_with('−') {
        return Err(ValueError::Negative);
    }
    let (whole, frac) = match cleaned.split_once('.') {
        Some((w, f)) => (w, f),
        None => (cleaned.as_str(), ""),
    };
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !(digits(whole) || (whole.is_empty() && digits(frac))) || (!frac.is_empty() && !digits(frac))
    {
        return Err(ValueError::NotANumber);
    }
    let places = match unit.scale() {
        100 => 2,
        _ => 0,
    };
    if frac.trim_end_matches('0').len() > places {
        return Err(ValueError::TooPrecise);
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| ValueError::TooLarge)?
    };
    let mut frac_value: i64 = 0;
    for i in 0..places {
        let d = frac
            .as_bytes()
            .get(i)
            .map(|b| (b - b'0') as i64)
            .unwrap_or(0);
        frac_value = frac_value * 10 + d;
    }
    let value = whole
        .checked_mul(unit.scale())
        .and_then(|v| v.checked_add(frac_value))
        .ok_or(ValueError::TooLarge)?;
    if value > crate::domain::planning::fact::FACT_MAX {
        return Err(ValueError::TooLarge);
    }
    Ok(Some(value))
}

/// How metric ids are written in files and in the database: a built-in by its name (`"payments"`), a custom metric
/// by its UUID. A day's facts name up to a dozen metrics, so this keeps a large department's export file a third
/// smaller and readable; in memory every metric is its id.
pub mod key {
    use super::Builtin;
    use crate::domain::core::record::RecordId;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::collections::BTreeMap;

    fn name(id: &RecordId) -> Option<&'static str> {
        Builtin::from_id(*id).map(|b| b.key())
    }

    fn parse(text: &str) -> Option<RecordId> {
        Builtin::ALL
            .into_iter()
            .find(|b| b.key() == text)
            .map(Builtin::id)
            .or_else(|| text.parse().ok())
    }

    fn checked(text: &str) -> Result<RecordId, String> {
        parse(text).ok_or_else(|| format!("unknown metric `{text}`"))
    }

    /// For a single metric id field.
    pub fn serialize<S: Serializer>(id: &RecordId, s: S) -> Result<S::Ok, S::Error> {
        match name(id) {
            Some(n) => s.serialize_str(n),
            None => id.serialize(s),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<RecordId, D::Error> {
        crate::domain::core::text::parsed(d, checked)
    }

    /// For an optional metric id field.
    pub mod option {
        use super::*;

        pub fn serialize<S: Serializer>(id: &Option<RecordId>, s: S) -> Result<S::Ok, S::Error> {
            match id {
                Some(id) => super::serialize(id, s),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<RecordId>, D::Error> {
            crate::domain::core::text::parsed_option(d, checked)
        }
    }

    /// For a map keyed by metric id.
    pub mod map {
        use super::*;

        pub fn serialize<S: Serializer>(
            m: &BTreeMap<RecordId, i64>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            s.collect_map(m.iter().map(|(id, v)| {
                (
                    name(id)
                        .map(str::to_string)
                        .unwrap_or_else(|| id.to_string()),
                    v,
                )
            }))
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(
            d: D,
        ) -> Result<BTreeMap<RecordId, i64>, D::Error> {
            // Keys read in place, each straight to its id (a day's facts are most of a large load).
            struct Key(RecordId);
            impl<'de> Deserialize<'de> for Key {
                fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Key, D::Error> {
                    crate::domain::core::text::parsed(d, checked).map(Key)
                }
            }
            struct Values;
            impl<'de> serde::de::Visitor<'de> for Values {
                type Value = BTreeMap<RecordId, i64>;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("a map")
                }
                fn visit_map<A: serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> Result<Self::Value, A::Error> {
                    let mut out = BTreeMap::new();
                    while let Some((Key(id), value)) = map.next_entry()? {
                        out.insert(id, value);
                    }
                    Ok(out)
                }
            }
            d.deserialize_map(Values)
        }
    }
}

impl crate::domain::core::links::Related for MetricDef {}

/// A reference to a metric, for [`Related::links`](crate::domain::core::links::Related::links): built-ins exist on
/// every device without a record, so they are no link at all.
pub fn metric_link(field: &'static str, id: RecordId) -> Option<crate::domain::core::links::Link> {
    Builtin::from_id(id)
        .is_none()
        .then(|| crate::domain::core::links::Link::to(field, crate::domain::StoreName::Metrics, id))
}

impl Dataset {
    /// A metric's unit: a built-in's, or a custom metric's from the catalog; `None` for a metric that exists nowhere.
    pub fn metric_unit(&self, metric: RecordId) -> Option<Unit> {
        Builtin::from_id(metric)
            .map(|b| b.unit())
            .or_else(|| self.metrics.get(&metric).map(|r| r.data.unit))
    }
}
