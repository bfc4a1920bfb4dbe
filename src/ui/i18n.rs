//! Every visible string, in Russian and English. One call, [`Msg::text`]; the `match` over all messages makes the
//! compiler refuse a message without both languages. Numbers, money, dates and plurals come from
//! `domain::locale`, so what is tested natively is what the user sees.

use crate::domain::core::locale::{format_bp, format_date, format_int, plural};
use crate::domain::core::rules::Rule;
use crate::domain::{AbsenceKind, Lang, Role};
use crate::store::StoreError;
use crate::sync::{ImportError, ProblemKind, Side};
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
    Plan(super::plan_text::PlanMsg),
    /// The words of the lazily loaded motivation screens (`PayMsg`, `SchemeMsg`, `MotMsg`), which carry their own
    /// wording: see [`Words`].
    Words(Words),
    /// Pages in the navigation (drawn with the app, so worded here, not with their lazily loaded pages).
    NavMeetings,
    NavTemplates,
    NavCases,
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
    NavData,
    /// Groups of the navigation, by the cycle of a head of sales.
    GroupPlanning,
    GroupTraining,
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
    Note,
    NoAbsences,
    DaysCount(i64),
    AwayNow,
    Rule(Rule),
    // Data
    DataTitle,
    ExportTitle,
    ExportText,
    ExportButton,
    LastExport(Option<i64>),
    ExportReminder(i64),
    ImportTitle,
    ImportText,
    ImportChoose,
    ImportModeMerge,
    ImportModeReplace,
    ImportReplaceWarning,
    PreviewTitle(String),
    Added,
    Updated,
    Deleted,
    Unchanged,
    KeptLocal,
    ConflictsTitle,
    ConflictWon(Side),
    ApplyImport,
    ImportDone(usize),
    NothingToImport,
    ImportError(ImportError),
    ProblemsTitle(usize),
    ProblemsMore(usize),
    ProblemPlace {
        store: String,
        index: Option<usize>,
        field: String,
    },
    Problem(ProblemKind),
    StoreName(String),
    BackupsTitle,
    BackupsText,
    NoBackups,
    BackupRecords(usize),
    /// A backup's size in records: all, and how many are live (when known).
    BackupCounts {
        records: usize,
        live: Option<usize>,
    },
    /// A backup taken before a mass deletion, kept out of pruning.
    BackupPinned,
    /// The backup to restore is no longer in the database (another tab pruned it).
    BackupGone,
    /// Stored records the app could not read at start, left out (store: reason each).
    Unreadable(Vec<String>),
    /// An import or restore would delete many records.
    MassDeleteWarning {
        deletes: usize,
        live: usize,
    },
    MassDeleteConfirm(usize),
    Download,
    RestoreBackup,
    RestoreConfirm,
    StorageTitle,
    Persisted(Option<bool>),
    Usage {
        used: f64,
        quota: f64,
    },
    UsageUnknown,
    RequestPersist,
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

/// The form label of a field path in an export file, where the field has one.
fn field_label(path: &str) -> Option<Msg> {
    Some(match path.strip_prefix("data.")? {
        "full_name" => Msg::FullName,
        "role" => Msg::RoleLabel,
        "hired" => Msg::Hired,
        "status" | "status.on" | "status.state" => Msg::StatusLabel,
        "max_open_deals" => Msg::MaxOpenDeals,
        "phone" => Msg::Phone,
        "email" => Msg::Email,
        "notes" => Msg::Notes,
        "kind" => Msg::Absences,
        "from" => Msg::From,
        "to" => Msg::To,
        "note" => Msg::Note,
        "company" => Msg::CompanyName,
        "department" => Msg::DepartmentName,
        "currency" => Msg::Currency,
        "time_zone" => Msg::TimeZone,
        "working_week" => Msg::WorkingWeek,
        _ => return None,
    })
}

/// A span of time in the largest whole unit: "40 мин", "23 ч", "2 дн.".
fn duration(lang: Lang, ms: u64) -> String {
    let ru = lang == Lang::Ru;
    let minutes = ms.div_ceil(60_000);
    let (value, unit) = if minutes < 120 {
        (minutes, if ru { "мин" } else { "min" })
    } else if minutes < 48 * 60 {
        (minutes / 60, if ru { "ч" } else { "h" })
    } else {
        (minutes / 1440, if ru { "дн." } else { "days" })
    };
    format!("{} {unit}", format_int(lang, value as i64))
}

fn kb(bytes: f64) -> String {
    if bytes >= 1_048_576.0 {
        format!("{:.1} MB", bytes / 1_048_576.0)
    } else {
        format!("{:.0} KB", (bytes / 1024.0).ceil())
    }
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
            Msg::TodayColumn => pick("План на сегодня", "Today's plan"),
            Msg::NavPay => pick("Оплата труда", "Pay"),
            Msg::NavSchemes => pick("Схемы оплаты", "Pay schemes"),
            Msg::NavContests => pick("Конкурсы", "Contests"),
            Msg::NavDevelopment => pick("Развитие", "Development"),
            Msg::NavOneOnOnes => pick("Один на один", "One-on-ones"),
            Msg::LastOneOnOne(d) => format!("1:1 {}", format_date(lang, *d)),
            Msg::AppName => pick("Рабочее место РОП", "Head of Sales Workbench"),
            Msg::NavTeam => pick("Команда", "Team"),
            Msg::NavData => pick("Данные", "Data"),
            Msg::GroupPlanning => pick("Планирование", "Planning"),
            Msg::GroupTraining => pick("Обучение", "Training"),
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
                Rule::WeightsSum { sum } => if ru { format!("Сумма весов должна быть 100 %, сейчас {}", format_bp(lang, *sum)) } else { format!("The weights must add up to 100 %, now {}", format_bp(lang, *sum)) },
                Rule::CapBelowGate { gate_pay } => if ru { format!("Потолок ниже выплаты на пороге ({})", format_int(lang, *gate_pay / 100)) } else { format!("The cap is below the pay at the gate ({})", format_int(lang, *gate_pay / 100)) },
                Rule::Duplicate => pick("Повторяется: может быть только один", "Repeated: only one is allowed"),
                Rule::Invisible => pick("Есть невидимые символы или символы смены направления текста: уберите их", "Contains invisible or text-direction characters: remove them"),
            },
            Msg::DataTitle => pick("Данные и синхронизация", "Data and sync"),
            Msg::ExportTitle => pick("Выгрузить всё в файл", "Export everything to a file"),
            Msg::ExportText => pick(
                "Один JSON-файл со всеми данными. Загрузите его на другом устройстве: данные объединятся, ничего не перезапишется вслепую.",
                "One JSON file with all data. Import it on another device: the data is merged, nothing is overwritten blindly.",
            ),
            Msg::ExportButton => pick("Скачать файл выгрузки", "Download the export file"),
            Msg::LastExport(days) => match days {
                None => pick("Выгрузок ещё не было", "Never exported yet"),
                Some(0) => pick("Последняя выгрузка: сегодня", "Last export: today"),
                Some(d) => if ru { format!("Последняя выгрузка: {} {} назад", n(*d), plural(lang, *d as u64, "день", "дня", "дней")) } else { format!("Last export: {} {} ago", n(*d), plural(lang, *d as u64, "day", "days", "days")) },
            },
            Msg::ExportReminder(d) => if ru { format!("Данные не выгружались {} {}. Сохраните копию: браузер может очистить хранилище.", n(*d), plural(lang, *d as u64, "день", "дня", "дней")) } else { format!("No export for {} days. Save a copy: the browser may clear its storage.", n(*d)) },
            Msg::ImportTitle => pick("Загрузить файл", "Import a file"),
            Msg::ImportText => pick(
                "Перед загрузкой покажем, что изменится, и сохраним резервную копию текущих данных.",
                "Before importing we show what will change and keep a backup of the current data.",
            ),
            Msg::ImportChoose => pick("Выбрать файл…", "Choose a file…"),
            Msg::ImportModeMerge => pick("Объединить с текущими данными", "Merge with the current data"),
            Msg::ImportModeReplace => pick("Заменить всё (восстановление)", "Replace everything (restore)"),
            Msg::ImportReplaceWarning => pick(
                "Все текущие данные будут заменены данными из файла. Резервная копия сохранится.",
                "All current data will be replaced by the file's. A backup is kept.",
            ),
            Msg::PreviewTitle(f) => if ru { format!("Что изменится: {f}") } else { format!("What changes: {f}") },
            Msg::Added => pick("Добавится", "Added"),
            Msg::Updated => pick("Обновится", "Updated"),
            Msg::Deleted => pick("Удалится", "Deleted"),
            Msg::Unchanged => pick("Без изменений", "Unchanged"),
            Msg::KeptLocal => pick("Останется своё (новее)", "Kept local (newer)"),
            Msg::ConflictsTitle => pick("Правки на обоих устройствах", "Edited on both devices"),
            Msg::ConflictWon(side) => match side {
                Side::File => pick("победила версия из файла (новее)", "the file's version won (newer)"),
                Side::Local => pick("осталась версия этого устройства (новее)", "this device's version stays (newer)"),
            },
            Msg::ApplyImport => pick("Загрузить", "Import"),
            Msg::ImportDone(c) => if ru { format!("Готово: записано {} {}", n(*c as i64), plural(lang, *c as u64, "запись", "записи", "записей")) } else { format!("Done: {} records written", n(*c as i64)) },
            Msg::NothingToImport => pick("В файле нет ничего нового", "Nothing new in the file"),
            Msg::ImportError(e) => match e {
                ImportError::Empty => pick("Файл пустой.", "The file is empty."),
                ImportError::TooLarge { bytes, max } => if ru { format!("Файл слишком большой: {} МБ при максимуме {} МБ. Это точно выгрузка этой программы?", bytes / 1_048_576, max / 1_048_576) } else { format!("The file is too large: {} MB, at most {} MB. Is it really an export of this app?", bytes / 1_048_576, max / 1_048_576) },
                ImportError::Truncated { line, column } => if ru { format!("Файл обрывается (строка {line}, позиция {column}): похоже, он скачался не полностью. Выгрузите его заново.") } else { format!("The file ends too early (line {line}, column {column}): it looks incomplete. Export it again.") },
                ImportError::NotJson { line, column } => if ru { format!("Файл повреждён: это не JSON (строка {line}, позиция {column}).") } else { format!("The file is damaged: not JSON (line {line}, column {column}).") },
                ImportError::TooDeep => pick("Файл повреждён: слишком глубокая вложенность.", "The file is damaged: nested too deeply."),
                ImportError::NotAnExport => pick("Это не файл выгрузки рабочего места РОП.", "This is not an export of the workbench."),
                ImportError::NewerSchema { found, supported } => if ru { format!("Файл сделан более новой версией программы (схема {found}, эта версия понимает до {supported}). Обновите страницу или программу на этом устройстве.") } else { format!("The file comes from a newer version of the app (schema {found}; this one reads up to {supported}). Update the app on this device.") },
                ImportError::Invalid { total, .. } => if ru { format!("В файле {} {}; ничего не загружено.", n(*total as i64), plural(lang, *total as u64, "ошибка", "ошибки", "ошибок")) } else { format!("The file has {} problem(s); nothing was imported.", n(*total as i64)) },
            },
            Msg::ProblemsTitle(c) => if ru { format!("Ошибки в файле ({})", n(*c as i64)) } else { format!("Problems in the file ({})", n(*c as i64)) },
            Msg::ProblemsMore(c) => if ru { format!("…и ещё {}", n(*c as i64)) } else { format!("…and {} more", n(*c as i64)) },
            Msg::ProblemPlace { store, index, field } => {
                // A scheme's fields are named as its editor names them.
                let scheme = (store == "pay_schemes").then(|| field.strip_prefix("data.").and_then(|f| super::scheme_text::scheme_field(lang, f))).flatten();
                let store = Msg::StoreName(store.clone()).text(lang);
                let rec = index.map(|i| if ru { format!(", запись №{}", i + 1) } else { format!(", record #{}", i + 1) }).unwrap_or_default();
                let label = scheme.or_else(|| field_label(field).map(|m| m.text(lang))).unwrap_or_else(|| field.clone());
                let field = if field.is_empty() { String::new() } else if ru { format!(", поле «{label}»") } else { format!(", field “{label}”") };
                format!("{store}{rec}{field}")
            }
            Msg::Problem(k) => match k {
                ProblemKind::Missing => pick("нет обязательного поля", "a required field is missing"),
                ProblemKind::UnknownField => pick("лишнее поле, которого нет в формате", "a field the format does not have"),
                ProblemKind::WrongValue { detail } => if ru { format!("неверное значение ({detail})") } else { format!("wrong value ({detail})") },
                ProblemKind::Rule(r) => Msg::Rule(r.clone()).text(lang),
                ProblemKind::DuplicateId => pick("повторяющийся идентификатор", "duplicate id"),
                ProblemKind::UnknownStore => pick("неизвестный раздел", "unknown section"),
                ProblemKind::UnknownReference { store } => {
                    let section = Msg::StoreName(store.as_str().into()).text(lang);
                    if ru { format!("ссылается на запись раздела «{section}», которой нет ни в файле, ни на этом устройстве") } else { format!("refers to a record of “{section}” that is neither in the file nor on this device") }
                }
                ProblemKind::NotDerivedId { expected } => if ru { format!("вторая копия записи о том же (тот же день, месяц или встреча): её идентификатор должен быть {expected}, иначе она посчиталась бы дважды") } else { format!("a second copy of a record about the same thing (the same day, month or meeting): its id must be {expected}, or it would be counted twice") },
                ProblemKind::NotCanonical { found, expected } => if ru { format!("записано как «{found}», а формат записывает «{expected}»") } else { format!("written as “{found}”; the format writes “{expected}”") },
                ProblemKind::FutureStamp { ahead_ms, this_device } => {
                    let ahead = duration(lang, *ahead_ms);
                    match (ru, this_device) {
                        (true, true) => format!("запись сделана на этом устройстве, но на {ahead} позже, чем сейчас показывают его часы: часы этого устройства отстают. Проверьте дату и время в настройках устройства."),
                        (true, false) => format!("изменение на {ahead} позже, чем сейчас показывают часы этого устройства: либо эти часы отстают, либо часы устройства, где сделан файл, спешат. Проверьте дату и время на обоих."),
                        (false, true) => format!("written on this device {ahead} later than its clock now shows: this device's clock is behind. Check its date and time."),
                        (false, false) => format!("changed {ahead} later than this device's clock now shows: either this clock is behind or the clock of the device that wrote the file is ahead. Check the date and time on both."),
                    }
                }
            },
            Msg::StoreName(s) => match s.as_str() {
                "managers" => pick("Менеджеры", "Managers"),
                "absences" => pick("Отсутствия", "Absences"),
                "settings" => pick("Настройки", "Settings"),
                "calendar" => pick("Календарь", "Calendar"),
                "facts" => pick("Факты", "Facts"),
                "metrics" => pick("Показатели", "Metrics"),
                "plan_log" => pick("История планов", "Plan history"),
                "plans" => pick("Планы", "Plans"),
                "reports" => pick("Отчёты", "Reports"),
                "actions" => pick("План действий", "Action plan"),
                "promotions" => pick("Акции", "Promotions"),
                "source_months" => pick("Источники лидов по месяцам", "Lead sources by month"),
                "sources" => pick("Источники лидов", "Lead sources"),
                "attendance" => pick("Посещаемость встреч", "Meeting attendance"),
                "cases" => pick("Разборы случаев", "Cases"),
                "meeting_notes" => pick("Записи протоколов", "Meeting notes"),
                "meeting_tasks" => pick("Задачи со встреч", "Meeting tasks"),
                "meetings" => pick("Встречи", "Meetings"),
                "promises" => pick("Обещания", "Promises"),
                "templates" => pick("Шаблоны встреч", "Meeting templates"),
                "pay_schemes" => pick("Схемы оплаты", "Pay schemes"),
                "payslips" => pick("Расчётные листы", "Payslips"),
                "reductions" => pick("Депремирования", "Bonus reductions"),
                "refunds" => pick("Возвраты оплат", "Refunds"),
                "contests" => pick("Конкурсы", "Contests"),
                "recognitions" => pick("Благодарности", "Thank-yous"),
                "dev_plans" => pick("Планы развития", "Development plans"),
                "one_on_ones" => pick("Встречи один на один", "One-on-ones"),
                "acknowledgements" => pick("Ознакомления со стандартами", "Acknowledgements"),
                "attempts" => pick("Попытки аттестации", "Test attempts"),
                "cert_tests" => pick("Аттестационные тесты", "Certification tests"),
                "hypotheses" => pick("Гипотезы ОКК", "Quality hypotheses"),
                "materials" => pick("Книги и курсы", "Books and courses"),
                "readings" => pick("Чтение и курсы сотрудников", "Reading progress"),
                "reviews" => pick("Оценки звонков и ролевых игр", "Call and role-play reviews"),
                "scorecards" => pick("Чек-листы оценки", "Scorecards"),
                "script_versions" => pick("Версии скриптов", "Script versions"),
                "scripts" => pick("Скрипты", "Scripts"),
                "skill_marks" => pick("Оценки навыков руководителем", "Skill marks"),
                "skills" => pick("Модель компетенций", "Competency model"),
                "standards" => pick("Стандарты отдела", "Standards"),
                "training_attendance" => pick("Посещаемость обучения", "Training attendance"),
                "training_events" => pick("Календарь обучения", "Training calendar"),
                "" => pick("Заголовок файла", "File header"),
                other => if ru { format!("Раздел «{other}»") } else { format!("Section “{other}”") },
            },
            Msg::BackupsTitle => pick("Резервные копии", "Backups"),
            Msg::BackupsText => pick("Создаются перед каждой загрузкой и восстановлением, которые что-то меняют; хранятся последние 10 и последняя перед массовым удалением.", "Made before every import or restore that changes something; the last 10 are kept, and the last one before a mass deletion."),
            Msg::NoBackups => pick("Резервных копий пока нет", "No backups yet"),
            Msg::BackupRecords(c) => if ru { format!("{} {}", n(*c as i64), plural(lang, *c as u64, "запись", "записи", "записей")) } else { format!("{} records", n(*c as i64)) },
            Msg::BackupCounts { records, live } => match live {
                Some(live) => {
                    let gone = records.saturating_sub(*live);
                    if ru { format!("{} {}, удалённых {}", n(*live as i64), plural(lang, *live as u64, "запись", "записи", "записей"), n(gone as i64)) } else { format!("{} records, {} deleted", n(*live as i64), n(gone as i64)) }
                }
                None => Msg::BackupRecords(*records).text(lang),
            },
            Msg::Unreadable(list) => {
                let first = list.first().cloned().unwrap_or_default();
                let c = list.len();
                if ru { format!("{} {} в хранилище не читается и не показана: {first}. Остальные данные на месте. Выгрузите файл и восстановите резервную копию или загрузите выгрузку с другого устройства.", n(c as i64), plural(lang, c as u64, "запись", "записи", "записей")) } else { format!("{c} stored record(s) cannot be read and are left out: {first}. The rest of the data is here. Export a file, then restore a backup or import an export from another device.") }
            }
            Msg::BackupPinned => pick("сделана перед массовым удалением — хранится, пока не появится следующая такая", "made before a mass deletion: kept until the next one"),
            Msg::BackupGone => pick("Этой резервной копии уже нет: её удалили в другой вкладке. Обновите страницу.", "This backup is gone: another tab removed it. Reload the page."),
            Msg::MassDeleteWarning { deletes, live } => if ru { format!("Загрузка удалит {} {} из {}. Это много: убедитесь, что это нужный файл. Резервная копия сохранится и не будет удалена автоматически.", n(*deletes as i64), plural(lang, *deletes as u64, "запись", "записи", "записей"), n(*live as i64)) } else { format!("This import deletes {} of {} records. That is a lot: make sure it is the right file. A backup is kept and never pruned automatically.", n(*deletes as i64), n(*live as i64)) },
            Msg::MassDeleteConfirm(c) => if ru { format!("Да, удалить {} {}", n(*c as i64), plural(lang, *c as u64, "запись", "записи", "записей")) } else { format!("Yes, delete {} records", n(*c as i64)) },
            Msg::Download => pick("Скачать", "Download"),
            Msg::RestoreBackup => pick("Восстановить", "Restore"),
            Msg::RestoreConfirm => pick("Заменить текущие данные этой копией? Текущие данные тоже сохранятся в копию.", "Replace the current data with this backup? The current data is backed up too."),
            Msg::StorageTitle => pick("Хранилище браузера", "Browser storage"),
            Msg::Persisted(p) => match p {
                Some(true) => pick("Браузер обещал не удалять данные (постоянное хранилище).", "The browser promised to keep the data (persistent storage)."),
                Some(false) => pick("Хранилище не постоянное: при нехватке места браузер может удалить данные. Регулярно выгружайте файл.", "Storage is not persistent: the browser may clear it under pressure. Export regularly."),
                None => pick("Браузер не сообщает, постоянное ли хранилище.", "The browser does not tell whether storage is persistent."),
            },
            Msg::Usage { used, quota } => if ru { format!("Занято {} из {}", kb(*used), kb(*quota)) } else { format!("Using {} of {}", kb(*used), kb(*quota)) },
            Msg::UsageUnknown => pick("Объём хранилища неизвестен", "Storage usage unknown"),
            Msg::RequestPersist => pick("Попросить постоянное хранилище", "Ask for persistent storage"),
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
