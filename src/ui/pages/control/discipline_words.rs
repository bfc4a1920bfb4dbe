//! The words of C3, discipline (violations, decisions, the reduction's line on a payslip), in Russian and
//! English. Nothing here computes anything.

use crate::domain::control::violation::{Decision, Violation, ViolationKind};
use crate::domain::core::bp::Bp;
use crate::domain::core::locale::{format_date, format_int};
use crate::domain::Lang;

#[derive(Clone, Debug, PartialEq)]
pub enum DisciplineMsg {
    /// The line a violation adds to the payslip's reduction (with the breached standard's title).
    ReasonLine(Violation, Option<String>, Bp),
    DisciplineTitle,
    PreviousMonth,
    NextMonth,
    DisciplineRule(u32),
    CountsTitle,
    ViolationName(ViolationKind),
    Warnings,
    RegisterTitle,
    NoViolations,
    Detail,
    DecisionLabel,
    BonusShare,
    ViolationDetail(Violation, Option<(u32, u32)>),
    DecisionName(Decision),
    Found,
    NewViolation,
    StandardLabel,
    WhatHappened,
    FillViolation,
    SaveViolation,
}

impl From<DisciplineMsg> for crate::ui::i18n::Msg {
    fn from(m: DisciplineMsg) -> Self {
        crate::ui::i18n::Msg::Words(crate::ui::i18n::Words::new(move |lang| m.text(lang)))
    }
}

impl DisciplineMsg {
    pub fn text(&self, lang: Lang) -> String {
        let ru = lang == Lang::Ru;
        let pick = |r: &str, e: &str| if ru { r.to_string() } else { e.to_string() };
        let _n = |v: usize| format_int(lang, v as i64);
        match self {
            DisciplineMsg::ReasonLine(v, standard, bp) => {
                let d = format_date(Lang::Ru, v.date);
                let what = match v.kind {
                    ViolationKind::Lateness => format!("опоздание на планёрку {d}"),
                    ViolationKind::Absence => format!("неявка на планёрку {d}"),
                    ViolationKind::Crm => format!("нарушение правил работы в CRM (снимок {d})"),
                    ViolationKind::Standard => format!(
                        "нарушение стандарта{} {d}",
                        standard
                            .as_ref()
                            .map(|t| format!(" «{t}»"))
                            .unwrap_or_default()
                    ),
                    ViolationKind::MissedReport => format!("не сдан отчёт за {d}"),
                    ViolationKind::Other => format!("нарушение {d}"),
                };
                let share = format!(
                    " — {}",
                    crate::domain::core::locale::format_bp(Lang::Ru, *bp)
                );
                let note = if v.note.is_empty() {
                    String::new()
                } else {
                    format!(": {}", v.note)
                };
                let _ = ru;
                format!("Нарушение дисциплины: {what}{note}{share}")
            }
            DisciplineMsg::DisciplineTitle => pick("Дисциплина", "Discipline"),
            DisciplineMsg::PreviousMonth => pick("Предыдущий месяц", "Previous month"),
            DisciplineMsg::NextMonth => pick("Следующий месяц", "Next month"),
            DisciplineMsg::DisciplineRule(bar) => {
                if ru {
                    format!("Находятся сами: опоздания и неявки — из отметок на планёрках (отсутствие по отпуску или больничному не нарушение); CRM — оценка гигиены ниже {bar} %; отчёт — рабочий день без фактов. Решение руководителя: отмечено, замечание или снято. Доля премии по нарушению уходит в депремирование месяца и видна в расчётном листке с причиной.")
                } else {
                    format!("Found by themselves: lateness and absence from the stand-ups' attendance (an absence on vacation or sick leave is none); CRM: a hygiene score below {bar} %; a report: a working day without facts. The head decides: noted, a warning, or dismissed. A share of the bonus goes into the month's bonus reduction and shows on the payslip with its reason.")
                }
            }
            DisciplineMsg::CountsTitle => pick("По сотрудникам", "By person"),
            DisciplineMsg::ViolationName(k) => match k {
                ViolationKind::Lateness => pick("Опоздание", "Lateness"),
                ViolationKind::Absence => pick("Неявка", "Absence"),
                ViolationKind::Crm => pick("CRM", "CRM"),
                ViolationKind::Standard => pick("Стандарт", "Standard"),
                ViolationKind::MissedReport => pick("Нет отчёта", "No report"),
                ViolationKind::Other => pick("Другое", "Other"),
            },
            DisciplineMsg::Warnings => pick("Замечаний", "Warnings"),
            DisciplineMsg::RegisterTitle => pick("Журнал нарушений", "Register"),
            DisciplineMsg::NoViolations => {
                pick("Нарушений за месяц нет.", "No violations this month.")
            }
            DisciplineMsg::Detail => pick("Подробности", "Detail"),
            DisciplineMsg::DecisionLabel => pick("Решение", "Decision"),
            DisciplineMsg::BonusShare => pick("Депремирование", "Bonus reduction"),
            DisciplineMsg::ViolationDetail(v, hygiene) => {
                let base = match (v.kind, hygiene) {
                    (ViolationKind::Crm, Some((score, failed))) => {
                        if ru {
                            format!("оценка {score} %, провалено проверок: {failed}")
                        } else {
                            format!("score {score} %, {failed} failed checks")
                        }
                    }
                    (ViolationKind::MissedReport, _) => {
                        pick("нет фактов за день", "no facts for the day")
                    }
                    _ => String::new(),
                };
                match (base.is_empty(), v.note.is_empty()) {
                    (true, true) => "—".into(),
                    (true, false) => v.note.clone(),
                    (false, true) => base,
                    (false, false) => format!("{base}; {}", v.note),
                }
            }
            DisciplineMsg::DecisionName(d) => match d {
                Decision::Noted => pick("отмечено", "noted"),
                Decision::Warning => pick("замечание", "warning"),
                Decision::Dismissed => pick("снято", "dismissed"),
            },
            DisciplineMsg::Found => pick("(найдено)", "(found)"),
            DisciplineMsg::NewViolation => pick("Записать нарушение", "Write down a violation"),
            DisciplineMsg::StandardLabel => pick("Стандарт", "Standard"),
            DisciplineMsg::WhatHappened => pick("Что произошло", "What happened"),
            DisciplineMsg::FillViolation => pick(
                "Выберите сотрудника и опишите нарушение или выберите стандарт.",
                "Pick the person and describe the violation or pick the standard.",
            ),
            DisciplineMsg::SaveViolation => pick("Записать", "Save"),
        }
    }
}
