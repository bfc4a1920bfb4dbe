//! Every visible string, in Russian and English. One call, [`Msg::text`]; the `match` over all messages makes the
//! compiler refuse a message without both languages. Numbers, money, dates and plurals come from
//! `domain::locale`, so what is tested natively is what the user sees.

use crate::domain::core::bp::Bp;
use crate::domain::core::locale::{format_bp, format_date, format_int, plural};
use crate::domain::core::rules::Rule;
use crate::domain::core::unit::whole_roubles;
use crate::domain::{AbsenceKind, Lang, Role};
use crate::store::StoreError;
use chrono::NaiveDate;

/// Words of an area whose screens load lazily: the message carries its wording function, so the area's sentences
/// load with the pages that say them, not with the app (a `match` arm here would put them in the first load).
/// Two are equal when they say the same.
#[derive(Clone)]
pub struct Words(std::sync::Arc<dyn Fn(Lang) -> String + Send + Sync>);

impl Words {
    pub fn new(text: impl Fn(Lang) -> String + Send + Sync + 'static) -> Self {
        Words(std::sync::Arc::new(text))
    }
}

impl PartialEq for Words {
    fn eq(&self, other: &Self) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0) || (self.0)(Lang::En) == (other.0)(Lang::En)
    }
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Words({:?})", (self.0)(Lang::En))
    }
}

/// A message to show. Variants with fields carry what the sentence needs.
#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    /// The planning screens' words.
    Plan(crate::ui::pages::planning::words::PlanMsg),
    /// The words of the lazily loaded motivation screens (`PayMsg`, `SchemeMsg`, `MotMsg`), which carry their own
    /// wording: see [`Words`].
    Words(Words),
    /// Pages in the navigation (drawn with the app, so worded here, not with their lazily loaded pages).
    NavMeetings,
    NavTemplates,
    NavCases,
    NavSkills,
    /// T5: certificates expired / due, on the team list.
    CertExpired(usize),
    CertDue(usize),
    NavScripts,
    NavTraining,
    NavReviews,
    NavCertification,
    NavStandards,
    NavQuality,
    NavCrm,
    NavHardClients,
    NavTime,
    NavDiscipline,
    NavInsights,
    NavPay,
    NavSchemes,
    NavContests,
    NavDevelopment,
    NavOneOnOnes,
    /// The pace table's column of today's plan (the dashboard and the meeting room).
    TodayColumn,
    AppName,
    /// The last one-on-one's day, on the team list (M4).
    LastOneOnOne(chrono::NaiveDate),
    NavTeam,
    NavHiring,
    NavData,
    /// Groups of the navigation, by the cycle of a head of sales.
    GroupPlanning,
    GroupTraining,
    GroupControl,
    GroupFloor,
    GroupMotivation,
    /// The accessible names of the two navigation rows.
    NavGroups,
    NavPages,
    NavSettings,
    Loading,
    Save,
    Cancel,
    Edit,
    Delete,
    Add,
    Close,
    Saved,
    /// A long write under way: records written, records in all.
    Writing(usize, usize),
    Reload,
    // First run
    WelcomeTitle,
    WelcomeText,
    LoadDemo,
    StartEmpty,
    OrStartEmpty,
    DepartmentName,
    CompanyName,
    // Team
    TeamTitle,
    TeamCount(usize),
    Search,
    AddManager,
    ShowArchived,
    NoManagers,
    NoMatches,
    /// A person picker's "nobody chosen" option: a dash, as the forms always showed it.
    NotChosen,
    FullName,
    RoleLabel,
    RoleName(Role),
    Hired,
    StatusLabel,
    Active,
    LeftOn(NaiveDate),
    MaxOpenDeals,
    MaxOpenDealsHint,
    Phone,
    Email,
    Notes,
    Archive,
    Restore,
    NewManager,
    EditManager,
    Absences,
    AddAbsence,
    AbsenceKindName(AbsenceKind),
    From,
    To,
    PrevMonth,
    NextMonth,
    Note,
    NoAbsences,
    DaysCount(i64),
    AwayNow,
    Rule(Rule),
    // Data
    /// Stored records the app could not read at start, left out (store: reason each).
    Unreadable(Vec<String>),
    // Settings
    SettingsTitle,
    Language,
    DepartmentTitle,
    Currency,
    TimeZone,
    WorkingWeek,
    Weekday(usize),
    // Banners and errors
    Store(StoreError),
    NotSavedSession,
    VersionChanged,
    UpdateAvailable,
    Dismiss,
    NotFound,
    GoHome,
}

impl Msg {
    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let ru = lang == Lang::Ru;
        let pick = |r: &str, e: &str| if ru { r.to_string() } else { e.to_string() };
        let n = |x: i64| format_int(lang, x);
        match self {
            Msg::Plan(m) => m.text(lang),
            Msg::Words(w) => (w.0)(lang),
            Msg::NavMeetings => pick("Встречи", "Meetings"),
            Msg::NavTemplates => pick("Шаблоны повесток", "Agenda templates"),
            Msg::NavCases => pick("Кейсы и возражения", "Cases and objections"),
            Msg::NavSkills => pick("Навыки", "Skills"),
            Msg::CertExpired(n) => if ru { if *n == 1 { "Сертификат истёк".into() } else { format!("Истекли сертификаты: {n}") } } else { format!("Certificates expired: {n}") },
            Msg::CertDue(n) => if ru { if *n == 1 { "Пора переаттестовать".into() } else { format!("Переаттестация: {n}") } } else { format!("Re-certification due: {n}") },
            Msg::NavScripts => pick("Скрипты", "Scripts"),
            Msg::NavTraining => pick("Календарь обучения", "Training calendar"),
            Msg::NavReviews => pick("Оценка звонков", "Call reviews"),
            Msg::NavCertification => pick("Аттестация", "Certification"),
            Msg::NavStandards => pick("Стандарты", "Standards"),
            Msg::NavQuality => pick("Гипотезы ОКК", "Quality hypotheses"),
            Msg::NavCrm => pick("CRM", "CRM"),
            Msg::NavHardClients => pick("Сложные клиенты", "Hard clients"),
            Msg::NavTime => pick("Время", "Time use"),
            Msg::NavDiscipline => pick("Дисциплина", "Discipline"),
            Msg::NavInsights => pick("Что сработало", "What worked"),
            Msg::TodayColumn => pick("План на сегодня", "Today's plan"),
            Msg::NavPay => pick("Оплата труда", "Pay"),
            Msg::NavSchemes => pick("Схемы оплаты", "Pay schemes"),
            Msg::NavContests => pick("Конкурсы", "Contests"),
            Msg::NavDevelopment => pick("Развитие", "Development"),
            Msg::NavOneOnOnes => pick("Один на один", "One-on-ones"),
            Msg::LastOneOnOne(d) => format!("1:1 {}", format_date(lang, *d)),
            Msg::AppName => pick("Рабочее место РОП", "Head of Sales Workbench"),
            Msg::NavTeam => pick("Команда", "Team"),
            Msg::NavHiring => pick("Найм", "Hiring"),
            Msg::NavData => pick("Данные", "Data"),
            Msg::GroupPlanning => pick("Планирование", "Planning"),
            Msg::GroupTraining => pick("Обучение", "Training"),
            Msg::GroupControl => pick("Контроль", "Control"),
            Msg::GroupFloor => pick("Работа отдела", "Sales floor"),
            Msg::GroupMotivation => pick("Мотивация", "Motivation"),
            Msg::NavGroups => pick("Разделы", "Sections"),
            Msg::NavPages => pick("Страницы раздела", "Pages of the section"),
            Msg::NavSettings => pick("Настройки", "Settings"),
            Msg::Loading => pick("Загрузка…", "Loading…"),
            Msg::Save => pick("Сохранить", "Save"),
            Msg::Cancel => pick("Отмена", "Cancel"),
            Msg::Edit => pick("Изменить", "Edit"),
            Msg::Delete => pick("Удалить", "Delete"),
            Msg::Add => pick("Добавить", "Add"),
            Msg::Close => pick("Закрыть", "Close"),
            Msg::Saved => pick("Сохранено", "Saved"),
            Msg::Writing(done, total) => match lang {
                Lang::Ru => format!("Сохранение: {} из {} записей", n(*done as i64), n(*total as i64)),
                Lang::En => format!("Saving: {} of {} records", n(*done as i64), n(*total as i64)),
            },
            Msg::Reload => pick("Перезагрузить", "Reload"),
            Msg::WelcomeTitle => pick("Добро пожаловать", "Welcome"),
            Msg::WelcomeText => pick(
                "Здесь руководитель отдела продаж ведёт команду, планы и встречи. Данные хранятся только в этом браузере и переносятся на другие устройства файлом.",
                "Here a head of sales runs the team, plans and meetings. Data stays in this browser and moves to other devices as a file.",
            ),
            Msg::LoadDemo => pick("Загрузить демо-отдел", "Load the demo department"),
            Msg::StartEmpty => pick("Начать с пустого отдела", "Start with an empty department"),
            Msg::OrStartEmpty => pick("или заведите свой отдел", "or set up your own department"),
            Msg::DepartmentName => pick("Название отдела", "Department name"),
            Msg::CompanyName => pick("Компания", "Company"),
            Msg::TeamTitle => pick("Команда", "Team"),
            Msg::TeamCount(c) => {
                let c = *c as u64;
                let word = if ru { plural(lang, c, "менеджер", "менеджера", "менеджеров") } else { plural(lang, c, "manager", "managers", "managers") };
                format!("{} {word}", n(c as i64))
            }
            Msg::Search => pick("Поиск по имени, телефону, почте", "Search by name, phone, e-mail"),
            Msg::AddManager => pick("Добавить менеджера", "Add a manager"),
            Msg::ShowArchived => pick("Показать уволенных", "Show those who left"),
            Msg::NoManagers => pick("В команде пока никого. Добавьте первого менеджера.", "The team is empty. Add the first manager."),
            Msg::NoMatches => pick("Никого не нашлось", "Nobody matches"),
            Msg::NotChosen => "—".into(),
            Msg::FullName => pick("ФИО", "Full name"),
            Msg::RoleLabel => pick("Роль", "Role"),
            Msg::RoleName(r) => match r {
                Role::Trainee => pick("Стажёр", "Trainee"),
                Role::Seller => pick("Менеджер", "Seller"),
                Role::SeniorSeller => pick("Старший менеджер", "Senior seller"),
                Role::TeamLead => pick("Руководитель группы", "Team lead"),
            },
            Msg::Hired => pick("Дата приёма", "Hired"),
            Msg::StatusLabel => pick("Статус", "Status"),
            Msg::Active => pick("Работает", "Active"),
            Msg::LeftOn(d) => format!("{} {}", pick("Уволен", "Left on"), format_date(lang, *d)),
            Msg::MaxOpenDeals => pick("Лимит открытых сделок", "Open deals limit"),
            Msg::MaxOpenDealsHint => pick("Сколько сделок менеджер может вести одновременно (O2)", "How many deals the seller may hold at once (O2)"),
            Msg::Phone => pick("Телефон", "Phone"),
            Msg::Email => pick("Эл. почта", "E-mail"),
            Msg::Notes => pick("Заметки", "Notes"),
            Msg::Archive => pick("Уволить (в архив)", "Archive (left)"),
            Msg::Restore => pick("Вернуть в команду", "Bring back"),
            Msg::NewManager => pick("Новый менеджер", "New manager"),
            Msg::EditManager => pick("Карточка менеджера", "Manager card"),
            Msg::Absences => pick("Отсутствия", "Absences"),
            Msg::AddAbsence => pick("Добавить отсутствие", "Add an absence"),
            Msg::AbsenceKindName(k) => match k {
                AbsenceKind::Vacation => pick("Отпуск", "Vacation"),
                AbsenceKind::SickLeave => pick("Больничный", "Sick leave"),
                AbsenceKind::Training => pick("Обучение", "Training"),
                AbsenceKind::Other => pick("Другое", "Other"),
            },
            Msg::From => pick("С", "From"),
            Msg::To => pick("По", "To"),
            Msg::PrevMonth => pick("Предыдущий месяц", "Previous month"),
            Msg::NextMonth => pick("Следующий месяц", "Next month"),
            Msg::Note => pick("Комментарий", "Note"),
            Msg::NoAbsences => pick("Отсутствий нет", "No absences"),
            Msg::DaysCount(d) => format!("{} {}", n(*d), if ru { plural(lang, d.unsigned_abs(), "день", "дня", "дней") } else { plural(lang, d.unsigned_abs(), "day", "days", "days") }),
            Msg::AwayNow => pick("Сейчас отсутствует", "Away now"),
            Msg::Rule(r) => match r {
                Rule::Required => pick("Заполните поле", "Required"),
                Rule::TooLong { max, len } => if ru { format!("Слишком длинно: {} символов при максимуме {}", n(*len as i64), n(*max as i64)) } else { format!("Too long: {} characters, at most {}", n(*len as i64), n(*max as i64)) },
                Rule::Range { min, max } => if ru { format!("Должно быть от {} до {}", n(*min), n(*max)) } else { format!("Must be from {} to {}", n(*min), n(*max)) },
                Rule::Email => pick("Это не адрес почты", "Not an e-mail address"),
                Rule::EndBeforeStart => pick("Дата окончания раньше начала", "The end is before the start"),
                Rule::BeforeHired => pick("Дата увольнения раньше даты приёма", "Leaving date is before the hiring date"),
                Rule::WeekStart => pick("Неделя задаётся понедельником", "A week is given by its Monday"),
                Rule::DueBeforeGiven => pick("Срок не может быть раньше дня, когда обещание дано", "The due date cannot be before the day it was given"),
                Rule::MonthStart => pick("Месяц задаётся первым числом", "A month is given by its first day"),
                Rule::NoWorkingDay => pick("Отметьте хотя бы один рабочий день", "Mark at least one working day"),
                Rule::SpanTooLong { max_days } => if ru { format!("Слишком длинный срок: больше {} {}", n(*max_days), plural(lang, *max_days as u64, "дня", "дней", "дней")) } else { format!("Too long: more than {} days", n(*max_days)) },
                Rule::NotAscending => pick("Ступени по порядку: первая с нуля, каждая следующая выше предыдущей", "Steps in order: the first from zero, each next one higher"),
                Rule::WeightsSum { sum } => if ru { format!("Сумма весов должна быть 100 %, сейчас {}", format_bp(lang, Bp(*sum))) } else { format!("The weights must add up to 100 %, now {}", format_bp(lang, Bp(*sum))) },
                Rule::CapBelowGate { gate_pay } => if ru { format!("Потолок ниже выплаты на пороге ({})", format_int(lang, whole_roubles(*gate_pay))) } else { format!("The cap is below the pay at the gate ({})", format_int(lang, whole_roubles(*gate_pay))) },
                Rule::Duplicate => pick("Повторяется: может быть только один", "Repeated: only one is allowed"),
                Rule::Overlap => pick("Диапазоны пересекаются или идут не по возрастанию: одно выполнение попадает в два диапазона", "Ranges overlap or are out of order: one completion falls into two ranges"),
                Rule::NoSalary => pick("Доля от оклада требует оклада в схеме", "A share of salary needs a salary in the scheme"),
                Rule::MoneyStep => pick("Шаг в рублях: целое число рублей, не меньше 1 ₽ (бонус платится за каждый полный шаг, а не за копейку)", "The step must be whole roubles, at least 1 (the bonus pays per full step, never per kopeck)"),
                Rule::Invisible => pick("Есть невидимые символы или символы смены направления текста: уберите их", "Contains invisible or text-direction characters: remove them"),
                Rule::PersonalInErasure => pick("В стёртой записи остались личные данные", "An erased record still holds personal data"),
            },
            Msg::Unreadable(list) => {
                let first = list.first().cloned().unwrap_or_default();
                let c = list.len();
                if ru { format!("{} {} в хранилище не читается и не показана: {first}. Остальные данные на месте. Выгрузите файл и восстановите резервную копию или загрузите выгрузку с другого устройства.", n(c as i64), plural(lang, c as u64, "запись", "записи", "записей")) } else { format!("{c} stored record(s) cannot be read and are left out: {first}. The rest of the data is here. Export a file, then restore a backup or import an export from another device.") }
            }
            Msg::SettingsTitle => pick("Настройки", "Settings"),
            Msg::Language => pick("Язык интерфейса", "Interface language"),
            Msg::DepartmentTitle => pick("Отдел", "Department"),
            Msg::Currency => pick("Валюта", "Currency"),
            Msg::TimeZone => pick("Часовой пояс", "Time zone"),
            Msg::WorkingWeek => pick("Рабочие дни недели", "Working days"),
            Msg::Weekday(i) => {
                const RU: [&str; 7] = ["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"];
                const EN: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
                pick(RU[*i % 7], EN[*i % 7])
            }
            Msg::Store(e) => match e {
                StoreError::Unavailable(_) => pick("Хранилище браузера недоступно (приватный режим или запрет в настройках). Эта сессия не сохраняется: выгрузите файл перед закрытием.", "Browser storage is unavailable (private mode or blocked in settings). This session is not saved: export a file before closing."),
                StoreError::Blocked => pick("Программа открыта в другой вкладке со старой версией. Закройте её, чтобы продолжить.", "The app is open in another tab with an older version. Close it to continue."),
                StoreError::TooNew => pick("Данные сохранены более новой версией программы. Перезагрузите страницу.", "The data was saved by a newer version of the app. Reload the page."),
                StoreError::QuotaExceeded => pick("Место в хранилище браузера закончилось; изменение не сохранено. Выгрузите файл и освободите место.", "Browser storage is full; the change was not saved. Export a file and free up space."),
                StoreError::Aborted => pick("Браузер прервал запись; ничего не изменено. Попробуйте ещё раз.", "The browser aborted the write; nothing changed. Try again."),
                StoreError::Closed => pick("База закрыта новой версией программы в другой вкладке. Перезагрузите страницу.", "The database was closed by a newer version in another tab. Reload the page."),
                StoreError::Corrupt(d) => if ru { format!("Сохранённая запись не читается: {d}") } else { format!("A stored record cannot be read: {d}") },
                StoreError::Failed(d) => if ru { format!("Ошибка хранилища: {d}. Ничего не изменено.") } else { format!("Storage error: {d}. Nothing changed.") },
            },
            Msg::NotSavedSession => pick("Эта сессия не сохраняется.", "This session is not saved."),
            Msg::VersionChanged => pick("Программа обновилась в другой вкладке. Перезагрузите страницу.", "The app was updated in another tab. Reload the page."),
            Msg::UpdateAvailable => pick("Доступна новая версия.", "A new version is available."),
            Msg::Dismiss => pick("Скрыть", "Dismiss"),
            Msg::NotFound => pick("Такой страницы нет", "No such page"),
            Msg::GoHome => pick("На главную", "Home"),
        }
    }
}
