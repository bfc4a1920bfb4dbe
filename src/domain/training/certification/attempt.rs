//! An attempt: what a person gave, how each answer scores and the attempt's result.

use super::*;
use crate::domain::core::dataset::StoreName;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_count, check_len, check_part, FieldProblem, Rule};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What a person gave for one question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Given {
    pub question: u16,
    /// Chosen option indexes, ascending (single and multiple choice).
    pub chosen: Vec<u8>,
    /// A short answer's text.
    pub text: String,
    /// The head's grade of a short answer (`None`: not graded yet).
    pub graded: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attempt {
    pub test: RecordId,
    pub manager: RecordId,
    /// The questions shown, in the order shown ([`CertTest::paper`]).
    pub paper: Vec<u16>,
    #[serde(with = "crate::domain::core::date")]
    pub started: NaiveDate,
    /// When it started (Unix milliseconds): the time limit runs from here, across a reload.
    pub started_ms: u64,
    /// `None` while it is being taken.
    #[serde(with = "crate::domain::core::date::option")]
    pub submitted: Option<NaiveDate>,
    pub given: Vec<Given>,
}

pub const ANSWER_MAX: usize = 2_000;

impl Attempt {
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_count(&mut out, "paper".into(), self.paper.len(), QUESTIONS_MAX);
        check_count(&mut out, "given".into(), self.given.len(), QUESTIONS_MAX);
        for (i, g) in self.given.iter().enumerate() {
            check_part(&mut out, &format!("given[{i}]"), |one| {
                check_len(one, "text", &g.text, ANSWER_MAX);
                check_count(one, "chosen".into(), g.chosen.len(), OPTIONS_MAX);
            });
        }
        if self.submitted.is_some_and(|s| s < self.started) {
            out.push(FieldProblem::new("submitted", Rule::EndBeforeStart));
        }
        out
    }

    pub fn given(&self, question: u16) -> Option<&Given> {
        self.given.iter().find(|g| g.question == question)
    }

    /// Milliseconds left of a time limit of `minutes` at `now_ms` (0 when it is over; `None`: no limit).
    pub fn time_left_ms(&self, minutes: u16, now_ms: u64) -> Option<u64> {
        (minutes > 0).then(|| (self.started_ms + minutes as u64 * 60_000).saturating_sub(now_ms))
    }
}

impl Related for Attempt {
    fn links(&self) -> Vec<Link> {
        vec![
            Link::to("test", StoreName::CertTests, self.test),
            Link::to("manager", StoreName::Managers, self.manager),
        ]
    }
}

/// One question's outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Right,
    Wrong,
    /// A short answer the head has not graded.
    Ungraded,
}

/// The grading rule (see the module) for one question.
pub fn outcome(question: &Question, given: Option<&Given>) -> Outcome {
    let Some(g) = given else {
        return Outcome::Wrong;
    };
    match &question.answer {
        Answer::Single { correct, .. } => right_if(g.chosen == [*correct]),
        Answer::Multiple { correct, .. } => {
            let mut chosen = g.chosen.clone();
            chosen.sort();
            chosen.dedup();
            right_if(chosen == *correct)
        }
        Answer::Short { .. } => match g.graded {
            Some(ok) => right_if(ok),
            None if g.text.trim().is_empty() => Outcome::Wrong,
            None => Outcome::Ungraded,
        },
    }
}

fn right_if(ok: bool) -> Outcome {
    if ok {
        Outcome::Right
    } else {
        Outcome::Wrong
    }
}

/// An attempt's result with its parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Result {
    pub right: u32,
    pub questions: u32,
    pub ungraded: u32,
    /// right / questions × 100, rounded down (so 79.9 % does not pass an 80 % threshold).
    pub percent: u32,
    pub verdict: Verdict,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Passed,
    Failed,
    /// Short answers wait for the head's grade.
    Pending,
    /// Not submitted yet.
    Open,
}

pub fn result(test: &CertTest, attempt: &Attempt) -> Result {
    let mut right = 0u32;
    let mut ungraded = 0u32;
    for q in attempt.paper.iter().filter_map(|id| test.question(*id)) {
        match outcome(q, attempt.given(q.id)) {
            Outcome::Right => right += 1,
            Outcome::Ungraded => ungraded += 1,
            Outcome::Wrong => {}
        }
    }
    let questions = attempt
        .paper
        .iter()
        .filter(|id| test.question(**id).is_some())
        .count() as u32;
    let percent = (right * 100).checked_div(questions).unwrap_or_default();
    let verdict = if attempt.submitted.is_none() {
        Verdict::Open
    } else if ungraded > 0 {
        Verdict::Pending
    } else if percent >= test.pass_percent as u32 {
        Verdict::Passed
    } else {
        Verdict::Failed
    };
    Result {
        right,
        questions,
        ungraded,
        percent,
        verdict,
    }
}
