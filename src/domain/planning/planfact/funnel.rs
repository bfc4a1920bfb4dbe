//! The funnel of a period: leads → deals → payments, with what the plan needs of each step.

use super::board::Row;
use super::pace::ceil_div;
use super::pace::Ratio;
use crate::domain::planning::metric::Builtin;

/// The funnel of a period: leads → deals → payments, with the calls behind the leads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Funnel {
    pub calls: i64,
    pub leads: i64,
    pub deals: i64,
    pub payments: i64,
}

impl Funnel {
    pub fn of(row: &Row) -> Funnel {
        let fact = |b: Builtin| row.pace(b.id()).map(|p| p.fact).unwrap_or(0);
        Funnel {
            calls: fact(Builtin::Calls),
            leads: fact(Builtin::Leads),
            deals: fact(Builtin::Deals),
            payments: fact(Builtin::Payments),
        }
    }

    /// Conversion = deals / leads.
    pub fn conversion(&self) -> Ratio {
        Ratio {
            num: self.deals,
            den: self.leads,
        }
    }

    /// Average check = payments / paid deals.
    pub fn average_check(&self) -> Ratio {
        Ratio {
            num: self.payments,
            den: self.deals,
        }
    }

    /// The reverse funnel: what a payments plan needs at this funnel's conversion and average check.
    /// Revenue = leads × conversion × average check, run backwards and rounded up at each step:
    /// deals = ⌈plan / average check⌉ = ⌈plan × deals / payments⌉; leads = ⌈deals needed × leads / deals⌉;
    /// calls = ⌈leads needed × calls / leads⌉. `None` when the funnel has no payments, deals or leads to learn from.
    pub fn needs(&self, payments_plan: i64) -> Option<Needs> {
        if self.payments <= 0 || self.deals <= 0 || self.leads <= 0 || payments_plan < 0 {
            return None;
        }
        let deals = ceil_div(
            payments_plan as i128 * self.deals as i128,
            self.payments as i128,
        );
        let leads = ceil_div(deals as i128 * self.leads as i128, self.deals as i128);
        let calls = ceil_div(leads as i128 * self.calls as i128, self.leads as i128);
        Some(Needs {
            deals,
            leads,
            calls,
        })
    }
}

/// What a plan needs at a funnel's rates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Needs {
    pub deals: i64,
    pub leads: i64,
    pub calls: i64,
}
