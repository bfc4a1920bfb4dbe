//! M1 refunds: money a client got back. Payments stay as they were received (never negative); a refund is
//! recorded on the day it happened, naming the month of the payment it returns, and claws back the commission that
//! payment earned, at that month's effective rate, in the month it is recorded.

use crate::domain::core::dataset::StoreName;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_len, FieldProblem, Rule};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Refund {
    pub manager: RecordId,
    /// The day the money went back: the refund's month is where the clawback lands.
    #[serde(with = "crate::domain::core::date")]
    pub date: NaiveDate,
    /// Kopecks returned.
    pub amount: i64,
    /// The first day of the month the refunded payment was received in.
    #[serde(with = "crate::domain::core::date")]
    pub payment_month: NaiveDate,
    pub note: String,
}

pub const NOTE_MAX: usize = 1_000;

impl Refund {
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        let max = crate::domain::core::unit::MONEY_DAY_MAX;
        if !(1..=max).contains(&self.amount) {
            out.push(FieldProblem::new("amount", Rule::Range { min: 1, max }));
        }
        if self.payment_month.day() != 1 {
            out.push(FieldProblem::new("payment_month", Rule::MonthStart));
        } else if self.payment_month > self.date {
            out.push(FieldProblem::new("payment_month", Rule::EndBeforeStart));
        }
        check_len(&mut out, "note", &self.note, NOTE_MAX);
        out
    }
}

impl Related for Refund {
    fn links(&self) -> Vec<Link> {
        vec![Link::to("manager", StoreName::Managers, self.manager)]
    }
}
