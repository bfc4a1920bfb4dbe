//! A test and its question bank: the questions, the draw of an attempt's questions, and their rules.

use crate::domain::core::dataset::StoreName;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{
    check_count, check_len, check_name, check_part, check_range, check_text, FieldProblem, Rule,
};
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
