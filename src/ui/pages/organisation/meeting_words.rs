//! The meeting screens' words (meetings, meeting mode, protocol, promises, cases), in Russian and English; reached
//! through `Msg::Words` (so they load with the meeting pages).

use crate::domain::core::locale::{format_int, plural};
use crate::domain::organisation::meeting::{Block, MeetingKind};
use crate::domain::organisation::promise::Outcome;
use crate::domain::organisation::protocol::{NoteKind, Presence};
use crate::domain::Lang;

#[derive(Clone, Debug, PartialEq)]
pub enum MeetMsg {
    MeetingsTitle,
    KindName(MeetingKind),
    /// The kind's name in a heading with the date: "Планёрка · 27 ноября 2026".
    StartTitle,
    QualityHint,
    TakeFromCalendar,
    CaseCandidates,
    BestAnswer,
    Start,
    Continue,
    Open,
    MeetingDate,
    TopicHint,
    Discipline,
    DisciplineLine {
        held: u32,
        scheduled: u32,
        mean: Option<u32>,
        overran: u32,
    },
    PastMeetings,
    AllKinds,
    AllMonths,
    /// Accessible names of controls whose meaning the layout shows but a screen reader would not hear.
    KindFilter,
    MonthFilter,
    NewBlockLabel,
    TaskDoneLabel,
    NoMeetings,
    SkippedOn(String),
    Running,
    NotStarted,
    DurationOf {
        minutes: u32,
        time_box: u16,
    },
    TimeBox,
    TimeBoxShort(u16),
    AddStep,
    RemoveStep,
    ResetTemplate,
    BlockName(Block),
    CaseProblem,
    CaseAnswer,
    CaseTags,
    Search,
    AllTags,
    NoCases,
    RaisedBy,
    AddCase,
    CasesCount(usize),
    Promises,
    OpenPromises,
    NoOpenPromises,
    Who,
    PromiseText,
    PromiseHint,
    Due,
    Metric,
    Target,
    NoMetric,
    MakePromise,
    OutcomeName(Outcome),
    MarkKept,
    MarkBroken,
    Keeping {
        kept: u32,
        decided: u32,
        percent: String,
    },
    NoKeepingYet,
    PromisesDue(String),
    NoPromisesDue(String),
    PromisesMade,
    Reached(String),
    PresenceName(Presence),
    AllPresent,
    Reason,
    AttendanceSummary {
        present: usize,
        late: usize,
        absent: usize,
    },
    NoteKindName(NoteKind),
    AddNote,
    NoteHint,
    Resolve,
    Head,
    TrainingTopic,
    LedBy,
    TaskText,
    Owner,
    CarriedFrom(String),
    Unreached,
    OpenQuestions,
    LastDay(String),
    TodayPlan(String),
    WeekOf(String),
    NextWeekOf(String),
    WeekActions,
    Standings,
    OpenReport,
    StepOf {
        n: usize,
        total: usize,
    },
    Prev,
    Next,
    End,
    Exit,
    FullScreen,
    Left(String),
    Over(String),
    NotStartedHint,
    Protocol,
    ClosedAbandoned(String),
    Attended,
    CopyMarkdown,
    CopyText,
    DownloadMd,
    Copied,
    BackToMeeting,
    AllMeetings,
    Done,
    Tasks,
    Cases,
}

/// A meeting message is an app message: `s.t(MeetMsg::…)` and `s.tr(MeetMsg::…)` take it as it is.
impl From<MeetMsg> for crate::ui::i18n::Msg {
    fn from(msg: MeetMsg) -> Self {
        crate::ui::i18n::Msg::Words(crate::ui::i18n::Words::new(move |lang| msg.text(lang)))
    }
}

impl MeetMsg {
    pub fn text(&self, lang: Lang) -> String {
        let ru = lang == Lang::Ru;
        let pick = |r: &str, e: &str| if ru { r.to_string() } else { e.to_string() };
        let n = |x: usize| format_int(lang, x as i64);
        match self {
            MeetMsg::MeetingsTitle => pick("Встречи", "Meetings"),
            MeetMsg::KindName(k) => match k {
                MeetingKind::Daily => pick("Планёрка", "Daily stand-up"),
                MeetingKind::Weekly => pick("Еженедельная встреча", "Weekly meeting"),
                MeetingKind::Monthly => pick("Ежемесячное собрание", "Monthly meeting"),
                MeetingKind::Other => pick("Другая встреча", "Other meeting"),
                MeetingKind::Quality => pick("ОКК: гипотезы", "Quality control: hypotheses"),
            },
            MeetMsg::StartTitle => pick("Начать встречу", "Start a meeting"),
            MeetMsg::TakeFromCalendar => pick("Провести сейчас", "Hold it now"),
            MeetMsg::CaseCandidates => pick(
                "Кандидаты из скриптов: клиент сказал то, чего нет в скрипте",
                "From the scripts: what clients said that the scripts do not cover",
            ),
            MeetMsg::BestAnswer => pick("Лучший ответ", "Best answer"),
            MeetMsg::QualityHint => pick(
                "С отделом контроля качества: открытые гипотезы и их замеры",
                "With quality control: open hypotheses and their measurements",
            ),
            MeetMsg::Start => pick("Начать", "Start"),
            MeetMsg::Continue => pick("Продолжить", "Continue"),
            MeetMsg::Open => pick("Открыть", "Open"),
            MeetMsg::MeetingDate => pick("Дата", "Date"),
            MeetMsg::TopicHint => pick("Например: общее собрание", "E.g. general meeting"),
            MeetMsg::Discipline => pick(
                "Дисциплина встреч за 30 дней",
                "Meeting discipline, last 30 days",
            ),
            MeetMsg::DisciplineLine {
                held,
                scheduled,
                mean,
                overran,
            } => {
                let mean = mean
                    .map(|m| {
                        pick(
                            &format!(", в среднем {m} мин"),
                            &format!(", {m} min on average"),
                        )
                    })
                    .unwrap_or_default();
                pick(
                    &format!("проведено {held} из {scheduled}{mean}, сверх времени: {overran}"),
                    &format!("held {held} of {scheduled}{mean}, overran: {overran}"),
                )
            }
            MeetMsg::PastMeetings => pick("Прошедшие встречи", "Past meetings"),
            MeetMsg::AllKinds => pick("Все виды", "All kinds"),
            MeetMsg::AllMonths => pick("Все месяцы", "All months"),
            MeetMsg::KindFilter => pick("Вид встречи", "Meeting kind"),
            MeetMsg::MonthFilter => pick("Месяц встречи", "Meeting month"),
            MeetMsg::NewBlockLabel => pick("Шаг для добавления", "Step to add"),
            MeetMsg::TaskDoneLabel => pick("Задача выполнена", "Task done"),
            MeetMsg::NoMeetings => pick("Встреч пока не было.", "No meetings yet."),
            MeetMsg::SkippedOn(d) => {
                pick(&format!("не проводилась: {d}"), &format!("not held: {d}"))
            }
            MeetMsg::Running => pick("Идёт", "Running"),
            MeetMsg::NotStarted => pick("Не начата", "Not started"),
            MeetMsg::DurationOf { minutes, time_box } => pick(
                &format!("{minutes} мин из {time_box}"),
                &format!("{minutes} of {time_box} min"),
            ),
            MeetMsg::TimeBox => pick("Время, мин", "Time box, min"),
            MeetMsg::TimeBoxShort(n) => pick(&format!("до {n} мин"), &format!("up to {n} min")),
            MeetMsg::AddStep => pick("Добавить пункт", "Add a step"),
            MeetMsg::RemoveStep => pick("Убрать", "Remove"),
            MeetMsg::ResetTemplate => pick("Как в регламенте", "Back to the standard"),
            MeetMsg::BlockName(b) => match b {
                Block::Attendance => pick("Кто на месте", "Attendance"),
                Block::PromiseReview => pick("Обещания: итоги", "Promises: outcomes"),
                Block::Yesterday => pick("Факт вчерашнего дня", "Yesterday's fact"),
                Block::Today => pick(
                    "План на сегодня и итоги месяца",
                    "Today's plan and the month so far",
                ),
                Block::RepeatLists => {
                    pick("Что повторить и что не повторять", "Repeat / don't repeat")
                }
                Block::Training => pick("Обучение или мотивация", "Training or motivation"),
                Block::Week => pick("Неделя в цифрах и задачах", "The week in numbers and tasks"),
                Block::NextWeek => pick(
                    "План оплат и задач на неделю",
                    "The week's payment plan and tasks",
                ),
                Block::Cases => pick(
                    "Кейсы недели: возражения и трудности",
                    "The week's cases: objections",
                ),
                Block::Standings => pick("Промежуточный рейтинг", "Interim standings"),
                Block::MonthReport => {
                    pick("Официальный отчёт за месяц", "The month's official report")
                }
                Block::Promises => pick("Обещания", "Promises"),
                Block::Tasks => pick("Задачи и перенесённое", "Tasks and carry-over"),
                Block::Notes => pick("Обсуждение", "Discussion"),
                Block::Hypotheses => pick("Гипотезы и замеры", "Hypotheses and measurements"),
                Block::Crm => pick("CRM и сложные клиенты", "CRM and hard clients"),
            },
            MeetMsg::CaseProblem => pick("Ситуация или возражение", "Situation or objection"),
            MeetMsg::CaseAnswer => pick("Лучший ответ", "Best answer"),
            MeetMsg::CaseTags => pick("Теги через запятую", "Tags, comma-separated"),
            MeetMsg::Search => pick("Поиск", "Search"),
            MeetMsg::AllTags => pick("Все теги", "All tags"),
            MeetMsg::NoCases => pick("Ничего не найдено.", "Nothing found."),
            MeetMsg::RaisedBy => pick("Кто принёс", "Raised by"),
            MeetMsg::AddCase => pick("Добавить кейс", "Add case"),
            MeetMsg::CasesCount(c) => {
                let w = plural(lang, *c as u64, "кейс", "кейса", "кейсов");
                pick(&format!("{} {w}", n(*c)), &format!("{} cases", n(*c)))
            }
            MeetMsg::Promises => pick("Обещания", "Promises"),
            MeetMsg::OpenPromises => pick("Ждут отметки", "Waiting for a mark"),
            MeetMsg::NoOpenPromises => pick("Все обещания отмечены.", "Every promise is marked."),
            MeetMsg::Who => pick("Кто обещает", "Who"),
            MeetMsg::PromiseText => pick("Что обещает", "The promise"),
            MeetMsg::PromiseHint => pick("Например: 3 оплаты сегодня", "E.g. 3 payments today"),
            MeetMsg::Due => pick("Срок", "Due"),
            MeetMsg::Metric => pick("Проверять по показателю", "Check by metric"),
            MeetMsg::Target => pick("Цель", "Target"),
            MeetMsg::NoMetric => pick("— отмечу вручную —", "— mark by hand —"),
            MeetMsg::MakePromise => pick("Записать обещание", "Record the promise"),
            MeetMsg::OutcomeName(o) => match o {
                Outcome::Pending => pick("В работе", "Pending"),
                Outcome::AwaitingFacts => pick("Ждёт факта", "Waiting for facts"),
                Outcome::AwaitingMark => pick("Отметьте", "Mark it"),
                Outcome::Kept => pick("Выполнено", "Kept"),
                Outcome::Broken => pick("Не выполнено", "Broken"),
                Outcome::Excused => pick("Не в счёт (не работал)", "Excused (not working)"),
            },
            MeetMsg::MarkKept => pick("Выполнил", "Kept"),
            MeetMsg::MarkBroken => pick("Не выполнил", "Broken"),
            MeetMsg::Keeping {
                kept,
                decided,
                percent,
            } => pick(
                &format!("Выполняет обещания: {percent} ({kept} из {decided}) за 30 дней"),
                &format!("Keeps promises: {percent} ({kept} of {decided}) in 30 days"),
            ),
            MeetMsg::NoKeepingYet => pick("Обещаний за 30 дней нет", "No promises in 30 days"),
            MeetMsg::PromisesDue(d) => {
                pick(&format!("Обещания на {d}"), &format!("Promises due {d}"))
            }
            MeetMsg::NoPromisesDue(d) => pick(
                &format!("На {d} обещаний не было."),
                &format!("No promises were due {d}."),
            ),
            MeetMsg::PromisesMade => {
                pick("Обещания на этой встрече", "Promises made at this meeting")
            }
            MeetMsg::Reached(v) => pick(&format!("сделано: {v}"), &format!("done: {v}")),
            MeetMsg::PresenceName(p) => match p {
                Presence::Present => pick("На месте", "Present"),
                Presence::Late => pick("Опоздание", "Late"),
                Presence::Absent => pick("Нет", "Absent"),
            },
            MeetMsg::AllPresent => pick("Остальные на месте", "Everyone else present"),
            MeetMsg::Reason => pick("Причина", "Reason"),
            MeetMsg::AttendanceSummary {
                present,
                late,
                absent,
            } => pick(
                &format!("На месте: {present}, опоздали: {late}, нет: {absent}"),
                &format!("Present: {present}, late: {late}, absent: {absent}"),
            ),
            MeetMsg::NoteKindName(k) => match k {
                NoteKind::Note => pick("Заметка", "Note"),
                NoteKind::Decision => pick("Решение", "Decision"),
                NoteKind::Question => pick("Вопрос", "Question"),
                NoteKind::Repeat => pick("Повторить", "Repeat"),
                NoteKind::DontRepeat => pick("Не повторять", "Don't repeat"),
                NoteKind::Training => pick("Обучение", "Training"),
            },
            MeetMsg::AddNote => pick("Записать", "Add"),
            MeetMsg::NoteHint => pick(
                "Заметка, решение или вопрос…",
                "A note, decision or question…",
            ),
            MeetMsg::Resolve => pick("Снят", "Resolved"),
            MeetMsg::Head => pick("Руководитель", "Head of sales"),
            MeetMsg::TrainingTopic => pick("Тема", "Topic"),
            MeetMsg::LedBy => pick("Кто проводит", "Led by"),
            MeetMsg::TaskText => pick("Задача", "Task"),
            MeetMsg::Owner => pick("Ответственный", "Owner"),
            MeetMsg::CarriedFrom(d) => pick(
                &format!("Перенесено с прошлых встреч (последняя — {d})"),
                &format!("Carried over (last meeting {d})"),
            ),
            MeetMsg::Unreached => pick("Не успели обсудить в прошлый раз", "Not reached last time"),
            MeetMsg::OpenQuestions => pick("Открытые вопросы", "Open questions"),
            MeetMsg::LastDay(d) => pick(&format!("Факт за {d}"), &format!("Fact for {d}")),
            MeetMsg::TodayPlan(d) => pick(&format!("План на {d}"), &format!("Plan for {d}")),
            MeetMsg::WeekOf(p) => pick(&format!("Неделя {p}"), &format!("Week {p}")),
            MeetMsg::NextWeekOf(p) => pick(
                &format!("План на неделю {p}"),
                &format!("Plan for the week {p}"),
            ),
            MeetMsg::WeekActions => pick("Действия недели", "The week's actions"),
            MeetMsg::Standings => pick(
                "Рейтинг месяца по оплатам",
                "The month's standings by payments",
            ),
            MeetMsg::OpenReport => pick("Открыть отчёт", "Open the report"),
            MeetMsg::StepOf { n, total } => {
                pick(&format!("{n} из {total}"), &format!("{n} of {total}"))
            }
            MeetMsg::Prev => pick("Назад", "Back"),
            MeetMsg::Next => pick("Далее", "Next"),
            MeetMsg::End => pick("Завершить", "End"),
            MeetMsg::Exit => pick("Выйти", "Exit"),
            MeetMsg::FullScreen => pick("Во весь экран", "Full screen"),
            MeetMsg::Left(t) => pick(&format!("осталось {t}"), &format!("{t} left")),
            MeetMsg::Over(t) => pick(&format!("сверх времени {t}"), &format!("{t} over")),
            MeetMsg::NotStartedHint => pick(
                "Встреча не начата. Повестка:",
                "Not started yet. The agenda:",
            ),
            MeetMsg::Protocol => pick("Протокол", "Protocol"),
            MeetMsg::ClosedAbandoned(t) => pick(
                &format!("Встреча осталась открытой; закрыта по последней записи в {t}."),
                &format!("The meeting was left open; closed at its last entry, {t}."),
            ),
            MeetMsg::Attended => pick("Присутствие", "Attendance"),
            MeetMsg::CopyMarkdown => pick("Копировать (Markdown)", "Copy (Markdown)"),
            MeetMsg::CopyText => pick("Копировать текстом", "Copy as text"),
            MeetMsg::DownloadMd => pick("Скачать .md", "Download .md"),
            MeetMsg::Copied => pick("Скопировано", "Copied"),
            MeetMsg::BackToMeeting => pick("К встрече", "Back to the meeting"),
            MeetMsg::AllMeetings => pick("Все встречи", "All meetings"),
            MeetMsg::Done => pick("Сделано", "Done"),
            MeetMsg::Tasks => pick("Задачи", "Tasks"),
            MeetMsg::Cases => pick("Кейсы", "Cases"),
        }
    }
}
