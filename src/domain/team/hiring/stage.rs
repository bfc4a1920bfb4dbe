//! The stages a sales candidate passes (DOMAIN.md, "Hiring"), and the ways out.

use serde::{Deserialize, Serialize};

/// Where a candidate is. The order is the funnel's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Answered the posting (or was referred).
    Response,
    PhoneScreen,
    Interview,
    RolePlay,
    /// The final interview with the head.
    Final,
    Offer,
    /// At work on probation: a manager of the team from the first day (a Russian probation is part of employment,
    /// Labour Code art. 70), so hiring creates the manager when the candidate enters this stage.
    Probation,
    /// Passed probation.
    Hired,
}

impl Stage {
    pub const ALL: [Stage; 8] = [
        Stage::Response,
        Stage::PhoneScreen,
        Stage::Interview,
        Stage::RolePlay,
        Stage::Final,
        Stage::Offer,
        Stage::Probation,
        Stage::Hired,
    ];

    /// The stages an interviewer scores (a scorecard belongs to one of these).
    pub const SCORED: [Stage; 4] = [
        Stage::PhoneScreen,
        Stage::Interview,
        Stage::RolePlay,
        Stage::Final,
    ];

    pub fn index(self) -> usize {
        Stage::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn next(self) -> Option<Stage> {
        Stage::ALL.get(self.index() + 1).copied()
    }

    /// At work: the candidate is a manager of the team.
    pub fn is_employed(self) -> bool {
        self >= Stage::Probation
    }
}

/// Why a candidate left the funnel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LeaveReason {
    /// We said no.
    Rejected,
    /// They said no (another offer, the money, changed their mind).
    Declined,
    /// Stopped answering.
    NoAnswer,
}

impl LeaveReason {
    pub const ALL: [LeaveReason; 3] = [
        LeaveReason::Rejected,
        LeaveReason::Declined,
        LeaveReason::NoAnswer,
    ];
}

/// The five-step scale of a scorecard's ratings and of the overall recommendation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    DefinitelyNot,
    No,
    Mixed,
    Yes,
    StrongYes,
}

impl Verdict {
    pub const ALL: [Verdict; 5] = [
        Verdict::DefinitelyNot,
        Verdict::No,
        Verdict::Mixed,
        Verdict::Yes,
        Verdict::StrongYes,
    ];

    pub fn index(self) -> usize {
        Verdict::ALL.iter().position(|v| *v == self).unwrap_or(0)
    }
}
