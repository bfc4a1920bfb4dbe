//! The pay scheme editor's words (M1), in Russian and English; reached through `Msg::Scheme`. Also the label of
//! every field of a scheme by its path (`components[1].tiers[0].from`), shared by the editor's problem list and the
//! import's, so a broken file names a field exactly as the form does.

use crate::domain::core::locale::{format_date, month_title};
use crate::domain::motivation::commission::{Period, TierBasis, TierMode};
use crate::domain::motivation::component::{ComponentKind, SickLeave};
use crate::domain::motivation::payroll::VersionError;
use crate::domain::Lang;
use chrono::NaiveDate;

#[derive(Clone, Debug, PartialEq)]
pub enum SchemeMsg {
    Title,
    Versions,
    InForce,
    FromMonth(NaiveDate),
    NewVersion,
    NewScheme,
    Name,
    AppliesTo,
    ToRole,
    ToPerson,
    From,
    Components,
    Kind(ComponentKind),
    AddComponent,
    Remove,
    Save,
    Saved,
    Refused(VersionError),
    Problems,
    Amount,
    WorkedTime,
    Sick(SickLeave),
    Metric,
    Basis(TierBasis),
    Mode(TierMode),
    Tiers,
    TierFrom(TierBasis),
    Rate,
    AddTier,
    Gate(TierBasis),
    Accelerator,
    AcceleratorFrom(TierBasis),
    Factor,
    Cap,
    Period(Period),
    PeriodLabel,
    Bands,
    BandFrom,
    BandFromIncluded,
    BandTo,
    BandToIncluded,
    BandShare,
    AddBand,
    NoUpperBound,
    Step(bool),
    StepHint,
    TargetBonus,
    Kpis,
    Weight,
    ZeroAt,
    MaxAt,
    LowerIsBetter,
    AddKpi,
    Above(bool),
    PerUnit,
    Pool,
    Minimum,
    Months,
    Recoverable,
    RecoverShare,
    TryTitle,
    TryText,
    TryRun,
    NoClosedMonths,
    Month,
    Paid,
    Draft,
    Difference,
    PayrollPaid,
    PayrollDraft,
    SharePaid,
    ShareDraft,
    CostTotal,
    RefundsTitle,
    RefundDate,
    RefundAmount,
    PaymentMonth,
    Note,
    AddRefund,
    ReductionsTitle,
    ReductionMonth,
    ReductionPercent,
    ReductionReason,
    AddReduction,
}

impl From<SchemeMsg> for crate::ui::i18n::Msg {
    fn from(m: SchemeMsg) -> Self {
        crate::ui::i18n::Msg::Words(crate::ui::i18n::Words::new(move |lang| m.text(lang)))
    }
}

impl SchemeMsg {
    pub fn text(&self, lang: Lang) -> String {
        let ru = lang == Lang::Ru;
        let pick = |r: &str, e: &str| if ru { r.to_string() } else { e.to_string() };
        let by = |b: &TierBasis, r: &str, e: &str| match b {
            TierBasis::Completion => pick(&format!("{r}, % плана"), &format!("{e}, % of plan")),
            TierBasis::Amount => pick(&format!("{r}, ₽"), &format!("{e}, amount")),
        };
        match self {
            SchemeMsg::Title => pick("Схемы оплаты", "Pay schemes"),
            SchemeMsg::Versions => pick("Версии", "Versions"),
            SchemeMsg::InForce => pick("действует", "in force"),
            SchemeMsg::FromMonth(m) => if ru { format!("с {}", month_title(lang, *m)) } else { format!("from {}", month_title(lang, *m)) },
            SchemeMsg::NewVersion => pick("Изменить (новая версия)", "Edit (a new version)"),
            SchemeMsg::NewScheme => pick("Новая схема", "New scheme"),
            SchemeMsg::Name => pick("Название", "Name"),
            SchemeMsg::AppliesTo => pick("Для кого", "Applies to"),
            SchemeMsg::ToRole => pick("Должность", "Role"),
            SchemeMsg::ToPerson => pick("Сотрудник", "Person"),
            SchemeMsg::From => pick("Действует с месяца", "In force from"),
            SchemeMsg::Components => pick("Составляющие", "Components"),
            SchemeMsg::Kind(k) => match k {
                ComponentKind::Salary => pick("Оклад", "Salary"),
                ComponentKind::Commission => pick("Комиссия", "Commission"),
                ComponentKind::Kpi => pick("Премия по KPI", "KPI bonus"),
                ComponentKind::SalaryShare => pick("Премия: доля оклада по выполнению плана", "Bonus: a share of salary by plan completion"),
                ComponentKind::PerUnit => pick("Бонус за единицу (SPIF)", "Per-unit bonus (SPIF)"),
                ComponentKind::TeamPool => pick("Командный фонд", "Team pool"),
                ComponentKind::Draw => pick("Гарантия новичку", "Draw for a new hire"),
            },
            SchemeMsg::AddComponent => pick("Добавить", "Add"),
            SchemeMsg::Remove => pick("Убрать", "Remove"),
            SchemeMsg::Save => pick("Сохранить схему", "Save the scheme"),
            SchemeMsg::Saved => pick("Схема сохранена", "Scheme saved"),
            SchemeMsg::Refused(VersionError::ClosedMonth { first_open }) => if ru {
                format!("Этот месяц уже закрыт: его расчётные листы зафиксированы. Новая версия может действовать с {}.", month_title(lang, *first_open))
            } else {
                format!("That month is closed and its payslips are frozen. A new version can start in {}.", month_title(lang, *first_open))
            },
            SchemeMsg::Problems => pick("Что исправить", "To fix"),
            SchemeMsg::Amount => pick("Сумма в месяц, ₽", "Monthly amount"),
            SchemeMsg::WorkedTime => pick("Пропорционально отработанным дням", "By days worked"),
            SchemeMsg::Sick(s) => match s {
                SickLeave::Worked => pick("Больничный считается отработанным", "Sick leave counts as worked"),
                SickLeave::NotWorked => pick("Больничный не оплачивается окладом", "Sick leave is not worked time"),
            },
            SchemeMsg::Metric => pick("Показатель", "Metric"),
            SchemeMsg::Basis(b) => match b {
                TierBasis::Completion => pick("Ступени по выполнению плана", "Tiers by plan completion"),
                TierBasis::Amount => pick("Ступени по сумме", "Tiers by amount"),
            },
            SchemeMsg::Mode(m) => match m {
                TierMode::Retroactive => pick("Ставка ступени на всю сумму", "Retroactive: the tier's rate on everything"),
                TierMode::Marginal => pick("Каждая ставка на свою часть", "Marginal: each rate on its slice"),
            },
            SchemeMsg::Tiers => pick("Ступени", "Tiers"),
            SchemeMsg::TierFrom(b) => by(b, "От", "From"),
            SchemeMsg::Rate => pick("Ставка, %", "Rate, %"),
            SchemeMsg::AddTier => pick("Добавить ступень", "Add a tier"),
            SchemeMsg::Gate(b) => by(b, "Порог выплаты", "Gate"),
            SchemeMsg::Accelerator => pick("Ускоритель или замедлитель", "Accelerator or decelerator"),
            SchemeMsg::AcceleratorFrom(b) => by(b, "Начиная с", "From"),
            SchemeMsg::Factor => pick("Множитель, %", "Factor, %"),
            SchemeMsg::Cap => pick("Потолок за период, ₽", "Cap per period"),
            SchemeMsg::PeriodLabel => pick("База", "Base"),
            SchemeMsg::Period(p) => match p {
                Period::Month => pick("Сумма за месяц", "The month's sum"),
                Period::Quarter => pick("Нарастающий итог с начала квартала", "Running total since the quarter's start"),
                Period::Year => pick("Нарастающий итог с начала года", "Running total since the year's start"),
            },
            SchemeMsg::Bands => pick("Диапазоны выполнения", "Completion bands"),
            SchemeMsg::BandFrom => pick("От, % плана", "From, % of plan"),
            SchemeMsg::BandFromIncluded => pick("включительно", "included"),
            SchemeMsg::BandTo => pick("До, % плана (пусто — без верхней границы)", "Up to, % of plan (empty: no upper bound)"),
            SchemeMsg::BandToIncluded => pick("включительно", "included"),
            SchemeMsg::BandShare => pick("Доля оклада, %", "Share of salary, %"),
            SchemeMsg::AddBand => pick("Добавить диапазон", "Add a band"),
            SchemeMsg::NoUpperBound => pick("без верхней границы", "no upper bound"),
            SchemeMsg::Step(money) => if *money { pick("За каждые полные, ₽", "Per full step of") } else { pick("За каждые полные, единиц", "Per full step of, units") },
            SchemeMsg::StepHint => pick("По деньгам бонус платится за каждый полный шаг (например, 1 000 ₽ за каждые 100 000 ₽ оплат), а не за копейку.", "On money the bonus pays per full step (e.g. 1 000 per 100 000 of payments), never per kopeck."),
            SchemeMsg::TargetBonus => pick("Премия при 100 %, ₽", "Bonus at 100 %"),
            SchemeMsg::Kpis => pick("Показатели KPI", "KPIs"),
            SchemeMsg::Weight => pick("Вес, %", "Weight, %"),
            SchemeMsg::ZeroAt => pick("Ноль ниже, % плана", "Zero below, % of plan"),
            SchemeMsg::MaxAt => pick("Потолок, % плана", "Ceiling, % of plan"),
            SchemeMsg::LowerIsBetter => pick("Чем меньше, тем лучше", "Lower is better"),
            SchemeMsg::AddKpi => pick("Добавить KPI", "Add a KPI"),
            SchemeMsg::Above(money) => if *money { pick("Сверх суммы, ₽", "Above the amount") } else { pick("Сверх количества", "Above") },
            SchemeMsg::PerUnit => pick("За единицу, ₽", "Per unit"),
            SchemeMsg::Pool => pick("Фонд в месяц, ₽", "Monthly pool"),
            SchemeMsg::Minimum => pick("Гарантированный доход, ₽", "Guaranteed pay"),
            SchemeMsg::Months => pick("Месяцев с приёма", "Months from hire"),
            SchemeMsg::Recoverable => pick("Возвращается из будущих премий", "Recovered from later bonuses"),
            SchemeMsg::RecoverShare => pick("Удерживать не больше, % премии", "Recover at most, % of bonus"),
            SchemeMsg::TryTitle => pick("Что если: черновик на закрытых месяцах", "What if: the draft over closed months"),
            SchemeMsg::TryText => pick(
                "Черновик считается по настоящим фактам последних шести закрытых месяцев вместо схемы, которая действовала, и сравнивается с тем, что было выплачено.",
                "The draft is run over the real facts of the last six closed months in place of the scheme in force, next to what was paid.",
            ),
            SchemeMsg::TryRun => pick("Посчитать", "Run"),
            SchemeMsg::NoClosedMonths => pick("Закрытых месяцев пока нет: сравнивать не с чем", "No closed months yet: nothing to compare with"),
            SchemeMsg::Month => pick("Месяц", "Month"),
            SchemeMsg::Paid => pick("Выплачено", "Paid"),
            SchemeMsg::Draft => pick("По черновику", "Draft"),
            SchemeMsg::Difference => pick("Разница", "Difference"),
            SchemeMsg::PayrollPaid => pick("ФОТ выплачен", "Payroll paid"),
            SchemeMsg::PayrollDraft => pick("ФОТ по черновику", "Payroll with the draft"),
            SchemeMsg::SharePaid => pick("Доля ФОТ в оплатах", "Payroll share"),
            SchemeMsg::ShareDraft => pick("Доля по черновику", "Share with the draft"),
            SchemeMsg::CostTotal => pick("Итого за месяцы", "Total over the months"),
            SchemeMsg::RefundsTitle => pick("Возвраты оплат", "Refunds"),
            SchemeMsg::RefundDate => pick("Дата возврата", "Refund date"),
            SchemeMsg::RefundAmount => pick("Сумма, ₽", "Amount"),
            SchemeMsg::PaymentMonth => pick("Месяц оплаты", "Month of the payment"),
            SchemeMsg::Note => pick("Комментарий", "Note"),
            SchemeMsg::AddRefund => pick("Записать возврат", "Record the refund"),
            SchemeMsg::ReductionsTitle => pick("Депремирование", "Bonus reductions"),
            SchemeMsg::ReductionMonth => pick("Месяц", "Month"),
            SchemeMsg::ReductionPercent => pick("Снять премии, %", "Bonus reduced by, %"),
            SchemeMsg::ReductionReason => pick("Основание (пункт положения и что произошло)", "Reason (the rule and what happened)"),
            SchemeMsg::AddReduction => pick("Записать", "Record"),
        }
    }
}

/// The label of a scheme's field by its path inside the record's data, e.g. `components[1].tiers[0].from` →
/// «Составляющая 2 · ступень 1 · от». `None` for a path it does not know.
pub fn scheme_field(lang: Lang, path: &str) -> Option<String> {
    let ru = lang == Lang::Ru;
    let pick = |r: &str, e: &str| if ru { r.to_string() } else { e.to_string() };
    let top = match path {
        "name" => Some(pick("название", "name")),
        "from" => Some(pick("действует с", "in force from")),
        "applies" | "applies.role" | "applies.manager" => Some(pick("для кого", "applies to")),
        "components" => Some(pick("составляющие", "components")),
        _ => None,
    };
    if top.is_some() {
        return top;
    }
    let rest = path.strip_prefix("components[")?;
    let (i, rest) = rest.split_once(']')?;
    let i: usize = i.parse().ok()?;
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    let item = |key: &str, rest: &str| -> Option<(usize, String)> {
        let r = rest.strip_prefix(key)?.strip_prefix('[')?;
        let (j, field) = r.split_once(']')?;
        Some((j.parse().ok()?, field.trim_start_matches('.').to_string()))
    };
    let leaf = |f: &str| -> String {
        match f {
            "" => String::new(),
            "amount" => pick("сумма", "amount"),
            "from" => pick("от", "from"),
            "to" => pick("по", "to"),
            "rate_bp" => pick("ставка", "rate"),
            "gate" => pick("порог", "gate"),
            "accelerator.from" => pick("ускоритель: начиная с", "accelerator: from"),
            "accelerator.factor_bp" => pick("ускоритель: множитель", "accelerator: factor"),
            "cap" => pick("потолок", "cap"),
            "target_bonus" => pick("премия при 100 %", "bonus at 100 %"),
            "weight_bp" => pick("вес", "weight"),
            "zero_bp" => pick("ноль ниже", "zero below"),
            "max_bp" => pick("потолок", "ceiling"),
            "metric" => pick("показатель", "metric"),
            "above" => pick("сверх", "above"),
            "per_unit" => pick("за единицу", "per unit"),
            "pool" => pick("фонд", "pool"),
            "minimum" => pick("гарантия", "guarantee"),
            "months" => pick("месяцев", "months"),
            "recover_bp" => pick("удержание", "recovery"),
            "step" => pick("шаг", "step"),
            "from_bp" => pick("от", "from"),
            "to_bp" => pick("до", "up to"),
            "share_bp" => pick("доля оклада", "share of salary"),
            "kind" => pick("вид", "kind"),
            "tiers" => pick("ступени", "tiers"),
            "bands" => pick("диапазоны", "bands"),
            "items" => pick("показатели KPI", "KPIs"),
            other => other.to_string(),
        }
    };
    let part = if let Some((j, f)) = item("tiers", rest) {
        let tier = if ru {
            format!("ступень {}", j + 1)
        } else {
            format!("tier {}", j + 1)
        };
        join(&tier, &leaf(&f))
    } else if let Some((j, f)) = item("items", rest) {
        join(&format!("KPI {}", j + 1), &leaf(&f))
    } else if let Some((j, f)) = item("bands", rest) {
        let band = if ru {
            format!("диапазон {}", j + 1)
        } else {
            format!("band {}", j + 1)
        };
        join(&band, &leaf(&f))
    } else {
        leaf(rest)
    };
    let component = if ru {
        format!("составляющая {}", i + 1)
    } else {
        format!("component {}", i + 1)
    };
    Some(join(&component, &part))
}

fn join(a: &str, b: &str) -> String {
    if b.is_empty() {
        a.to_string()
    } else {
        format!("{a} · {b}")
    }
}

/// A date as the refund list shows it.
pub fn refund_line(lang: Lang, date: NaiveDate, payment_month: NaiveDate) -> String {
    if lang == Lang::Ru {
        format!(
            "{}, за оплату {}",
            format_date(lang, date),
            month_title(lang, payment_month)
        )
    } else {
        format!(
            "{}, for the payment of {}",
            format_date(lang, date),
            month_title(lang, payment_month)
        )
    }
}
