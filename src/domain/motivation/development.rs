//! M3 development plans: one per person, personal (never on a shared screen, left out of a meeting-room file).
//! Goals name a skill or a metric to reach; each goal has actions with due dates and materials; the plan has its
//! next review. An action past its due date and not done is overdue: it shows on the person's card and in their
//! next one-on-one.

use crate::domain::core::dataset::StoreName;
use crate::domain::core::ids::derived;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{
    check_count, check_len, check_part, check_text, FieldProblem, Rule,
};
use crate::domain::Dataset;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What a goal is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Target {
    /// A skill to learn, in words ("handling the price objection").
    Skill,
    /// A metric to reach: its monthly value, in the metric's unit.
    Metric {
        #[serde(with = "crate::domain::planning::metric::key")]
        metric: RecordId,
        value: i64,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalStatus {
    Open,
    Reached,
    Dropped,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub text: String,
    #[serde(with = "crate::domain::core::date")]
    pub due: NaiveDate,
    /// A book, a course, a recorded call, a script block: what to use.
    pub materials: String,
    /// The day it was done.
    #[serde(with = "crate::domain::core::date::option")]
    pub done: Option<NaiveDate>,
}

impl Step {
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.done.is_none() && self.due < today
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub title: String,
    pub target: Target,
    pub status: GoalStatus,
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DevPlan {
    pub manager: RecordId,
    pub goals: Vec<Goal>,
    #[serde(with = "crate::domain::core::date::option")]
    pub next_review: Option<NaiveDate>,
}

pub const TITLE_MAX: usize = 300;
pub const TEXT_MAX: usize = 1_000;
pub const GOALS_MAX: usize = 20;
pub const STEPS_MAX: usize = 30;

impl DevPlan {
    /// One plan per person, so two devices writing a person's plan edit one record.
    pub fn id_for(manager: RecordId) -> RecordId {
        derived("dev-plan", &[&manager.to_string()])
    }

    pub fn empty(manager: RecordId) -> DevPlan {
        DevPlan {
            manager,
            goals: Vec::new(),
            next_review: None,
        }
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_count(&mut out, "goals".into(), self.goals.len(), GOALS_MAX);
        for (g, goal) in self.goals.iter().enumerate() {
            check_part(&mut out, &format!("goals[{g}]"), |one| {
                check_text(one, "title", &goal.title, TITLE_MAX);
                if let Target::Metric { value, .. } = goal.target {
                    if value <= 0 {
                        one.push(FieldProblem::new(
                            "target.value",
                            Rule::Range {
                                min: 1,
                                max: i64::MAX,
                            },
                        ));
                    }
                }
            });
            check_count(
                &mut out,
                format!("goals[{g}].steps"),
                goal.steps.len(),
                STEPS_MAX,
            );
            for (s, step) in goal.steps.iter().enumerate() {
                check_part(&mut out, &format!("goals[{g}].steps[{s}]"), |one| {
                    check_text(one, "text", &step.text, TEXT_MAX);
                    check_len(one, "materials", &step.materials, TEXT_MAX);
                });
            }
        }
        out
    }

    /// Steps not done and past their due date, with their goal's title, earliest first.
    pub fn overdue(&self, today: NaiveDate) -> Vec<(&Goal, &Step)> {
        let mut out: Vec<(&Goal, &Step)> = self
            .goals
            .iter()
            .filter(|g| g.status == GoalStatus::Open)
            .flat_map(|g| g.steps.iter().map(move |s| (g, s)))
            .filter(|(_, s)| s.is_overdue(today))
            .collect();
        out.sort_by_key(|(_, s)| s.due);
        out
    }

    /// Steps done out of all steps of open and reached goals: the plan's progress, as its two parts.
    pub fn progress(&self) -> (usize, usize) {
        let steps = self
            .goals
            .iter()
            .filter(|g| g.status != GoalStatus::Dropped)
            .flat_map(|g| g.steps.iter());
        steps.fold((0, 0), |(done, all), s| {
            (done + usize::from(s.done.is_some()), all + 1)
        })
    }
}

impl Related for DevPlan {
    fn derived_id(&self) -> Option<RecordId> {
        Some(DevPlan::id_for(self.manager))
    }

    fn links(&self) -> Vec<Link> {
        let mut out = vec![Link::to("manager", StoreName::Managers, self.manager)];
        for g in &self.goals {
            if let Target::Metric { metric, .. } = g.target {
                out.extend(crate::domain::planning::metric::metric_link(
                    "goals", metric,
                ));
            }
        }
        out
    }
}

/// A person's plan, if one is written.
pub fn plan_of(data: &Dataset, manager: RecordId) -> Option<&DevPlan> {
    data.live::<DevPlan>(DevPlan::id_for(manager))
        .map(|r| &r.data)
}

/// One person's line of the development plans' overview (M3).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanLine {
    pub manager: RecordId,
    pub name: String,
    /// Goals still open.
    pub open_goals: usize,
    /// Steps done, of all the steps of goals not dropped.
    pub done: usize,
    pub steps: usize,
    /// Open goals' steps past their due date on the day asked.
    pub overdue: usize,
    pub next_review: Option<NaiveDate>,
}

/// Every active person by name with where their plan stands on `today` (zeros for a person without a plan).
pub fn overview(data: &Dataset, today: NaiveDate) -> Vec<PlanLine> {
    data.managers_by_name()
        .into_iter()
        .filter(|m| m.data.is_active())
        .map(|m| {
            let plan = plan_of(data, m.id);
            let (done, steps) = plan.map(DevPlan::progress).unwrap_or((0, 0));
            PlanLine {
                manager: m.id,
                name: m.data.short_name(),
                open_goals: plan.map_or(0, |p| {
                    p.goals
                        .iter()
                        .filter(|g| g.status == GoalStatus::Open)
                        .count()
                }),
                done,
                steps,
                overdue: plan.map_or(0, |p| p.overdue(today).len()),
                next_review: plan.and_then(|p| p.next_review),
            }
        })
        .collect()
}

/// T1–T5 → M3: a skill gap from the skills matrix offered as a goal of the person's plan (the plan is made when
/// there is none). `None` when an open goal of that title is already there, so offering twice adds it once.
pub fn with_skill_goal(
    data: &Dataset,
    manager: RecordId,
    title: &str,
) -> Option<crate::domain::Edit> {
    let mut plan = plan_of(data, manager)
        .cloned()
        .unwrap_or_else(|| DevPlan::empty(manager));
    let title = title.trim().to_string();
    if plan
        .goals
        .iter()
        .any(|g| g.status == GoalStatus::Open && g.title == title)
    {
        return None;
    }
    plan.goals.push(Goal {
        title,
        target: Target::Skill,
        status: GoalStatus::Open,
        steps: Vec::new(),
    });
    Some(crate::domain::Edit::derived(plan))
}
