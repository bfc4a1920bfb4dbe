//! The words of a facts CSV's import (columns, names to map, problems by line), in Russian and English. Nothing
//! here computes anything.

use crate::domain::core::locale::format_date;
use crate::domain::Lang;
use crate::sync::facts_csv::{CsvError, RowIssue, RowProblem};
use chrono::NaiveDate;

#[derive(Clone, Debug, PartialEq)]
pub enum FactsImportMsg {
    Title,
    Hint,
    Failed(CsvError),
    Done(usize),
    MapHint,
    Skip,
    Continue,
    Problems(usize),
    Row(RowProblem),
    Preview {
        rows: usize,
        values: usize,
        first: Option<NaiveDate>,
        last: Option<NaiveDate>,
    },
    Ignored(String),
    Apply,
}

impl From<FactsImportMsg> for crate::ui::i18n::Msg {
    fn from(m: FactsImportMsg) -> Self {
        crate::ui::i18n::Msg::Words(crate::ui::i18n::Words::new(move |lang| m.text(lang)))
    }
}

impl FactsImportMsg {
    pub fn text(&self, lang: Lang) -> String {
        let ru = lang == Lang::Ru;
        let pick = |r: &str, e: &str| if ru { r.to_string() } else { e.to_string() };
        match self {
            FactsImportMsg::Title => pick("Загрузка фактов из CSV", "Facts from a CSV file"),
            FactsImportMsg::Hint => pick(
                "Файл из Excel или CRM: столбцы «Дата», «Менеджер» и показатели («Звонки», «Оплаты»…). Разделитель «;» или «,», дробная часть через запятую. Ничего не сохранится, пока в файле есть ошибки.",
                "A file from Excel or a CRM: columns Date, Manager and metrics (Calls, Payments…). Separated by ; or , with a decimal comma or point. Nothing is saved while the file has problems.",
            ),
            FactsImportMsg::Failed(e) => match e {
                CsvError::Empty => pick("Файл пустой.", "The file is empty."),
                CsvError::TooLarge { max } => {
                    if ru {
                        format!("Файл больше {} МБ.", max / 1_048_576)
                    } else {
                        format!("The file is over {} MB.", max / 1_048_576)
                    }
                }
                CsvError::TooManyColumns { found, .. } => {
                    if ru {
                        format!("В файле {found} столбцов: это не таблица фактов.")
                    } else {
                        format!("The file has {found} columns: not a table of facts.")
                    }
                }
                CsvError::NotUtf8 => pick(
                    "Файл не в кодировке UTF-8. В Excel выберите «Сохранить как» → «CSV UTF-8».",
                    "The file is not UTF-8. In Excel choose Save as → CSV UTF-8.",
                ),
                CsvError::Malformed { line, .. } => {
                    if ru {
                        format!("Строка {line}: файл повреждён (незакрытые кавычки?).")
                    } else {
                        format!("Line {line}: the file is broken (an unclosed quote?).")
                    }
                }
                CsvError::MissingColumn(c) => match (*c, ru) {
                    ("date", true) => "Нет столбца «Дата».".into(),
                    ("date", false) => "No Date column.".into(),
                    (_, true) => "Нет столбца «Менеджер».".into(),
                    (_, false) => "No Manager column.".into(),
                },
                CsvError::NoMetrics => pick(
                    "Ни один столбец не совпал с показателем (например, «Звонки», «Оплаты»).",
                    "No column matches a metric (for example Calls, Payments).",
                ),
            },
            FactsImportMsg::Done(n) => {
                if ru {
                    format!("Загружено записей по дням: {n}.")
                } else {
                    format!("{n} day records loaded.")
                }
            }
            FactsImportMsg::MapHint => pick(
                "Эти имена не найдены в команде. Укажите, кто это, или пропустите их строки:",
                "These names are not in the team. Say who they are, or skip their rows:",
            ),
            FactsImportMsg::Skip => pick("— пропустить строки —", "— skip these rows —"),
            FactsImportMsg::Continue => pick("Продолжить", "Continue"),
            FactsImportMsg::Problems(n) => {
                if ru {
                    format!("Ошибок в файле: {n}. Ничего не сохранено; исправьте файл и загрузите снова.")
                } else {
                    format!("{n} problem(s) in the file. Nothing was saved; fix the file and load it again.")
                }
            }
            FactsImportMsg::Row(pr) => {
                let what = match &pr.issue {
                    RowIssue::BadDate(d) => {
                        if ru { format!("дата «{d}» не распознана") } else { format!("date “{d}” not understood") }
                    }
                    RowIssue::UnknownManager(n) => {
                        if ru { format!("менеджер «{n}» не найден") } else { format!("manager “{n}” not found") }
                    }
                    RowIssue::NotEmployed { name, date } => {
                        let d = format_date(lang, *date);
                        if ru { format!("{name} не работал(а) в отделе {d}") } else { format!("{name} was not employed on {d}") }
                    }
                    RowIssue::BadValue { column, error } => {
                        format!("«{column}»: {}", crate::ui::pages::planning::words::PlanMsg::ValueProblem(*error).text(lang).to_lowercase())
                    }
                    RowIssue::Duplicate { first_line } => {
                        if ru { format!("тот же менеджер и дата, что в строке {first_line}") } else { format!("the same manager and date as line {first_line}") }
                    }
                    RowIssue::Short => pick("в строке не хватает столбцов", "the line has too few columns"),
                };
                if ru { format!("Строка {}: {what}", pr.line) } else { format!("Line {}: {what}", pr.line) }
            }
            FactsImportMsg::Preview { rows, values, first, last } => {
                let span = match (first, last) {
                    (Some(a), Some(b)) => format!("{} – {}", format_date(lang, *a), format_date(lang, *b)),
                    _ => String::new(),
                };
                if ru {
                    format!("Готово к загрузке: строк {rows}, значений {values}, период {span}. Значения из файла заменят введённые за эти дни.")
                } else {
                    format!("Ready: {rows} rows, {values} values, {span}. The file's values replace those entered for these days.")
                }
            }
            FactsImportMsg::Ignored(cols) => {
                if ru { format!("Не показатели, пропущены: {cols}") } else { format!("Not metrics, ignored: {cols}") }
            }
            FactsImportMsg::Apply => pick("Загрузить", "Load"),
        }
    }
}
