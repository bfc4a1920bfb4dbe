//! M2 recognition: a thank-you from the head to a person, with what it is for. It shows on the person's card and in
//! the weekly meeting of its week: praise is public, unlike pay.

use crate::domain::core::dataset::StoreName;
use crate::domain::core::date::window_start;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_text, FieldProblem};
use crate::domain::Dataset;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recognition {
    pub manager: RecordId,
    #[serde(with = "crate::domain::core::date")]
    pub date: NaiveDate,
    /// What the person did: required, a thank-you without a reason teaches nothing.
    pub reason: String,
}

pub const REASON_MAX: usize = 1_000;

impl Recognition {
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_text(&mut out, "reason", &self.reason, REASON_MAX);
        out
    }
}

impl Related for Recognition {
    fn links(&self) -> Vec<Link> {
        vec![Link::to("manager", StoreName::Managers, self.manager)]
    }
}

/// The spans thank-yous are shown over, each ending on its day: the meeting's week, the contests page's month and
/// a person's year on their card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Span {
    Week,
    Month,
    Year,
}

impl Span {
    pub fn days(self) -> u32 {
        match self {
            Span::Week => 7,
            Span::Month => 30,
            Span::Year => 365,
        }
    }
}

/// Recognitions of the `span` that ends on `last`, newest first.
pub fn recent(
    data: &Dataset,
    manager: Option<RecordId>,
    last: NaiveDate,
    span: Span,
) -> Vec<(RecordId, &Recognition)> {
    recognitions(data, manager, window_start(last, span.days()), last)
}

/// Recognitions dated `from..=to`, newest first (`manager` narrows them to one person).
pub fn recognitions(
    data: &Dataset,
    manager: Option<RecordId>,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<(RecordId, &Recognition)> {
    let mut out: Vec<(RecordId, &Recognition)> = data
        .live_records::<Recognition>()
        .filter(|r| manager.is_none_or(|m| r.data.manager == m))
        .filter(|r| from <= r.data.date && r.data.date <= to)
        .map(|r| (r.id, &r.data))
        .collect();
    out.sort_by(|a, b| b.1.date.cmp(&a.1.date).then(a.0.cmp(&b.0)));
    out
}
