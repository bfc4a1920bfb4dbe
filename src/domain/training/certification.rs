//! T5 certification (*аттестация*): a test drawn from its question bank, taken on the tablet, graded, and a
//! certificate valid for a set number of days with re-certification due some days before it expires.
//!
//! - **Grading**: one point per question. A single choice scores when the chosen option is the correct one; a
//!   multiple choice only when exactly the correct options are chosen (no partial credit, as in most
//!   certification tools); a short answer when the head grades it right. Score = points / questions × 100; the
//!   attempt passes at the test's threshold or above. An attempt with a short answer not yet graded is pending.
//! - **Attempts**: at most `attempts` submitted attempts per person since their last pass (0: no limit), so the
//!   count starts again for each re-certification.
//! - **Certificate**: the latest passed attempt; valid through `submitted + valid_days − 1`; re-certification is
//!   due from `valid_until − recert_days`; expired after `valid_until`.

use crate::domain::core::dataset::StoreName;
use crate::domain::core::date::add_days;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{
    check_count, check_len, check_name, check_part, check_range, check_text, FieldProblem, Rule,
};
use crate::domain::Dataset;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Answer {
    /// One option is right (its index).
    Single { options: Vec<String>, correct: u8 },
    /// Several options are right (their indexes, ascending).
    Multiple {
        options: Vec<String>,
        correct: Vec<u8>,
    },
    /// Written in the person's words; the head grades it against the model answer.
    Short { model: String },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable inside its test, so attempts keep pointing at it when the bank is edited.
    pub id: u16,
    pub text: String,
    pub answer: Answer,
}

impl Question {
    /// The options a person picks from (none for a short answer).
    pub fn options(&self) -> &[String] {
        match &self.answer {
            Answer::Single { options, .. } | Answer::Multiple { options, .. } => options,
            Answer::Short { .. } => &[],
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CertTest {
    pub title: String,
    /// The skill the result is evidence of (feeds the skills matrix).
    pub skill: Option<RecordId>,
    /// The standard this test checks knowledge of.
    pub standard: Option<RecordId>,
    /// The bank.
    pub questions: Vec<Question>,
    /// How many questions an attempt draws from the bank (0: all).
    pub draw: u16,
    /// The pass threshold in percent.
    pub pass_percent: u8,
    /// The time limit in minutes (0: none).
    pub minutes: u16,
    /// Submitted attempts allowed since the last pass (0: no limit).
    pub attempts: u8,
    /// Questions come in a different order for each attempt.
    pub shuffle: bool,
    /// How long a certificate is valid, in days.
    pub valid_days: u16,
    /// How many days before expiry re-certification is due.
    pub recert_days: u16,
}

pub const TITLE_MAX: usize = 200;
pub const TEXT_MAX: usize = 2_000;
pub const OPTION_MAX: usize = 500;
pub const QUESTIONS_MAX: usize = 200;
pub const OPTIONS_MAX: usize = 10;
pub const VALID_DAYS_MAX: u16 = 3 * 366;

impl CertTest {
    /// A new test as the editor starts it: pass at 80 %, 15 minutes, two attempts, questions shuffled, the
    /// certificate valid half a year (180 days) and re-certification due two weeks (14 days) before it lapses.
    pub fn blank() -> CertTest {
        CertTest {
            title: String::new(),
            skill: None,
            standard: None,
            questions: Vec::new(),
            draw: 0,
            pass_percent: 80,
            minutes: 15,
            attempts: 2,
            shuffle: true,
            valid_days: 180,
            recert_days: 14,
        }
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_name(&mut out, "title", &self.title, TITLE_MAX);
        check_count(
            &mut out,
            "questions".into(),
            self.questions.len(),
            QUESTIONS_MAX,
        );
        let mut seen = std::collections::BTreeSet::new();
        for (i, q) in self.questions.iter().enumerate() {
            check_part(&mut out, &format!("questions[{i}]"), |one| {
                check_text(one, "text", &q.text, TEXT_MAX);
                if !seen.insert(q.id) {
                    one.push(FieldProblem::new("id", Rule::Duplicate));
                }
                question_problems(one, &q.answer);
            });
        }
        if self.draw as usize > self.questions.len() {
            out.push(FieldProblem::new(
                "draw",
                Rule::Range {
                    min: 0,
                    max: self.questions.len() as i64,
                },
            ));
        }
        check_range(&mut out, "pass_percent", self.pass_percent as i64, 1..=100);
        if self.minutes > 24 * 60 {
            out.push(FieldProblem::new(
                "minutes",
                Rule::Range {
                    min: 0,
                    max: 24 * 60,
                },
            ));
        }
        check_range(
            &mut out,
            "valid_days",
            self.valid_days as i64,
            1..=VALID_DAYS_MAX as i64,
        );
        if self.recert_days >= self.valid_days.max(1) {
            out.push(FieldProblem::new(
                "recert_days",
                Rule::Range {
                    min: 0,
                    max: self.valid_days as i64 - 1,
                },
            ));
        }
        out
    }

    pub fn question(&self, id: u16) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// The id a new question gets.
    pub fn next_id(&self) -> u16 {
        self.questions
            .iter()
            .map(|q| q.id)
            .max()
            .map_or(1, |m| m + 1)
    }

    /// The questions of an attempt, in the order it shows them: drawn and shuffled by `seed` (the attempt's id),
    /// so the same attempt shows the same order on a reload.
    pub fn paper(&self, seed: RecordId) -> Vec<u16> {
        let mut ids: Vec<u16> = self.questions.iter().map(|q| q.id).collect();
        if self.shuffle || self.draw > 0 {
            let seed = seed.as_u128() as u64 ^ (seed.as_u128() >> 64) as u64;
            ids.sort_by_key(|id| mix(seed ^ *id as u64));
        }
        if self.draw > 0 {
            ids.truncate(self.draw as usize);
        }
        if !self.shuffle {
            let order: Vec<u16> = self.questions.iter().map(|q| q.id).collect();
            ids.sort_by_key(|id| order.iter().position(|o| o == id));
        }
        ids
    }
}

fn question_problems(out: &mut Vec<FieldProblem>, answer: &Answer) {
    let options = match answer {
        Answer::Single { options, correct } => {
            if *correct as usize >= options.len() {
                out.push(FieldProblem::new(
                    "answer.correct",
                    Rule::Range {
                        min: 0,
                        max: options.len() as i64 - 1,
                    },
                ));
            }
            options
        }
        Answer::Multiple { options, correct } => {
            if correct.is_empty()
                || correct.iter().any(|c| *c as usize >= options.len())
                || correct.windows(2).any(|w| w[0] >= w[1])
            {
                out.push(FieldProblem::new(
                    "answer.correct",
                    Rule::Range {
                        min: 0,
                        max: options.len() as i64 - 1,
                    },
                ));
            }
            options
        }
        Answer::Short { model } => {
            check_len(out, "answer.model", model, TEXT_MAX);
            return;
        }
    };
    if !(2..=OPTIONS_MAX).contains(&options.len()) {
        out.push(FieldProblem::new(
            "answer.options",
            Rule::Range {
                min: 2,
                max: OPTIONS_MAX as i64,
            },
        ));
    }
    for (i, o) in options.iter().enumerate() {
        check_part(out, &format!("answer.options[{i}]"), |one| {
            check_text(one, "text", o, OPTION_MAX)
        });
    }
}

/// SplitMix64's finaliser: a well-mixed 64-bit value from any input, for a reproducible shuffle.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

impl Related for CertTest {
    fn links(&self) -> Vec<Link> {
        let mut out = Vec::new();
        out.extend(self.skill.map(|s| Link::to("skill", StoreName::Skills, s)));
        out.extend(
            self.standard
                .map(|s| Link::to("standard", StoreName::Standards, s)),
        );
        out
    }
}

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

/// A person's attempts at a test, oldest first.
pub fn attempts_of(data: &Dataset, test: RecordId, manager: RecordId) -> Vec<(RecordId, &Attempt)> {
    let mut out: Vec<(RecordId, &Attempt)> = data
        .live_records::<Attempt>()
        .filter(|r| r.data.test == test && r.data.manager == manager)
        .map(|r| (r.id, &r.data))
        .collect();
    out.sort_by_key(|(id, a)| (a.started, a.submitted, *id));
    out
}

/// A valid (or lapsed) certificate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Certificate {
    pub attempt: RecordId,
    pub passed_on: NaiveDate,
    pub percent: u32,
    /// The last day it is valid.
    pub valid_until: NaiveDate,
    /// From this day re-certification is due.
    pub due_from: NaiveDate,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum CertStatus {
    Expired,
    Due,
    Valid,
}

impl Certificate {
    pub fn status(&self, today: NaiveDate) -> CertStatus {
        if today > self.valid_until {
            CertStatus::Expired
        } else if today >= self.due_from {
            CertStatus::Due
        } else {
            CertStatus::Valid
        }
    }
}

/// The certificate rule (see the module): the latest passed attempt.
pub fn certificate(data: &Dataset, test: RecordId, manager: RecordId) -> Option<Certificate> {
    let t = &data.live::<CertTest>(test)?.data;
    attempts_of(data, test, manager)
        .into_iter()
        .rev()
        .find_map(|(id, a)| {
            let r = result(t, a);
            let on = a.submitted?;
            (r.verdict == Verdict::Passed).then(|| {
                let valid_until = add_days(on, t.valid_days as i64 - 1);
                Certificate {
                    attempt: id,
                    passed_on: on,
                    percent: r.percent,
                    valid_until,
                    due_from: add_days(valid_until, -(t.recert_days as i64)),
                }
            })
        })
}

/// Why a person may not start an attempt now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// An attempt is already open: finish it first.
    Open(RecordId),
    /// All attempts since the last pass are used.
    NoAttemptsLeft { used: u8 },
    /// The test has no questions.
    Empty,
}

/// Attempts left since the last pass (`None`: no limit).
pub fn attempts_left(
    data: &Dataset,
    test: &CertTest,
    id: RecordId,
    manager: RecordId,
) -> Option<u8> {
    if test.attempts == 0 {
        return None;
    }
    Some(
        test.attempts
            .saturating_sub(used_since_pass(data, test, id, manager)),
    )
}

fn used_since_pass(data: &Dataset, test: &CertTest, id: RecordId, manager: RecordId) -> u8 {
    let list = attempts_of(data, id, manager);
    let mut used = 0u8;
    for (_, a) in list.iter().rev() {
        if a.submitted.is_none() {
            continue;
        }
        if result(test, a).verdict == Verdict::Passed {
            break;
        }
        used = used.saturating_add(1);
    }
    used
}

/// Starting an attempt: the paper drawn for it, or why not.
pub fn start(
    data: &Dataset,
    test_id: RecordId,
    manager: RecordId,
    attempt_id: RecordId,
    today: NaiveDate,
    now_ms: u64,
) -> std::result::Result<Attempt, Refusal> {
    let test = &data.live::<CertTest>(test_id).ok_or(Refusal::Empty)?.data;
    if test.questions.is_empty() {
        return Err(Refusal::Empty);
    }
    if let Some((open, _)) = attempts_of(data, test_id, manager)
        .into_iter()
        .find(|(_, a)| a.submitted.is_none())
    {
        return Err(Refusal::Open(open));
    }
    if attempts_left(data, test, test_id, manager) == Some(0) {
        return Err(Refusal::NoAttemptsLeft {
            used: test.attempts,
        });
    }
    Ok(Attempt {
        test: test_id,
        manager,
        paper: test.paper(attempt_id),
        started: today,
        started_ms: now_ms,
        submitted: None,
        given: Vec::new(),
    })
}

/// A person's certificates that need attention on `today`: due or expired, most urgent first.
pub fn attention(
    data: &Dataset,
    manager: RecordId,
    today: NaiveDate,
) -> Vec<(RecordId, Certificate)> {
    let mut out: Vec<(RecordId, Certificate)> = data
        .live_records::<CertTest>()
        .filter_map(|t| certificate(data, t.id, manager).map(|c| (t.id, c)))
        .filter(|(_, c)| c.status(today) != CertStatus::Valid)
        .collect();
    out.sort_by_key(|(id, c)| (c.status(today), c.valid_until, *id));
    out
}

/// T5 what the person taking a test sees, and all the hand-over screen holds: the title, the time limit and the
/// attempt's questions in its order, each with its options but never which is right or the model answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sheet {
    pub title: String,
    /// The time limit in minutes (0: none).
    pub minutes: u16,
    pub questions: Vec<SheetQuestion>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetQuestion {
    pub id: u16,
    pub text: String,
    /// What to pick from (none for a short answer).
    pub options: Vec<String>,
    pub kind: SheetKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SheetKind {
    Single,
    Multiple,
    Short,
}

/// The sheet of an attempt at `test`.
pub fn sheet(test: &CertTest, attempt: &Attempt) -> Sheet {
    Sheet {
        title: test.title.clone(),
        minutes: test.minutes,
        questions: attempt
            .paper
            .iter()
            .filter_map(|id| test.question(*id))
            .map(|q| SheetQuestion {
                id: q.id,
                text: q.text.clone(),
                options: q.options().to_vec(),
                kind: match q.answer {
                    Answer::Single { .. } => SheetKind::Single,
                    Answer::Multiple { .. } => SheetKind::Multiple,
                    Answer::Short { .. } => SheetKind::Short,
                },
            })
            .collect(),
    }
}

/// T5 every test's answer key taken out of `data`, for the time a test is being taken on this device: the right
/// options and the model answers are blanked (a right option becomes one that does not exist, so such a test
/// breaks its own rules and can never be saved back). The stored tests keep their keys; reading the database again
/// brings them back.
pub fn without_answer_keys(data: &mut Dataset) {
    for r in data.cert_tests.values_mut() {
        for q in &mut r.data.questions {
            match &mut q.answer {
                Answer::Single { correct, .. } => *correct = u8::MAX,
                Answer::Multiple { correct, .. } => correct.clear(),
                Answer::Short { model } => model.clear(),
            }
        }
    }
}

/// The head's code that ends a hand-over before the test is submitted: at least four digits, so a person taking
/// the test cannot guess it in a few taps.
pub fn is_unlock_code(code: &str) -> bool {
    code.chars().count() >= 4 && code.chars().all(|c| c.is_ascii_digit())
}
