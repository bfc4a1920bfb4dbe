//! The words of the data page (export, import and its problems, backups, storage) and of record labels, in
//! Russian and English; reached through `Msg::Words`, so they load with the data page, not with the app.

use crate::domain::core::locale::{format_int, plural};
use crate::domain::Lang;
use crate::sync::{ImportError, ProblemKind, Side};
use crate::ui::i18n::Msg;

#[derive(Clone, Debug, PartialEq)]
pub enum DataMsg {
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
}

impl From<DataMsg> for Msg {
    fn from(m: DataMsg) -> Self {
        Msg::Words(crate::ui::i18n::Words::new(move |lang| m.text(lang)))
    }
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

impl DataMsg {
    pub fn text(&self, lang: Lang) -> String {
        let ru = lang == Lang::Ru;
        let pick = |r: &str, e: &str| if ru { r.to_string() } else { e.to_string() };
        let n = |x: i64| format_int(lang, x);
        match self {
            DataMsg::DataTitle => pick("Данные и синхронизация", "Data and sync"),
            DataMsg::ExportTitle => pick("Выгрузить всё в файл", "Export everything to a file"),
            DataMsg::ExportText => pick(
                "Один JSON-файл со всеми данными. Загрузите его на другом устройстве: данные объединятся, ничего не перезапишется вслепую.",
                "One JSON file with all data. Import it on another device: the data is merged, nothing is overwritten blindly.",
            ),
            DataMsg::ExportButton => pick("Скачать файл выгрузки", "Download the export file"),
            DataMsg::LastExport(days) => match days {
                None => pick("Выгрузок ещё не было", "Never exported yet"),
                Some(0) => pick("Последняя выгрузка: сегодня", "Last export: today"),
                Some(d) => if ru { format!("Последняя выгрузка: {} {} назад", n(*d), plural(lang, *d as u64, "день", "дня", "дней")) } else { format!("Last export: {} {} ago", n(*d), plural(lang, *d as u64, "day", "days", "days")) },
            },
            DataMsg::ExportReminder(d) => if ru { format!("Данные не выгружались {} {}. Сохраните копию: браузер может очистить хранилище.", n(*d), plural(lang, *d as u64, "день", "дня", "дней")) } else { format!("No export for {} days. Save a copy: the browser may clear its storage.", n(*d)) },
            DataMsg::ImportTitle => pick("Загрузить файл", "Import a file"),
            DataMsg::ImportText => pick(
                "Перед загрузкой покажем, что изменится, и сохраним резервную копию текущих данных.",
                "Before importing we show what will change and keep a backup of the current data.",
            ),
            DataMsg::ImportChoose => pick("Выбрать файл…", "Choose a file…"),
            DataMsg::ImportModeMerge => pick("Объединить с текущими данными", "Merge with the current data"),
            DataMsg::ImportModeReplace => pick("Заменить всё (восстановление)", "Replace everything (restore)"),
            DataMsg::ImportReplaceWarning => pick(
                "Все текущие данные будут заменены данными из файла. Резервная копия сохранится.",
                "All current data will be replaced by the file's. A backup is kept.",
            ),
            DataMsg::PreviewTitle(f) => if ru { format!("Что изменится: {f}") } else { format!("What changes: {f}") },
            DataMsg::Added => pick("Добавится", "Added"),
            DataMsg::Updated => pick("Обновится", "Updated"),
            DataMsg::Deleted => pick("Удалится", "Deleted"),
            DataMsg::Unchanged => pick("Без изменений", "Unchanged"),
            DataMsg::KeptLocal => pick("Останется своё (новее)", "Kept local (newer)"),
            DataMsg::ConflictsTitle => pick("Правки на обоих устройствах", "Edited on both devices"),
            DataMsg::ConflictWon(side) => match side {
                Side::File => pick("победила версия из файла (новее)", "the file's version won (newer)"),
                Side::Local => pick("осталась версия этого устройства (новее)", "this device's version stays (newer)"),
            },
            DataMsg::ApplyImport => pick("Загрузить", "Import"),
            DataMsg::ImportDone(c) => if ru { format!("Готово: записано {} {}", n(*c as i64), plural(lang, *c as u64, "запись", "записи", "записей")) } else { format!("Done: {} records written", n(*c as i64)) },
            DataMsg::NothingToImport => pick("В файле нет ничего нового", "Nothing new in the file"),
            DataMsg::ImportError(e) => match e {
                ImportError::Empty => pick("Файл пустой.", "The file is empty."),
                ImportError::TooLarge { bytes, max } => if ru { format!("Файл слишком большой: {} МБ при максимуме {} МБ. Это точно выгрузка этой программы?", bytes / 1_048_576, max / 1_048_576) } else { format!("The file is too large: {} MB, at most {} MB. Is it really an export of this app?", bytes / 1_048_576, max / 1_048_576) },
                ImportError::Truncated { line, column } => if ru { format!("Файл обрывается (строка {line}, позиция {column}): похоже, он скачался не полностью. Выгрузите его заново.") } else { format!("The file ends too early (line {line}, column {column}): it looks incomplete. Export it again.") },
                ImportError::NotJson { line, column } => if ru { format!("Файл повреждён: это не JSON (строка {line}, позиция {column}).") } else { format!("The file is damaged: not JSON (line {line}, column {column}).") },
                ImportError::TooDeep => pick("Файл повреждён: слишком глубокая вложенность.", "The file is damaged: nested too deeply."),
                ImportError::NotAnExport => pick("Это не файл выгрузки рабочего места РОП.", "This is not an export of the workbench."),
                ImportError::NewerSchema { found, supported } => if ru { format!("Файл сделан более новой версией программы (схема {found}, эта версия понимает до {supported}). Обновите страницу или программу на этом устройстве.") } else { format!("The file comes from a newer version of the app (schema {found}; this one reads up to {supported}). Update the app on this device.") },
                ImportError::Invalid { total, .. } => if ru { format!("В файле {} {}; ничего не загружено.", n(*total as i64), plural(lang, *total as u64, "ошибка", "ошибки", "ошибок")) } else { format!("The file has {} problem(s); nothing was imported.", n(*total as i64)) },
            },
            DataMsg::ProblemsTitle(c) => if ru { format!("Ошибки в файле ({})", n(*c as i64)) } else { format!("Problems in the file ({})", n(*c as i64)) },
            DataMsg::ProblemsMore(c) => if ru { format!("…и ещё {}", n(*c as i64)) } else { format!("…and {} more", n(*c as i64)) },
            DataMsg::ProblemPlace { store, index, field } => {
                // A scheme's fields are named as its editor names them.
                let scheme = (store == "pay_schemes").then(|| field.strip_prefix("data.").and_then(|f| crate::ui::pages::motivation::scheme_words::scheme_field(lang, f))).flatten();
                let store = DataMsg::StoreName(store.clone()).text(lang);
                let rec = index.map(|i| if ru { format!(", запись №{}", i + 1) } else { format!(", record #{}", i + 1) }).unwrap_or_default();
                let label = scheme.or_else(|| field_label(field).map(|m| m.text(lang))).unwrap_or_else(|| field.clone());
                let field = if field.is_empty() { String::new() } else if ru { format!(", поле «{label}»") } else { format!(", field “{label}”") };
                format!("{store}{rec}{field}")
            }
            DataMsg::Problem(k) => match k {
                ProblemKind::Missing => pick("нет обязательного поля", "a required field is missing"),
                ProblemKind::UnknownField => pick("лишнее поле, которого нет в формате", "a field the format does not have"),
                ProblemKind::WrongValue { detail } => if ru { format!("неверное значение ({detail})") } else { format!("wrong value ({detail})") },
                ProblemKind::Rule(r) => Msg::Rule(r.clone()).text(lang),
                ProblemKind::DuplicateId => pick("повторяющийся идентификатор", "duplicate id"),
                ProblemKind::UnknownStore => pick("неизвестный раздел", "unknown section"),
                ProblemKind::UnknownReference { store } => {
                    let section = DataMsg::StoreName(store.as_str().into()).text(lang);
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
            DataMsg::StoreName(s) => match s.as_str() {
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
                "crm_snapshots" => pick("Выгрузки из CRM", "CRM snapshots"),
                "crm_sources" => pick("Настройки загрузки из CRM", "CRM import mappings"),
                "crm_stages" => pick("Этапы воронки", "Funnel stages"),
                "escalations" => pick("Сложные клиенты", "Hard clients"),
                "findings" => pick("Выводы: что сработало", "Findings"),
                "time_logs" => pick("Непродающее время", "Non-selling time"),
                "violations" => pick("Нарушения дисциплины", "Violations"),
                "" => pick("Заголовок файла", "File header"),
                other => if ru { format!("Раздел «{other}»") } else { format!("Section “{other}”") },
            },
            DataMsg::BackupsTitle => pick("Резервные копии", "Backups"),
            DataMsg::BackupsText => pick("Создаются перед каждой загрузкой и восстановлением, которые что-то меняют; хранятся последние 10 и последняя перед массовым удалением.", "Made before every import or restore that changes something; the last 10 are kept, and the last one before a mass deletion."),
            DataMsg::NoBackups => pick("Резервных копий пока нет", "No backups yet"),
            DataMsg::BackupRecords(c) => if ru { format!("{} {}", n(*c as i64), plural(lang, *c as u64, "запись", "записи", "записей")) } else { format!("{} records", n(*c as i64)) },
            DataMsg::BackupCounts { records, live } => match live {
                Some(live) => {
                    let gone = records.saturating_sub(*live);
                    if ru { format!("{} {}, удалённых {}", n(*live as i64), plural(lang, *live as u64, "запись", "записи", "записей"), n(gone as i64)) } else { format!("{} records, {} deleted", n(*live as i64), n(gone as i64)) }
                }
                None => DataMsg::BackupRecords(*records).text(lang),
            },
            DataMsg::BackupPinned => pick("сделана перед массовым удалением — хранится, пока не появится следующая такая", "made before a mass deletion: kept until the next one"),
            DataMsg::BackupGone => pick("Этой резервной копии уже нет: её удалили в другой вкладке. Обновите страницу.", "This backup is gone: another tab removed it. Reload the page."),
            DataMsg::MassDeleteWarning { deletes, live } => if ru { format!("Загрузка удалит {} {} из {}. Это много: убедитесь, что это нужный файл. Резервная копия сохранится и не будет удалена автоматически.", n(*deletes as i64), plural(lang, *deletes as u64, "запись", "записи", "записей"), n(*live as i64)) } else { format!("This import deletes {} of {} records. That is a lot: make sure it is the right file. A backup is kept and never pruned automatically.", n(*deletes as i64), n(*live as i64)) },
            DataMsg::MassDeleteConfirm(c) => if ru { format!("Да, удалить {} {}", n(*c as i64), plural(lang, *c as u64, "запись", "записи", "записей")) } else { format!("Yes, delete {} records", n(*c as i64)) },
            DataMsg::Download => pick("Скачать", "Download"),
            DataMsg::RestoreBackup => pick("Восстановить", "Restore"),
            DataMsg::RestoreConfirm => pick("Заменить текущие данные этой копией? Текущие данные тоже сохранятся в копию.", "Replace the current data with this backup? The current data is backed up too."),
            DataMsg::StorageTitle => pick("Хранилище браузера", "Browser storage"),
            DataMsg::Persisted(p) => match p {
                Some(true) => pick("Браузер обещал не удалять данные (постоянное хранилище).", "The browser promised to keep the data (persistent storage)."),
                Some(false) => pick("Хранилище не постоянное: при нехватке места браузер может удалить данные. Регулярно выгружайте файл.", "Storage is not persistent: the browser may clear it under pressure. Export regularly."),
                None => pick("Браузер не сообщает, постоянное ли хранилище.", "The browser does not tell whether storage is persistent."),
            },
            DataMsg::Usage { used, quota } => if ru { format!("Занято {} из {}", kb(*used), kb(*quota)) } else { format!("Using {} of {}", kb(*used), kb(*quota)) },
            DataMsg::UsageUnknown => pick("Объём хранилища неизвестен", "Storage usage unknown"),
            DataMsg::RequestPersist => pick("Попросить постоянное хранилище", "Ask for persistent storage"),
        }
    }
}
