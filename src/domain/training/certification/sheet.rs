//! What the person taking a test sees, and the data file without the answer keys.

use super::*;
use crate::domain::Dataset;

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
