//! A hypothesis as written: what it expects to move, its actions, its windows and its rules.

use crate::domain::core::dataset::StoreName;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{
    check_count, check_name, check_part, check_range, check_text, FieldProblem, Rule,
};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What the hypothesis expects to move.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Measure {
    Metric {
        #[serde(with = "crate::domain::planning::metric::key")]
        metric: RecordId,
    },
    Criterion {
        scorecard: RecordId,
        criterion: u16,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HypothesisAction {
    pub text: String,
    /// Who does it (`None`: the head).
    pub owner: Option<RecordId>,
    /// A training event that carries it out.
    pub event: Option<RecordId>,
    /// A script changed for it.
    pub script: Option<RecordId>,
    pub done: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hypothesis {
    pub title: String,
    pub measure: Measure,
    /// Whose number; empty: the department.
    pub people: Vec<RecordId>,
    /// The cause believed.
    pub cause: String,
    pub actions: Vec<HypothesisAction>,
    /// The day the actions start: the after window begins here.
    #[serde(with = "crate::domain::core::date")]
    pub start: NaiveDate,
    /// Working days in each window.
    pub window: u16,
    /// The improvement expected, in percent.
    pub expected_percent: u16,
    /// Closed by the head (with the label it had); a closed one leaves the ОКК meeting's list.
    pub closed: bool,
}

pub const TEXT_MAX: usize = 2_000;
pub const ACTIONS_MAX: usize = 20;
pub const WINDOW_DAYS: std::ops::RangeInclusive<u16> = 5..=66;
pub const EXPECTED_MAX: u16 = 1_000;
pub const MIN_PERSON_DAYS: u32 = 3;
pub const MIN_REVIEWS: u32 = 3;

impl Hypothesis {
    /// A new hypothesis starting on `start`, measured on `measure` for `people`: a 10-day window and a 10 % expected
    /// change, the usual first try.
    pub fn blank(
        measure: Measure,
        people: Vec<RecordId>,
        title: String,
        start: NaiveDate,
    ) -> Hypothesis {
        Hypothesis {
            title,
            measure,
            people,
            cause: String::new(),
            actions: Vec::new(),
            start,
            window: 10,
            expected_percent: 10,
            closed: false,
        }
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_name(&mut out, "title", &self.title, 300);
        check_text(&mut out, "cause", &self.cause, TEXT_MAX);
        check_count(&mut out, "actions".into(), self.actions.len(), ACTIONS_MAX);
        check_count(&mut out, "people".into(), self.people.len(), 200);
        for (i, a) in self.actions.iter().enumerate() {
            check_part(&mut out, &format!("actions[{i}]"), |one| {
                check_text(one, "text", &a.text, TEXT_MAX)
            });
        }
        if !WINDOW_DAYS.contains(&self.window) {
            out.push(FieldProblem::new(
                "window",
                Rule::Range {
                    min: *WINDOW_DAYS.start() as i64,
                    max: *WINDOW_DAYS.end() as i64,
                },
            ));
        }
        check_range(
            &mut out,
            "expected_percent",
            self.expected_percent as i64,
            1..=EXPECTED_MAX as i64,
        );
        out
    }
}

impl Related for Hypothesis {
    fn links(&self) -> Vec<Link> {
        let mut out = Vec::new();
        match self.measure {
            Measure::Metric { metric } => out.extend(crate::domain::planning::metric::metric_link(
                "measure.metric",
                metric,
            )),
            Measure::Criterion { scorecard, .. } => out.push(Link::to(
                "measure.scorecard",
                StoreName::Scorecards,
                scorecard,
            )),
        }
        out.extend(
            self.people
                .iter()
                .map(|p| Link::to("people", StoreName::Managers, *p)),
        );
        for a in &self.actions {
            out.extend(
                a.owner
                    .map(|o| Link::to("actions.owner", StoreName::Managers, o)),
            );
            out.extend(
                a.event
                    .map(|e| Link::to("actions.event", StoreName::TrainingEvents, e)),
            );
            out.extend(
                a.script
                    .map(|s| Link::to("actions.script", StoreName::Scripts, s)),
            );
        }
        out
    }
}
