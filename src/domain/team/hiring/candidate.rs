//! O7 candidates and how they move. A candidate keeps every move with its day (the funnel and the time to hire are
//! read from them); leaving names a reason and can be undone; entering probation is hiring ([`super::hire`]), the
//! one way in.
//!
//! **Moves (the rules):** forward by any number of stages (a referral may skip the phone screen) or back to an
//! earlier one (a mistake corrected), never onto the stage the candidate is at, never dated before the last move;
//! not while the candidate has left or has been erased; probation only through hiring, passed probation only from
//! probation; nobody leaves once at work (leaving then is the manager's).

use crate::domain::core::dataset::StoreName;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_len, check_name, check_text, FieldProblem, Rule};
use crate::domain::team::hiring::stage::{LeaveReason, Stage};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A stage entered on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Move {
    pub stage: Stage,
    #[serde(with = "crate::domain::core::date")]
    pub on: NaiveDate,
}

/// Out of the funnel.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Left {
    pub reason: LeaveReason,
    #[serde(with = "crate::domain::core::date")]
    pub on: NaiveDate,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Candidate {
    pub vacancy: RecordId,
    /// Empty once erased.
    pub full_name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
    /// One of the vacancy's sources (kept after an erasure: a count, not a person).
    pub source: String,
    /// A link to the résumé or its text.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub resume: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Every stage entered, oldest first; the first is the response.
    pub moves: Vec<Move>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left: Option<Left>,
    /// The manager hiring made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager: Option<RecordId>,
    /// The day the personal data was erased: what is left is the vacancy, the source, the stages and the reason,
    /// which the funnel counts and which name nobody.
    #[serde(
        default,
        with = "crate::domain::core::date::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub erased: Option<NaiveDate>,
}

/// Why a move, a leave, a hire or an erasure is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MoveError {
    #[error("the candidate is already at this stage")]
    SameStage,
    #[error("a move cannot be dated before the last one")]
    BeforeLastMove,
    #[error("the candidate has left the funnel")]
    HasLeft,
    #[error("the candidate's data was erased")]
    Erased,
    #[error("probation starts by hiring")]
    HireFirst,
    #[error("only a candidate on probation can pass it")]
    NotOnProbation,
    #[error("the candidate is at work")]
    AtWork,
    #[error("only a candidate who left can be erased")]
    StillInFunnel,
    #[error("the candidate has not left")]
    NotLeft,
    #[error("hiring needs an offer first")]
    NoOffer,
    #[error("no such candidate or vacancy")]
    NotFound,
}

pub const NAME_MAX: usize = 200;
pub const CONTACT_MAX: usize = 200;
pub const TEXT_MAX: usize = 10_000;
pub const MOVES_MAX: usize = 100;

impl Candidate {
    /// A new response to `vacancy` on `on`.
    pub fn new(vacancy: RecordId, full_name: &str, source: &str, on: NaiveDate) -> Candidate {
        Candidate {
            vacancy,
            full_name: full_name.trim().to_string(),
            phone: String::new(),
            email: String::new(),
            source: source.to_string(),
            resume: String::new(),
            notes: String::new(),
            moves: vec![Move {
                stage: Stage::Response,
                on,
            }],
            left: None,
            manager: None,
            erased: None,
        }
    }

    /// The stage the candidate is at (or left from).
    pub fn stage(&self) -> Stage {
        self.moves.last().map_or(Stage::Response, |m| m.stage)
    }

    /// The furthest stage ever reached: what the funnel counts (a move back does not undo having got there).
    pub fn furthest(&self) -> Stage {
        self.moves
            .iter()
            .map(|m| m.stage)
            .max()
            .unwrap_or(Stage::Response)
    }

    /// The day of the response.
    pub fn applied(&self) -> Option<NaiveDate> {
        self.moves.first().map(|m| m.on)
    }

    /// The day a stage was first entered.
    pub fn entered(&self, stage: Stage) -> Option<NaiveDate> {
        self.moves.iter().find(|m| m.stage == stage).map(|m| m.on)
    }

    /// Still in the funnel: not left, not erased, not yet at work.
    pub fn is_active(&self) -> bool {
        self.left.is_none() && self.erased.is_none() && !self.stage().is_employed()
    }

    fn last_day(&self) -> Option<NaiveDate> {
        self.moves.last().map(|m| m.on)
    }

    fn check_open(&self, on: NaiveDate) -> Result<(), MoveError> {
        if self.erased.is_some() {
            return Err(MoveError::Erased);
        }
        if self.left.is_some() {
            return Err(MoveError::HasLeft);
        }
        if self.last_day().is_some_and(|d| on < d) {
            return Err(MoveError::BeforeLastMove);
        }
        Ok(())
    }

    /// The candidate moved to `stage` on `on` (see the module's rules).
    pub fn moved(&self, stage: Stage, on: NaiveDate) -> Result<Candidate, MoveError> {
        self.check_open(on)?;
        let at = self.stage();
        if stage == at {
            return Err(MoveError::SameStage);
        }
        match stage {
            Stage::Probation => return Err(MoveError::HireFirst),
            Stage::Hired if at != Stage::Probation => return Err(MoveError::NotOnProbation),
            Stage::Hired => {}
            _ if at.is_employed() => return Err(MoveError::AtWork),
            _ => {}
        }
        let mut next = self.clone();
        next.moves.push(Move { stage, on });
        Ok(next)
    }

    /// The candidate left the funnel on `on`.
    pub fn leaving(
        &self,
        reason: LeaveReason,
        on: NaiveDate,
        note: &str,
    ) -> Result<Candidate, MoveError> {
        self.check_open(on)?;
        if self.stage().is_employed() {
            return Err(MoveError::AtWork);
        }
        let mut next = self.clone();
        next.left = Some(Left {
            reason,
            on,
            note: note.trim().to_string(),
        });
        Ok(next)
    }

    /// Back in the funnel at the stage they left from (a "no answer" who called back).
    pub fn returned(&self) -> Result<Candidate, MoveError> {
        if self.erased.is_some() {
            return Err(MoveError::Erased);
        }
        if self.left.is_none() {
            return Err(MoveError::NotLeft);
        }
        let mut next = self.clone();
        next.left = None;
        Ok(next)
    }

    /// Entering probation on `on` as `manager` (the record hiring creates).
    pub(super) fn started(&self, manager: RecordId, on: NaiveDate) -> Result<Candidate, MoveError> {
        self.check_open(on)?;
        if self.stage() != Stage::Offer {
            return Err(MoveError::NoOffer);
        }
        let mut next = self.clone();
        next.moves.push(Move {
            stage: Stage::Probation,
            on,
        });
        next.manager = Some(manager);
        Ok(next)
    }

    /// What is left after erasing the personal data on `on`: the vacancy, the source, the stages and the reason.
    pub(super) fn erased_copy(&self, on: NaiveDate) -> Candidate {
        Candidate {
            vacancy: self.vacancy,
            full_name: String::new(),
            phone: String::new(),
            email: String::new(),
            source: self.source.clone(),
            resume: String::new(),
            notes: String::new(),
            moves: self.moves.clone(),
            left: self.left.as_ref().map(|l| Left {
                reason: l.reason,
                on: l.on,
                note: String::new(),
            }),
            manager: None,
            erased: Some(on),
        }
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        if self.erased.is_some() {
            // An erasure carries nothing personal, whatever a file claims.
            for (field, value) in [
                ("full_name", &self.full_name),
                ("phone", &self.phone),
                ("email", &self.email),
                ("resume", &self.resume),
                ("notes", &self.notes),
            ] {
                if !value.is_empty() {
                    out.push(FieldProblem::new(field, Rule::PersonalInErasure));
                }
            }
            if self.left.as_ref().is_some_and(|l| !l.note.is_empty()) {
                out.push(FieldProblem::new("left.note", Rule::PersonalInErasure));
            }
        } else {
            check_name(&mut out, "full_name", &self.full_name, NAME_MAX);
            check_len(&mut out, "phone", &self.phone, CONTACT_MAX);
            check_len(&mut out, "email", &self.email, CONTACT_MAX);
            check_len(&mut out, "resume", &self.resume, TEXT_MAX);
            check_len(&mut out, "notes", &self.notes, TEXT_MAX);
            if let Some(l) = &self.left {
                check_len(&mut out, "left.note", &l.note, NAME_MAX * 5);
            }
        }
        check_text(&mut out, "source", &self.source, NAME_MAX);
        if self.moves.is_empty() {
            out.push(FieldProblem::new("moves", Rule::Required));
        }
        if self.moves.len() > MOVES_MAX {
            out.push(FieldProblem::new(
                "moves",
                Rule::Range {
                    min: 1,
                    max: MOVES_MAX as i64,
                },
            ));
        }
        if self
            .moves
            .first()
            .is_some_and(|m| m.stage != Stage::Response)
        {
            out.push(FieldProblem::new("moves[0].stage", Rule::Required));
        }
        if self.moves.windows(2).any(|w| w[1].on < w[0].on) {
            out.push(FieldProblem::new("moves", Rule::NotAscending));
        }
        if let (Some(l), Some(last)) = (&self.left, self.moves.last()) {
            if l.on < last.on {
                out.push(FieldProblem::new("left.on", Rule::EndBeforeStart));
            }
        }
        if self.stage().is_employed() != self.manager.is_some() && self.erased.is_none() {
            out.push(FieldProblem::new("manager", Rule::Required));
        }
        out
    }
}

impl Related for Candidate {
    fn links(&self) -> Vec<Link> {
        let mut out = vec![Link::to("vacancy", StoreName::Vacancies, self.vacancy)];
        if let Some(m) = self.manager {
            out.push(Link::to("manager", StoreName::Managers, m));
        }
        out
    }

    fn erased(&self) -> bool {
        self.erased.is_some()
    }
}
