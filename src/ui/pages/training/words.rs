//! The words of training and quality (T1–T5, C2, C3 standards), in Russian and English; reached through
//! `Msg::Words` so they load with the pages that use them. Nothing here computes anything.

use crate::domain::control::hypothesis::{Label, Measure, Window};
use crate::domain::core::locale::{format_date, format_int, format_percent, format_value, plural};
use crate::domain::planning::metric::{Formula, Metric};
use crate::domain::Lang;

#[derive(Clone, Debug, PartialEq)]
pub enum TrMsg {
    QualityTitle,
    NoHypotheses,
    LabelName(Label),
    Whose,
    Department,
    Cause,
    Actions,
    Started,
    Before,
    After,
    Change,
    Expected(u16),
    /// A window: its first and last day and its working days.
    WindowSpan(Option<chrono::NaiveDate>, Option<chrono::NaiveDate>, usize),
    /// A window's value with its parts, for a metric (with the currency for money).
    MetricValue(Box<Metric>, Window, String),
    /// A window's value for a call-review criterion.
    CriterionValue(Window),
    ChangeValue(Option<i64>),
    LabelRule,
    CriterionOf(String),
    Acknowledge,
    Acknowledged,
    ActionText,
    AddAction,
    AddBlock,
    AddChoice,
    AddCriterion,
    AddShort,
    AddStage,
    Answer,
    Approve,
    Approved,
    AttemptsLabel,
    Author,
    BlockKindLabel,
    BlockText,
    Calibration,
    Call,
    CancelEdit,
    CancelEvent,
    CardName,
    Certificates,
    CertificationTitle,
    Client,
    Close,
    ClosedOnes,
    CodeRule,
    NeedsSecureAddress,
    Grading,
    Comment,
    Compare,
    Create,
    Criteria,
    Criterion,
    Date,
    DownloadAll,
    DownloadOne,
    Draw,
    Remedy,
    AuthorLabel,
    NothingToRead,
    LinkCase,
    Descriptors,
    SkillGaps,
    TrainingOfPerson,
    Edit,
    EditEvent,
    EditScript,
    Effective,
    EmptyTest,
    EventTitle,
    Everyone,
    ExpectedLabel,
    Failed,
    FillEveryBlock,
    FirstStage,
    ForTheHead,
    FromResults,
    HandOver,
    HandOverHint,
    HandOverTitle,
    Head,
    HeadMark,
    History,
    HypothesisTitle,
    InPlan,
    Kind,
    LaggingTitle,
    Leader,
    LegendGap1,
    LegendGap2,
    LegendOk,
    Link,
    LogIt,
    Logged,
    Material,
    Materials,
    MeasureLabel,
    Metrics,
    Minutes,
    Model,
    ModelAnswer,
    Month,
    NewCard,
    NewEvent,
    NewHypothesis,
    NewReview,
    NewScript,
    NewSkill,
    NewStandard,
    NewTest,
    NewVersion,
    Next,
    No,
    NoAttempt,
    NoEvidence,
    NoLagging,
    NoScorecards,
    NoWeak,
    NotAcknowledged,
    NotApplicable,
    NotCovered,
    OpenHypothesis,
    OpenOnes,
    OptionsOnePerLine,
    Owner,
    ParticipantsHint,
    Partner,
    PassPercent,
    Passed,
    PendingGrade,
    Person,
    Previous,
    QualityControl,
    QuestionText,
    Reader,
    ReadingTitle,
    RecertDays,
    Remove,
    Reopen,
    ReturnTablet,
    Reviewer,
    ReviewerName,
    ReviewsList,
    ReviewsTitle,
    Right,
    RightOptions,
    RolePlay,
    Save,
    SaveVersion,
    ScaleLabel,
    Scenario,
    Score,
    Scorecard,
    Scorecards,
    ScriptsTitle,
    SeveralRight,
    Shuffle,
    SkillLabel,
    SkillsTitle,
    SkipDay,
    Speaker,
    StageLabel,
    StageName,
    Stages,
    StandardLabel,
    StandardName,
    StandardText,
    StandardsTitle,
    StartTime,
    SubmitTest,
    Test,
    TestTitle,
    TestsEditor,
    TiedTests,
    TimeLimit,
    ToDevPlan,
    ToGrade,
    Today,
    TrainingTitle,
    Trends,
    Unlock,
    UnlockCode,
    Until,
    ValidDays,
    Version,
    Versions,
    WeakTitle,
    Week,
    Weekly,
    Weight,
    What,
    WhatChanged,
    WhoCame,
    WhoseHint,
    Why,
    WindowLabel,
    Wrong,
    WrongCode,
    Yes,
    YesNo,
    AcknowledgedOn(String),
    AttemptsLeft(u8),
    BlockKind(crate::domain::training::script::BlockKind),
    CalendarName(String),
    DiffCounts(usize, usize),
    DueBy(String),
    EventKindName(crate::domain::training::event::EventKind),
    ExpiredOn(String),
    FromMark(String),
    Gap(u8),
    GoalTitle(String, u8),
    LevelOf(Option<u8>, u8),
    LevelRule(usize, i64, [u32; 4]),
    MaterialKindName(crate::domain::training::reading::MaterialKind),
    NoAttemptsLeft(u8),
    PaceOf(String),
    QuestionOf(usize, usize),
    ReadingStatusName(crate::domain::training::reading::ReadingStatus),
    Spread(u32),
    Stage(crate::domain::training::skill::SkillGroup),
    ValidUntil(String),
    VersionComing(u16, String),
    VersionInForce(u16, String),
    WeeklyUntil(String),
}

impl From<TrMsg> for crate::ui::i18n::Msg {
    fn from(m: TrMsg) -> Self {
        crate::ui::i18n::Msg::Words(crate::ui::i18n::Words::new(move |lang| m.text(lang)))
    }
}

impl TrMsg {
    pub fn text(&self, lang: Lang) -> String {
        let ru = lang == Lang::Ru;
        let pick = |r: &str, e: &str| if ru { r.to_string() } else { e.to_string() };
        match self {
            TrMsg::QualityTitle => pick("Гипотезы ОКК", "Quality hypotheses"),
            TrMsg::NoHypotheses => pick("Открытых гипотез нет.", "No open hypotheses."),
            TrMsg::LabelName(l) => match l {
                Label::Confirmed => pick("Подтверждена", "Confirmed"),
                Label::Refuted => pick("Не подтверждена", "Refuted"),
                Label::TooLittleData => pick("Мало данных", "Too little data"),
            },
            TrMsg::Whose => pick("Чей показатель", "Whose number"),
            TrMsg::Department => pick("Отдел", "Department"),
            TrMsg::Cause => pick("Причина", "Cause"),
            TrMsg::Actions => pick("Действия", "Actions"),
            TrMsg::Started => pick("Начало", "Started"),
            TrMsg::Before => pick("До", "Before"),
            TrMsg::After => pick("После", "After"),
            TrMsg::Change => pick("Изменение", "Change"),
            TrMsg::Expected(p) => {
                if ru {
                    format!("ожидалось +{p} %")
                } else {
                    format!("expected +{p} %")
                }
            }
            TrMsg::WindowSpan(from, to, days) => {
                let span = match (from, to) {
                    (Some(f), Some(t)) => format!("{} – {}", format_date(lang, *f), format_date(lang, *t)),
                    _ => "—".into(),
                };
                if ru {
                    format!("{span}, {days} {}", plural(lang, *days as u64, "рабочий день", "рабочих дня", "рабочих дней"))
                } else {
                    format!("{span}, {days} working days")
                }
            }
            TrMsg::MetricValue(metric, w, currency) => metric_value(lang, metric, w, currency),
            TrMsg::CriterionValue(w) => {
                let share = (w.value.den > 0).then(|| w.value.num as f64 / w.value.den as f64);
                if ru {
                    format!(
                        "{} = {} из {} баллов, {} {}",
                        format_percent(lang, share),
                        format_int(lang, w.value.num),
                        format_int(lang, w.value.den),
                        w.count,
                        plural(lang, w.count as u64, "оценка", "оценки", "оценок")
                    )
                } else {
                    format!(
                        "{} = {} of {} points, {} marks",
                        format_percent(lang, share),
                        format_int(lang, w.value.num),
                        format_int(lang, w.value.den),
                        w.count
                    )
                }
            }
            TrMsg::ChangeValue(permille) => match permille {
                Some(p) => {
                    let sign = if *p > 0 { "+" } else { "" };
                    format!("{sign}{}", format_percent(lang, Some(*p as f64 / 1000.0)))
                }
                None => "—".into(),
            },
            TrMsg::LabelRule => pick(
                "Подтверждена — изменение не меньше ожидаемого после конца окна «после». Мало данных — окно ещё не закончилось, база «до» равна нулю или в окне меньше 3 человеко-дней (3 оценок). Дни отсутствий и выходные не считаются.",
                "Confirmed: the change reaches the expected effect once the after window has ended. Too little data: the window has not ended, the before value is zero, or a window has fewer than 3 person-days (3 marks). Absences and days off do not count.",
            ),
TrMsg::Acknowledge => pick("Ознакомлен", "Acknowledged it"),
            TrMsg::Acknowledged => pick("Ознакомление", "Acknowledgement"),
            TrMsg::ActionText => pick("Что сделать", "What to do"),
            TrMsg::AddAction => pick("Добавить действие", "Add action"),
            TrMsg::AddBlock => pick("Добавить блок", "Add block"),
            TrMsg::AddChoice => pick("Добавить вопрос с вариантами", "Add a choice question"),
            TrMsg::AddCriterion => pick("Добавить критерий", "Add criterion"),
            TrMsg::AddShort => pick("Добавить вопрос с ответом своими словами", "Add a short-answer question"),
            TrMsg::AddStage => pick("Добавить этап", "Add stage"),
            TrMsg::Answer => pick("Ответ", "Answer"),
            TrMsg::Approve => pick("Утвердить", "Approve"),
            TrMsg::Approved => pick("Утверждена", "Approved"),
            TrMsg::AttemptsLabel => pick("Попыток (0 — без ограничения)", "Attempts (0: no limit)"),
            TrMsg::Author => pick("Автор", "Author"),
            TrMsg::BlockKindLabel => pick("Тип блока", "Block type"),
            TrMsg::BlockText => pick("Текст блока", "Block text"),
            TrMsg::Calibration => pick("Калибровка", "Calibration"),
            TrMsg::Call => pick("Звонок", "Call"),
            TrMsg::CancelEdit => pick("Отмена", "Cancel"),
            TrMsg::CancelEvent => pick("Отменить мероприятие", "Call the event off"),
            TrMsg::CardName => pick("Название чек-листа", "Scorecard name"),
            TrMsg::Certificates => pick("Сертификаты", "Certificates"),
            TrMsg::CertificationTitle => pick("Аттестация", "Certification"),
            TrMsg::Client => pick("Клиент", "Client"),
            TrMsg::Close => pick("Закрыть гипотезу", "Close"),
            TrMsg::ClosedOnes => pick("Закрытые гипотезы", "Closed hypotheses"),
            TrMsg::CodeRule => pick("Код разблокировки — не меньше 4 цифр.", "The unlock code is at least 4 digits."),
            TrMsg::NeedsSecureAddress => pick(
                "По этому адресу браузер не даёт надёжно спрятать код разблокировки: откройте приложение по https или с этого устройства (localhost), чтобы передать планшет.",
                "At this address the browser cannot keep the unlock code safely: open the app over https or on this device (localhost) to hand the tablet over.",
            ),
            TrMsg::Grading => pick("Проверяем ответы…", "Grading…"),
            TrMsg::Comment => pick("Комментарий", "Comment"),
            TrMsg::Compare => pick("Сравнение версий", "Compare versions"),
            TrMsg::Create => pick("Создать", "Create"),
            TrMsg::Criteria => pick("Критерии оценки звонка", "Call review criteria"),
            TrMsg::Criterion => pick("Критерий", "Criterion"),
            TrMsg::Date => pick("Дата", "Date"),
            TrMsg::DownloadAll => pick("Скачать календарь (.ics)", "Download the calendar (.ics)"),
            TrMsg::DownloadOne => pick("В календарь (.ics)", "Add to calendar (.ics)"),
            TrMsg::SkillGaps => pick("Не хватает навыков", "Skill gaps"),
            TrMsg::TrainingOfPerson => pick("Обучение и аттестация", "Training and certification"),
            TrMsg::NothingToRead => pick("Книг и курсов в плане пока нет.", "No books or courses on the plan yet."),
            TrMsg::LinkCase => pick("Связать с кейсом", "Link a case"),
            TrMsg::Descriptors => pick("Что значит каждый уровень", "What each level means"),
            TrMsg::Remedy => pick("Куда отправить при слабом результате", "Where to send when weak"),
            TrMsg::AuthorLabel => pick("Автор версии", "Version author"),
            TrMsg::Draw => pick("Вопросов в попытке (0 — все)", "Questions per attempt (0: all)"),
            TrMsg::Edit => pick("Изменить", "Edit"),
            TrMsg::EditEvent => pick("Изменить мероприятие", "Edit event"),
            TrMsg::EditScript => pick("Редактор: новая версия", "Editor: a new version"),
            TrMsg::Effective => pick("Действует с", "Effective from"),
            TrMsg::EmptyTest => pick("В тесте нет вопросов.", "The test has no questions."),
            TrMsg::EventTitle => pick("Тема", "Title"),
            TrMsg::Everyone => pick("все ознакомлены", "everyone has"),
            TrMsg::ExpectedLabel => pick("Ожидаемый эффект, %", "Expected effect, %"),
            TrMsg::Failed => pick("Не сдан", "Not passed"),
            TrMsg::FillEveryBlock => pick("Заполните все поля: текст каждого блока, критерия или вопроса обязателен.", "Fill in every field: each block, criterion or question needs its text."),
            TrMsg::FirstStage => pick("Приветствие", "Greeting"),
            TrMsg::ForTheHead => pick("Для руководителя", "For the head"),
            TrMsg::FromResults => pick("По результатам", "From results"),
            TrMsg::HandOver => pick("Передать планшет", "Hand the tablet over"),
            TrMsg::HandOverHint => pick("На экране останется только тест, пока его не сдадут или руководитель не введёт код. Правильных ответов на странице нет.", "Only the test stays on screen until it is submitted or the head types the code. The correct answers are not in the page."),
            TrMsg::HandOverTitle => pick("Пройти тест на планшете", "Take a test on the tablet"),
            TrMsg::Head => pick("Руководитель", "Head"),
            TrMsg::HeadMark => pick("Оценка руководителя", "Head's mark"),
            TrMsg::History => pick("История версий", "Version history"),
            TrMsg::HypothesisTitle => pick("Гипотеза", "Hypothesis"),
            TrMsg::InPlan => pick("В плане развития", "In the development plan"),
            TrMsg::Kind => pick("Вид", "Kind"),
            TrMsg::LaggingTitle => pick("Отстают от плана", "Behind plan"),
            TrMsg::Leader => pick("Ведущий", "Leader"),
            TrMsg::LegendGap1 => pick("не хватает 1 уровня", "1 level short"),
            TrMsg::LegendGap2 => pick("не хватает 2 и больше", "2 or more short"),
            TrMsg::LegendOk => pick("соответствует", "meets the role"),
            TrMsg::Link => pick("Ссылка на запись", "Recording link"),
            TrMsg::LogIt => pick("Записать", "Log it"),
            TrMsg::Logged => pick("Записано: кейс появится на еженедельной встрече.", "Logged: the case shows at the weekly meeting."),
            TrMsg::Material => pick("Книга или курс", "Book or course"),
            TrMsg::Materials => pick("Материалы", "Materials"),
            TrMsg::MeasureLabel => pick("Что измеряем", "What is measured"),
            TrMsg::Metrics => pick("Показатели", "Metrics"),
            TrMsg::Minutes => pick("Минут", "Minutes"),
            TrMsg::Model => pick("Модель компетенций", "Competency model"),
            TrMsg::ModelAnswer => pick("Эталонный ответ", "Model answer"),
            TrMsg::Month => pick("Месяц", "Month"),
            TrMsg::NewCard => pick("Новый чек-лист", "New scorecard"),
            TrMsg::NewEvent => pick("Новое мероприятие", "New event"),
            TrMsg::NewHypothesis => pick("Новая гипотеза", "New hypothesis"),
            TrMsg::NewReview => pick("Оценить звонок или ролевую игру", "Score a call or a role-play"),
            TrMsg::NewScript => pick("Новый скрипт", "New script"),
            TrMsg::NewSkill => pick("Новый навык", "New skill"),
            TrMsg::NewStandard => pick("Новый стандарт", "New standard"),
            TrMsg::NewTest => pick("Новый тест", "New test"),
            TrMsg::NewVersion => pick("Новая версия", "New version"),
            TrMsg::Next => pick("Следующий период", "Next"),
            TrMsg::No => pick("нет", "no"),
            TrMsg::NoAttempt => pick("Попытка не найдена.", "No such attempt."),
            TrMsg::NoEvidence => pick("Результатов пока нет.", "No results yet."),
            TrMsg::NoLagging => pick("Все показатели месяца идут по плану.", "Every metric of the month is on track."),
            TrMsg::NoScorecards => pick("Сначала создайте чек-лист оценки.", "Create a scorecard first."),
            TrMsg::NoWeak => pick("Слабых критериев нет.", "No weak criteria."),
            TrMsg::NotAcknowledged => pick("Не ознакомлены с действующей версией", "Have not acknowledged the version in force"),
            TrMsg::NotApplicable => pick("н/п", "N/A"),
            TrMsg::NotCovered => pick("Клиент сказал то, чего нет в скрипте", "The client said something the script does not cover"),
            TrMsg::OpenHypothesis => pick("Открыть гипотезу", "Open a hypothesis"),
            TrMsg::OpenOnes => pick("Открытые гипотезы", "Open hypotheses"),
            TrMsg::OptionsOnePerLine => pick("Варианты, по одному в строке", "Options, one per line"),
            TrMsg::Owner => pick("Ответственный", "Owner"),
            TrMsg::ParticipantsHint => pick("Участники (никто не отмечен — весь отдел)", "Participants (none ticked: the whole team)"),
            TrMsg::Partner => pick("Партнёр (играет клиента)", "Partner (plays the client)"),
            TrMsg::PassPercent => pick("Проходной балл, %", "Pass threshold, %"),
            TrMsg::Passed => pick("Сдан", "Passed"),
            TrMsg::PendingGrade => pick("Ждёт проверки руководителем", "Waits for the head's grade"),
            TrMsg::Person => pick("Сотрудник", "Person"),
            TrMsg::Previous => pick("Предыдущий период", "Previous"),
            TrMsg::QualityControl => pick("ОКК", "Quality control"),
            TrMsg::QuestionText => pick("Вопрос", "Question"),
            TrMsg::Reader => pick("Режим чтения", "Reader"),
            TrMsg::ReadingTitle => pick("Книги и курсы", "Books and courses"),
            TrMsg::RecertDays => pick("Переаттестация за, дней", "Re-certify before, days"),
            TrMsg::Remove => pick("Удалить", "Remove"),
            TrMsg::Reopen => pick("Открыть снова", "Reopen"),
            TrMsg::ReturnTablet => pick("Верните планшет руководителю.", "Hand the tablet back to the head."),
            TrMsg::Reviewer => pick("Кто оценивал", "Reviewer"),
            TrMsg::ReviewerName => pick("Имя сотрудника ОКК", "Quality reviewer's name"),
            TrMsg::ReviewsList => pick("Оценки", "Reviews"),
            TrMsg::ReviewsTitle => pick("Оценка звонков и ролевых игр", "Call reviews and role-plays"),
            TrMsg::Right => pick("Верно", "Right"),
            TrMsg::RightOptions => pick("Верные варианты (номера)", "Right options (numbers)"),
            TrMsg::RolePlay => pick("Ролевая игра", "Role-play"),
            TrMsg::Save => pick("Сохранить", "Save"),
            TrMsg::SaveVersion => pick("Сохранить как новую версию", "Save as a new version"),
            TrMsg::ScaleLabel => pick("Шкала", "Scale"),
            TrMsg::Scenario => pick("Сценарий", "Scenario"),
            TrMsg::Score => pick("Балл", "Score"),
            TrMsg::Scorecard => pick("Чек-лист", "Scorecard"),
            TrMsg::Scorecards => pick("Чек-листы оценки", "Scorecards"),
            TrMsg::ScriptsTitle => pick("Скрипты", "Scripts"),
            TrMsg::SeveralRight => pick("Верных ответов может быть несколько.", "There may be several right answers."),
            TrMsg::Shuffle => pick("Перемешивать вопросы", "Shuffle questions"),
            TrMsg::SkillLabel => pick("Навык", "Skill"),
            TrMsg::SkillsTitle => pick("Матрица навыков", "Skills matrix"),
            TrMsg::SkipDay => pick("Пропустить этот день", "Skip this day"),
            TrMsg::Speaker => pick("Внешний спикер", "Guest speaker"),
            TrMsg::StageLabel => pick("Этап", "Stage"),
            TrMsg::StageName => pick("Название этапа", "Stage name"),
            TrMsg::Stages => pick("Этапы", "Stages"),
            TrMsg::StandardLabel => pick("Стандарт", "Standard"),
            TrMsg::StandardName => pick("Название", "Title"),
            TrMsg::StandardText => pick("Текст стандарта", "Text"),
            TrMsg::StandardsTitle => pick("Стандарты отдела", "Department standards"),
            TrMsg::StartTime => pick("Начало", "Start"),
            TrMsg::SubmitTest => pick("Сдать тест", "Submit"),
            TrMsg::Test => pick("Тест", "Test"),
            TrMsg::TestTitle => pick("Название теста", "Test title"),
            TrMsg::TestsEditor => pick("Тесты и вопросы", "Tests and questions"),
            TrMsg::TiedTests => pick("Тесты по стандарту", "Tests of this standard"),
            TrMsg::TimeLimit => pick("Время, минут (0 — без ограничения)", "Time, minutes (0: no limit)"),
            TrMsg::ToDevPlan => pick("Добавить цель в план развития", "Add as a development goal"),
            TrMsg::ToGrade => pick("Ответы на проверку", "Answers to grade"),
            TrMsg::Today => pick("Сегодня", "Today"),
            TrMsg::TrainingTitle => pick("Календарь обучения", "Training calendar"),
            TrMsg::Trends => pick("Динамика по критериям", "Trend per criterion"),
            TrMsg::Unlock => pick("Разблокировать", "Unlock"),
            TrMsg::UnlockCode => pick("Код руководителя", "Head's code"),
            TrMsg::Until => pick("До", "Until"),
            TrMsg::ValidDays => pick("Действует, дней", "Valid, days"),
            TrMsg::Version => pick("Версия", "Version"),
            TrMsg::Versions => pick("Версии", "Versions"),
            TrMsg::WeakTitle => pick("Слабые критерии", "Weak criteria"),
            TrMsg::Week => pick("Неделя", "Week"),
            TrMsg::Weekly => pick("Каждую неделю", "Every week"),
            TrMsg::Weight => pick("Вес", "Weight"),
            TrMsg::What => pick("Что оцениваем", "What"),
            TrMsg::WhatChanged => pick("Что изменилось", "What changed"),
            TrMsg::WhoCame => pick("Кто пришёл", "Who came"),
            TrMsg::WhoseHint => pick("Чей показатель (никто не отмечен — отдел)", "Whose number (none ticked: the department)"),
            TrMsg::Why => pick("Почему", "Why"),
            TrMsg::WindowLabel => pick("Окно, рабочих дней", "Window, working days"),
            TrMsg::Wrong => pick("Неверно", "Wrong"),
            TrMsg::WrongCode => pick("Неверный код", "Wrong code"),
            TrMsg::Yes => pick("да", "yes"),
            TrMsg::YesNo => pick("да/нет", "yes/no"),
            TrMsg::AcknowledgedOn(d) => if ru { format!("ознакомлен {d}") } else { format!("acknowledged {d}") },
            TrMsg::AttemptsLeft(n) => if ru { format!("Осталось попыток: {n}") } else { format!("Attempts left: {n}") },
            TrMsg::BlockKind(k) => match k {
                crate::domain::training::script::BlockKind::Say => pick("Говорим", "Say"),
                crate::domain::training::script::BlockKind::Ask => pick("Спрашиваем", "Ask"),
                crate::domain::training::script::BlockKind::Objection => pick("Возражение", "Objection"),
            },
            TrMsg::CalendarName(dept) => if dept.is_empty() { pick("Обучение отдела", "Team training") } else if ru { format!("Обучение: {dept}") } else { format!("Training: {dept}") },
            TrMsg::DiffCounts(a, r) => if ru { format!("Добавлено слов: {a}, удалено: {r}") } else { format!("{a} words added, {r} removed") },
            TrMsg::DueBy(d) => if ru { format!("переаттестация, до {d}") } else { format!("re-certify by {d}") },
            TrMsg::EventKindName(k) => {
                use crate::domain::training::event::EventKind::*;
                match k {
                    Product => pick("Продукт", "Product"),
                    Crm => pick("CRM", "CRM"),
                    Selling => pick("Техника продаж", "Selling"),
                    RolePlay => pick("Ролевые игры", "Role-play"),
                    CallReview => pick("Разбор звонков", "Call review"),
                    Reading => pick("Чтение", "Reading"),
                    Course => pick("Курс", "Course"),
                    Speaker => pick("Внешний спикер", "Guest speaker"),
                }
            }
            TrMsg::ExpiredOn(d) => if ru { format!("истёк {d}") } else { format!("expired {d}") },
            TrMsg::FromMark(d) => if ru { format!("Оценка руководителя от {d} (новее результатов)") } else { format!("The head's mark of {d} (newer than any result)") },
            TrMsg::Gap(n) => if ru { format!("Не хватает уровней: {n}") } else { format!("{n} level(s) short") },
            TrMsg::GoalTitle(skill, level) => if ru { format!("{skill}: до уровня {level}") } else { format!("{skill}: up to level {level}") },
            TrMsg::LevelOf(have, need) => {
                let have = have.map(|h| h.to_string()).unwrap_or_else(|| "—".into());
                if ru { format!("Уровень {have}, для роли нужен {need}") } else { format!("Level {have}; the role requires {need}") }
            }
            TrMsg::LevelRule(n, days, t) => if ru {
                format!("Уровень — по среднему из последних {n} результатов за {days} дней (оценки звонков и ролевых игр по критериям навыка, аттестация): от {} % — 1, от {} % — 2, от {} % — 3, от {} % — 4. Оценка руководителя действует, пока не появится более новый результат.", t[0], t[1], t[2], t[3])
            } else {
                format!("A level is the average of the last {n} results within {days} days (call and role-play criteria of the skill, certification): from {} % 1, {} % 2, {} % 3, {} % 4. The head's mark holds until a newer result.", t[0], t[1], t[2], t[3])
            },
            TrMsg::MaterialKindName(k) => {
                use crate::domain::training::reading::MaterialKind::*;
                match k { Book => pick("Книга", "Book"), Course => pick("Курс", "Course"), Article => pick("Статья", "Article"), Video => pick("Видео", "Video") }
            }
            TrMsg::NoAttemptsLeft(n) => if ru { format!("Все {n} попытки использованы. Новые появятся после успешной сдачи или изменения теста.") } else { format!("All {n} attempts are used.") },
            TrMsg::PaceOf(p) => if ru { format!("темп {p}") } else { format!("pace {p}") },
            TrMsg::QuestionOf(i, n) => if ru { format!("Вопрос {i} из {n}") } else { format!("Question {i} of {n}") },
            TrMsg::ReadingStatusName(st) => {
                use crate::domain::training::reading::ReadingStatus::*;
                match st { Planned => pick("в планах", "planned"), Reading => pick("читает", "reading"), Done => pick("прочитано", "done") }
            }
            TrMsg::Spread(p) => if ru { format!("разброс {p} п.п.") } else { format!("spread {p} pp") },
            TrMsg::Stage(g) => {
                use crate::domain::training::skill::SkillGroup::*;
                match g {
                    Product => pick("Продукт", "Product"),
                    Crm => pick("CRM и планирование", "CRM and planning"),
                    Contact => pick("Контакт", "Contact"),
                    Needs => pick("Выявление потребностей", "Needs discovery"),
                    Presentation => pick("Презентация", "Presentation"),
                    Objections => pick("Возражения", "Objections"),
                    Closing => pick("Закрытие", "Closing"),
                }
            }
            TrMsg::ValidUntil(d) => if ru { format!("до {d}") } else { format!("until {d}") },
            TrMsg::VersionComing(n, d) => if ru { format!("Версия {n} вступит в силу {d}") } else { format!("Version {n} takes effect on {d}") },
            TrMsg::VersionInForce(n, d) => if ru { format!("версия {n} с {d}") } else { format!("version {n} from {d}") },
            TrMsg::WeeklyUntil(d) => if ru { format!("Каждую неделю до {d}") } else { format!("Weekly until {d}") },
            TrMsg::CriterionOf(name) => {
                if ru {
                    format!("Критерий оценки звонка: {name}")
                } else {
                    format!("Call review criterion: {name}")
                }
            }
        }
    }
}

/// A metric window's value with its parts: a rate per person-day for a summed metric, else the ratio of sums.
fn metric_value(lang: Lang, metric: &Metric, w: &Window, currency: &str) -> String {
    let ru = lang == Lang::Ru;
    let (num, den) = (w.value.num, w.value.den);
    if den == 0 {
        return "—".into();
    }
    let value = |v: i64| format_value(lang, metric.unit, v, currency);
    match metric.formula {
        Formula::Summed => {
            // One decimal of a per-day rate, in the metric's own unit.
            let tenths = (num * 10 + den / 2) / den;
            let rate = if metric.unit == crate::domain::core::unit::Unit::Money {
                value(num / den)
            } else {
                let mark = if ru { ',' } else { '.' };
                format!("{}{mark}{}", format_int(lang, tenths / 10), tenths % 10)
            };
            if ru {
                format!(
                    "{rate} в день = {} / {} чел.-дн.",
                    value(num),
                    format_int(lang, den)
                )
            } else {
                format!(
                    "{rate} a day = {} / {} person-days",
                    value(num),
                    format_int(lang, den)
                )
            }
        }
        Formula::Ratio { .. } if metric.unit == crate::domain::core::unit::Unit::Percent => {
            format!(
                "{} = {} / {}",
                format_percent(lang, Some(num as f64 / den as f64)),
                format_int(lang, num),
                format_int(lang, den)
            )
        }
        Formula::Ratio { .. } => format!(
            "{} = {} / {}",
            value(num / den),
            value(num),
            format_int(lang, den)
        ),
        Formula::WeightedMean { .. } => {
            format!("{} (Σ × {})", value(num / den), format_int(lang, den))
        }
    }
}

/// What a hypothesis measures, for its card's heading.
pub fn measure_name(
    lang: Lang,
    measure: &Measure,
    metric: Option<&Metric>,
    criterion: Option<&str>,
) -> String {
    match measure {
        Measure::Metric { .. } => metric
            .map(|m| crate::ui::pages::planning::words::metric_name(m, lang))
            .unwrap_or_default(),
        Measure::Criterion { .. } => {
            TrMsg::CriterionOf(criterion.unwrap_or("—").to_string()).text(lang)
        }
    }
}
