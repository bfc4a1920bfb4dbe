//! T4 call reviews and role-plays scored on a [`Scorecard`].
//!
//! **Score** = points / possible × 100, where a criterion marked `m` on a scale whose best mark is `top` gives
//! `weight × m` points of `weight × top` possible, and a criterion marked "not applicable" leaves both sums. The
//! score is always shown with its two sums.
//!
//! **Calibration**: several reviewers of one call (same person, date and client) each score it; the spread is the
//! highest score minus the lowest, overall and per criterion.

use crate::domain::core::dataset::StoreName;
use crate::domain::core::date::month_start;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{
    check_count, check_len, check_part, check_text, FieldProblem, Rule,
};
use crate::domain::training::scorecard::{Criterion, Scorecard};
use crate::domain::Dataset;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What was reviewed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Subject {
    /// A real call: the client, and a link to the recording or a note where to find it.
    Call { client: String, link: String },
    /// A role-play in pairs: the partner who played the client, and the scenario.
    RolePlay {
        partner: Option<RecordId>,
        scenario: String,
    },
}

/// Who scored it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Reviewer {
    Head,
    /// Quality control (ОКК), by the reviewer's name.
    Quality {
        name: String,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mark {
    pub criterion: u16,
    /// `None`: not applicable to this call.
    pub value: Option<u8>,
    pub comment: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub scorecard: RecordId,
    /// Whose call (or role-play).
    pub manager: RecordId,
    #[serde(with = "crate::domain::core::date")]
    pub date: NaiveDate,
    pub subject: Subject,
    pub reviewer: Reviewer,
    pub marks: Vec<Mark>,
    pub comment: String,
}

pub const TEXT_MAX: usize = 500;
pub const COMMENT_MAX: usize = 2_000;
pub const MARKS_MAX: usize = 60;

impl Review {
    /// A new review of `manager`'s call on `date` by the head, on `scorecard`, nothing marked yet.
    pub fn blank(scorecard: RecordId, manager: RecordId, date: NaiveDate) -> Review {
        Review {
            scorecard,
            manager,
            date,
            subject: Subject::Call {
                client: String::new(),
                link: String::new(),
            },
            reviewer: Reviewer::Head,
            marks: Vec::new(),
            comment: String::new(),
        }
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        match &self.subject {
            Subject::Call { client, link } => {
                check_text(&mut out, "subject.client", client, TEXT_MAX);
                check_len(&mut out, "subject.link", link, TEXT_MAX);
            }
            Subject::RolePlay { scenario, .. } => {
                check_text(&mut out, "subject.scenario", scenario, TEXT_MAX)
            }
        }
        if let Reviewer::Quality { name } = &self.reviewer {
            check_text(&mut out, "reviewer.name", name, TEXT_MAX);
        }
        check_count(&mut out, "marks".into(), self.marks.len(), MARKS_MAX);
        for (i, m) in self.marks.iter().enumerate() {
            check_part(&mut out, &format!("marks[{i}]"), |one| {
                check_len(one, "comment", &m.comment, COMMENT_MAX);
                if m.value.is_some_and(|v| v > 5) {
                    one.push(FieldProblem::new("value", Rule::Range { min: 0, max: 5 }));
                }
            });
        }
        check_len(&mut out, "comment", &self.comment, COMMENT_MAX);
        out
    }

    pub fn mark(&self, criterion: u16) -> Option<&Mark> {
        self.marks.iter().find(|m| m.criterion == criterion)
    }

    pub fn is_role_play(&self) -> bool {
        matches!(self.subject, Subject::RolePlay { .. })
    }

    /// What makes two reviews reviews of one call: the person, the day and the client (or scenario).
    fn call_key(&self) -> (RecordId, NaiveDate, String) {
        let what = match &self.subject {
            Subject::Call { client, .. } => client.trim().to_lowercase(),
            Subject::RolePlay { scenario, .. } => scenario.trim().to_lowercase(),
        };
        (self.manager, self.date, what)
    }

    /// Marks the card's scale refuses (a file's, or a card edited after the review).
    pub fn marks_off_scale(&self, card: &Scorecard) -> Vec<u16> {
        self.marks
            .iter()
            .filter(|m| {
                m.value.is_some_and(|v| {
                    card.criterion(m.criterion)
                        .is_some_and(|c| !c.scale.marks().contains(&v))
                })
            })
            .map(|m| m.criterion)
            .collect()
    }
}

impl Related for Review {
    fn links(&self) -> Vec<Link> {
        let mut out = vec![
            Link::to("scorecard", StoreName::Scorecards, self.scorecard),
            Link::to("manager", StoreName::Managers, self.manager),
        ];
        if let Subject::RolePlay {
            partner: Some(p), ..
        } = self.subject
        {
            out.push(Link::to("subject.partner", StoreName::Managers, p));
        }
        out
    }
}

/// Points of possible: a score with the parts it comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Points {
    pub points: u32,
    pub possible: u32,
}

impl Points {
    /// points / possible × 100, rounded half up; `None` when nothing applied.
    pub fn percent(&self) -> Option<u32> {
        (self.possible > 0).then(|| (self.points * 200 + self.possible) / (self.possible * 2))
    }

    pub fn add(&mut self, other: Points) {
        self.points += other.points;
        self.possible += other.possible;
    }
}

/// A criterion's points for a mark: weight × mark of weight × top; `None` for not applicable or a mark off the scale.
pub fn points_of(c: &Criterion, value: Option<u8>) -> Option<Points> {
    let m = value.filter(|v| c.scale.marks().contains(v))?;
    Some(Points {
        points: c.weight as u32 * m as u32,
        possible: c.weight as u32 * c.scale.top() as u32,
    })
}

/// One criterion's part of a score (`None` points: not applicable or not marked).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part<'a> {
    pub criterion: &'a Criterion,
    pub mark: Option<u8>,
    pub points: Option<Points>,
}

/// A review's score on its card: the total and each criterion's part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Score<'a> {
    pub total: Points,
    pub parts: Vec<Part<'a>>,
}

/// The score formula (see the module): weight × mark of weight × top, not-applicable and unmarked criteria left out.
pub fn score<'a>(review: &Review, card: &'a Scorecard) -> Score<'a> {
    score_marks(|id| review.mark(id).and_then(|m| m.value), card)
}

/// The same formula for marks kept elsewhere (a candidate's role-play at the final interview, O7): `mark` answers
/// a criterion's mark, `None` for not applicable or unmarked.
pub fn score_marks<'a>(mark: impl Fn(u16) -> Option<u8>, card: &'a Scorecard) -> Score<'a> {
    let mut total = Points::default();
    let parts = card
        .criteria
        .iter()
        .map(|c| {
            let points = points_of(c, mark(c.id));
            let mark = points.and(mark(c.id));
            if let Some(p) = points {
                total.add(p);
            }
            Part {
                criterion: c,
                mark,
                points,
            }
        })
        .collect();
    Score { total, parts }
}

/// A review with its card, when the card is there.
pub fn scored(data: &Dataset, review: &Review) -> Option<Points> {
    let card = &data.live::<Scorecard>(review.scorecard)?.data;
    Some(score(review, card).total)
}

/// Reviews newest first; `manager` narrows them to one person.
pub fn reviews(data: &Dataset, manager: Option<RecordId>) -> Vec<(RecordId, &Review)> {
    let mut out: Vec<(RecordId, &Review)> = data
        .live_records::<Review>()
        .filter(|r| manager.is_none_or(|m| r.data.manager == m))
        .map(|r| (r.id, &r.data))
        .collect();
    out.sort_by(|a, b| b.1.date.cmp(&a.1.date).then(a.0.cmp(&b.0)));
    out
}

/// Reviews of one call by several reviewers, and how far apart they are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Calibration {
    /// Each review with its score, in id order.
    pub reviews: Vec<(RecordId, Points)>,
    /// Highest score minus lowest, in percentage points.
    pub spread: u32,
    /// Per criterion marked by at least two reviewers: highest percent of its top minus lowest.
    pub criteria: BTreeMap<u16, u32>,
}

/// The calibration of `review`'s call: every review of the same person, day and client on the same card. `None`
/// when it is the only one.
pub fn calibration(data: &Dataset, review: RecordId) -> Option<Calibration> {
    let this = &data.live::<Review>(review)?.data;
    let card = &data.live::<Scorecard>(this.scorecard)?.data;
    let key = this.call_key();
    let same: Vec<(RecordId, &Review)> = data
        .live_records::<Review>()
        .filter(|r| r.data.scorecard == this.scorecard && r.data.call_key() == key)
        .map(|r| (r.id, &r.data))
        .collect();
    if same.len() < 2 {
        return None;
    }
    let scores: Vec<(RecordId, Points)> = same
        .iter()
        .map(|(id, r)| (*id, score(r, card).total))
        .collect();
    let percents: Vec<u32> = scores.iter().filter_map(|(_, p)| p.percent()).collect();
    let spread = spread_of(&percents);
    let mut criteria = BTreeMap::new();
    for c in &card.criteria {
        let marks: Vec<u32> = same
            .iter()
            .filter_map(|(_, r)| r.mark(c.id)?.value)
            .filter(|v| c.scale.marks().contains(v))
            .map(|v| v as u32 * 100 / c.scale.top() as u32)
            .collect();
        if marks.len() >= 2 {
            criteria.insert(c.id, spread_of(&marks));
        }
    }
    Some(Calibration {
        reviews: scores,
        spread,
        criteria,
    })
}

/// Reviewers this many percentage points apart or more disagree enough to talk the call over (a calibration
/// session's usual bar: one scale step of five on a 100-point card).
pub const TALK_OVER_AT: u32 = 20;

impl Calibration {
    /// Whether a spread of `points` is worth a calibration talk ([`TALK_OVER_AT`]).
    pub fn worth_talking_over(points: u32) -> bool {
        points >= TALK_OVER_AT
    }
}

fn spread_of(values: &[u32]) -> u32 {
    match (values.iter().max(), values.iter().min()) {
        (Some(hi), Some(lo)) => hi - lo,
        _ => 0,
    }
}

/// One person's marks on one criterion month by month: summed points of possible per month, oldest first.
pub fn criterion_trend(
    data: &Dataset,
    manager: RecordId,
    scorecard: RecordId,
    criterion: u16,
) -> Vec<(NaiveDate, Points)> {
    let Some(card) = data.live::<Scorecard>(scorecard) else {
        return Vec::new();
    };
    let Some(c) = card.data.criterion(criterion) else {
        return Vec::new();
    };
    let mut months: BTreeMap<NaiveDate, Points> = BTreeMap::new();
    for r in data.live_records::<Review>() {
        let r = &r.data;
        if r.manager != manager || r.scorecard != scorecard {
            continue;
        }
        if let Some(p) = points_of(c, r.mark(criterion).and_then(|m| m.value)) {
            months.entry(month_start(r.date)).or_default().add(p);
        }
    }
    months.into_iter().collect()
}

/// Below this share of the possible points a criterion is weak for a person.
pub const WEAK_BELOW_PERCENT: u32 = 60;
/// How many of the person's latest reviews on a card count for weakness.
pub const WEAK_LAST_REVIEWS: usize = 5;

/// A criterion a person is weak in: summed over their latest reviews on the card, below [`WEAK_BELOW_PERCENT`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Weak {
    pub scorecard: RecordId,
    pub criterion: u16,
    pub points: Points,
}

/// The person's weak criteria, worst first: per card, over their [`WEAK_LAST_REVIEWS`] latest reviews on it.
pub fn weak_criteria(data: &Dataset, manager: RecordId) -> Vec<Weak> {
    let mut out = Vec::new();
    for (card_id, card) in crate::domain::training::scorecard::scorecards(data) {
        let mut mine: Vec<&Review> = data
            .live_records::<Review>()
            .map(|r| &r.data)
            .filter(|r| r.manager == manager && r.scorecard == card_id)
            .collect();
        mine.sort_by_key(|r| std::cmp::Reverse(r.date));
        mine.truncate(WEAK_LAST_REVIEWS);
        for c in &card.criteria {
            let mut sum = Points::default();
            for r in &mine {
                if let Some(p) = points_of(c, r.mark(c.id).and_then(|m| m.value)) {
                    sum.add(p);
                }
            }
            if sum.percent().is_some_and(|p| p < WEAK_BELOW_PERCENT) {
                out.push(Weak {
                    scorecard: card_id,
                    criterion: c.id,
                    points: sum,
                });
            }
        }
    }
    out.sort_by_key(|w| (w.points.percent(), w.scorecard, w.criterion));
    out
}
