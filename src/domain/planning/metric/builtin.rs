//! The built-in metrics, their direction and formulas.

use crate::domain::core::record::RecordId;
use serde::{Deserialize, Serialize};

use crate::domain::core::unit::Unit;

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
