//! P2 what the head found out about why the plan was met or missed, with the action taken: a finding can become a
//! quality hypothesis ([`super::hypothesis`]) or a standard ([`super::standard`]), which it then names.

use crate::domain::control::hypothesis::{Hypothesis, Measure};
use crate::domain::control::standard::Standard;
use crate::domain::core::dataset::StoreName;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_len, check_span, check_text, FieldProblem, Rule};
use crate::domain::planning::metric::Builtin;
use crate::domain::{Dataset, Edit};
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

/// A finding turned into a quality hypothesis: the hypothesis (titled and caused by the finding, measured on calls
/// until the head picks its number on the quality page, starting `today`) and the finding naming it. One write.
pub fn to_hypothesis(
    id: RecordId,
    finding: &Finding,
    hypothesis: RecordId,
    today: NaiveDate,
) -> Vec<Edit> {
    let h = Hypothesis {
        title: finding.text.chars().take(300).collect(),
        measure: Measure::Metric {
            metric: Builtin::Calls.id(),
        },
        people: Vec::new(),
        cause: finding.text.clone(),
        actions: Vec::new(),
        start: today,
        window: 10,
        expected_percent: 10,
        closed: false,
    };
    vec![
        Edit::put(hypothesis, h),
        Edit::put(
            id,
            Finding {
                hypothesis: Some(hypothesis),
                ..finding.clone()
            },
        ),
    ]
}

/// A finding turned into a standard: its first version (the action, or the finding when there is none) in force
/// from `today`, and the finding naming it. One write.
pub fn to_standard(
    id: RecordId,
    finding: &Finding,
    standard: RecordId,
    today: NaiveDate,
) -> Vec<Edit> {
    let text = if finding.action.is_empty() {
        &finding.text
    } else {
        &finding.action
    };
    let st = Standard {
        title: finding.text.chars().take(200).collect(),
        versions: Vec::new(),
    }
    .with_version(today, text, "");
    vec![
        Edit::put(standard, st),
        Edit::put(
            id,
            Finding {
                standard: Some(standard),
                ..finding.clone()
            },
        ),
    ]
}
