//! The words of hiring (O7): vacancies, candidates and their stages, scorecards, the final interview, the hire and
//! onboarding, the numbers and the erasure, in Russian and English; reached through `Msg::Words` so they load with
//! the pages that use them. Nothing here computes anything.

use crate::domain::core::locale::{format_date, format_int, format_tenths, plural};
use crate::domain::team::hiring::candidate::MoveError;
use crate::domain::team::hiring::onboarding::StepKind;
use crate::domain::team::hiring::stage::{LeaveReason, Stage, Verdict};
use crate::domain::team::hiring::vacancy::Category;
use crate::domain::Lang;
use chrono::NaiveDate;

#[derive(Clone, Debug, PartialEq)]
pub enum HrMsg {
    Title,
    Hint,
    Vacancy,
    NoVacancy,
    NewVacancy,
    VacancyTitle,
    Headcount,
    Opened,
    Target,
    Sources,
    SourcesHint,
    SaveVacancy,
    CloseVacancy,
    ReopenVacancy,
    Kit,
    KitHint,
    KitFrom(String),
    Category,
    NewAttribute,
    AddAttribute,
    Remove,
    RemoveKept,
    Guide,
    GuideHint,
    RolePlayCard,
    NoCard,
    SaveKit,
    Board,
    List,
    Stage,
    StageName(Stage),
    StageShort(Stage),
    LeaveName(LeaveReason),
    VerdictName(Verdict),
    CategoryName(Category),
    StepName(StepKind),
    NewCandidate,
    FullName,
    Phone,
    Email,
    Source,
    Resume,
    Notes,
    Applied,
    AddCandidate,
    NoCandidates,
    Left,
    DaysHere(i64),
    Open,
    MoveTo,
    On,
    Move,
    Leave,
    Reason,
    Return,
    MoveRefused(MoveError),
    History,
    Scorecards,
    NoScorecards,
    NewScorecard,
    Interviewer,
    Attribute,
    NotRated,
    Recommendation,
    SaveScorecard,
    Panel,
    Veto,
    FinalInterview,
    FinalHint,
    Question(usize),
    RolePlay,
    Scenario,
    RolePlayScore(i64, i64),
    NotApplicable,
    Finish,
    BackToCandidate,
    HireTitle,
    FirstDay,
    ProbationMonths,
    ProbationEnds(NaiveDate),
    ProbationLaw,
    RampPlan,
    RampMonth(String, u16),
    Hire,
    Hired(String),
    EraseTitle,
    EraseHint,
    Erase,
    EraseSure,
    Erased(NaiveDate),
    Numbers,
    Period,
    Reached,
    Here,
    Conversion,
    TimeToHire,
    TimeToHireLine {
        hires: usize,
        median: Option<i64>,
        mean_tenths: Option<i64>,
        total: i64,
    },
    SourcesTitle,
    Candidates,
    Finals,
    Hires,
    FirstMonths,
    FirstMonthsHint,
    NotYet,
    Onboarding,
    ProbationUntil(NaiveDate),
    StepDone(NaiveDate),
    Tick,
    OnboardingOver,
    PersonalData,
    Head,
    NavHiring,
}

impl From<HrMsg> for crate::ui::i18n::Msg {
    fn from(m: HrMsg) -> Self {
        crate::ui::i18n::Msg::Words(crate::ui::i18n::Words::new(move |lang| m.text(lang)))
    }
}

impl HrMsg {
    pub fn text(&self, lang: Lang) -> String {
        let ru = lang == Lang::Ru;
        let pick = |r: &str, e: &str| if ru { r.to_string() } else { e.to_string() };
        let date = |d: &NaiveDate| format_date(lang, *d);
        match self {
            HrMsg::Title => pick("Найм", "Hiring"),
            HrMsg::Hint => pick(
                "Вакансии, кандидаты по этапам, оценки интервьюеров и финальное интервью. Данные кандидатов личные: они не попадают в файл для переговорной.",
                "Vacancies, candidates by stage, interviewers' scorecards and the final interview. Candidates' data is personal: it stays out of the meeting-room file.",
            ),
            HrMsg::Vacancy => pick("Вакансия", "Vacancy"),
            HrMsg::NoVacancy => pick("Вакансий пока нет: откройте первую.", "No vacancies yet: open the first one."),
            HrMsg::NewVacancy => pick("Новая вакансия", "New vacancy"),
            HrMsg::VacancyTitle => pick("Должность", "Position"),
            HrMsg::Headcount => pick("Сколько человек", "Headcount"),
            HrMsg::Opened => pick("Открыта", "Opened"),
            HrMsg::Target => pick("Выйти на работу к", "At work by"),
            HrMsg::Sources => pick("Источники", "Sources"),
            HrMsg::SourcesHint => pick("По одному в строке: hh.ru, рекомендации…", "One per line: job sites, referrals…"),
            HrMsg::SaveVacancy => pick("Сохранить вакансию", "Save the vacancy"),
            HrMsg::CloseVacancy => pick("Закрыть вакансию", "Close the vacancy"),
            HrMsg::ReopenVacancy => pick("Открыть вакансию снова", "Reopen the vacancy"),
            HrMsg::Kit => pick("Что оцениваем и о чём спрашиваем", "What we rate and ask"),
            HrMsg::KitHint => pick(
                "Качества кандидата по группам и этапы, на которых их оценивают: из них собираются карточки оценки. Ниже — вопросы финального интервью и карточка ролевой игры.",
                "The candidate's attributes by group and the stages that rate them: the scorecards are made of them. Below: the final interview's questions and the role-play card.",
            ),
            HrMsg::KitFrom(title) => if ru {
                format!("Критерии оценки, вопросы и ролевая игра возьмутся из вакансии «{title}»; их можно поменять.")
            } else {
                format!("The attributes, questions and role-play come from the vacancy “{title}”; they can be changed.")
            },
            HrMsg::Category => pick("Группа", "Group"),
            HrMsg::NewAttribute => pick("Новое качество", "New attribute"),
            HrMsg::AddAttribute => pick("Добавить", "Add"),
            HrMsg::Remove => pick("Убрать", "Remove"),
            HrMsg::RemoveKept => pick(
                "Его уже оценивали: оно останется в старых карточках, но ни один этап его больше не спросит",
                "Already rated: it stays in the old scorecards, but no stage asks for it any more",
            ),
            HrMsg::Guide => pick("Вопросы финального интервью", "The final interview's questions"),
            HrMsg::GuideHint => pick("По одному в строке, в порядке интервью", "One per line, in the interview's order"),
            HrMsg::RolePlayCard => pick("Карточка ролевой игры", "Role-play scorecard"),
            HrMsg::NoCard => pick("Без ролевой игры", "No role-play"),
            HrMsg::SaveKit => pick("Сохранить", "Save"),
            HrMsg::Board => pick("Доска", "Board"),
            HrMsg::List => pick("Список", "List"),
            HrMsg::Stage => pick("Этап", "Stage"),
            HrMsg::StageName(s) => stage_name(*s, ru).into(),
            HrMsg::StageShort(s) => stage_short(*s, ru).into(),
            HrMsg::LeaveName(r) => match r {
                LeaveReason::Rejected => pick("Отказали мы", "Rejected by us"),
                LeaveReason::Declined => pick("Отказался кандидат", "Declined"),
                LeaveReason::NoAnswer => pick("Пропал", "No answer"),
            },
            HrMsg::VerdictName(v) => verdict_name(*v, ru).into(),
            HrMsg::CategoryName(c) => match c {
                Category::Experience => pick("Опыт", "Experience"),
                Category::Selling => pick("Продажи", "Selling"),
                Category::Motivation => pick("Мотивация", "Motivation"),
                Category::Fit => pick("Команда и правила", "Team and rules"),
            },
            HrMsg::StepName(k) => match k {
                StepKind::Product => pick("Обучение по продукту", "Product training"),
                StepKind::Crm => pick("Обучение работе в CRM", "CRM training"),
                StepKind::Script => pick("Скрипт продаж выучен и сдан", "The sales script learnt and passed"),
                StepKind::Certification => pick("Первая аттестация", "The first certification"),
                StepKind::Other => pick("Другое", "Other"),
            },
            HrMsg::NewCandidate => pick("Новый кандидат", "New candidate"),
            HrMsg::FullName => pick("ФИО", "Full name"),
            HrMsg::Phone => pick("Телефон", "Phone"),
            HrMsg::Email => pick("Эл. почта", "E-mail"),
            HrMsg::Source => pick("Источник", "Source"),
            HrMsg::Resume => pick("Резюме (ссылка или текст)", "Résumé (a link or the text)"),
            HrMsg::Notes => pick("Заметки", "Notes"),
            HrMsg::Applied => pick("Отклик", "Applied"),
            HrMsg::AddCandidate => pick("Добавить кандидата", "Add the candidate"),
            HrMsg::NoCandidates => pick("Кандидатов нет", "No candidates"),
            HrMsg::Left => pick("Выбыли", "Left"),
            HrMsg::DaysHere(d) => {
                let n = (*d).max(0) as u64;
                if ru {
                    format!("{n} {} на этапе", plural(lang, n, "день", "дня", "дней"))
                } else {
                    format!("{n} {} at this stage", if n == 1 { "day" } else { "days" })
                }
            }
            HrMsg::Open => pick("Открыть", "Open"),
            HrMsg::MoveTo => pick("Перевести на этап", "Move to the stage"),
            HrMsg::On => pick("Дата", "Date"),
            HrMsg::Move => pick("Перевести", "Move"),
            HrMsg::Leave => pick("Выбыл", "Left the funnel"),
            HrMsg::Reason => pick("Причина", "Reason"),
            HrMsg::Return => pick("Вернуть в воронку", "Back into the funnel"),
            HrMsg::MoveRefused(e) => match e {
                MoveError::SameStage => pick("Кандидат уже на этом этапе.", "The candidate is already at this stage."),
                MoveError::BeforeLastMove => pick("Дата раньше прошлого перехода.", "The date is before the last move."),
                MoveError::HasLeft => pick("Кандидат выбыл: сначала верните его в воронку.", "The candidate left: bring them back first."),
                MoveError::Erased => pick("Данные кандидата стёрты.", "The candidate's data was erased."),
                MoveError::HireFirst => pick("На испытательный срок переводит найм: кнопка «Нанять» на этапе оффера.", "Probation starts by hiring: the Hire button at the offer stage."),
                MoveError::NotOnProbation => pick("Пройти испытательный срок может только тот, кто на нём.", "Only someone on probation can pass it."),
                MoveError::AtWork => pick("Кандидат уже работает: дальше это карточка менеджера.", "The candidate is at work: the manager's card takes over."),
                MoveError::StillInFunnel => pick("Стереть можно только выбывшего кандидата.", "Only a candidate who left can be erased."),
                MoveError::NotLeft => pick("Кандидат не выбывал.", "The candidate has not left."),
                MoveError::NoOffer => pick("Нанять можно после оффера.", "Hiring needs an offer first."),
                MoveError::NotFound => pick("Нет такого кандидата или вакансии.", "No such candidate or vacancy."),
            },
            HrMsg::History => pick("Путь по этапам", "Stages so far"),
            HrMsg::Scorecards => pick("Оценки интервьюеров", "Interview scorecards"),
            HrMsg::NoScorecards => pick("Оценок пока нет.", "No scorecards yet."),
            HrMsg::NewScorecard => pick("Новая оценка", "New scorecard"),
            HrMsg::Interviewer => pick("Интервьюер", "Interviewer"),
            HrMsg::Attribute => pick("Что оцениваем", "Attribute"),
            HrMsg::NotRated => pick("не оценено", "not rated"),
            HrMsg::Recommendation => pick("Итоговая рекомендация", "Overall recommendation"),
            HrMsg::SaveScorecard => pick("Сохранить оценку", "Save the scorecard"),
            HrMsg::Panel => pick("Сводка по интервьюерам (сколько человек сказали)", "The panel (how many interviewers said)"),
            HrMsg::Veto => pick("Кто-то сказал «точно нет»: обсудите до оффера.", "Someone said “definitely not”: talk before an offer."),
            HrMsg::FinalInterview => pick("Финальное интервью", "Final interview"),
            HrMsg::FinalHint => pick("Вопросы по порядку, заметки по ходу, ролевая игра по карточке оценки звонка.", "The questions in order, notes as you go, a role-play on the call scorecard."),
            HrMsg::Question(i) => if ru { format!("Вопрос {}", i + 1) } else { format!("Question {}", i + 1) },
            HrMsg::RolePlay => pick("Ролевая игра", "Role-play"),
            HrMsg::Scenario => pick("Сценарий", "Scenario"),
            HrMsg::RolePlayScore(points, possible) => {
                let pct = crate::domain::core::unit::percent_floor(*points, *possible);
                if ru {
                    format!("{pct} % ({} из {} баллов)", format_int(lang, *points), format_int(lang, *possible))
                } else {
                    format!("{pct} % ({} of {} points)", format_int(lang, *points), format_int(lang, *possible))
                }
            }
            HrMsg::NotApplicable => pick("не применимо", "not applicable"),
            HrMsg::Finish => pick("Сохранить интервью", "Save the interview"),
            HrMsg::BackToCandidate => pick("← К кандидату", "← Back to the candidate"),
            HrMsg::HireTitle => pick("Нанять", "Hire"),
            HrMsg::FirstDay => pick("Первый рабочий день", "First day at work"),
            HrMsg::ProbationMonths => pick("Испытательный срок, месяцев", "Probation, months"),
            HrMsg::ProbationEnds(d) => if ru { format!("Испытательный срок до {} включительно", date(d)) } else { format!("Probation until {} inclusive", date(d)) },
            HrMsg::ProbationLaw => pick("Не больше трёх месяцев (ТК РФ, ст. 70).", "At most three months (Labour Code, art. 70)."),
            HrMsg::RampPlan => pick("План новичка по месяцам (из настроек)", "The new hire's plan by month (from the settings)"),
            HrMsg::RampMonth(month, p) => format!("{month}: {p} %"),
            HrMsg::Hire => pick("Нанять и создать менеджера", "Hire and create the manager"),
            HrMsg::Hired(name) => if ru { format!("{name} в команде: карточка менеджера →") } else { format!("{name} joined the team: the manager's card →") },
            HrMsg::EraseTitle => pick("Стереть личные данные", "Erase the personal data"),
            HrMsg::EraseHint => pick(
                "ФИО, контакты, резюме, заметки и оценки удаляются навсегда, и на других устройствах тоже — при следующем обмене файлами. В цифрах найма останутся источник и этапы, без имени.",
                "The name, contacts, résumé, notes and scorecards are removed for good, on other devices too at the next file exchange. The hiring numbers keep the source and the stages, without a name.",
            ),
            HrMsg::Erase => pick("Стереть", "Erase"),
            HrMsg::EraseSure => pick("Да, стереть навсегда", "Yes, erase for good"),
            HrMsg::Erased(d) => if ru { format!("Данные стёрты {}", date(d)) } else { format!("Data erased on {}", date(d)) },
            HrMsg::Numbers => pick("Цифры найма", "Hiring numbers"),
            HrMsg::Period => pick("Отклики за период", "Responses in the period"),
            HrMsg::Reached => pick("Дошли", "Reached"),
            HrMsg::Here => pick("Сейчас", "Now"),
            HrMsg::Conversion => pick("Конверсия в следующий", "To the next"),
            HrMsg::TimeToHire => pick("Время до выхода на работу", "Time to hire"),
            HrMsg::TimeToHireLine { hires, median, mean_tenths, total } => {
                let days = |d: i64| if ru { format!("{d} дн.") } else { format!("{d} days") };
                match (median, mean_tenths) {
                    (Some(m), Some(t)) => if ru {
                        format!("Медиана {}, среднее {} дн. ({} дн. / {} наймов)", days(*m), format_tenths(lang, *t), total, hires)
                    } else {
                        format!("Median {}, mean {} days ({} days / {} hires)", days(*m), format_tenths(lang, *t), total, hires)
                    },
                    _ => pick("Наймов за период нет.", "No hires in the period."),
                }
            }
            HrMsg::SourcesTitle => pick("Источники", "Sources"),
            HrMsg::Candidates => pick("Кандидаты", "Candidates"),
            HrMsg::Finals => pick("Дошли до финала", "Reached the final"),
            HrMsg::Hires => pick("Наняты", "Hired"),
            HrMsg::FirstMonths => pick("Новички за 3 месяца: оплаты / план", "New hires' first 3 months: payments / plan"),
            HrMsg::FirstMonthsHint => pick(
                "Месяц выхода и два следующих, по тем, у кого они уже прошли; сумма оплат к сумме планов.",
                "The month of hire and the two after, for those whose three months are over; payments summed against plans summed.",
            ),
            HrMsg::NotYet => pick("ещё рано", "too early"),
            HrMsg::Onboarding => pick("Адаптация", "Onboarding"),
            HrMsg::ProbationUntil(d) => if ru { format!("Испытательный срок до {}", date(d)) } else { format!("On probation until {}", date(d)) },
            HrMsg::StepDone(d) => if ru { format!("сделано {}", date(d)) } else { format!("done {}", date(d)) },
            HrMsg::Tick => pick("Отметить", "Tick"),
            HrMsg::OnboardingOver => pick("Адаптация пройдена.", "Onboarding is done."),
            HrMsg::Head => pick("Руководитель отдела", "Head of sales"),
            HrMsg::NavHiring => pick("Найм", "Hiring"),
            HrMsg::PersonalData => pick("Личные данные кандидатов: не показывайте этот экран на общем мониторе", "Candidates' personal data: keep this screen off the shared monitor"),
        }
    }
}

pub fn stage_name(s: Stage, ru: bool) -> &'static str {
    let (r, e) = match s {
        Stage::Response => ("Отклик", "Response"),
        Stage::PhoneScreen => ("Телефонное интервью", "Phone screen"),
        Stage::Interview => ("Интервью", "Interview"),
        Stage::RolePlay => ("Ролевая игра", "Role-play"),
        Stage::Final => ("Финальное интервью", "Final interview"),
        Stage::Offer => ("Оффер", "Offer"),
        Stage::Probation => ("Испытательный срок", "Probation"),
        Stage::Hired => ("Принят", "Hired"),
    };
    if ru {
        r
    } else {
        e
    }
}

/// For the board's narrow columns on a tablet.
pub fn stage_short(s: Stage, ru: bool) -> &'static str {
    let (r, e) = match s {
        Stage::Response => ("Отклик", "Response"),
        Stage::PhoneScreen => ("Звонок", "Phone"),
        Stage::Interview => ("Интервью", "Interview"),
        Stage::RolePlay => ("Ролевая", "Role-play"),
        Stage::Final => ("Финал", "Final"),
        Stage::Offer => ("Оффер", "Offer"),
        Stage::Probation => ("Испыт. срок", "Probation"),
        Stage::Hired => ("Принят", "Hired"),
    };
    if ru {
        r
    } else {
        e
    }
}

pub fn verdict_name(v: Verdict, ru: bool) -> &'static str {
    let (r, e) = match v {
        Verdict::DefinitelyNot => ("Точно нет", "Definitely not"),
        Verdict::No => ("Нет", "No"),
        Verdict::Mixed => ("И да и нет", "Mixed"),
        Verdict::Yes => ("Да", "Yes"),
        Verdict::StrongYes => ("Однозначно да", "Strong yes"),
    };
    if ru {
        r
    } else {
        e
    }
}
