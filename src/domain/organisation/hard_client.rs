//! O3 hard clients: the head helps with new and problem clients, as a **mentor** — the seller must learn to close
//! alone. An escalation names the deal or client, the person, why it is hard and the head's part; its outcome is
//! written when it ends. A case the seller handled alone is written down too (the head's part: none), which is what
//! shows the mentoring working.
//!
//! **Closed alone** (the rule): for each kind of difficulty, the share of a person's hard cases closed without the
//! head = cases with the part "alone" / all their cases of that kind, counting only cases after their first
//! escalation of that kind (before it, nothing had been taught).

use crate::domain::core::dataset::StoreName;
use crate::domain::core::date::month_start;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_len, check_name, check_text, FieldProblem, Rule};
use crate::domain::Dataset;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Why a client is hard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Difficulty {
    /// Wants a lower price or a discount.
    Price,
    /// The decision-maker cannot be reached or does not decide.
    DecisionMaker,
    /// A competitor's offer.
    Competitor,
    /// A complaint or a conflict.
    Complaint,
    /// A deal larger than the person usually handles.
    BigDeal,
    /// Terms, contract or technical questions.
    Terms,
    Other,
}

impl Difficulty {
    pub const ALL: [Difficulty; 7] = [
        Difficulty::Price,
        Difficulty::DecisionMaker,
        Difficulty::Competitor,
        Difficulty::Complaint,
        Difficulty::BigDeal,
        Difficulty::Terms,
        Difficulty::Other,
    ];
}

/// The head's part in a hard case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HeadRole {
    /// The seller handled it; the head only heard about it.
    Alone,
    Advice,
    JointCall,
    /// The head leads the client.
    HeadLeads,
}

impl HeadRole {
    pub const ALL: [HeadRole; 4] = [
        HeadRole::Alone,
        HeadRole::Advice,
        HeadRole::JointCall,
        HeadRole::HeadLeads,
    ];
}

/// How a hard case ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseResult {
    Won,
    Lost,
    /// The client stays, the problem is solved (a complaint settled).
    Kept,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Escalation {
    pub manager: RecordId,
    /// The client's name.
    pub client: String,
    /// The CRM deal's id, when there is one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub deal: String,
    #[serde(with = "crate::domain::core::date")]
    pub opened: NaiveDate,
    pub difficulty: Difficulty,
    /// What makes it hard, in the seller's words.
    pub why: String,
    pub role: HeadRole,
    /// The day of the joint call or meeting with the client, when the head takes part.
    #[serde(
        default,
        with = "crate::domain::core::date::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub call_on: Option<NaiveDate>,
    /// When and how it ended; `None` while it goes on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    #[serde(with = "crate::domain::core::date")]
    pub closed: NaiveDate,
    pub result: CaseResult,
    /// What the seller takes from it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lesson: String,
}

pub const TEXT_MAX: usize = 2_000;
pub const NAME_MAX: usize = 300;

impl Escalation {
    /// A new hard client opened on `date`: nobody chosen yet (the form asks), the price as the usual difficulty,
    /// the head's advice as the usual help, no joint call planned.
    pub fn blank(date: NaiveDate) -> Escalation {
        Escalation {
            manager: RecordId::nil(),
            client: String::new(),
            deal: String::new(),
            opened: date,
            difficulty: Difficulty::Price,
            why: String::new(),
            role: HeadRole::Advice,
            call_on: None,
            outcome: None,
        }
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_name(&mut out, "client", &self.client, NAME_MAX);
        check_len(&mut out, "deal", &self.deal, NAME_MAX);
        check_text(&mut out, "why", &self.why, TEXT_MAX);
        if self.call_on.is_some_and(|d| d < self.opened) {
            out.push(FieldProblem::new("call_on", Rule::EndBeforeStart));
        }
        if let Some(o) = &self.outcome {
            if o.closed < self.opened {
                out.push(FieldProblem::new("outcome.closed", Rule::EndBeforeStart));
            }
            check_len(&mut out, "outcome.lesson", &o.lesson, TEXT_MAX);
        }
        out
    }

    /// The head takes part (anything but "alone").
    pub fn involves_head(&self) -> bool {
        self.role != HeadRole::Alone
    }
}

impl Related for Escalation {
    fn links(&self) -> Vec<Link> {
        vec![Link::to("manager", StoreName::Managers, self.manager)]
    }
}

/// Every hard case, newest first.
pub fn escalations(data: &Dataset) -> Vec<(RecordId, &Escalation)> {
    let mut out: Vec<(RecordId, &Escalation)> = data
        .live_records::<Escalation>()
        .map(|r| (r.id, &r.data))
        .collect();
    out.sort_by(|a, b| b.1.opened.cmp(&a.1.opened).then(a.0.cmp(&b.0)));
    out
}

/// The joint calls and meetings with the head on `day`: the stand-up shows them.
pub fn joint_calls_on(data: &Dataset, day: NaiveDate) -> Vec<(RecordId, &Escalation)> {
    escalations(data)
        .into_iter()
        .filter(|(_, e)| e.call_on == Some(day) && e.outcome.is_none())
        .collect()
}

/// One person's mentoring picture.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mentoring {
    /// Escalations that needed the head, per month (first day), oldest first.
    pub by_month: Vec<(NaiveDate, u32)>,
    /// Per difficulty: (cases after the first escalation, of them closed alone).
    pub alone: BTreeMap<Difficulty, (u32, u32)>,
}

impl Mentoring {
    /// All kinds together, from the summed counts: (cases, alone).
    pub fn total(&self) -> (u32, u32) {
        self.alone
            .values()
            .fold((0, 0), |(a, b), (c, d)| (a + c, b + d))
    }

    /// Closed alone over all kinds, in tenths of a percent (rounded half up), from the summed counts.
    pub fn alone_share(&self) -> Option<u32> {
        let (cases, alone) = self.total();
        (cases > 0).then(|| (alone * 2000 + cases) / (2 * cases))
    }
}

/// The mentoring rule above for one person.
pub fn mentoring(data: &Dataset, manager: RecordId) -> Mentoring {
    let mut mine: Vec<&Escalation> = data
        .live_records::<Escalation>()
        .map(|r| &r.data)
        .filter(|e| e.manager == manager)
        .collect();
    mine.sort_by_key(|e| e.opened);
    let mut by_month: BTreeMap<NaiveDate, u32> = BTreeMap::new();
    let mut first_help: BTreeMap<Difficulty, NaiveDate> = BTreeMap::new();
    for e in mine.iter().filter(|e| e.involves_head()) {
        *by_month.entry(month_start(e.opened)).or_default() += 1;
        first_help.entry(e.difficulty).or_insert(e.opened);
    }
    let mut alone: BTreeMap<Difficulty, (u32, u32)> = BTreeMap::new();
    for e in &mine {
        let Some(first) = first_help.get(&e.difficulty) else {
            continue;
        };
        if e.opened > *first {
            let entry = alone.entry(e.difficulty).or_default();
            entry.0 += 1;
            entry.1 += (!e.involves_head()) as u32;
        }
    }
    Mentoring {
        by_month: by_month.into_iter().collect(),
        alone,
    }
}
