//! O7 interview scorecards: each interviewer rates the attributes their stage focuses on (from the vacancy) on the
//! five-step scale, with notes, and gives an overall recommendation; the final interview adds the guide's answers
//! and a role-play scored on a training scorecard (T4), so a candidate's role-play reads like a seller's.
//!
//! **The panel** (several interviewers of one candidate): per attribute, how many said each step; the
//! recommendations likewise. The steps are words, not numbers, so they are counted, never averaged.

use crate::domain::core::dataset::StoreName;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{
    check_count, check_len, check_name, check_part, FieldProblem, Rule,
};
use crate::domain::team::hiring::stage::{Stage, Verdict};
use crate::domain::team::hiring::vacancy::Vacancy;
use crate::domain::Dataset;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    /// The vacancy's attribute.
    pub attribute: u16,
    /// `None`: not rated (the interview did not show it).
    pub verdict: Option<Verdict>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// The final interview's role-play, marked on a training scorecard (scored by `training::review::score_marks`,
/// the formula of the team's own role-plays).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RolePlay {
    pub scorecard: RecordId,
    pub scenario: String,
    pub marks: Vec<PlayMark>,
}

/// A criterion of the card marked; `None`: not applicable.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlayMark {
    pub criterion: u16,
    pub value: Option<u8>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
}

impl RolePlay {
    pub fn mark(&self, criterion: u16) -> Option<u8> {
        self.marks
            .iter()
            .find(|m| m.criterion == criterion)
            .and_then(|m| m.value)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interview {
    pub candidate: RecordId,
    pub stage: Stage,
    /// Who interviewed: the head, a senior seller, HR (a name).
    pub interviewer: String,
    #[serde(with = "crate::domain::core::date")]
    pub date: NaiveDate,
    pub ratings: Vec<Rating>,
    /// The final interview: a note per question of the vacancy's guide, in its order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_play: Option<RolePlay>,
    /// `None` until the interviewer decides.
    pub recommendation: Option<Verdict>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Erased with its candidate: nothing of the above is left.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub erased: bool,
}

pub const NAME_MAX: usize = 200;
pub const NOTE_MAX: usize = 5_000;
pub const LIST_MAX: usize = 60;

impl Interview {
    /// An empty scorecard for `stage`, with a row per attribute the vacancy's stage focuses on.
    pub fn blank(
        candidate: RecordId,
        vacancy: &Vacancy,
        stage: Stage,
        interviewer: &str,
        date: NaiveDate,
    ) -> Interview {
        Interview {
            candidate,
            stage,
            interviewer: interviewer.to_string(),
            date,
            ratings: vacancy
                .focus(stage)
                .map(|a| Rating {
                    attribute: a.id,
                    verdict: None,
                    note: String::new(),
                })
                .collect(),
            answers: if stage == Stage::Final {
                vec![String::new(); vacancy.guide.len()]
            } else {
                Vec::new()
            },
            role_play: None,
            recommendation: None,
            notes: String::new(),
            erased: false,
        }
    }

    /// What is left of a scorecard whose candidate was erased: the candidate and nothing else.
    pub(super) fn erased_copy(&self) -> Interview {
        Interview {
            candidate: self.candidate,
            stage: self.stage,
            interviewer: String::new(),
            date: self.date,
            ratings: Vec::new(),
            answers: Vec::new(),
            role_play: None,
            recommendation: None,
            notes: String::new(),
            erased: true,
        }
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        if self.erased {
            let personal = !self.interviewer.is_empty()
                || !self.ratings.is_empty()
                || !self.answers.is_empty()
                || self.role_play.is_some()
                || self.recommendation.is_some()
                || !self.notes.is_empty();
            if personal {
                out.push(FieldProblem::new("erased", Rule::PersonalInErasure));
            }
            return out;
        }
        check_name(&mut out, "interviewer", &self.interviewer, NAME_MAX);
        check_count(&mut out, "ratings".into(), self.ratings.len(), LIST_MAX);
        for (i, r) in self.ratings.iter().enumerate() {
            check_part(&mut out, &format!("ratings[{i}]"), |o| {
                check_len(o, "note", &r.note, NOTE_MAX)
            });
            if self.ratings[..i].iter().any(|x| x.attribute == r.attribute) {
                out.push(FieldProblem::at(
                    format!("ratings[{i}].attribute"),
                    Rule::Duplicate,
                ));
            }
        }
        check_count(&mut out, "answers".into(), self.answers.len(), LIST_MAX);
        for (i, a) in self.answers.iter().enumerate() {
            check_part(&mut out, &format!("answers[{i}]"), |o| {
                check_len(o, "text", a, NOTE_MAX)
            });
        }
        if let Some(rp) = &self.role_play {
            check_len(&mut out, "role_play.scenario", &rp.scenario, NAME_MAX * 5);
            check_count(&mut out, "role_play.marks".into(), rp.marks.len(), LIST_MAX);
            for (i, m) in rp.marks.iter().enumerate() {
                check_part(&mut out, &format!("role_play.marks[{i}]"), |o| {
                    check_len(o, "comment", &m.comment, NOTE_MAX)
                });
            }
        }
        check_len(&mut out, "notes", &self.notes, NOTE_MAX);
        out
    }
}

impl Related for Interview {
    fn links(&self) -> Vec<Link> {
        let mut out = vec![Link::to("candidate", StoreName::Candidates, self.candidate)];
        if let Some(rp) = &self.role_play {
            out.push(Link::to(
                "role_play.scorecard",
                StoreName::Scorecards,
                rp.scorecard,
            ));
        }
        out
    }

    fn erased(&self) -> bool {
        self.erased
    }
}

/// How many interviewers said each step, indexed as [`Verdict::ALL`].
pub type Tally = [u32; 5];

/// A candidate's panel: every scorecard, the count per attribute and of the recommendations.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Panel<'a> {
    pub interviews: Vec<(RecordId, &'a Interview)>,
    /// By attribute id.
    pub attributes: BTreeMap<u16, Tally>,
    pub recommendations: Tally,
}

impl Panel<'_> {
    /// Someone said "definitely not": the panel must talk before an offer.
    pub fn has_veto(&self) -> bool {
        self.recommendations[Verdict::DefinitelyNot.index()] > 0
    }
}

/// Every scorecard of a candidate, oldest first, and the counts (see the module).
pub fn panel(data: &Dataset, candidate: RecordId) -> Panel<'_> {
    let mut interviews: Vec<(RecordId, &Interview)> = data
        .live_records::<Interview>()
        .filter(|r| r.data.candidate == candidate && !r.data.erased)
        .map(|r| (r.id, &r.data))
        .collect();
    interviews.sort_by_key(|(id, i)| (i.date, i.stage, *id));
    let mut out = Panel::default();
    for (_, i) in &interviews {
        for r in &i.ratings {
            if let Some(v) = r.verdict {
                out.attributes.entry(r.attribute).or_default()[v.index()] += 1;
            }
        }
        if let Some(v) = i.recommendation {
            out.recommendations[v.index()] += 1;
        }
    }
    out.interviews = interviews;
    out
}

/// The attributes of `vacancy` some scorecard of its candidates has rated (with a verdict or a note): those stay on
/// the vacancy when the head takes them off (`Vacancy::remove_attribute`).
pub fn rated_attributes(data: &Dataset, vacancy: RecordId) -> std::collections::BTreeSet<u16> {
    let candidates: std::collections::BTreeSet<RecordId> = data
        .live_records::<crate::domain::team::hiring::candidate::Candidate>()
        .filter(|r| r.data.vacancy == vacancy)
        .map(|r| r.id)
        .collect();
    data.live_records::<Interview>()
        .filter(|r| candidates.contains(&r.data.candidate))
        .flat_map(|r| r.data.ratings.iter())
        .filter(|x| x.verdict.is_some() || !x.note.is_empty())
        .map(|x| x.attribute)
        .collect()
}
