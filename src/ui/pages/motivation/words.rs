//! The words of contests, recognition, badges, development plans and one-on-ones (M2–M4), in Russian and English;
//! reached through `Msg::Mot`. Nothing here computes anything.

use crate::domain::core::bp::Bp;
use crate::domain::core::locale::{format_bp, format_value};
use crate::domain::core::locale::{format_date, format_int, plural};
use crate::domain::core::settings::BadgeRule;
use crate::domain::core::unit::Unit;
use crate::domain::motivation::contest::Contest;
use crate::domain::motivation::contest::Scoring;
use crate::domain::motivation::development::GoalStatus;
use crate::domain::motivation::one_on_one::Side;
use crate::domain::planning::metric::catalog;
use crate::domain::Lang;
use crate::domain::{Dataset, RecordId};
use chrono::NaiveDate;

#[derive(Clone, Debug, PartialEq)]
pub enum MotMsg {
    ContestsTitle,
    NoContests,
    Running,
    Upcoming,
    Finished,
    Closed,
    DaysLeft(i64),
    Place,
    Participant,
    Fact,
    PeriodPlan,
    Before,
    Score,
    NoScore,
    Prizes,
    Winners,
    FullScreen,
    CloseContest,
    NewContest,
    ContestName,
    Metric,
    From,
    To,
    Scoring,
    ScoringName(Scoring),
    PrizesHint,
    Participants,
    Create,
    BackToContests,
    LeaderboardUpdates,
    Recognition,
    RecognitionTitle,
    Whom,
    Reason,
    Thank,
    NoRecognitions,
    Badges,
    BadgeName(BadgeRule),
    BadgeRules,
    NoBadges,
    DevelopmentTitle,
    Person,
    Goals,
    Progress(usize, usize),
    Overdue(usize),
    NextReview,
    NoPlan,
    AddGoal,
    GoalTitle,
    SkillGoal,
    MetricGoal,
    TargetValue,
    GoalStatusName(GoalStatus),
    AddStep,
    StepText,
    Due,
    Materials,
    Done,
    OverdueSteps,
    OneOnOnesTitle,
    EveryDays,
    Last,
    DueByCadence,
    OverdueBy(i64),
    PlannedFor(NaiveDate),
    OnSchedule,
    NeverHeld,
    Plan,
    Never,
    Points,
    AddPoint,
    SideName(Side),
    Notes,
    Mood,
    MoodValue(u8),
    Actions,
    AddAction,
    Owner,
    Carried,
    CarriedFrom(NaiveDate),
    MarkDone,
    Earlier,
    Save,
    Saved,
    Open,
    LastOneOnOne,
    MeetingRoomExport,
    MeetingRoomText,
    MeetingRoomFile,
}

/// A motivation message is an app message.
impl From<MotMsg> for crate::ui::i18n::Msg {
    fn from(m: MotMsg) -> Self {
        crate::ui::i18n::Msg::Words(crate::ui::i18n::Words::new(move |lang| m.text(lang)))
    }
}

impl MotMsg {
    pub fn text(&self, lang: Lang) -> String {
        let ru = lang == Lang::Ru;
        let pick = |r: &str, e: &str| if ru { r.to_string() } else { e.to_string() };
        let days = |d: i64| {
            if ru {
                format!(
                    "{} {}",
                    format_int(lang, d),
                    plural(lang, d.unsigned_abs(), "день", "дня", "дней")
                )
            } else {
                format!(
                    "{} {}",
                    format_int(lang, d),
                    plural(lang, d.unsigned_abs(), "day", "days", "days")
                )
            }
        };
        match self {
            MotMsg::ContestsTitle => pick("Конкурсы и признание", "Contests and recognition"),
            MotMsg::NoContests => pick("Конкурсов пока нет: создайте первый ниже", "No contests yet: create one below"),
            MotMsg::Running => pick("Идёт", "Running"),
            MotMsg::Upcoming => pick("Скоро", "Upcoming"),
            MotMsg::Finished => pick("Завершён, итоги не подведены", "Over, not yet closed"),
            MotMsg::Closed => pick("Итоги подведены", "Closed"),
            MotMsg::DaysLeft(d) => if ru { format!("осталось {}", days(*d)) } else { format!("{} left", days(*d)) },
            MotMsg::Place => pick("Место", "Place"),
            MotMsg::Participant => pick("Участник", "Participant"),
            MotMsg::Fact => pick("Факт", "Actual"),
            MotMsg::PeriodPlan => pick("План за период", "Plan for the period"),
            MotMsg::Before => pick("До конкурса", "Before"),
            MotMsg::Score => pick("Результат", "Score"),
            MotMsg::NoScore => pick("нет базы", "no base"),
            MotMsg::Prizes => pick("Призы", "Prizes"),
            MotMsg::Winners => pick("Победители", "Winners"),
            MotMsg::FullScreen => pick("На весь экран", "Full screen"),
            MotMsg::CloseContest => pick("Подвести итоги", "Close and keep the winners"),
            MotMsg::NewContest => pick("Новый конкурс", "New contest"),
            MotMsg::ContestName => pick("Название", "Name"),
            MotMsg::Metric => pick("Показатель", "Metric"),
            MotMsg::From => pick("С", "From"),
            MotMsg::To => pick("По", "To"),
            MotMsg::Scoring => pick("Как считать", "Scoring"),
            MotMsg::ScoringName(s) => match s {
                Scoring::Absolute => pick("Сумма за период", "Total for the period"),
                Scoring::PlanShare => pick("% своего плана", "% of own plan"),
                Scoring::Growth => pick("Рост к такому же периоду до", "Growth on the same length before"),
            },
            MotMsg::PrizesHint => pick("Призы, по одному на строку: первая — за 1-е место", "Prizes, one per line: the first for 1st place"),
            MotMsg::Participants => pick("Участники", "Participants"),
            MotMsg::Create => pick("Создать", "Create"),
            MotMsg::BackToContests => pick("‹ Все конкурсы", "‹ All contests"),
            MotMsg::LeaderboardUpdates => pick("Обновляется по мере ввода фактов", "Updates as facts are entered"),
            MotMsg::Recognition => pick("Благодарности", "Thank-yous"),
            MotMsg::RecognitionTitle => pick("Поблагодарить", "Say thank you"),
            MotMsg::Whom => pick("Кому", "To"),
            MotMsg::Reason => pick("За что", "For what"),
            MotMsg::Thank => pick("Поблагодарить", "Thank"),
            MotMsg::NoRecognitions => pick("Благодарностей за последний месяц нет", "No thank-yous in the last month"),
            MotMsg::Badges => pick("Значки", "Badges"),
            MotMsg::BadgeName(r) => match r {
                BadgeRule::FirstDeal => pick("Первая сделка", "First deal"),
                BadgeRule::PlanStreak { months } => if ru {
                    format!("План {} {} подряд", months, plural(lang, u64::from(*months), "месяц", "месяца", "месяцев"))
                } else {
                    format!("Plan met {months} months in a row")
                },
                BadgeRule::PersonalRecord => pick("Личный рекорд оплат", "Personal payments record"),
                BadgeRule::PromisesKept { percent } => if ru {
                    format!("Сдержал ≥ {percent} % обещаний за месяц")
                } else {
                    format!("Kept ≥ {percent} % of promises in a month")
                },
            },
            MotMsg::BadgeRules => pick("Какие значки выдавать", "Badges awarded"),
            MotMsg::NoBadges => pick("Значков пока нет", "No badges yet"),
            MotMsg::DevelopmentTitle => pick("Планы развития", "Development plans"),
            MotMsg::Person => pick("Сотрудник", "Person"),
            MotMsg::Goals => pick("Цели", "Goals"),
            MotMsg::Progress(done, all) => if ru { format!("{done} из {all} шагов") } else { format!("{done} of {all} steps") },
            MotMsg::Overdue(n) => if ru {
                format!("{n} {}", plural(lang, *n as u64, "просрочен", "просрочено", "просрочено"))
            } else {
                format!("{n} overdue")
            },
            MotMsg::NextReview => pick("Следующий пересмотр", "Next review"),
            MotMsg::NoPlan => pick("Плана развития нет: добавьте первую цель", "No development plan: add the first goal"),
            MotMsg::AddGoal => pick("Добавить цель", "Add a goal"),
            MotMsg::GoalTitle => pick("Цель", "Goal"),
            MotMsg::SkillGoal => pick("Навык", "Skill"),
            MotMsg::MetricGoal => pick("Показатель", "Metric"),
            MotMsg::TargetValue => pick("Значение за месяц", "Monthly value"),
            MotMsg::GoalStatusName(s) => match s {
                GoalStatus::Open => pick("В работе", "Open"),
                GoalStatus::Reached => pick("Достигнута", "Reached"),
                GoalStatus::Dropped => pick("Снята", "Dropped"),
            },
            MotMsg::AddStep => pick("Добавить шаг", "Add a step"),
            MotMsg::StepText => pick("Шаг", "Step"),
            MotMsg::Due => pick("Срок", "Due"),
            MotMsg::Materials => pick("Материалы", "Materials"),
            MotMsg::Done => pick("Сделано", "Done"),
            MotMsg::OverdueSteps => pick("Просроченные шаги плана развития", "Overdue development steps"),
            MotMsg::OneOnOnesTitle => pick("Встречи один на один", "One-on-ones"),
            MotMsg::EveryDays => pick("Каждые, дней", "Every, days"),
            MotMsg::Last => pick("Последняя", "Last"),
            MotMsg::DueByCadence => pick("По графику", "Due"),
            MotMsg::OverdueBy(d) => if ru { format!("просрочена на {}", days(*d)) } else { format!("overdue by {}", days(*d)) },
            MotMsg::PlannedFor(d) => if ru { format!("назначена на {}", format_date(lang, *d)) } else { format!("planned for {}", format_date(lang, *d)) },
            MotMsg::OnSchedule => pick("в графике", "on schedule"),
            MotMsg::NeverHeld => pick("ни одной встречи: пора назначить", "none held yet: time to plan one"),
            MotMsg::Plan => pick("Назначить", "Plan one"),
            MotMsg::Never => pick("ещё не было", "none yet"),
            MotMsg::Points => pick("Темы для разговора", "Talking points"),
            MotMsg::AddPoint => pick("Добавить тему", "Add a point"),
            MotMsg::SideName(s) => match s {
                Side::Head => pick("Руководитель", "Head"),
                Side::Person => pick("Сотрудник", "Person"),
            },
            MotMsg::Notes => pick("Заметки", "Notes"),
            MotMsg::Mood => pick("Настроение", "Mood"),
            MotMsg::MoodValue(m) => match m {
                1 => pick("1 — плохо", "1 — bad"),
                2 => pick("2 — так себе", "2 — low"),
                3 => pick("3 — нормально", "3 — fine"),
                4 => pick("4 — хорошо", "4 — good"),
                _ => pick("5 — отлично", "5 — great"),
            },
            MotMsg::Actions => pick("Договорённости", "Agreed actions"),
            MotMsg::AddAction => pick("Добавить договорённость", "Add an action"),
            MotMsg::Owner => pick("Кто делает", "Owner"),
            MotMsg::Carried => pick("Перенесено с прошлых встреч", "Carried over"),
            MotMsg::CarriedFrom(d) => if ru { format!("с {}", format_date(lang, *d)) } else { format!("from {}", format_date(lang, *d)) },
            MotMsg::MarkDone => pick("Выполнено", "Done"),
            MotMsg::Earlier => pick("Прошлые встречи", "Earlier one-on-ones"),
            MotMsg::Save => pick("Сохранить", "Save"),
            MotMsg::Saved => pick("Сохранено", "Saved"),
            MotMsg::Open => pick("Открыть", "Open"),
            MotMsg::LastOneOnOne => pick("1:1", "1:1"),
            MotMsg::MeetingRoomExport => pick("Файл для переговорной", "File for the meeting room"),
            MotMsg::MeetingRoomText => pick(
                "Для общего планшета: без оплаты труда, встреч один на один и планов развития. Загрузка такого файла ничего из этого не удаляет и не меняет.",
                "For a shared tablet: without pay, one-on-ones and development plans. Importing such a file never deletes or changes any of them.",
            ),
            MotMsg::MeetingRoomFile => pick(
                "Файл для переговорной: личные записи (оплата, встречи один на один, планы развития) на этом устройстве останутся как есть.",
                "A meeting-room file: personal records (pay, one-on-ones, development plans) on this device stay as they are.",
            ),
        }
    }
}

/// A score as people read it: the metric's value (absolute) or a percent (plan share, growth).
pub fn score_text(data: &Dataset, lang: Lang, c: &Contest, score: Option<i64>) -> String {
    let Some(v) = score else {
        return MotMsg::NoScore.text(lang);
    };
    match c.scoring {
        Scoring::Absolute => value_text(data, lang, c.metric, v),
        Scoring::PlanShare | Scoring::Growth => format_bp(lang, Bp(v)),
    }
}

pub fn value_text(data: &Dataset, lang: Lang, metric: RecordId, v: i64) -> String {
    let unit = catalog(data)
        .into_iter()
        .find(|m| m.id == metric)
        .map(|m| m.unit)
        .unwrap_or(Unit::Count);
    format_value(lang, unit, v, &data.settings().currency)
}
