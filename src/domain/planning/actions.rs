//! P3 the weekly action plan: what the team does this week to reach the goals, spread over the days, each with
//! an owner and the metric it serves. Unfinished actions carry over to the next week when the head asks.

use crate::domain::core::dataset::{Edit, StoreName};
use crate::domain::core::date::add_days;
use crate::domain::core::ids::derived;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_len, FieldProblem, Rule};
use crate::domain::Dataset;
use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    Planned,
    Done,
    /// Decided against; kept so the week's plan shows what was dropped.
    Dropped,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 3] = [
        ActionStatus::Planned,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WeekAction {
    /// The week's Monday.
    #[serde(with = "crate::domain::core::date")]
    pub week: NaiveDate,
    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub day: u8,
    /// The manager who does it; `None`: the head or the whole team.
    pub owner: Option<RecordId>,
    /// The metric it serves, if any.
    #[serde(with = "crate::domain::planning::metric::key::option")]
    pub metric: Option<RecordId>,
    pub text: String,
    pub status: ActionStatus,
    /// The action of an earlier week this one continues.
    pub carried_from: Option<RecordId>,
}

pub const ACTION_TEXT_MAX: usize = 500;

pub use crate::domain::core::date::monday;

impl WeekAction {
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        if self.week.weekday() != Weekday::Mon {
            out.push(FieldProblem::new("week", Rule::WeekStart));
        }
        if self.day > 6 {
            out.push(FieldProblem::new("day", Rule::Range { min: 0, max: 6 }));
        }
        if self.text.trim().is_empty() {
            out.push(FieldProblem::new("text", Rule::Required));
        }
        check_len(&mut out, "text", &self.text, ACTION_TEXT_MAX);
        out
    }

    pub fn date(&self) -> NaiveDate {
        add_days(self.week, i64::from(self.day))
    }
}

/// A week's actions, by day and then by text, tombstones left out.
pub fn week_actions(data: &Dataset, week: NaiveDate) -> Vec<(RecordId, &WeekAction)> {
    let mut out: Vec<_> = data
        .actions
        .iter()
        .filter(|(_, r)| !r.deleted && r.data.week == week)
        .map(|(id, r)| (*id, &r.data))
        .collect();
    out.sort_by(|a, b| {
        a.1.day
            .cmp(&b.1.day)
            .then(a.1.text.cmp(&b.1.text))
            .then(a.0.cmp(&b.0))
    });
    out
}

/// The still-planned actions of `week`, copied into the next week on the same weekday. Each copy's id comes from
/// its original, so carrying over twice (or on two devices) makes one copy, not two.
pub fn carry_over(data: &Dataset, week: NaiveDate) -> Vec<(RecordId, WeekAction)> {
    week_actions(data, week)
        .into_iter()
        .filter(|(_, a)| a.status == ActionStatus::Planned)
        .map(|(id, a)| {
            let copy = WeekAction {
                week: add_days(week, 7),
                carried_from: Some(id),
                ..a.clone()
            };
            (derived("carry", &[&id.to_string()]), copy)
        })
        // A copy made before (even one deleted since) is not made again.
        .filter(|(id, _)| !data.actions.contains_key(id))
        .collect()
}

/// The «carry over» button's writes: every copy of [`carry_over`], in one transaction.
pub fn carry_over_edits(data: &Dataset, week: NaiveDate) -> Vec<Edit> {
    carry_over(data, week)
        .into_iter()
        .map(|(id, a)| Edit::put(id, a))
        .collect()
}

impl Related for WeekAction {
    fn links(&self) -> Vec<Link> {
        let mut out = Vec::new();
        out.extend(
            self.owner
                .map(|m| Link::to("owner", StoreName::Managers, m)),
        );
        out.extend(
            self.metric
                .and_then(|m| crate::domain::planning::metric::metric_link("metric", m)),
        );
        out.extend(
            self.carried_from
                .map(|a| Link::to("carried_from", StoreName::Actions, a)),
        );
        out
    }
}
