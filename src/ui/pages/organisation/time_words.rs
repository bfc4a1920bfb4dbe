//! The words of O1, the head's time use, in Russian and English. Nothing here computes anything.

use crate::domain::core::locale::{format_int, plural};
use crate::domain::organisation::time_use::{Sink, TimeKind};
use crate::domain::Lang;

#[derive(Clone, Debug, PartialEq)]
pub enum TimeMsg {
    TimeTitle,
    TimeHint,
    TimeMonth(String),
    SellingRule,
    WorkingHours,
    TimeKindName(TimeKind),
    SellingShare,
    OnLine,
    /// Minutes as hours and minutes.
    Hours(i64),
    SinksTitle,
    RemoveSink(String, TimeKind),
    SinkLine(Sink),
    TaskMade,
    MakeTask,
    LogTime,
    Date,
    Kind,
    Minutes,
    MinutesShort,
    WhatWasIt,
    LoggedByPerson,
    FillLog,
    SaveLog,
    RecentLogs,
}

impl From<TimeMsg> for crate::ui::i18n::Msg {
    fn from(m: TimeMsg) -> Self {
        crate::ui::i18n::Msg::Words(crate::ui::i18n::Words::new(move |lang| m.text(lang)))
    }
}

impl TimeMsg {
    pub fn text(&self, lang: Lang) -> String {
        let ru = lang == Lang::Ru;
        let pick = |r: &str, e: &str| if ru { r.to_string() } else { e.to_string() };
        let n = |v: usize| format_int(lang, v as i64);
        match self {
            TimeMsg::TimeTitle => pick("Время продавцов", "Sellers' time"),
            TimeMsg::TimeHint => pick(
                "Продавцы должны продавать. Записывайте непродающую работу — документы, логистику, рекламации, внутренние запросы — и убирайте самые большие потери времени.",
                "Sellers should sell. Log the non-selling work (documents, logistics, complaints, internal requests) and remove the biggest time sinks.",
            ),
            TimeMsg::TimeMonth(m) => if ru { format!("Время за {m}") } else { format!("Time in {m}") },
            TimeMsg::SellingRule => pick(
                "Доля продаж = (рабочее время − непродающее) / рабочее время × 100. Рабочее время — рабочие дни сотрудника по производственному календарю без отсутствий, по 8 часов (в предпраздничный 7). Минуты на линии — из фактов.",
                "Selling share = (working time − non-selling) / working time × 100. Working time: the person's working days by the production calendar, less absences, 8 hours each (7 before a holiday). Minutes on the line come from the facts.",
            ),
            TimeMsg::WorkingHours => pick("Рабочее время", "Working time"),
            TimeMsg::TimeKindName(k) => match k {
                TimeKind::Documents => pick("Документы", "Documents"),
                TimeKind::Logistics => pick("Логистика", "Logistics"),
                TimeKind::Complaints => pick("Рекламации", "Complaints"),
                TimeKind::Internal => pick("Внутренние запросы", "Internal requests"),
                TimeKind::Other => pick("Другое", "Other"),
            },
            TimeMsg::SellingShare => pick("Доля продаж", "Selling share"),
            TimeMsg::OnLine => pick("На линии", "On the line"),
            TimeMsg::Hours(m) => {
                let (h, mm) = (m / 60, m % 60);
                // Non-breaking spaces: a table cell never splits "12 ч 05 мин".
                if ru { format!("{h}\u{a0}ч\u{a0}{mm:02}\u{a0}мин") } else { format!("{h}\u{a0}h\u{a0}{mm:02}\u{a0}min") }
            }
            TimeMsg::SinksTitle => pick("Главные потери времени", "The biggest time sinks"),
            TimeMsg::RemoveSink(what, kind) => {
                let w = if what.is_empty() { TimeMsg::TimeKindName(*kind).text(lang) } else { what.clone() };
                if ru { format!("Снять с продавцов: {w}") } else { format!("Take off the sellers: {w}") }
            }
            TimeMsg::SinkLine(sink) => {
                let w = if sink.what.is_empty() { TimeMsg::TimeKindName(sink.kind).text(lang) } else { sink.what.clone() };
                let h = TimeMsg::Hours(sink.minutes).text(lang);
                if ru {
                    format!("{w} ({}) — {h}: {} {}, {} {}", TimeMsg::TimeKindName(sink.kind).text(lang).to_lowercase(), n(sink.people), plural(lang, sink.people as u64, "человек", "человека", "человек"), n(sink.entries), plural(lang, sink.entries as u64, "запись", "записи", "записей"))
                } else {
                    format!("{w} ({}): {h}, {} people, {} entries", TimeMsg::TimeKindName(sink.kind).text(lang).to_lowercase(), n(sink.people), n(sink.entries))
                }
            }
            TimeMsg::TaskMade => pick("В плане недели", "In the week's plan"),
            TimeMsg::MakeTask => pick("Сделать задачей", "Make it a task"),
            TimeMsg::LogTime => pick("Записать непродающее время", "Log non-selling time"),
            TimeMsg::Date => pick("Дата", "Date"),
            TimeMsg::Kind => pick("Вид", "Kind"),
            TimeMsg::Minutes => pick("Минут", "Minutes"),
            TimeMsg::MinutesShort => pick("мин", "min"),
            TimeMsg::WhatWasIt => pick("Что это было", "What it was"),
            TimeMsg::LoggedByPerson => pick("Записал сам сотрудник", "Logged by the person"),
            TimeMsg::FillLog => pick("Выберите сотрудника и укажите минуты (от 1 до 960).", "Pick the person and give the minutes (1 to 960)."),
            TimeMsg::SaveLog => pick("Записать", "Save"),
            TimeMsg::RecentLogs => pick("Последние записи", "Recent entries"),
        }
    }
}
