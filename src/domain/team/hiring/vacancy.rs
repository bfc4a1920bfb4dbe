//! O7 vacancies: the role the head hires for, how many, since when and by when, where candidates come from, and
//! what each interview stage looks at (the attributes its scorecard rates) and asks (the final interview's guide).

use crate::domain::core::dataset::StoreName;
use crate::domain::core::date::add_days;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{
    check_count, check_len, check_name, check_part, check_range, check_text, FieldProblem, Rule,
};
use crate::domain::team::hiring::stage::Stage;
use crate::domain::team::Role;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The groups a scorecard's attributes fall into (as structured-interview kits group them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// What they have done: industry, deal size, CRM.
    Experience,
    /// How they sell: contact, needs, objections, closing.
    Selling,
    /// Why they want it: money, growth, persistence.
    Motivation,
    /// How they work with others: the team, the rules, feedback.
    Fit,
}

impl Category {
    pub const ALL: [Category; 4] = [
        Category::Experience,
        Category::Selling,
        Category::Motivation,
        Category::Fit,
    ];
}

/// One thing the interviewers rate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attribute {
    /// Stable inside its vacancy, so ratings keep pointing at it when the list is edited.
    pub id: u16,
    pub category: Category,
    pub text: String,
    /// The stages whose scorecard rates it.
    pub stages: Vec<Stage>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vacancy {
    /// As the job posting names it: «Менеджер по продажам B2B».
    pub title: String,
    /// The role the hire takes in the team.
    pub role: Role,
    pub headcount: u8,
    #[serde(with = "crate::domain::core::date")]
    pub opened: NaiveDate,
    /// When the people should be at work.
    #[serde(
        default,
        with = "crate::domain::core::date::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub target: Option<NaiveDate>,
    /// Where candidates come from (job sites, referrals, the company's channels); a candidate picks one.
    pub sources: Vec<String>,
    pub attributes: Vec<Attribute>,
    /// The questions of the final interview with the head, in order.
    pub guide: Vec<String>,
    /// The training scorecard the final interview's role-play is scored on (T4's cards: practice, the floor and
    /// hiring measured alike).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_play: Option<RecordId>,
    /// Filled or cancelled; candidates stay for the numbers.
    #[serde(
        default,
        with = "crate::domain::core::date::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub closed: Option<NaiveDate>,
}

pub const TITLE_MAX: usize = 200;
pub const TEXT_MAX: usize = 500;
/// The source a new vacancy starts with.
pub const DEFAULT_SOURCE: &str = "hh.ru";
pub const HEADCOUNT_MAX: i64 = 100;
pub const LIST_MAX: usize = 40;

/// How far ahead a new vacancy's target date is set: a month, the usual time to fill a sales role.
pub const TARGET_DAYS: i64 = 30;

impl Vacancy {
    /// A new vacancy as its form starts: one seller from today, filled within [`TARGET_DAYS`], candidates from
    /// hh.ru (the job board most Russian sales hiring starts on), the stages' attributes still to add.
    pub fn blank(today: NaiveDate) -> Vacancy {
        Vacancy {
            title: String::new(),
            role: Role::Seller,
            headcount: 1,
            opened: today,
            target: Some(add_days(today, TARGET_DAYS)),
            sources: vec![DEFAULT_SOURCE.into()],
            attributes: Vec::new(),
            guide: Vec::new(),
            role_play: None,
            closed: None,
        }
    }

    pub fn is_open(&self) -> bool {
        self.closed.is_none()
    }

    pub fn attribute(&self, id: u16) -> Option<&Attribute> {
        self.attributes.iter().find(|a| a.id == id)
    }

    /// The attributes a stage's scorecard rates, in the vacancy's order.
    pub fn focus(&self, stage: Stage) -> impl Iterator<Item = &Attribute> {
        self.attributes
            .iter()
            .filter(move |a| a.stages.contains(&stage))
    }

    /// The next free attribute id.
    pub fn next_attribute_id(&self) -> u16 {
        self.attributes.iter().map(|a| a.id + 1).max().unwrap_or(1)
    }

    /// Adds an attribute rated at `stages`, with the next free id; returns that id.
    pub fn add_attribute(&mut self, category: Category, text: &str, stages: Vec<Stage>) -> u16 {
        let id = self.next_attribute_id();
        self.attributes.push(Attribute {
            id,
            category,
            text: text.trim().to_string(),
            stages,
        });
        id
    }

    /// Takes an attribute off the vacancy. One a scorecard has already rated (`rated`) stays on no stage instead, so
    /// those scorecards and the panel still name what they rated; no stage asks for it any more.
    pub fn remove_attribute(&mut self, id: u16, rated: bool) {
        if rated {
            if let Some(a) = self.attributes.iter_mut().find(|a| a.id == id) {
                a.stages.clear();
            }
        } else {
            self.attributes.retain(|a| a.id != id);
        }
    }

    /// Rated at `stage` or not.
    pub fn toggle_stage(&mut self, id: u16, stage: Stage) {
        if let Some(a) = self.attributes.iter_mut().find(|a| a.id == id) {
            if let Some(i) = a.stages.iter().position(|s| *s == stage) {
                a.stages.remove(i);
            } else {
                a.stages.push(stage);
                a.stages.sort();
            }
        }
    }

    /// A new vacancy starts from an earlier one's interview kit (what is rated at each stage, the final interview's
    /// questions, the role-play card): a head hires for the same role again and again, and candidates of both are
    /// then rated alike. Attributes no stage rates any more stay behind; the sources are the new posting's own.
    pub fn reuse_kit(&mut self, earlier: &Vacancy) {
        self.attributes = earlier
            .attributes
            .iter()
            .filter(|a| !a.stages.is_empty())
            .cloned()
            .collect();
        self.guide = earlier.guide.clone();
        self.role_play = earlier.role_play;
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_name(&mut out, "title", &self.title, TITLE_MAX);
        check_range(
            &mut out,
            "headcount",
            i64::from(self.headcount),
            1..=HEADCOUNT_MAX,
        );
        if self.target.is_some_and(|t| t < self.opened) {
            out.push(FieldProblem::new("target", Rule::EndBeforeStart));
        }
        if self.closed.is_some_and(|c| c < self.opened) {
            out.push(FieldProblem::new("closed", Rule::EndBeforeStart));
        }
        check_count(&mut out, "sources".into(), self.sources.len(), LIST_MAX);
        for (i, s) in self.sources.iter().enumerate() {
            check_part(&mut out, &format!("sources[{i}]"), |o| {
                check_name(o, "name", s, TEXT_MAX)
            });
            if self.sources[..i].contains(s) {
                out.push(FieldProblem::at(format!("sources[{i}]"), Rule::Duplicate));
            }
        }
        check_count(
            &mut out,
            "attributes".into(),
            self.attributes.len(),
            LIST_MAX,
        );
        for (i, a) in self.attributes.iter().enumerate() {
            check_part(&mut out, &format!("attributes[{i}]"), |o| {
                check_text(o, "text", &a.text, TEXT_MAX)
            });
            if self.attributes[..i].iter().any(|b| b.id == a.id) {
                out.push(FieldProblem::at(
                    format!("attributes[{i}].id"),
                    Rule::Duplicate,
                ));
            }
        }
        check_count(&mut out, "guide".into(), self.guide.len(), LIST_MAX);
        for (i, q) in self.guide.iter().enumerate() {
            check_part(&mut out, &format!("guide[{i}]"), |o| {
                check_len(o, "text", q, TEXT_MAX)
            });
        }
        out
    }
}

impl Related for Vacancy {
    fn links(&self) -> Vec<Link> {
        self.role_play
            .map(|card| Link::to("role_play", StoreName::Scorecards, card))
            .into_iter()
            .collect()
    }
}
