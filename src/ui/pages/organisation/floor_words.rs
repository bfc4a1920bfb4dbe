//! The words of the sales floor (O1–O3, C3, P2): the CRM, hard clients, time use, discipline and what worked, in
//! Russian and English; reached through `Msg::Words` so they load with the pages that use them. Nothing here
//! computes anything.

use crate::domain::control::insights::{Measure, Parts};
use crate::domain::control::violation::{Decision, Violation, ViolationKind};
use crate::domain::core::locale::{format_date, format_int, plural};
use crate::domain::organisation::crm::columns::{ExportKind, Field};
use crate::domain::organisation::crm::deal::{Outcome, RowIssue, RowProblem};
use crate::domain::organisation::crm::hygiene::Fault;
use crate::domain::organisation::crm::snapshot::Required;
use crate::domain::organisation::hard_client::{CaseResult, Difficulty, Escalation, HeadRole};
use crate::domain::organisation::time_use::{Sink, TimeKind};
use crate::domain::Lang;
use crate::sync::crm_file::FileError;

#[derive(Clone, Debug, PartialEq)]
pub enum FlMsg {
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
    // Hard clients (O3).
    HardTitle,
    HardHint,
    OpenCases,
    NoOpenCases,
    ClosedCases,
    ClosedCase(String, Escalation),
    NewCase,
    Client,
    DealId,
    DifficultyLabel,
    DifficultyName(Difficulty),
    HeadRoleLabel,
    RoleName(HeadRole),
    CallOn,
    WhyHard,
    FillCase,
    SaveCase,
    CaseLine(Escalation),
    ResultLabel,
    ResultName(CaseResult),
    Lesson,
    CloseCase,
    MentoringTitle,
    MentoringRule,
    ClosedAlone,
    JointCallsToday,
    // Time use (O1).
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
    // Discipline (C3).
    /// The line a violation adds to the payslip's reduction (with the breached standard's title).
    ReasonLine(Violation, Option<String>, i64),
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
    // What worked (P2).
    InsightsTitle,
    From,
    To,
    TopBottomTitle,
    TopBottomRule,
    Top,
    Bottom,
    Number,
    Difference,
    MeasureName(Measure),
    MeasureValue(Measure, Parts, String),
    Signed(Option<i64>),
    NotEnoughPeople,
    WonLostTitle,
    Won,
    Lost,
    BySource,
    NoSource,
    BySize,
    SizeBand(usize),
    ByCycle,
    CycleBand(usize),
    LostAt,
    Unknown,
    FindingsTitle,
    FindingText,
    FindingAction,
    FillFinding,
    SaveFinding,
    BecameHypothesis,
    MakeHypothesis,
    BecameStandard,
    MakeStandard,
    // The CRM in meetings.
    CrmBlockTitle,
    CrmBlockLine(String, Option<u32>, usize),
}

impl From<FlMsg> for crate::ui::i18n::Msg {
    fn from(m: FlMsg) -> Self {
        crate::ui::i18n::Msg::Words(crate::ui::i18n::Words::new(move |lang| m.text(lang)))
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

fn tenths(v: u32) -> String {
    format!("{},{} %", v / 10, v % 10)
}

impl FlMsg {
    pub fn text(&self, lang: Lang) -> String {
        let ru = lang == Lang::Ru;
        let pick = |r: &str, e: &str| if ru { r.to_string() } else { e.to_string() };
        let n = |v: usize| format_int(lang, v as i64);
        match self {
            FlMsg::CrmTitle => pick("CRM: сделки и порядок в воронке", "CRM: deals and pipeline hygiene"),
            FlMsg::ImportTitle => pick("Загрузить выгрузку из CRM", "Load a CRM export"),
            FlMsg::ImportHint => pick(
                "Выгрузка сделок или задач из amoCRM или Битрикс24 (CSV или XLSX), как её отдаёт CRM. Каждая загрузка — снимок на выбранный день: по снимкам видно, сколько сделка стоит на этапе. Ничего не сохранится, пока в файле есть ошибки.",
                "A deal or task export from amoCRM or Bitrix24 (CSV or XLSX), as the CRM writes it. Each load is a snapshot of the chosen day: snapshots show how long a deal sits in its stage. Nothing is saved while the file has problems.",
            ),
            FlMsg::TakenOn => pick("На дату", "As of"),
            FlMsg::File => pick("Файл", "File"),
            FlMsg::Reading => pick("Читаем файл…", "Reading the file…"),
            FlMsg::FileFailed(e) => match e {
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
            FlMsg::Imported(count) => {
                if ru {
                    format!("Загружено: {} {}.", n(*count), plural(lang, *count as u64, "строка", "строки", "строк"))
                } else {
                    format!("Loaded {} rows.", n(*count))
                }
            }
            FlMsg::BadRows(count) => {
                if ru {
                    format!("Ошибок в файле: {}. Исправьте их в выгрузке или в CRM и загрузите снова — ничего не сохранено.", n(*count))
                } else {
                    format!("{} problems in the file. Fix them in the export or the CRM and load it again: nothing was saved.", n(*count))
                }
            }
            FlMsg::RowProblem(p) => {
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
            FlMsg::MapColumnsHint => pick(
                "Таблицу не узнали. Укажите, в каком столбце что лежит, и дайте источнику имя: в следующий раз такой файл прочитается сам.",
                "The table was not recognised. Say which column holds what and name the source: next time such a file is read by itself.",
            ),
            FlMsg::SourceName => pick("Источник", "Source"),
            FlMsg::KindLabel => pick("Что в файле", "What the file lists"),
            FlMsg::KindName(k) => match k {
                ExportKind::Deals => pick("Сделки", "Deals"),
                ExportKind::Tasks => pick("Задачи", "Tasks"),
            },
            FlMsg::FieldName(f) => field_name(*f, ru).to_string(),
            FlMsg::NoColumn => pick("— нет —", "— none —"),
            FlMsg::FirstRows => pick("Первые строки файла", "The file's first rows"),
            FlMsg::StillMissing(list) => {
                let names: Vec<&str> = list.iter().map(|f| field_name(*f, ru)).collect();
                if ru {
                    format!("Ещё нужны: {}.", names.join(", "))
                } else {
                    format!("Still needed: {}.", names.join(", "))
                }
            }
            FlMsg::ReadFile => pick("Прочитать файл", "Read the file"),
            FlMsg::MapUsersHint => pick(
                "Этих пользователей CRM нет в команде под такими именами. Выберите, кто это, или «не из отдела» — их строки не загрузятся. Ответ запомнится.",
                "These CRM users match nobody on the team by name. Pick who they are, or “not ours”: their rows are left out. The answer is remembered.",
            ),
            FlMsg::NotOurs => pick("не из отдела", "not ours"),
            FlMsg::Continue => pick("Дальше", "Continue"),
            FlMsg::Preview { source, deals, tasks, skipped, stages } => {
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
            FlMsg::ReplacesDay => pick(
                "Снимок этого источника на этот день уже есть — новый его заменит.",
                "A snapshot of this source for this day exists: the new one replaces it.",
            ),
            FlMsg::Save => pick("Сохранить снимок", "Save the snapshot"),
            FlMsg::NoSnapshots => pick(
                "Снимков CRM пока нет: загрузите выгрузку сделок.",
                "No CRM snapshots yet: load a deal export.",
            ),
            FlMsg::SnapshotsTitle => pick("Снимки", "Snapshots"),
            FlMsg::Rows => pick("Строк", "Rows"),
            FlMsg::Remove => pick("Удалить", "Remove"),
            FlMsg::RemoveSnapshot => pick("Удалить снимок", "Remove the snapshot"),
            FlMsg::Keep => pick("Оставить", "Keep"),
            FlMsg::RowCounts(d, t) => match (d, t) {
                (_, 0) => if ru { format!("сделок {}", n(*d)) } else { format!("{} deals", n(*d)) },
                (0, _) => if ru { format!("задач {}", n(*t)) } else { format!("{} tasks", n(*t)) },
                _ => if ru { format!("сделок {}, задач {}", n(*d), n(*t)) } else { format!("{} deals, {} tasks", n(*d), n(*t)) },
            },
            FlMsg::CheckCell(failed, made) => format!("{failed} / {made}"),
            FlMsg::HygieneTitle(d) => {
                if ru {
                    format!("Гигиена CRM на {d}")
                } else {
                    format!("CRM hygiene as of {d}")
                }
            }
            FlMsg::HygieneFormula => pick(
                "Проверки: у открытой сделки есть следующая задача; задача не просрочена; сделка не дольше нормы на этапе; обязательные поля этапа заполнены; у проигранной за 30 дней указана причина; каждая сделка сверх лимита — проваленная проверка. В клетках — провалено / проверено. Оценка = (проверено − провалено) / проверено × 100; по отделу — из суммы проверок всех.",
                "Checks: an open deal has a next task; the task is not overdue; the deal has not sat in its stage beyond the norm; the stage's required fields are filled; a deal lost in the last 30 days names why; each deal above the limit is a failed check. Cells show failed / made. Score = (made − failed) / made × 100; the department's from everyone's summed checks.",
            ),
            FlMsg::Person => pick("Сотрудник", "Person"),
            FlMsg::OpenOfLimit => pick("Открыто / лимит", "Open / limit"),
            FlMsg::NoTask => pick("Без задачи", "No next task"),
            FlMsg::Overdue => pick("Просрочено", "Overdue"),
            FlMsg::Stuck => pick("Зависли", "Stuck"),
            FlMsg::Incomplete => pick("Не заполнены", "Incomplete"),
            FlMsg::LostNoReason => pick("Отказ без причины", "Lost, no reason"),
            FlMsg::Score => pick("Оценка", "Score"),
            FlMsg::ToFix => pick("Исправить", "To fix"),
            FlMsg::FixCount(c) => {
                if ru {
                    format!("{} {}", n(*c), plural(lang, *c as u64, "пункт", "пункта", "пунктов"))
                } else {
                    format!("{} items", n(*c))
                }
            }
            FlMsg::Department => pick("Отдел", "Department"),
            FlMsg::Trend => pick("По снимкам", "By snapshot"),
            FlMsg::Days(d) => {
                if ru {
                    format!("{} {}", format_int(lang, *d), plural(lang, d.unsigned_abs(), "день", "дня", "дней"))
                } else {
                    format!("{} days", format_int(lang, *d))
                }
            }
            FlMsg::Stage => pick("Этап", "Stage"),
            FlMsg::Reached => pick("Дошли", "Reached"),
            FlMsg::Now => pick("Сейчас", "Now"),
            FlMsg::ToNext => pick("Конверсия в следующий", "To the next"),
            FlMsg::DepartmentToNext => pick("У отдела", "Department"),
            FlMsg::WinRate => pick("Доля выигранных", "Win rate"),
            FlMsg::Cycle => pick("Средний цикл сделки", "Average cycle"),
            FlMsg::AverageWon => pick("Средняя выигранная", "Average won deal"),
            FlMsg::Velocity => pick("Скорость воронки в день", "Pipeline velocity a day"),
            FlMsg::VelocityFormula => pick(
                "Конверсия = дошли до следующего этапа / дошли до этого. Доля выигранных = выигранные / закрытые за период. Цикл = Σ дней от создания до выигрыша / выигранные. Скорость = открытые × доля выигранных × средняя выигранная / цикл.",
                "Conversion = reached the next stage / reached this one. Win rate = won / closed in the period. Cycle = Σ days from creation to the win / won. Velocity = open × win rate × average won deal / cycle.",
            ),
            FlMsg::LostReasons => pick("Причины отказов", "Lost reasons"),
            FlMsg::NoReason => pick("без причины", "none given"),
            FlMsg::PipelineTitle => pick("Воронка", "Pipeline"),
            FlMsg::ClosedSince(d) => {
                if ru {
                    format!("Закрытые сделки — с {d} по сегодня.")
                } else {
                    format!("Closed deals from {d} to today.")
                }
            }
            FlMsg::StagesTitle => pick("Этапы и их правила", "Stages and their rules"),
            FlMsg::StagesHint => pick(
                "Порядок этапов в воронке, чем этап заканчивает сделку, норма дней на этапе и обязательные поля. Новые этапы из выгрузки встают в конец по среднему возрасту сделок — поправьте порядок здесь.",
                "The stages' order in the funnel, how a stage ends a deal, the norm of days in it and the required fields. New stages from an export are placed by the mean age of their deals: correct the order here.",
            ),
            FlMsg::Order => pick("Порядок", "Order"),
            FlMsg::OutcomeLabel => pick("Итог", "Outcome"),
            FlMsg::NormDays => pick("Норма, дней", "Norm, days"),
            FlMsg::RequiredFields => pick("Обязательные поля", "Required fields"),
            FlMsg::OutcomeName(o) => match o {
                Outcome::Open => pick("в работе", "open"),
                Outcome::Won => pick("выиграна", "won"),
                Outcome::Lost => pick("проиграна", "lost"),
            },
            FlMsg::RequiredName(r) => match r {
                Required::Field(f) => field_name(*f, ru).to_string(),
                Required::Column(c) => c.clone(),
            },
            FlMsg::Limits(list) => {
                if ru {
                    format!("Лимиты открытых сделок (в карточке сотрудника): {list}.")
                } else {
                    format!("Open-deal limits (on each person's card): {list}.")
                }
            }
            FlMsg::FixTitle(name, d) => {
                if ru {
                    format!("{name}: что поправить в CRM (на {d})")
                } else {
                    format!("{name}: what to fix in the CRM (as of {d})")
                }
            }
            FlMsg::BackToCrm => pick("К CRM", "Back to the CRM"),
            FlMsg::Print => pick("Печать", "Print"),
            FlMsg::FixSummary(deals, tasks, score) => {
                let s = score.map(|v| format!("{v} %")).unwrap_or("—".into());
                if ru {
                    format!("Сделок к исправлению: {}, просроченных задач: {}. Оценка гигиены: {s}.", n(*deals), n(*tasks))
                } else {
                    format!("Deals to fix: {}, overdue tasks: {}. Hygiene score: {s}.", n(*deals), n(*tasks))
                }
            }
            FlMsg::Deal => pick("Сделка", "Deal"),
            FlMsg::Amount => pick("Сумма", "Amount"),
            FlMsg::WhatToFix => pick("Что исправить", "What to fix"),
            FlMsg::Done => pick("Готово", "Done"),
            FlMsg::FaultText(f) => match f {
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
                        .map(|r| FlMsg::RequiredName(r.clone()).text(lang))
                        .collect();
                    if ru {
                        format!("заполнить: {}", names.join(", "))
                    } else {
                        format!("fill in: {}", names.join(", "))
                    }
                }
                Fault::LostNoReason => pick("указать причину отказа", "give the lost reason"),
            },
            FlMsg::OverdueTasks => pick("Просроченные задачи", "Overdue tasks"),
            FlMsg::OverdueTask(name, deal, due) => {
                if ru {
                    format!("{name} (сделка {deal}) — срок был {due}")
                } else {
                    format!("{name} (deal {deal}): due {due}")
                }
            }
            FlMsg::HardTitle => pick("Сложные клиенты", "Hard clients"),
            FlMsg::HardHint => pick(
                "Руководитель помогает со сложными клиентами как наставник: продавец должен научиться закрывать сам. Записывайте и случаи, которые продавец закрыл без вас, — по ним видно, что наставничество работает.",
                "The head helps with hard clients as a mentor: the seller must learn to close alone. Write down the cases the seller closed without you too: they show the mentoring working.",
            ),
            FlMsg::OpenCases => pick("В работе", "Open"),
            FlMsg::NoOpenCases => pick("Открытых случаев нет.", "No open cases."),
            FlMsg::ClosedCases => pick("Закрытые", "Closed"),
            FlMsg::ClosedCase(who, e) => {
                let d = e.outcome.as_ref().map(|o| format_date(lang, o.closed)).unwrap_or_default();
                let r = e.outcome.as_ref().map(|o| FlMsg::ResultName(o.result).text(lang)).unwrap_or_default();
                let lesson = e.outcome.as_ref().map(|o| o.lesson.clone()).filter(|l| !l.is_empty()).map(|l| format!(" — {l}")).unwrap_or_default();
                format!("{d} · {who} · {} · {} · {}: {r}{lesson}", e.client, FlMsg::DifficultyName(e.difficulty).text(lang), FlMsg::RoleName(e.role).text(lang))
            }
            FlMsg::NewCase => pick("Новый случай", "A new case"),
            FlMsg::Client => pick("Клиент", "Client"),
            FlMsg::DealId => pick("№ сделки в CRM", "CRM deal no."),
            FlMsg::DifficultyLabel => pick("Чем сложный", "Why hard"),
            FlMsg::DifficultyName(d) => match d {
                Difficulty::Price => pick("цена, скидка", "price, discount"),
                Difficulty::DecisionMaker => pick("нет выхода на ЛПР", "no decision-maker"),
                Difficulty::Competitor => pick("конкурент", "competitor"),
                Difficulty::Complaint => pick("жалоба, конфликт", "complaint, conflict"),
                Difficulty::BigDeal => pick("крупная сделка", "big deal"),
                Difficulty::Terms => pick("условия, договор", "terms, contract"),
                Difficulty::Other => pick("другое", "other"),
            },
            FlMsg::HeadRoleLabel => pick("Роль руководителя", "The head's part"),
            FlMsg::RoleName(r) => match r {
                HeadRole::Alone => pick("продавец справился сам", "the seller alone"),
                HeadRole::Advice => pick("совет", "advice"),
                HeadRole::JointCall => pick("совместный звонок или встреча", "joint call or meeting"),
                HeadRole::HeadLeads => pick("ведёт руководитель", "the head leads"),
            },
            FlMsg::CallOn => pick("Совместный звонок", "Joint call on"),
            FlMsg::WhyHard => pick("Что сложного", "What makes it hard"),
            FlMsg::FillCase => pick("Выберите сотрудника, клиента и опишите, что сложного.", "Pick the person and the client and say what makes it hard."),
            FlMsg::SaveCase => pick("Записать", "Save"),
            FlMsg::CaseLine(e) => {
                let call = e.call_on.map(|d| if ru { format!(", звонок {}", format_date(lang, d)) } else { format!(", call on {}", format_date(lang, d)) }).unwrap_or_default();
                if ru {
                    format!("{} · {} · с {}{call}", FlMsg::DifficultyName(e.difficulty).text(lang), FlMsg::RoleName(e.role).text(lang), format_date(lang, e.opened))
                } else {
                    format!("{} · {} · since {}{call}", FlMsg::DifficultyName(e.difficulty).text(lang), FlMsg::RoleName(e.role).text(lang), format_date(lang, e.opened))
                }
            }
            FlMsg::ResultLabel => pick("Итог", "Result"),
            FlMsg::ResultName(r) => match r {
                CaseResult::Won => pick("сделка выиграна", "won"),
                CaseResult::Lost => pick("сделка проиграна", "lost"),
                CaseResult::Kept => pick("клиент сохранён", "client kept"),
            },
            FlMsg::Lesson => pick("Что продавец вынес", "What the seller takes from it"),
            FlMsg::CloseCase => pick("Закрыть случай", "Close the case"),
            FlMsg::MentoringTitle => pick("Наставничество", "Mentoring"),
            FlMsg::MentoringRule => pick(
                "По месяцам — случаи, где понадобился руководитель. «Закрыл сам» — доля случаев того же вида после первой помощи, которые продавец закрыл без руководителя.",
                "By month: the cases that needed the head. “Closed alone”: the share of cases of the same kind after the first help that the seller closed without the head.",
            ),
            FlMsg::ClosedAlone => pick("Закрыл сам", "Closed alone"),
            FlMsg::JointCallsToday => pick("Совместные звонки сегодня", "Joint calls today"),
            FlMsg::TimeTitle => pick("Время продавцов", "Sellers' time"),
            FlMsg::TimeHint => pick(
                "Продавцы должны продавать. Записывайте непродающую работу — документы, логистику, рекламации, внутренние запросы — и убирайте самые большие потери времени.",
                "Sellers should sell. Log the non-selling work (documents, logistics, complaints, internal requests) and remove the biggest time sinks.",
            ),
            FlMsg::TimeMonth(m) => if ru { format!("Время за {m}") } else { format!("Time in {m}") },
            FlMsg::SellingRule => pick(
                "Доля продаж = (рабочее время − непродающее) / рабочее время × 100. Рабочее время — рабочие дни сотрудника по производственному календарю без отсутствий, по 8 часов (в предпраздничный 7). Минуты на линии — из фактов.",
                "Selling share = (working time − non-selling) / working time × 100. Working time: the person's working days by the production calendar, less absences, 8 hours each (7 before a holiday). Minutes on the line come from the facts.",
            ),
            FlMsg::WorkingHours => pick("Рабочее время", "Working time"),
            FlMsg::TimeKindName(k) => match k {
                TimeKind::Documents => pick("Документы", "Documents"),
                TimeKind::Logistics => pick("Логистика", "Logistics"),
                TimeKind::Complaints => pick("Рекламации", "Complaints"),
                TimeKind::Internal => pick("Внутренние запросы", "Internal requests"),
                TimeKind::Other => pick("Другое", "Other"),
            },
            FlMsg::SellingShare => pick("Доля продаж", "Selling share"),
            FlMsg::OnLine => pick("На линии", "On the line"),
            FlMsg::Hours(m) => {
                let (h, mm) = (m / 60, m % 60);
                // Non-breaking spaces: a table cell never splits "12 ч 05 мин".
                if ru { format!("{h}\u{a0}ч\u{a0}{mm:02}\u{a0}мин") } else { format!("{h}\u{a0}h\u{a0}{mm:02}\u{a0}min") }
            }
            FlMsg::SinksTitle => pick("Главные потери времени", "The biggest time sinks"),
            FlMsg::RemoveSink(what, kind) => {
                let w = if what.is_empty() { FlMsg::TimeKindName(*kind).text(lang) } else { what.clone() };
                if ru { format!("Снять с продавцов: {w}") } else { format!("Take off the sellers: {w}") }
            }
            FlMsg::SinkLine(sink) => {
                let w = if sink.what.is_empty() { FlMsg::TimeKindName(sink.kind).text(lang) } else { sink.what.clone() };
                let h = FlMsg::Hours(sink.minutes).text(lang);
                if ru {
                    format!("{w} ({}) — {h}: {} {}, {} {}", FlMsg::TimeKindName(sink.kind).text(lang).to_lowercase(), n(sink.people), plural(lang, sink.people as u64, "человек", "человека", "человек"), n(sink.entries), plural(lang, sink.entries as u64, "запись", "записи", "записей"))
                } else {
                    format!("{w} ({}): {h}, {} people, {} entries", FlMsg::TimeKindName(sink.kind).text(lang).to_lowercase(), n(sink.people), n(sink.entries))
                }
            }
            FlMsg::TaskMade => pick("В плане недели", "In the week's plan"),
            FlMsg::MakeTask => pick("Сделать задачей", "Make it a task"),
            FlMsg::LogTime => pick("Записать непродающее время", "Log non-selling time"),
            FlMsg::Date => pick("Дата", "Date"),
            FlMsg::Kind => pick("Вид", "Kind"),
            FlMsg::Minutes => pick("Минут", "Minutes"),
            FlMsg::MinutesShort => pick("мин", "min"),
            FlMsg::WhatWasIt => pick("Что это было", "What it was"),
            FlMsg::LoggedByPerson => pick("Записал сам сотрудник", "Logged by the person"),
            FlMsg::FillLog => pick("Выберите сотрудника и укажите минуты (от 1 до 960).", "Pick the person and give the minutes (1 to 960)."),
            FlMsg::SaveLog => pick("Записать", "Save"),
            FlMsg::RecentLogs => pick("Последние записи", "Recent entries"),
            FlMsg::ReasonLine(v, standard, bp) => {
                let d = format_date(Lang::Ru, v.date);
                let what = match v.kind {
                    ViolationKind::Lateness => format!("опоздание на планёрку {d}"),
                    ViolationKind::Absence => format!("неявка на планёрку {d}"),
                    ViolationKind::Crm => format!("нарушение правил работы в CRM (снимок {d})"),
                    ViolationKind::Standard => format!("нарушение стандарта{} {d}", standard.as_ref().map(|t| format!(" «{t}»")).unwrap_or_default()),
                    ViolationKind::MissedReport => format!("не сдан отчёт за {d}"),
                    ViolationKind::Other => format!("нарушение {d}"),
                };
                let share = format!(" — {}", crate::domain::core::locale::format_bp(Lang::Ru, *bp));
                let note = if v.note.is_empty() { String::new() } else { format!(": {}", v.note) };
                let _ = ru;
                format!("Нарушение дисциплины: {what}{note}{share}")
            }
            FlMsg::DisciplineTitle => pick("Дисциплина", "Discipline"),
            FlMsg::PreviousMonth => pick("Предыдущий месяц", "Previous month"),
            FlMsg::NextMonth => pick("Следующий месяц", "Next month"),
            FlMsg::DisciplineRule(bar) => if ru {
                format!("Находятся сами: опоздания и неявки — из отметок на планёрках (отсутствие по отпуску или больничному не нарушение); CRM — оценка гигиены ниже {bar} %; отчёт — рабочий день без фактов. Решение руководителя: отмечено, замечание или снято. Доля премии по нарушению уходит в депремирование месяца и видна в расчётном листке с причиной.")
            } else {
                format!("Found by themselves: lateness and absence from the stand-ups' attendance (an absence on vacation or sick leave is none); CRM: a hygiene score below {bar} %; a report: a working day without facts. The head decides: noted, a warning, or dismissed. A share of the bonus goes into the month's bonus reduction and shows on the payslip with its reason.")
            },
            FlMsg::CountsTitle => pick("По сотрудникам", "By person"),
            FlMsg::ViolationName(k) => match k {
                ViolationKind::Lateness => pick("Опоздание", "Lateness"),
                ViolationKind::Absence => pick("Неявка", "Absence"),
                ViolationKind::Crm => pick("CRM", "CRM"),
                ViolationKind::Standard => pick("Стандарт", "Standard"),
                ViolationKind::MissedReport => pick("Нет отчёта", "No report"),
                ViolationKind::Other => pick("Другое", "Other"),
            },
            FlMsg::Warnings => pick("Замечаний", "Warnings"),
            FlMsg::RegisterTitle => pick("Журнал нарушений", "Register"),
            FlMsg::NoViolations => pick("Нарушений за месяц нет.", "No violations this month."),
            FlMsg::Detail => pick("Подробности", "Detail"),
            FlMsg::DecisionLabel => pick("Решение", "Decision"),
            FlMsg::BonusShare => pick("Депремирование", "Bonus reduction"),
            FlMsg::ViolationDetail(v, hygiene) => {
                let base = match (v.kind, hygiene) {
                    (ViolationKind::Crm, Some((score, failed))) => if ru { format!("оценка {score} %, провалено проверок: {failed}") } else { format!("score {score} %, {failed} failed checks") },
                    (ViolationKind::MissedReport, _) => pick("нет фактов за день", "no facts for the day"),
                    _ => String::new(),
                };
                match (base.is_empty(), v.note.is_empty()) {
                    (true, true) => "—".into(),
                    (true, false) => v.note.clone(),
                    (false, true) => base,
                    (false, false) => format!("{base}; {}", v.note),
                }
            }
            FlMsg::DecisionName(d) => match d {
                Decision::Noted => pick("отмечено", "noted"),
                Decision::Warning => pick("замечание", "warning"),
                Decision::Dismissed => pick("снято", "dismissed"),
            },
            FlMsg::Found => pick("(найдено)", "(found)"),
            FlMsg::NewViolation => pick("Записать нарушение", "Write down a violation"),
            FlMsg::StandardLabel => pick("Стандарт", "Standard"),
            FlMsg::WhatHappened => pick("Что произошло", "What happened"),
            FlMsg::FillViolation => pick("Выберите сотрудника и опишите нарушение или выберите стандарт.", "Pick the person and describe the violation or pick the standard."),
            FlMsg::SaveViolation => pick("Записать", "Save"),
            FlMsg::InsightsTitle => pick("Что сработало", "What worked"),
            FlMsg::From => pick("С", "From"),
            FlMsg::To => pick("По", "To"),
            FlMsg::TopBottomTitle => pick("Лучшие против отстающих", "Top against bottom"),
            FlMsg::TopBottomRule => pick(
                "Сотрудники ранжированы по выполнению плана оплат за период: верхняя треть против нижней. Каждое число группы — из сумм (звонки в день = Σ звонков / Σ рабочих дней), разница = (лучшие − отстающие) / отстающие × 100; сверху — самые большие разницы.",
                "People ranked by completion of the payments plan in the period: the top third against the bottom third. Each group number comes from sums (calls a day = Σ calls / Σ working days); difference = (top − bottom) / bottom × 100; the largest differences first.",
            ),
            FlMsg::Top => pick("Лучшие", "Top"),
            FlMsg::Bottom => pick("Отстающие", "Bottom"),
            FlMsg::Number => pick("Показатель", "Number"),
            FlMsg::Difference => pick("Разница", "Difference"),
            FlMsg::MeasureName(m) => match m {
                Measure::CallsPerDay => pick("Звонков в рабочий день", "Calls a working day"),
                Measure::MinutesPerDay => pick("Минут на линии в день", "Minutes on the line a day"),
                Measure::LeadsPerDay => pick("Лидов в день", "Leads a day"),
                Measure::Conversion => pick("Конверсия лид → сделка", "Lead to deal conversion"),
                Measure::AverageCheck => pick("Средний чек", "Average check"),
                Measure::StageConversion(stage) => if ru { format!("Конверсия из этапа «{stage}»") } else { format!("Conversion from “{stage}”") },
                Measure::Cycle => pick("Цикл сделки, дней", "Deal cycle, days"),
                Measure::PromiseKeeping => pick("Выполнение обещаний", "Promises kept"),
                Measure::Hygiene => pick("Гигиена CRM", "CRM hygiene"),
            },
            FlMsg::MeasureValue(m, p, currency) => {
                let tenths = |t: i64| format!("{},{}", t / 10, t % 10);
                let value = match m {
                    Measure::CallsPerDay | Measure::MinutesPerDay | Measure::LeadsPerDay | Measure::Cycle => p.tenths().map(tenths),
                    Measure::AverageCheck => p.rounded().map(|v| crate::domain::core::locale::format_money_whole(lang, v, currency)),
                    _ => p.percent_tenths().map(|t| format!("{} %", tenths(t))),
                };
                match value {
                    None => "—".into(),
                    Some(v) => format!("{v} ({} / {})", format_int(lang, p.num), format_int(lang, p.den)),
                }
            }
            FlMsg::Signed(v) => match v {
                None => "—".into(),
                Some(t) => {
                    let sign = if *t > 0 { "+" } else if *t < 0 { "−" } else { "" };
                    let a = t.abs();
                    format!("{sign}{},{} %", a / 10, a % 10)
                }
            },
            FlMsg::NotEnoughPeople => pick("Для сравнения нужны хотя бы двое с планом или фактом оплат за период.", "Comparing needs at least two people with a payments plan or fact in the period."),
            FlMsg::WonLostTitle => pick("Выигранные и проигранные сделки", "Won against lost deals"),
            FlMsg::Won => pick("Выиграно", "Won"),
            FlMsg::Lost => pick("Проиграно", "Lost"),
            FlMsg::BySource => pick("Источник", "Source"),
            FlMsg::NoSource => pick("не указан", "none given"),
            FlMsg::BySize => pick("Сумма сделки", "Deal size"),
            FlMsg::SizeBand(i) => match i {
                0 => pick("до 100 тыс. ₽", "under 100k ₽"),
                1 => pick("100–500 тыс. ₽", "100–500k ₽"),
                2 => pick("500 тыс. – 1 млн ₽", "500k–1m ₽"),
                _ => pick("от 1 млн ₽", "1m ₽ and more"),
            },
            FlMsg::ByCycle => pick("Длина цикла", "Cycle length"),
            FlMsg::CycleBand(i) => match i {
                0 => pick("до 7 дней", "up to 7 days"),
                1 => pick("8–30 дней", "8–30 days"),
                2 => pick("31–90 дней", "31–90 days"),
                _ => pick("больше 90 дней", "over 90 days"),
            },
            FlMsg::LostAt => pick("На каком этапе теряем", "Where deals are lost"),
            FlMsg::Unknown => pick("не видели открытой", "never seen open"),
            FlMsg::FindingsTitle => pick("Выводы", "Findings"),
            FlMsg::FindingText => pick("Что показывают цифры", "What the numbers show"),
            FlMsg::FindingAction => pick("Что делаем", "What we do"),
            FlMsg::FillFinding => pick("Запишите, что показывают цифры.", "Write down what the numbers show."),
            FlMsg::SaveFinding => pick("Записать вывод", "Save the finding"),
            FlMsg::BecameHypothesis => pick("Гипотеза ОКК →", "Quality hypothesis →"),
            FlMsg::MakeHypothesis => pick("Сделать гипотезой ОКК", "Make it a quality hypothesis"),
            FlMsg::BecameStandard => pick("Стандарт →", "Standard →"),
            FlMsg::MakeStandard => pick("Сделать стандартом", "Make it a standard"),
            FlMsg::CrmBlockTitle => pick("CRM: порядок в воронке", "CRM: pipeline hygiene"),
            FlMsg::CrmBlockLine(who, score, fix) => {
                let sc = score.map(|v| format!("{v} %")).unwrap_or("—".into());
                if ru { format!("{who}: {sc}, исправить {}", n(*fix)) } else { format!("{who}: {sc}, {} to fix", n(*fix)) }
            }
        }
    }
}

/// A share in tenths of a percent, as the sales floor's pages write it.
pub fn percent_tenths(v: Option<u32>) -> String {
    v.map(tenths).unwrap_or_else(|| "—".into())
}
