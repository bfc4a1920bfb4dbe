//! The planning screens' words (dashboard, plan, facts), in Russian and English; reached through `Msg::Plan`.

use crate::domain::planning::metric::{Builtin, Metric, Unit, ValueError};
use crate::domain::planning::plan::PlanStatus;
use crate::domain::planning::planfact::{PeriodKind, Status};
use crate::domain::planning::report::ReportKind;
use crate::domain::Lang;

#[derive(Clone, Debug, PartialEq)]
pub enum PlanMsg {
    NavDashboard,
    NavPlan,
    NavFacts,
    MetricName(Builtin),
    DashboardTitle,
    FactsThrough(String),
    Plan,
    Fact,
    Completion,
    Forecast,
    Expected,
    PaceIndex,
    NeedPerDay,
    Deviation,
    StatusName(Status),
    Managers,
    Department,
    Unassigned(String),
    ReverseFunnel,
    NeedsText {
        deals: String,
        leads: String,
        calls: String,
    },
    NoFunnelYet,
    DaysLeft(u32),
    PlanTitle,
    Month,
    DepartmentPlan,
    ManagersSum,
    Gap,
    SplitByDays,
    SplitHint,
    Approve,
    Approved,
    PlanStatusName(PlanStatus),
    NoPlanYet,
    History,
    NoHistory,
    FactsTitle,
    Date,
    PrevDay,
    NextDay,
    Undo,
    Total,
    NotEmployed,
    ValueProblem(ValueError),
    NoManagersToday,
    NonWorkingDay,
    Conversion,
    AverageCheck,
    /// The unit a money chart is drawn in, with the currency's sign.
    MoneyScale(crate::chart::MoneyScale, String),
    NavReports,
    Metric,
    Status,
    Highlights,
    Problems,
    Actions,
    ReportTitle(ReportKind, String),
    Monthly,
    /// Accessible names of controls whose meaning the layout shows but a screen reader would not hear.
    PeriodLabel,
    ReportKindLabel,
    MetricNameLabel,
    Weekly,
    Print,
    AsText,
    AsMarkdown,
    KeyFigures,
    People,
    Details,
    BehindPlan,
    DownloadFailed(String),
    SplitByShare,
    SharePct,
    /// `None`: a custom range.
    PeriodName(Option<PeriodKind>),
    MetricsTitle,
    MetricsHint,
    UnitName(Unit),
    Shown,
    MoveUp,
    MoveDown,
    NewMetric,
    Unit,
    CalendarTitle,
    CalendarHint(String),
    WorkingDay,
    DayOff,
    DayKindLabel,
    RampLabel,
    RampHint,
    OnTrackFrom,
    AtRiskBelow,
    HistoryLine {
        when: String,
        who: String,
        metric: String,
        from: Option<String>,
        to: String,
        status: PlanStatus,
        here: bool,
    },
    NavActions,
    NavMarketing,
    ActionsTitle,
    Cumulative,
    Funnel,
}

/// A planning message is an app message: `s.t(PlanMsg::…)` and `s.tr(PlanMsg::…)` take it as it is.
impl From<PlanMsg> for crate::ui::i18n::Msg {
    fn from(m: PlanMsg) -> Self {
        crate::ui::i18n::Msg::Plan(m)
    }
}

impl PlanMsg {
    pub fn text(&self, lang: Lang) -> String {
        let ru = lang == Lang::Ru;
        let pick = |r: &str, e: &str| if ru { r.to_string() } else { e.to_string() };
        match self {
            PlanMsg::NavDashboard => pick("Сводка", "Dashboard"),
            PlanMsg::NavPlan => pick("План", "Plan"),
            PlanMsg::NavFacts => pick("Факты", "Facts"),
            PlanMsg::MetricName(b) => match b {
                Builtin::Leads => pick("Лиды", "Leads"),
                Builtin::Calls => pick("Звонки", "Calls"),
                Builtin::Minutes => pick("Минуты на линии", "Minutes on the line"),
                Builtin::Deals => pick("Сделки", "Deals"),
                Builtin::Payments => pick("Оплаты", "Payments"),
                Builtin::AverageCheck => pick("Средний чек", "Average check"),
                Builtin::Conversion => pick("Конверсия", "Conversion"),
                Builtin::TasksDone => pick("Задачи выполнены", "Tasks done"),
                Builtin::TaskQuality => pick("Качество задач", "Task quality"),
            },
            PlanMsg::DashboardTitle => pick("План/факт", "Plan/fact"),
            PlanMsg::FactsThrough(d) => {
                if ru {
                    format!("факты по {d} включительно")
                } else {
                    format!("facts through {d}")
                }
            }
            PlanMsg::Plan => pick("План", "Plan"),
            PlanMsg::Fact => pick("Факт", "Fact"),
            PlanMsg::Completion => pick("Выполнение", "Completion"),
            PlanMsg::Forecast => pick("Прогноз", "Forecast"),
            PlanMsg::Expected => pick("Ожидалось к дате", "Expected to date"),
            PlanMsg::PaceIndex => pick("Темп", "Pace"),
            PlanMsg::NeedPerDay => pick("Нужно в день", "Needed a day"),
            PlanMsg::Deviation => pick("Отклонение", "Deviation"),
            PlanMsg::StatusName(s) => match s {
                Status::NoPlan => pick("Нет плана", "No plan"),
                Status::NotStarted => pick("Не начат", "Not started"),
                Status::Done => pick("Выполнен", "Done"),
                Status::OnTrack => pick("В графике", "On track"),
                Status::Behind => pick("Отстаёт", "Behind"),
                Status::AtRisk => pick("Под угрозой", "At risk"),
            },
            PlanMsg::Managers => pick("Менеджеры", "Managers"),
            PlanMsg::Department => pick("Отдел", "Department"),
            PlanMsg::Unassigned(v) => {
                if ru {
                    format!("Не распределено по менеджерам: {v}")
                } else {
                    format!("Not assigned to managers: {v}")
                }
            }
            PlanMsg::ReverseFunnel => pick("Что нужно для плана", "What the plan needs"),
            PlanMsg::NeedsText { deals, leads, calls } => {
                if ru {
                    format!("Чтобы закрыть остаток плана при текущих конверсии и среднем чеке, нужно ещё {deals} сделок, для них {leads} лидов и {calls} звонков.")
                } else {
                    format!("To close the rest of the plan at the current conversion and average check, the team needs {deals} more deals, {leads} leads and {calls} calls.")
                }
            }
            PlanMsg::NoFunnelYet => pick("Недостаточно фактов, чтобы посчитать воронку.", "Not enough facts to work out the funnel."),
            PlanMsg::DaysLeft(d) => {
                if ru {
                    format!("осталось рабочих дней: {d}")
                } else {
                    format!("{d} working days left")
                }
            }
            PlanMsg::PlanTitle => pick("План на месяц", "The month's plan"),
            PlanMsg::Month => pick("Месяц", "Month"),
            PlanMsg::DepartmentPlan => pick("План отдела", "Department plan"),
            PlanMsg::ManagersSum => pick("Сумма планов менеджеров", "Managers' plans together"),
            PlanMsg::Gap => pick("Разница", "Gap"),
            PlanMsg::SplitByDays => pick("Распределить", "Split"),
            PlanMsg::SplitHint => pick(
                "План отдела делится между менеджерами пропорционально их рабочим дням в месяце (производственный календарь минус отпуска и больничные) с учётом понижающего коэффициента новичков — или по долям из таблицы менеджеров. Копейки распределяются точно.",
                "The department plan is split among managers in proportion to their working days in the month (production calendar minus vacations and sick leave), with new hires' ramp, or by the shares typed in the managers' table. Kopecks add up exactly.",
            ),
            PlanMsg::Approve => pick("Утвердить план месяца", "Approve the month's plan"),
            PlanMsg::Approved => pick("План утверждён", "Plan approved"),
            PlanMsg::PlanStatusName(s) => match s {
                PlanStatus::Draft => pick("Черновик", "Draft"),
                PlanStatus::Approved => pick("Утверждён", "Approved"),
            },
            PlanMsg::NoPlanYet => pick("План на этот месяц ещё не задан.", "No plan for this month yet."),
            PlanMsg::History => pick("История изменений", "Change history"),
            PlanMsg::NoHistory => pick("Изменений пока нет.", "No changes yet."),
            PlanMsg::FactsTitle => pick("Факты за день", "The day's facts"),
            PlanMsg::Date => pick("Дата", "Date"),
            PlanMsg::PrevDay => pick("Предыдущий день", "Previous day"),
            PlanMsg::NextDay => pick("Следующий день", "Next day"),
            PlanMsg::Undo => pick("Отменить последнее изменение", "Undo the last change"),
            PlanMsg::Total => pick("Итого", "Total"),
            PlanMsg::NotEmployed => pick("не работает в этот день", "not employed that day"),
            PlanMsg::ValueProblem(e) => match e {
                ValueError::NotANumber => pick("Введите число", "Enter a number"),
                ValueError::Negative => pick("Значение не может быть отрицательным", "The value cannot be negative"),
                ValueError::TooPrecise => pick("Слишком много знаков после запятой", "Too many decimal places"),
                ValueError::TooLarge => pick("Слишком большое значение", "The value is too large"),
            },
            PlanMsg::NoManagersToday => pick("В этот день в отделе никто не работал.", "Nobody worked in the department that day."),
            PlanMsg::NonWorkingDay => pick("Нерабочий день по календарю", "A day off in the calendar"),
            PlanMsg::Conversion => pick("Конверсия лид → сделка", "Lead → deal conversion"),
            PlanMsg::AverageCheck => pick("Средний чек", "Average check"),
            PlanMsg::MoneyScale(scale, sign) => match (scale, ru) {
                (crate::chart::MoneyScale::Thousands, true) => format!("тыс. {sign}"),
                (crate::chart::MoneyScale::Thousands, false) => format!("thousand {sign}"),
                (crate::chart::MoneyScale::Millions, true) => format!("млн {sign}"),
                (crate::chart::MoneyScale::Millions, false) => format!("million {sign}"),
            },
            PlanMsg::NavReports => pick("Отчёты", "Reports"),
            PlanMsg::Metric => pick("Показатель", "Metric"),
            PlanMsg::Status => pick("Статус", "Status"),
            PlanMsg::Highlights => pick("Успехи и лучшие практики", "Highlights"),
            PlanMsg::Problems => pick("Проблемы и риски", "Problems and risks"),
            PlanMsg::Actions => pick("Действия на следующий период", "Actions for the next period"),
            PlanMsg::ReportTitle(kind, span) => match (kind, ru) {
                (ReportKind::Monthly, true) => format!("Отчёт отдела продаж за {span}"),
                (ReportKind::Monthly, false) => format!("Sales report for {span}"),
                (ReportKind::Weekly, true) => format!("Отчёт отдела продаж за неделю {span}"),
                (ReportKind::Weekly, false) => format!("Sales report for the week {span}"),
            },
            PlanMsg::Monthly => pick("Месячный", "Monthly"),
            PlanMsg::PeriodLabel => pick("Период", "Period"),
            PlanMsg::ReportKindLabel => pick("Вид отчёта", "Report kind"),
            PlanMsg::MetricNameLabel => pick("Название показателя", "Metric name"),
            PlanMsg::Weekly => pick("Недельный", "Weekly"),
            PlanMsg::Print => pick("Печать", "Print"),
            PlanMsg::AsText => pick("Текстом", "As text"),
            PlanMsg::AsMarkdown => pick("Для чата", "For chat"),
            PlanMsg::KeyFigures => pick("Главное", "Key figures"),
            PlanMsg::People => pick("По людям", "By person"),
            PlanMsg::Details => pick("Подробно по показателям", "Each metric in detail"),
            PlanMsg::BehindPlan => pick("Отстают от плана", "Behind the plan"),
            PlanMsg::DownloadFailed(e) => {
                if ru {
                    format!("Не удалось сохранить файл: {e}")
                } else {
                    format!("Could not save the file: {e}")
                }
            }
            PlanMsg::NavActions => pick("Действия", "Actions"),
            PlanMsg::NavMarketing => pick("Маркетинг", "Marketing"),
            PlanMsg::ActionsTitle => pick("План действий на неделю", "The week's action plan"),
            PlanMsg::MetricsTitle => pick("Показатели", "Metrics"),
            PlanMsg::MetricsHint => pick(
                "Порядок и названия показателей на всех экранах. Скрытый показатель не показывается в планах и фактах, его данные сохраняются.",
                "The order and names of metrics on every screen. A hidden metric is left out of plans and facts; its data is kept.",
            ),
            PlanMsg::UnitName(u) => match u {
                Unit::Count => pick("штуки", "count"),
                Unit::Minutes => pick("минуты", "minutes"),
                Unit::Money => pick("деньги", "money"),
                Unit::Percent => pick("проценты", "percent"),
                Unit::Score => pick("оценка", "score"),
            },
            PlanMsg::Shown => pick("Показывать", "Shown"),
            PlanMsg::MoveUp => pick("Выше", "Up"),
            PlanMsg::MoveDown => pick("Ниже", "Down"),
            PlanMsg::NewMetric => pick("Свой показатель", "A metric of your own"),
            PlanMsg::Unit => pick("Единица", "Unit"),
            PlanMsg::CalendarTitle => pick("Рабочий календарь", "Working calendar"),
            PlanMsg::CalendarHint(years) => {
                if ru {
                    format!("Встроен производственный календарь РФ на 2024–2027 годы. Предварительный (до выхода постановления): {years}. Здесь — дни компании: свой выходной или рабочая суббота.")
                } else {
                    format!("The Russian production calendar for 2024–2027 is built in. Provisional (until its decree): {years}. Here go the company's own days: a day off or a working Saturday.")
                }
            }
            PlanMsg::WorkingDay => pick("Рабочий день", "Working day"),
            PlanMsg::DayOff => pick("Выходной", "Day off"),
            PlanMsg::DayKindLabel => pick("День", "Day"),
            PlanMsg::RampLabel => pick("План новичка по месяцам, %", "A new hire's plan by month, %"),
            PlanMsg::RampHint => pick("Например: 50, 75, 100 — месяц найма, следующий, третий.", "For example 50, 75, 100: the hire month, the next, the third."),
            PlanMsg::OnTrackFrom => pick("«В графике» от, % темпа", "On track from, % of pace"),
            PlanMsg::AtRiskBelow => pick("«Под угрозой» ниже, % темпа", "At risk below, % of pace"),
            PlanMsg::HistoryLine { when, who, metric, from, to, status, here } => {
                let device = match (here, ru) {
                    (true, true) => "это устройство",
                    (true, false) => "this device",
                    (false, true) => "другое устройство",
                    (false, false) => "another device",
                };
                let st = PlanMsg::PlanStatusName(*status).text(lang);
                match from {
                    Some(f) => format!("{when} · {who} · {metric}: {f} → {to} ({st}; {device})"),
                    None => format!("{when} · {who} · {metric}: {to} ({st}; {device})"),
                }
            }
            PlanMsg::PeriodName(k) => match k {
                Some(PeriodKind::Day) => pick("День", "Day"),
                Some(PeriodKind::Week) => pick("Неделя", "Week"),
                Some(PeriodKind::Month) => pick("Месяц", "Month"),
                Some(PeriodKind::Quarter) => pick("Квартал", "Quarter"),
                None => pick("Свой период", "Custom range"),
            },
            PlanMsg::SplitByShare => pick("По долям", "By share"),
            PlanMsg::SharePct => pick("Доля, %", "Share, %"),
            PlanMsg::Cumulative => pick("план и факт нарастающим итогом", "plan and fact to date"),
            PlanMsg::Funnel => pick("Воронка месяца", "The month's funnel"),
        }
    }
}

/// A metric's name: the user's, or the built-in one in the user's language.
pub fn metric_name(m: &Metric, lang: Lang) -> String {
    match (m.name.is_empty(), m.builtin) {
        (true, Some(b)) => PlanMsg::MetricName(b).text(lang),
        _ => m.name.clone(),
    }
}
