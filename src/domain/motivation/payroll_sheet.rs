//! M1 the payroll as its table and the accountant's file show it: per person the name, the scheme, the fixed and the
//! variable part and the total; in the CSV one row per payslip line (its computation beside it) and one per total.

use super::payroll::{Payroll, PersonPay};
use crate::domain::core::dataset::Dataset;
use crate::domain::core::locale::Lang;
use crate::domain::core::record::RecordId;
use crate::domain::core::sheet::{csv, plain_number};
use crate::domain::core::unit::Unit;

/// One person's row of the payroll table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PayrollRow {
    pub manager: RecordId,
    pub name: String,
    /// The name of the scheme version in force; `None`: no scheme, nothing paid.
    pub scheme: Option<String>,
    pub fixed: i64,
    pub variable: i64,
    pub total: i64,
}

impl PayrollRow {
    pub fn of(data: &Dataset, person: &PersonPay) -> PayrollRow {
        PayrollRow {
            manager: person.manager,
            name: data.full_name(person.manager).unwrap_or_default(),
            // The version a closed month was paid by keeps its name even once replaced or deleted.
            scheme: person
                .scheme
                .and_then(|id| data.pay_schemes.get(&id).map(|r| r.data.name.clone())),
            fixed: person.fixed(),
            variable: person.variable(),
            total: person.total,
        }
    }
}

/// Every person's row, in the payroll's order.
pub fn payroll_rows(data: &Dataset, roll: &Payroll) -> Vec<PayrollRow> {
    roll.people
        .iter()
        .map(|p| PayrollRow::of(data, p))
        .collect()
}

/// The file's words, in the user's language.
pub struct SheetWords {
    pub person: String,
    pub scheme: String,
    pub line: String,
    pub formula: String,
    pub amount: String,
    pub total: String,
    pub no_scheme: String,
}

/// A payslip line as the payslip words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordedLine {
    pub name: String,
    pub formula: String,
    pub amount: i64,
}

/// The payroll for the accountant: a head row, then per person each line (person, scheme, line, computation,
/// amount) and their total; amounts as spreadsheet numbers in roubles.
pub fn payroll_csv(
    lang: Lang,
    words: &SheetWords,
    people: &[(PayrollRow, Vec<WordedLine>)],
) -> String {
    let money = |m: i64| plain_number(lang, Unit::Money, m);
    let mut rows = vec![vec![
        words.person.clone(),
        words.scheme.clone(),
        words.line.clone(),
        words.formula.clone(),
        words.amount.clone(),
    ]];
    for (row, lines) in people {
        let scheme = row
            .scheme
            .clone()
            .unwrap_or_else(|| words.no_scheme.clone());
        for l in lines {
            rows.push(vec![
                row.name.clone(),
                scheme.clone(),
                l.name.clone(),
                l.formula.clone(),
                money(l.amount),
            ]);
        }
        rows.push(vec![
            row.name.clone(),
            scheme,
            words.total.clone(),
            String::new(),
            money(row.total),
        ]);
    }
    csv(rows)
}
