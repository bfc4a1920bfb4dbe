//! Field rules shared by the forms and the import validator, so a value the form refuses is refused in a file too.

use serde::Serialize;
use std::borrow::Cow;

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
    /// A date range longer than `max_days` days (both ends counted): a typo, and a window no check should walk.
    SpanTooLong { max_days: i64 },
    /// Tiers (or steps of any list that must rise) out of order: the first must start at 0, each after it higher
    /// than the one before.
    NotAscending,
    /// Weights that must add up to 100 % add up to `sum` basis points.
    WeightsSum { sum: i64 },
    /// A cap below what the component already pays at its gate (`gate_pay` kopecks): it would pay the cap or nothing.
    CapBelowGate { gate_pay: i64 },
    /// A second item where one is allowed (two salaries, a KPI listed twice).
    Duplicate,
    /// Ranges that share a value (completion bands where one completion would fall into two), or out of order.
    Overlap,
    /// A part that is computed from the salary in a scheme without one (a salary-share bonus).
    NoSalary,
    /// A money step that is not a whole number of roubles, at least one (a per-unit bonus on a money metric pays
    /// per step of money, never per kopeck).
    MoneyStep,
    /// A name with invisible or text-direction characters (zero-width spaces, bidi overrides): it would look like
    /// another name, or show reversed.
    Invisible,
    /// Personal data in a record that says it was erased.
    PersonalInErasure,
}

/// A rule broken by one field of a record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldProblem {
    /// The field's path inside the record's data, e.g. `full_name`, `status.on` or, inside lists,
    /// `components[1].tiers[0].from`.
    pub field: Cow<'static, str>,
    pub rule: Rule,
}

impl FieldProblem {
    pub fn new(field: &'static str, rule: Rule) -> Self {
        FieldProblem {
            field: Cow::Borrowed(field),
            rule,
        }
    }

    /// A problem of a field inside a list, its path made at run time.
    pub fn at(field: String, rule: Rule) -> Self {
        FieldProblem {
            field: Cow::Owned(field),
            rule,
        }
    }
}

/// Runs `check` on one part of a record (an item of a list) and files what it finds under `prefix`:
/// `goals[1]` and `title` make `goals[1].title`.
pub fn check_part(
    out: &mut Vec<FieldProblem>,
    prefix: &str,
    check: impl FnOnce(&mut Vec<FieldProblem>),
) {
    let mut part = Vec::new();
    check(&mut part);
    out.extend(
        part.into_iter()
            .map(|p| FieldProblem::at(format!("{prefix}.{}", p.field), p.rule)),
    );
}

/// A list of at most `max` items: a [`Rule::Range`] problem (0..=`max`) above it.
pub fn check_count(out: &mut Vec<FieldProblem>, field: String, len: usize, max: usize) {
    if len > max {
        out.push(FieldProblem::at(
            field,
            Rule::Range {
                min: 0,
                max: max as i64,
            },
        ));
    }
}

/// A number within `range`: a [`Rule::Range`] problem naming the range otherwise.
pub fn check_range(
    out: &mut Vec<FieldProblem>,
    field: &'static str,
    value: i64,
    range: std::ops::RangeInclusive<i64>,
) {
    if !range.contains(&value) {
        out.push(FieldProblem::new(
            field,
            Rule::Range {
                min: *range.start(),
                max: *range.end(),
            },
        ));
    }
}

/// Adds a [`Rule::TooLong`] problem when `value` has more than `max` characters.
pub fn check_len(out: &mut Vec<FieldProblem>, field: &'static str, value: &str, max: usize) {
    let len = value.chars().count();
    if len > max {
        out.push(FieldProblem::new(field, Rule::TooLong { max, len }));
    }
}

/// A required text: a [`Rule::Required`] problem when it shows nothing (blank, or only invisible characters), a
/// [`Rule::TooLong`] one past `max` characters.
pub fn check_text(out: &mut Vec<FieldProblem>, field: &'static str, value: &str, max: usize) {
    if !value.chars().any(is_visible) {
        out.push(FieldProblem::new(field, Rule::Required));
    }
    check_len(out, field, value, max);
}

/// A required name (a person, a metric, a source, a department): [`check_text`], and no invisible or
/// text-direction characters, which are refused rather than stripped so a file's name is never silently changed.
pub fn check_name(out: &mut Vec<FieldProblem>, field: &'static str, value: &str, max: usize) {
    let before = out.len();
    check_text(out, field, value, max);
    // A name of invisible characters only is reported once, as empty.
    if !out[before..].iter().any(|p| p.rule == Rule::Required) {
        check_invisible(out, field, value);
    }
}

/// An optional name: empty is fine; otherwise as [`check_name`].
pub fn check_optional_name(
    out: &mut Vec<FieldProblem>,
    field: &'static str,
    value: &str,
    max: usize,
) {
    if value.is_empty() {
        return;
    }
    check_name(out, field, value, max);
}

fn check_invisible(out: &mut Vec<FieldProblem>, field: &'static str, value: &str) {
    if value.chars().any(is_hidden) {
        out.push(FieldProblem::new(field, Rule::Invisible));
    }
}

/// A date range of at most `max_days` days, both ends counted (the end-before-start rule is the caller's).
pub fn check_span(
    out: &mut Vec<FieldProblem>,
    field: &'static str,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
    max_days: i64,
) {
    if (to - from).num_days() + 1 > max_days {
        out.push(FieldProblem::new(field, Rule::SpanTooLong { max_days }));
    }
}

/// A character that shows something: not white space, not a control or format character.
pub fn is_visible(c: char) -> bool {
    !c.is_whitespace() && !c.is_control() && !is_hidden(c)
}

/// Format characters that draw nothing or change the direction of text (Unicode's `Cf` characters that matter in
/// names): soft hyphen, Arabic letter mark, Mongolian vowel separator, zero-width space/joiners and direction marks,
/// bidi embeddings and overrides, word joiner and invisible operators, bidi isolates, the byte-order mark, and
/// interlinear annotation marks.
pub fn is_hidden(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}
