//! P2 what the head found out about why the plan was met or missed, with the action taken: a finding can become a
//! quality hypothesis ([`super::hypothesis`]) or a standard ([`super::standard`]), which it then names.

use crate::domain::core::dataset::StoreName;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_len, check_span, check_text, FieldProblem, Rule};
use crate::domain::Dataset;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    #[serde(with = "crate::domain::core::date")]
    pub date: NaiveDate,
    /// The period looked at.
    #[serde(with = "crate::domain::core::date")]
    pub from: NaiveDate,
    #[serde(with = "crate::domain::core::date")]
    pub to: NaiveDate,
    /// What the numbers show («лучшие звонят вдвое больше в первые три дня сделки»).
    pub text: String,
    /// What the head will do about it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub action: String,
    /// The quality hypothesis it became.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hypothesis: Option<RecordId>,
    /// The standard it became.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standard: Option<RecordId>,
}

pub const TEXT_MAX: usize = 2_000;

impl Finding {
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_text(&mut out, "text", &self.text, TEXT_MAX);
        check_len(&mut out, "action", &self.action, TEXT_MAX);
        if self.to < self.from {
            out.push(FieldProblem::new("to", Rule::EndBeforeStart));
        }
        check_span(&mut out, "to", self.from, self.to, 3 * 366);
        out
    }
}

impl Related for Finding {
    fn links(&self) -> Vec<Link> {
        let mut out = Vec::new();
        if let Some(h) = self.hypothesis {
            out.push(Link::to("hypothesis", StoreName::Hypotheses, h));
        }
        if let Some(s) = self.standard {
            out.push(Link::to("standard", StoreName::Standards, s));
        }
        out
    }
}

/// Every finding, newest first.
pub fn findings(data: &Dataset) -> Vec<(RecordId, &Finding)> {
    let mut out: Vec<(RecordId, &Finding)> = data
        .live_records::<Finding>()
        .map(|r| (r.id, &r.data))
        .collect();
    out.sort_by(|a, b| b.1.date.cmp(&a.1.date).then(a.0.cmp(&b.0)));
    out
}
