//! Field rules shared by the forms and the import validator, so a value the form refuses is refused in a file too.

use serde::Serialize;

/// What is wrong with a value. The UI words each rule in the user's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum Rule {
    /// Must not be empty.
    Required,
    /// Longer than `max` characters (`len` is what was found).
    TooLong { max: usize, len: usize },
    /// Outside `min..=max`.
    Range { min: i64, max: i64 },
    /// Not an e-mail address.
    Email,
    /// An end date before its start date.
    EndBeforeStart,
    /// A leaving date before the hiring date.
    BeforeHired,
    /// A working week with no working day.
    NoWorkingDay,
    /// A month must be given by its first day.
    MonthStart,
    /// A week must be given by its Monday.
    WeekStart,
    /// A due date before the day the promise or task was given.
    DueBeforeGiven,
}

/// A rule broken by one field of a record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldProblem {
    /// The field's path inside the record's data, e.g. `full_name` or `status.on`.
    pub field: &'static str,
    pub rule: Rule,
}

impl FieldProblem {
    pub fn new(field: &'static str, rule: Rule) -> Self {
        FieldProblem { field, rule }
    }
}

/// Adds a [`Rule::TooLong`] problem when `value` has more than `max` characters.
pub fn check_len(out: &mut Vec<FieldProblem>, field: &'static str, value: &str, max: usize) {
    let len = value.chars().count();
    if len > max {
        out.push(FieldProblem::new(field, Rule::TooLong { max, len }));
    }
}

/// A required text: a [`Rule::Required`] problem when blank, a [`Rule::TooLong`] one past `max` characters.
pub fn check_text(out: &mut Vec<FieldProblem>, field: &'static str, value: &str, max: usize) {
    if value.trim().is_empty() {
        out.push(FieldProblem::new(field, Rule::Required));
    }
    check_len(out, field, value, max);
}
