//! The pay screens' words (M1), in Russian and English; reached through `Msg::Pay`. A payslip line is worded from
//! the numbers the engine computed it from (`motivation::pay::Explain`): its name, its formula written out in
//! numbers and units, and what the next step needs. Nothing here computes pay.

mod components;
mod line;

pub use line::word;

use crate::domain::core::locale::{format_date, month_title};
use crate::domain::motivation::payroll::CloseError;
use crate::domain::Lang;
use chrono::NaiveDate;

#[derive(Clone, Debug, PartialEq)]
pub enum PayMsg {
    Title,
    Payroll,
    Payments,
    Share,
    Closed(NaiveDate),
    Open,
    Person,
    Scheme,
    NoScheme,
    Fixed,
    Variable,
    Total,
    CloseMonth,
    CloseConfirm(NaiveDate),
    CloseYes,
    Cancel,
    CloseFailed(CloseError),
    NothingToClose,
    PrintAll,
    Print,
    Csv,
    Line,
    Formula,
    Amount,
    NextStep,
    PrevMonth,
    NextMonth,
    Private,
    WhatIfPayments(String),
    WhatIfTotal(String),
}

/// A pay message is an app message.
impl From<PayMsg> for crate::ui::i18n::Msg {
    fn from(m: PayMsg) -> Self {
        crate::ui::i18n::Msg::Words(crate::ui::i18n::Words::new(move |lang| m.text(lang)))
    }
}

impl PayMsg {
    pub fn text(&self, lang: Lang) -> String {
        let ru = lang == Lang::Ru;
        let pick = |r: &str, e: &str| if ru { r.to_string() } else { e.to_string() };
        match self {
            PayMsg::Title => pick("Оплата труда", "Pay"),
            PayMsg::Payroll => pick("ФОТ отдела", "Payroll"),
            PayMsg::Payments => pick("Оплаты за месяц", "Payments received"),
            PayMsg::Share => pick("Доля ФОТ в оплатах", "Payroll share of payments"),
            PayMsg::Closed(d) => {
                if ru {
                    format!(
                        "Месяц закрыт {}: расчётные листы зафиксированы",
                        format_date(lang, *d)
                    )
                } else {
                    format!("Closed on {}: payslips are frozen", format_date(lang, *d))
                }
            }
            PayMsg::Open => pick(
                "Месяц открыт: суммы пересчитываются по фактам",
                "Open: pay follows the facts",
            ),
            PayMsg::Person => pick("Сотрудник", "Person"),
            PayMsg::Scheme => pick("Схема", "Scheme"),
            PayMsg::NoScheme => pick("нет схемы оплаты", "no pay scheme"),
            PayMsg::Fixed => pick("Оклад", "Fixed"),
            PayMsg::Variable => pick("Переменная часть", "Variable"),
            PayMsg::Total => pick("Итого", "Total"),
            PayMsg::CloseMonth => pick("Закрыть месяц", "Close the month"),
            PayMsg::CloseConfirm(m) => {
                if ru {
                    format!("Закрыть {}? Расчётные листы будут зафиксированы; поправки фактов после этого попадут в следующий месяц перерасчётом.", month_title(lang, *m).to_lowercase())
                } else {
                    format!("Close {}? Payslips will be frozen; later fact corrections come as adjustments in the next month.", month_title(lang, *m))
                }
            }
            PayMsg::CloseYes => pick("Да, закрыть", "Yes, close"),
            PayMsg::Cancel => pick("Отмена", "Cancel"),
            PayMsg::CloseFailed(e) => match e {
                CloseError::AlreadyClosed => {
                    pick("Месяц уже закрыт", "The month is already closed")
                }
                CloseError::CloseEarlierFirst(m) => {
                    if ru {
                        format!("Сначала закройте {}", month_title(lang, *m).to_lowercase())
                    } else {
                        format!("Close {} first", month_title(lang, *m))
                    }
                }
                CloseError::BeforeClosed => pick(
                    "Месяц раньше закрытых: его уже нельзя закрыть",
                    "This month is before the closed ones and can no longer be closed",
                ),
                CloseError::NotStarted => pick("Месяц ещё не начался", "The month has not started"),
            },
            PayMsg::NothingToClose => pick(
                "Ни у кого нет схемы оплаты: закрывать нечего",
                "Nobody has a pay scheme: nothing to close",
            ),
            PayMsg::PrintAll => pick("Печать всех листов", "Print all payslips"),
            PayMsg::Print => pick("Печать", "Print"),
            PayMsg::Csv => pick("CSV для бухгалтерии", "CSV for the accountant"),
            PayMsg::Line => pick("Начисление", "Line"),
            PayMsg::Formula => pick("Расчёт", "Computation"),
            PayMsg::Amount => pick("Сумма", "Amount"),
            PayMsg::NextStep => pick("Следующий шаг", "Next step"),
            PayMsg::PrevMonth => pick("Предыдущий месяц", "Previous month"),
            PayMsg::NextMonth => pick("Следующий месяц", "Next month"),
            PayMsg::WhatIfPayments(sign) => {
                if ru {
                    format!("А если оплат за месяц будет, {sign}")
                } else {
                    format!("What if the month's payments were, {sign}")
                }
            }
            PayMsg::WhatIfTotal(m) => {
                if ru {
                    format!("К выплате было бы {m}")
                } else {
                    format!("Pay would be {m}")
                }
            }
            PayMsg::Private => pick(
                "Личные данные: не показывайте этот экран на общем мониторе",
                "Personal: keep this screen off the meeting-room display",
            ),
        }
    }
}

/// How a payslip line is worded: its name, its formula in numbers, and (for a commission) the next step.
pub struct Worded {
    pub name: String,
    pub formula: String,
    pub next: Option<String>,
}
