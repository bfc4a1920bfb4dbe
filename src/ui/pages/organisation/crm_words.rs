//! The words of O2, the CRM (snapshots, hygiene, the pipeline, stage rules, and its block in meetings), in Russian
//! and English; reached through `Msg::Words` so they load with the pages that use them. Nothing here computes
//! anything.

use crate::domain::core::locale::{format_date, format_int, plural};
use crate::domain::organisation::crm::columns::{ExportKind, Field};
use crate::domain::organisation::crm::deal::{Outcome, RowIssue, RowProblem};
use crate::domain::organisation::crm::hygiene::Fault;
use crate::domain::organisation::crm::snapshot::Required;
use crate::domain::Lang;
use crate::sync::crm_file::FileError;

#[derive(Clone, Debug, PartialEq)]
pub enum CrmMsg {
    CrmTitle,
    ImportTitle,
    ImportHint,
    TakenOn,
    File,
    Reading,
    FileFailed(FileError),
    Imported(usize),
    BadRows(usize),
    RowProblem(RowProblem),
    MapColumnsHint,
    SourceName,
    KindLabel,
    KindName(ExportKind),
    FieldName(Field),
    NoColumn,
    FirstRows,
    StillMissing(Vec<Field>),
    ReadFile,
    MapUsersHint,
    NotOurs,
    Continue,
    Preview {
        source: String,
        deals: usize,
        tasks: usize,
        skipped: usize,
        stages: usize,
    },
    ReplacesDay,
    Save,
    NoSnapshots,
    SnapshotsTitle,
    Rows,
    Remove,
    RemoveSnapshot,
    Keep,
    RowCounts(usize, usize),
    /// Failed of made.
    CheckCell(u32, u32),
    HygieneTitle(String),
    HygieneFormula,
    Person,
    OpenOfLimit,
    NoTask,
    Overdue,
    Stuck,
    Incomplete,
    LostNoReason,
    Score,
    ToFix,
    FixCount(usize),
    Department,
    Trend,
    Days(i64),
    Stage,
    Reached,
    Now,
    ToNext,
    DepartmentToNext,
    WinRate,
    Cycle,
    AverageWon,
    Velocity,
    VelocityFormula,
    LostReasons,
    NoReason,
    PipelineTitle,
    ClosedSince(String),
    StagesTitle,
    StagesHint,
    Order,
    OutcomeLabel,
    NormDays,
    RequiredFields,
    OutcomeName(Outcome),
    RequiredName(Required),
    Limits(String),
    FixTitle(String, String),
    BackToCrm,
    Print,
    FixSummary(usize, usize, Option<u32>),
    Deal,
    Amount,
    WhatToFix,
    Done,
    FaultText(Fault),
    OverdueTasks,
    /// Task name, deal, deadline.
    OverdueTask(String, String, String),
    CrmBlockTitle,
    CrmBlockLine(String, Option<u32>, usize),
}

impl From<CrmMsg> for crate::ui::i18n::Msg {
    fn from(m: CrmMsg) -> Self {
        crate::ui::i18n::Msg::Words(crate::ui::i18n::Words::new(move |lang| m.text(lang)))
    }
}

impl CrmMsg {
    pub fn text(&self, lang: Lang) -> String {
        let ru = lang == Lang::Ru;
        let pick = |r: &str, e: &str| if ru { r.to_string() } else { e.to_string() };
        let n = |v: usize| format_int(lang, v as i64);
        match self {
            CrmMsg::CrmTitle => pick("CRM: сделки и порядок в воронке", "CRM: deals and pipeline hygiene"),
            CrmMsg::ImportTitle => pick("Загрузить выгрузку из CRM", "Load a CRM export"),
            CrmMsg::ImportHint => pick(
                "Выгрузка сделок или задач из amoCRM или Битрикс24 (CSV или XLSX), как её отдаёт CRM. Каждая загрузка — снимок на выбранный день: по снимкам видно, сколько сделка стоит на этапе. Ничего не сохранится, пока в файле есть ошибки.",
                "A deal or task export from amoCRM or Bitrix24 (CSV or XLSX), as the CRM writes it. Each load is a snapshot of the chosen day: snapshots show how long a deal sits in its stage. Nothing is saved while the file has problems.",
            ),
            CrmMsg::TakenOn => pick("На дату", "As of"),
            CrmMsg::File => pick("Файл", "File"),
            CrmMsg::Reading => pick("Читаем файл…", "Reading the file…"),
            CrmMsg::FileFailed(e) => match e {
                FileError::Empty => pick("Файл пустой или не читается.", "The file is empty or cannot be read."),
                FileError::TooLarge { max } => {
                    if ru {
                        format!("Файл больше {} МБ.", max / 1_048_576)
                    } else {
                        format!("The file is over {} MB.", max / 1_048_576)
                    }
                }
                FileError::Malformed { line, .. } => {
                    if ru {
                        format!("Строка {line}: файл повреждён (незакрытые кавычки?).")
                    } else {
                        format!("Line {line}: the file is broken (an unclosed quote?).")
                    }
                }
                FileError::TooManyColumns { found, .. } => {
                    if ru {
                        format!("В файле {} столбцов — это не выгрузка из CRM.", n(*found))
                    } else {
                        format!("The file has {} columns: not a CRM export.", n(*found))
                    }
                }
                FileError::Workbook(_) => pick(
                    "Не получилось открыть книгу Excel. Сохраните её заново как XLSX или CSV.",
                    "The Excel workbook could not be opened. Save it again as XLSX or CSV.",
                ),
            },
            CrmMsg::Imported(count) => {
                if ru {
                    format!("Загружено: {} {}.", n(*count), plural(lang, *count as u64, "строка", "строки", "строк"))
                } else {
                    format!("Loaded {} rows.", n(*count))
                }
            }
            CrmMsg::BadRows(count) => {
                if ru {
                    format!("Ошибок в файле: {}. Исправьте их в выгрузке или в CRM и загрузите снова — ничего не сохранено.", n(*count))
                } else {
                    format!("{} problems in the file. Fix them in the export or the CRM and load it again: nothing was saved.", n(*count))
                }
            }
            CrmMsg::RowProblem(p) => {
                let what = match &p.issue {
                    RowIssue::Empty(f) => {
                        if ru {
                            format!("не заполнено «{}»", field_name(*f, ru))
                        } else {
                            format!("{} is empty", field_name(*f, ru))
                        }
                    }
                    RowIssue::BadDate { field, text } => {
                        if ru {
                            format!("«{}»: не дата «{text}»", field_name(*field, ru))
                        } else {
                            format!("{}: “{text}” is not a date", field_name(*field, ru))
                        }
                    }
                    RowIssue::BadAmount { text, .. } => {
                        if ru {
                            format!("сумма «{text}» не число")
                        } else {
                            format!("amount “{text}” is not a number")
                        }
                    }
                    RowIssue::Currency(c) => {
                        if ru {
                            format!("валюта «{c}» не валюта отдела")
                        } else {
                            format!("currency “{c}” is not the department's")
                        }
                    }
                    RowIssue::Duplicate { first_line } => {
                        if ru {
                            format!("тот же ID, что в строке {first_line}")
                        } else {
                            format!("the same ID as line {first_line}")
                        }
                    }
                    RowIssue::Short => pick("столбцов меньше, чем в заголовке", "fewer cells than the header"),
                    RowIssue::BadText(f) => {
                        if ru {
                            format!("«{}»: слишком длинно или скрытые символы", field_name(*f, ru))
                        } else {
                            format!("{}: too long or hidden characters", field_name(*f, ru))
                        }
                    }
                };
                if ru {
                    format!("Строка {}: {what}", p.line)
                } else {
                    format!("Line {}: {what}", p.line)
                }
            }
            CrmMsg::MapColumnsHint => pick(
                "Таблицу не узнали. Укажите, в каком столбце что лежит, и дайте источнику имя: в следующий раз такой файл прочитается сам.",
                "The table was not recognised. Say which column holds what and name the source: next time such a file is read by itself.",
            ),
            CrmMsg::SourceName => pick("Источник", "Source"),
            CrmMsg::KindLabel => pick("Что в файле", "What the file lists"),
            CrmMsg::KindName(k) => match k {
                ExportKind::Deals => pick("Сделки", "Deals"),
                ExportKind::Tasks => pick("Задачи", "Tasks"),
            },
            CrmMsg::FieldName(f) => field_name(*f, ru).to_string(),
            CrmMsg::NoColumn => pick("— нет —", "— none —"),
            CrmMsg::FirstRows => pick("Первые строки файла", "The file's first rows"),
            CrmMsg::StillMissing(list) => {
                let names: Vec<&str> = list.iter().map(|f| field_name(*f, ru)).collect();
                if ru {
                    format!("Ещё нужны: {}.", names.join(", "))
                } else {
                    format!("Still needed: {}.", names.join(", "))
                }
            }
            CrmMsg::ReadFile => pick("Прочитать файл", "Read the file"),
            CrmMsg::MapUsersHint => pick(
                "Этих пользователей CRM нет в команде под такими именами. Выберите, кто это, или «не из отдела» — их строки не загрузятся. Ответ запомнится.",
                "These CRM users match nobody on the team by name. Pick who they are, or “not ours”: their rows are left out. The answer is remembered.",
            ),
            CrmMsg::NotOurs => pick("не из отдела", "not ours"),
            CrmMsg::Continue => pick("Дальше", "Continue"),
            CrmMsg::Preview { source, deals, tasks, skipped, stages } => {
                if ru {
                    format!(
                        "{source}: сделок {}, задач {}; строк не из отдела {}; новых этапов {}.",
                        n(*deals), n(*tasks), n(*skipped), n(*stages)
                    )
                } else {
                    format!(
                        "{source}: {} deals, {} tasks; {} rows not ours; {} new stages.",
                        n(*deals), n(*tasks), n(*skipped), n(*stages)
                    )
                }
            }
            CrmMsg::ReplacesDay => pick(
                "Снимок этого источника на этот день уже есть — новый его заменит.",
                "A snapshot of this source for this day exists: the new one replaces it.",
            ),
            CrmMsg::Save => pick("Сохранить снимок", "Save the snapshot"),
            CrmMsg::NoSnapshots => pick(
                "Снимков CRM пока нет: загрузите выгрузку сделок.",
                "No CRM snapshots yet: load a deal export.",
            ),
            CrmMsg::SnapshotsTitle => pick("Снимки", "Snapshots"),
            CrmMsg::Rows => pick("Строк", "Rows"),
            CrmMsg::Remove => pick("Удалить", "Remove"),
            CrmMsg::RemoveSnapshot => pick("Удалить снимок", "Remove the snapshot"),
            CrmMsg::Keep => pick("Оставить", "Keep"),
            CrmMsg::RowCounts(d, t) => match (d, t) {
                (_, 0) => if ru { format!("сделок {}", n(*d)) } else { format!("{} deals", n(*d)) },
                (0, _) => if ru { format!("задач {}", n(*t)) } else { format!("{} tasks", n(*t)) },
                _ => if ru { format!("сделок {}, задач {}", n(*d), n(*t)) } else { format!("{} deals, {} tasks", n(*d), n(*t)) },
            },
            CrmMsg::CheckCell(failed, made) => format!("{failed} / {made}"),
            CrmMsg::HygieneTitle(d) => {
                if ru {
                    format!("Гигиена CRM на {d}")
                } else {
                    format!("CRM hygiene as of {d}")
                }
            }
            CrmMsg::HygieneFormula => pick(
                "Проверки: у открытой сделки есть следующая задача; задача не просрочена; сделка не дольше нормы на этапе; обязательные поля этапа заполнены; у проигранной за 30 дней указана причина; каждая сделка сверх лимита — проваленная проверка. В клетках — провалено / проверено. Оценка = (проверено − провалено) / проверено × 100; по отделу — из суммы проверок всех.",
                "Checks: an open deal has a next task; the task is not overdue; the deal has not sat in its stage beyond the norm; the stage's required fields are filled; a deal lost in the last 30 days names why; each deal above the limit is a failed check. Cells show failed / made. Score = (made − failed) / made × 100; the department's from everyone's summed checks.",
            ),
            CrmMsg::Person => pick("Сотрудник", "Person"),
            CrmMsg::OpenOfLimit => pick("Открыто / лимит", "Open / limit"),
            CrmMsg::NoTask => pick("Без задачи", "No next task"),
            CrmMsg::Overdue => pick("Просрочено", "Overdue"),
            CrmMsg::Stuck => pick("Зависли", "Stuck"),
            CrmMsg::Incomplete => pick("Не заполнены", "Incomplete"),
            CrmMsg::LostNoReason => pick("Отказ без причины", "Lost, no reason"),
            CrmMsg::Score => pick("Оценка", "Score"),
            CrmMsg::ToFix => pick("Исправить", "To fix"),
            CrmMsg::FixCount(c) => {
                if ru {
                    format!("{} {}", n(*c), plural(lang, *c as u64, "пункт", "пункта", "пунктов"))
                } else {
                    format!("{} items", n(*c))
                }
            }
            CrmMsg::Department => pick("Отдел", "Department"),
            CrmMsg::Trend => pick("По снимкам", "By snapshot"),
            CrmMsg::Days(d) => {
                if ru {
                    format!("{} {}", format_int(lang, *d), plural(lang, d.unsigned_abs(), "день", "дня", "дней"))
                } else {
                    format!("{} days", format_int(lang, *d))
                }
            }
            CrmMsg::Stage => pick("Этап", "Stage"),
            CrmMsg::Reached => pick("Дошли", "Reached"),
            CrmMsg::Now => pick("Сейчас", "Now"),
            CrmMsg::ToNext => pick("Конверсия в следующий", "To the next"),
            CrmMsg::DepartmentToNext => pick("У отдела", "Department"),
            CrmMsg::WinRate => pick("Доля выигранных", "Win rate"),
            CrmMsg::Cycle => pick("Средний цикл сделки", "Average cycle"),
            CrmMsg::AverageWon => pick("Средняя выигранная", "Average won deal"),
            CrmMsg::Velocity => pick("Скорость воронки в день", "Pipeline velocity a day"),
            CrmMsg::VelocityFormula => pick(
                "Конверсия = дошли до следующего этапа / дошли до этого. Доля выигранных = выигранные / закрытые за период. Цикл = Σ дней от создания до выигрыша / выигранные. Скорость = открытые × доля выигранных × средняя выигранная / цикл.",
                "Conversion = reached the next stage / reached this one. Win rate = won / closed in the period. Cycle = Σ days from creation to the win / won. Velocity = open × win rate × average won deal / cycle.",
            ),
            CrmMsg::LostReasons => pick("Причины отказов", "Lost reasons"),
            CrmMsg::NoReason => pick("без причины", "none given"),
            CrmMsg::PipelineTitle => pick("Воронка", "Pipeline"),
            CrmMsg::ClosedSince(d) => {
                if ru {
                    format!("Закрытые сделки — с {d} по сегодня.")
                } else {
                    format!("Closed deals from {d} to today.")
                }
            }
            CrmMsg::StagesTitle => pick("Этапы и их правила", "Stages and their rules"),
            CrmMsg::StagesHint => pick(
                "Порядок этапов в воронке, чем этап заканчивает сделку, норма дней на этапе и обязательные поля. Новые этапы из выгрузки встают в конец по среднему возрасту сделок — поправьте порядок здесь.",
                "The stages' order in the funnel, how a stage ends a deal, the norm of days in it and the required fields. New stages from an export are placed by the mean age of their deals: correct the order here.",
            ),
            CrmMsg::Order => pick("Порядок", "Order"),
            CrmMsg::OutcomeLabel => pick("Итог", "Outcome"),
            CrmMsg::NormDays => pick("Норма, дней", "Norm, days"),
            CrmMsg::RequiredFields => pick("Обязательные поля", "Required fields"),
            CrmMsg::OutcomeName(o) => match o {
                Outcome::Open => pick("в работе", "open"),
                Outcome::Won => pick("выиграна", "won"),
                Outcome::Lost => pick("проиграна", "lost"),
            },
            CrmMsg::RequiredName(r) => match r {
                Required::Field(f) => field_name(*f, ru).to_string(),
                Required::Column(c) => c.clone(),
            },
            CrmMsg::Limits(list) => {
                if ru {
                    format!("Лимиты открытых сделок (в карточке сотрудника): {list}.")
                } else {
                    format!("Open-deal limits (on each person's card): {list}.")
                }
            }
            CrmMsg::FixTitle(name, d) => {
                if ru {
                    format!("{name}: что поправить в CRM (на {d})")
                } else {
                    format!("{name}: what to fix in the CRM (as of {d})")
                }
            }
            CrmMsg::BackToCrm => pick("К CRM", "Back to the CRM"),
            CrmMsg::Print => pick("Печать", "Print"),
            CrmMsg::FixSummary(deals, tasks, score) => {
                let s = score.map(|v| format!("{v} %")).unwrap_or("—".into());
                if ru {
                    format!("Сделок к исправлению: {}, просроченных задач: {}. Оценка гигиены: {s}.", n(*deals), n(*tasks))
                } else {
                    format!("Deals to fix: {}, overdue tasks: {}. Hygiene score: {s}.", n(*deals), n(*tasks))
                }
            }
            CrmMsg::Deal => pick("Сделка", "Deal"),
            CrmMsg::Amount => pick("Сумма", "Amount"),
            CrmMsg::WhatToFix => pick("Что исправить", "What to fix"),
            CrmMsg::Done => pick("Готово", "Done"),
            CrmMsg::FaultText(f) => match f {
                Fault::NoTask => pick("поставить следующую задачу", "set a next task"),
                Fault::TaskOverdue(d) => {
                    let d = format_date(lang, *d);
                    if ru {
                        format!("задача просрочена с {d}: выполнить или перенести")
                    } else {
                        format!("task overdue since {d}: do it or move it")
                    }
                }
                Fault::Stuck { days, norm, at_least } => {
                    let ge = if *at_least { "≥ " } else { "" };
                    if ru {
                        format!("на этапе {ge}{days} дн. при норме {norm}: продвинуть или закрыть")
                    } else {
                        format!("in the stage {ge}{days} days against a norm of {norm}: move it on or close it")
                    }
                }
                Fault::Incomplete(list) => {
                    let names: Vec<String> = list
                        .iter()
                        .map(|r| CrmMsg::RequiredName(r.clone()).text(lang))
                        .collect();
                    if ru {
                        format!("заполнить: {}", names.join(", "))
                    } else {
                        format!("fill in: {}", names.join(", "))
                    }
                }
                Fault::LostNoReason => pick("указать причину отказа", "give the lost reason"),
            },
            CrmMsg::OverdueTasks => pick("Просроченные задачи", "Overdue tasks"),
            CrmMsg::OverdueTask(name, deal, due) => {
                if ru {
                    format!("{name} (сделка {deal}) — срок был {due}")
                } else {
                    format!("{name} (deal {deal}): due {due}")
                }
            }
            CrmMsg::CrmBlockTitle => pick("CRM: порядок в воронке", "CRM: pipeline hygiene"),
            CrmMsg::CrmBlockLine(who, score, fix) => {
                let sc = score.map(|v| format!("{v} %")).unwrap_or("—".into());
                if ru { format!("{who}: {sc}, исправить {}", n(*fix)) } else { format!("{who}: {sc}, {} to fix", n(*fix)) }
            }
        }
    }
}

fn field_name(f: Field, ru: bool) -> &'static str {
    let (r, e) = match f {
        Field::Id => ("ID", "ID"),
        Field::Name => ("Название", "Name"),
        Field::Owner => ("Ответственный", "Owner"),
        Field::Amount => ("Сумма (бюджет)", "Amount"),
        Field::Currency => ("Валюта", "Currency"),
        Field::Created => ("Дата создания", "Created"),
        Field::Closed => ("Дата закрытия", "Closed"),
        Field::Stage => ("Этап", "Stage"),
        Field::Pipeline => ("Воронка", "Pipeline"),
        Field::Source => ("Источник", "Source"),
        Field::LostReason => ("Причина отказа", "Lost reason"),
        Field::NextTask => ("Ближайшая задача", "Next task"),
        Field::Deadline => ("Срок", "Deadline"),
        Field::Status => ("Выполнена / статус", "Done / status"),
        Field::Deal => ("Сделка", "Deal"),
    };
    if ru {
        r
    } else {
        e
    }
}
