//! The pay screens' words (M1), in Russian and English; reached through `Msg::Pay`. A payslip line is worded from
//! the numbers the engine computed it from (`motivation::pay::Explain`): its name, its formula written out in
//! numbers and units, and what the next step needs. Nothing here computes pay.

use crate::domain::core::locale::{
    format_bp, format_date, format_money, format_value, month_name, month_title, plural,
};
use crate::domain::core::unit::Unit;
use crate::domain::motivation::band::{Band, SalaryShareExplain};
use crate::domain::motivation::commission::{CommissionPay, Outcome, Period, TierBasis, Unlock};
use crate::domain::motivation::pay::Explain;
use crate::domain::motivation::payroll::CloseError;
use crate::domain::Lang;
use chrono::NaiveDate;

#[derive(Clone, Debug, PartialEq)]
pub enum PayMsg {
    Title,
    Payroll,
    Payments,
    Share,
    Closed(NaiveDate),
    Open,
    Person,
    Scheme,
    NoScheme,
    Fixed,
    Variable,
    Total,
    CloseMonth,
    CloseConfirm(NaiveDate),
    CloseYes,
    Cancel,
    CloseFailed(CloseError),
    NothingToClose,
    PrintAll,
    Print,
    Csv,
    Line,
    Formula,
    Amount,
    NextStep,
    PrevMonth,
    NextMonth,
    Private,
    WhatIfPayments(String),
    WhatIfTotal(String),
}

/// A pay message is an app message.
impl From<PayMsg> for crate::ui::i18n::Msg {
    fn from(m: PayMsg) -> Self {
        crate::ui::i18n::Msg::Words(crate::ui::i18n::Words::new(move |lang| m.text(lang)))
    }
}

impl PayMsg {
    pub fn text(&self, lang: Lang) -> String {
        let ru = lang == Lang::Ru;
        let pick = |r: &str, e: &str| if ru { r.to_string() } else { e.to_string() };
        match self {
            PayMsg::Title => pick("Оплата труда", "Pay"),
            PayMsg::Payroll => pick("ФОТ отдела", "Payroll"),
            PayMsg::Payments => pick("Оплаты за месяц", "Payments received"),
            PayMsg::Share => pick("Доля ФОТ в оплатах", "Payroll share of payments"),
            PayMsg::Closed(d) => {
                if ru {
                    format!(
                        "Месяц закрыт {}: расчётные листы зафиксированы",
                        format_date(lang, *d)
                    )
                } else {
                    format!("Closed on {}: payslips are frozen", format_date(lang, *d))
                }
            }
            PayMsg::Open => pick(
                "Месяц открыт: суммы пересчитываются по фактам",
                "Open: pay follows the facts",
            ),
            PayMsg::Person => pick("Сотрудник", "Person"),
            PayMsg::Scheme => pick("Схема", "Scheme"),
            PayMsg::NoScheme => pick("нет схемы оплаты", "no pay scheme"),
            PayMsg::Fixed => pick("Оклад", "Fixed"),
            PayMsg::Variable => pick("Переменная часть", "Variable"),
            PayMsg::Total => pick("Итого", "Total"),
            PayMsg::CloseMonth => pick("Закрыть месяц", "Close the month"),
            PayMsg::CloseConfirm(m) => {
                if ru {
                    format!("Закрыть {}? Расчётные листы будут зафиксированы; поправки фактов после этого попадут в следующий месяц перерасчётом.", month_title(lang, *m).to_lowercase())
                } else {
                    format!("Close {}? Payslips will be frozen; later fact corrections come as adjustments in the next month.", month_title(lang, *m))
                }
            }
            PayMsg::CloseYes => pick("Да, закрыть", "Yes, close"),
            PayMsg::Cancel => pick("Отмена", "Cancel"),
            PayMsg::CloseFailed(e) => match e {
                CloseError::AlreadyClosed => {
                    pick("Месяц уже закрыт", "The month is already closed")
                }
                CloseError::CloseEarlierFirst(m) => {
                    if ru {
                        format!("Сначала закройте {}", month_title(lang, *m).to_lowercase())
                    } else {
                        format!("Close {} first", month_title(lang, *m))
                    }
                }
                CloseError::BeforeClosed => pick(
                    "Месяц раньше закрытых: его уже нельзя закрыть",
                    "This month is before the closed ones and can no longer be closed",
                ),
                CloseError::NotStarted => pick("Месяц ещё не начался", "The month has not started"),
            },
            PayMsg::NothingToClose => pick(
                "Ни у кого нет схемы оплаты: закрывать нечего",
                "Nobody has a pay scheme: nothing to close",
            ),
            PayMsg::PrintAll => pick("Печать всех листов", "Print all payslips"),
            PayMsg::Print => pick("Печать", "Print"),
            PayMsg::Csv => pick("CSV для бухгалтерии", "CSV for the accountant"),
            PayMsg::Line => pick("Начисление", "Line"),
            PayMsg::Formula => pick("Расчёт", "Computation"),
            PayMsg::Amount => pick("Сумма", "Amount"),
            PayMsg::NextStep => pick("Следующий шаг", "Next step"),
            PayMsg::PrevMonth => pick("Предыдущий месяц", "Previous month"),
            PayMsg::NextMonth => pick("Следующий месяц", "Next month"),
            PayMsg::WhatIfPayments(sign) => {
                if ru {
                    format!("А если оплат за месяц будет, {sign}")
                } else {
                    format!("What if the month's payments were, {sign}")
                }
            }
            PayMsg::WhatIfTotal(m) => {
                if ru {
                    format!("К выплате было бы {m}")
                } else {
                    format!("Pay would be {m}")
                }
            }
            PayMsg::Private => pick(
                "Личные данные: не показывайте этот экран на общем мониторе",
                "Personal: keep this screen off the meeting-room display",
            ),
        }
    }
}

/// How a payslip line is worded: its name, its formula in numbers, and (for a commission) the next step.
pub struct Worded {
    pub name: String,
    pub formula: String,
    pub next: Option<String>,
}

/// Words a line. `metric` names a metric and gives its unit; `currency` is the department's.
pub fn word(
    lang: Lang,
    currency: &str,
    explain: &Explain,
    amount: i64,
    metric: &dyn Fn(crate::domain::RecordId) -> (String, Unit),
) -> Worded {
    let ru = lang == Lang::Ru;
    let money = |m: i64| format_money(lang, m, currency);
    let pct = |bp: i64| format_bp(lang, bp);
    let pick = |r: &str, e: &str| if ru { r.to_string() } else { e.to_string() };
    let days = |worked: u32, working: u32| {
        if ru {
            format!("{worked}/{working} раб. дн.")
        } else {
            format!("{worked}/{working} working days")
        }
    };
    match explain {
        Explain::Salary {
            salary,
            worked,
            working,
        } => Worded {
            name: pick("Оклад", "Salary"),
            formula: if worked == working {
                money(*salary)
            } else {
                format!(
                    "{} × {} = {}",
                    money(*salary),
                    days(*worked, *working),
                    money(amount)
                )
            },
            next: None,
        },
        Explain::Commission(c) => commission(lang, currency, c, metric),
        Explain::Kpi(k) => {
            let rows: Vec<String> = k
                .rows
                .iter()
                .map(|r| {
                    let (name, unit) = metric(r.item.metric);
                    let value = |v: i64| format_value(lang, unit, v, currency);
                    let done = match (r.plan, r.completion) {
                        (Some(p), Some(c)) => {
                            let inverted = if r.item.lower_is_better {
                                pick(" (меньше — лучше)", " (lower is better)")
                            } else {
                                String::new()
                            };
                            format!(
                                "{} {} {} = {}{inverted}",
                                value(r.fact),
                                pick("из", "of"),
                                value(p),
                                pct(c)
                            )
                        }
                        _ => pick("нет плана", "no plan"),
                    };
                    format!(
                        "{name}: {done} → {} × {} {} = {}",
                        pct(r.score),
                        pick("вес", "weight"),
                        pct(r.item.weight_bp),
                        pct(r.contribution)
                    )
                })
                .collect();
            let coefficient = k
                .coefficient
                .map(|(w, d)| format!(" × {}", days(w, d)))
                .unwrap_or_default();
            let target = k.target_bonus;
            Worded {
                name: pick("Премия по KPI", "KPI bonus"),
                formula: format!(
                    "{}; {} × {}{coefficient} = {}",
                    rows.join("; "),
                    money(target),
                    pct(k.total_score),
                    money(amount)
                ),
                next: None,
            }
        }
        Explain::SalaryShare(b) => salary_share(lang, currency, b, amount, metric),
        Explain::PerUnit {
            metric: spif_metric,
            units,
            above,
            per_unit,
            step,
            from,
            to,
        } => {
            // A payslip frozen before schema 10 does not name its metric: counted units, as it was paid.
            let (metric_name, unit) = spif_metric.map_or((String::new(), Unit::Count), metric);
            let value = |v: i64| format_value(lang, unit, v, currency);
            let period = format!("{} – {}", format_date(lang, *from), format_date(lang, *to));
            let over = (units - above).max(0);
            let formula = if *step <= 1 {
                format!(
                    "({} − {}) × {} = {}, {period}",
                    value(*units),
                    value(*above),
                    money(*per_unit),
                    money(amount)
                )
            } else {
                let steps = over / step;
                let n = plural(
                    lang,
                    steps.unsigned_abs(),
                    "полный шаг",
                    "полных шага",
                    "полных шагов",
                );
                if ru {
                    format!(
                        "{} − {} = {}: {steps} {n} по {} × {} = {}, {period}",
                        value(*units),
                        value(*above),
                        value(over),
                        value(*step),
                        money(*per_unit),
                        money(amount)
                    )
                } else {
                    format!(
                        "{} − {} = {}: {steps} full steps of {} × {} = {}, {period}",
                        value(*units),
                        value(*above),
                        value(over),
                        value(*step),
                        money(*per_unit),
                        money(amount)
                    )
                }
            };
            Worded {
                name: match (ru, metric_name.is_empty()) {
                    (true, true) => "Бонус за единицу (SPIF)".to_string(),
                    (true, false) => {
                        format!("Бонус за единицу (SPIF): {}", metric_name.to_lowercase())
                    }
                    (false, true) => "Per-unit bonus (SPIF)".to_string(),
                    (false, false) => format!("Per-unit bonus (SPIF): {metric_name}"),
                },
                formula,
                next: None,
            }
        }
        Explain::TeamPool {
            pool,
            metric: pool_metric,
            department_plan,
            department_fact,
            department_met,
            own_met,
            own_fact,
            qualifiers_fact,
        } => Worded {
            name: pick("Командный бонус", "Team pool"),
            formula: if !department_met {
                let (_, unit) = metric(*pool_metric);
                let value = |v: i64| format_value(lang, unit, v, currency);
                let why = match department_plan {
                    None => pick("у отдела нет плана", "the department has no plan"),
                    Some(p) if ru => format!(
                        "план отдела не выполнен: {} из {}",
                        value(*department_fact),
                        value(*p)
                    ),
                    Some(p) => format!(
                        "the department missed its plan: {} of {}",
                        value(*department_fact),
                        value(*p)
                    ),
                };
                format!("{} — {why}", money(*pool))
            } else if !own_met {
                format!(
                    "{} — {}",
                    money(*pool),
                    pick("свой план не выполнен", "own plan not met")
                )
            } else {
                let (_, unit) = metric(*pool_metric);
                let value = |v: i64| format_value(lang, unit, v, currency);
                format!(
                    "{} × {} / {} = {}",
                    money(*pool),
                    value(*own_fact),
                    value(*qualifiers_fact),
                    money(amount)
                )
            },
            next: None,
        },
        Explain::Clawback {
            refund,
            payment_month,
            rate_bp,
            owed,
            carried,
        } => Worded {
            name: pick("Удержание за возврат", "Clawback of a refund"),
            formula: {
                let of = if ru {
                    format!(
                        "оплата за {}",
                        month_name(lang, *payment_month).to_lowercase()
                    )
                } else {
                    format!("payment of {}", month_name(lang, *payment_month))
                };
                let mut f = format!(
                    "{} ({of}) × {} = {}",
                    money(*refund),
                    pct(*rate_bp),
                    money(-owed)
                );
                if *carried > 0 {
                    f.push_str(&carried_text(lang, currency, *carried));
                }
                f
            },
            next: None,
        },
        Explain::ClawbackCarried { owed, carried } => Worded {
            name: pick("Остаток удержаний", "Clawbacks carried"),
            formula: format!(
                "{}{}",
                money(-owed),
                if *carried > 0 {
                    carried_text(lang, currency, *carried)
                } else {
                    String::new()
                }
            ),
            next: None,
        },
        Explain::Reduction {
            variable,
            percent_bp,
            reason,
            left,
        } => Worded {
            name: pick("Депремирование", "Bonus reduction"),
            formula: match left {
                None => format!(
                    "{} × {} = {} — {reason}",
                    money((*variable).max(0)),
                    pct(*percent_bp),
                    money(amount)
                ),
                Some(left) if ru => format!(
                    "{} × {} = {}, но премии осталось только {}: {} — {reason}",
                    money((*variable).max(0)),
                    pct(*percent_bp),
                    money(-crate::domain::motivation::pay::reduction_share(
                        *variable,
                        *percent_bp
                    )),
                    money(*left),
                    money(amount)
                ),
                Some(left) => format!(
                    "{} × {} = {}, but only {} of the bonus was left: {} — {reason}",
                    money((*variable).max(0)),
                    pct(*percent_bp),
                    money(-crate::domain::motivation::pay::reduction_share(
                        *variable,
                        *percent_bp
                    )),
                    money(*left),
                    money(amount)
                ),
            },
            next: None,
        },
        Explain::DrawTopUp { minimum, earned } => Worded {
            name: pick("Доплата до гарантии", "Guarantee top-up"),
            formula: format!(
                "{} − {} = {}",
                money(*minimum),
                money(*earned),
                money(amount)
            ),
            next: None,
        },
        Explain::DrawRecovery {
            balance,
            variable,
            recover_bp,
        } => Worded {
            name: pick("Возврат гарантии", "Draw recovery"),
            formula: if ru {
                format!(
                    "{} × {} = {} (долг {})",
                    money((*variable).max(0)),
                    pct(*recover_bp),
                    money(amount),
                    money(*balance)
                )
            } else {
                format!(
                    "{} × {} = {} (owed {})",
                    money((*variable).max(0)),
                    pct(*recover_bp),
                    money(amount),
                    money(*balance)
                )
            },
            next: None,
        },
        Explain::Adjustment {
            month,
            paid,
            now,
            carried,
        } => Worded {
            name: if ru {
                format!("Перерасчёт за {}", month_name(lang, *month).to_lowercase())
            } else {
                format!("Adjustment for {}", month_name(lang, *month))
            },
            formula: format!(
                "{} − {} = {}{}",
                money(*now),
                money(*paid),
                money(now - paid),
                if *carried > 0 {
                    carried_text(lang, currency, *carried)
                } else {
                    String::new()
                }
            ),
            next: None,
        },
    }
}

fn carried_text(lang: Lang, currency: &str, carried: i64) -> String {
    let m = format_money(lang, carried, currency);
    if lang == Lang::Ru {
        format!("; {m} перенесено на следующий месяц (выплата не ниже оклада)")
    } else {
        format!("; {m} carried to next month (pay stays at least the fixed part)")
    }
}

fn commission(
    lang: Lang,
    currency: &str,
    c: &CommissionPay,
    metric: &dyn Fn(crate::domain::RecordId) -> (String, Unit),
) -> Worded {
    let ru = lang == Lang::Ru;
    let pick = |r: &str, e: &str| if ru { r.to_string() } else { e.to_string() };
    let (metric_name, unit) = metric(c.metric);
    let value = |v: i64| format_value(lang, unit, v, currency);
    let money = |m: i64| format_money(lang, m, currency);
    let pct = |bp: i64| format_bp(lang, bp);
    let completion = c
        .completion
        .map(|p| {
            if ru {
                format!(", выполнение {}", pct_one(lang, p))
            } else {
                format!(", completion {}", pct_one(lang, p))
            }
        })
        .unwrap_or_default();
    let point = |at: i64| match c.basis {
        TierBasis::Completion => pct(at),
        TierBasis::Amount => value(at),
    };
    let formula = match &c.outcome {
        Outcome::NoPlan => pick(
            "нет плана — комиссия не рассчитывается",
            "no plan — nothing to compute",
        ),
        Outcome::BelowGate { gate } => {
            if ru {
                format!(
                    "{metric_name} {}{completion} — ниже порога {}: 0",
                    value(c.base),
                    value(*gate)
                )
            } else {
                format!(
                    "{metric_name} {}{completion} — below the gate {}: 0",
                    value(c.base),
                    value(*gate)
                )
            }
        }
        Outcome::Paid {
            tier_from: from,
            slices,
            accelerated,
            capped_from,
            ..
        } => {
            let mut parts: Vec<String> = slices
                .iter()
                .map(|s| {
                    format!(
                        "{} × {} = {}",
                        value(s.to - s.from),
                        pct(s.rate_bp),
                        money(s.pay)
                    )
                })
                .collect();
            if let Some(a) = accelerated {
                parts.push(if ru {
                    format!(
                        "сверх {}: {} × {} = {}",
                        value(a.from),
                        money(a.earned_above),
                        pct(a.factor_bp - 10_000),
                        money(a.extra)
                    )
                } else {
                    format!(
                        "above {}: {} × {} = {}",
                        value(a.from),
                        money(a.earned_above),
                        pct(a.factor_bp - 10_000),
                        money(a.extra)
                    )
                });
            }
            let mut f = parts.join(" + ");
            if parts.len() > 1 {
                f.push_str(&format!(" = {}", money(capped_from.unwrap_or(c.amount))));
            }
            if capped_from.is_some() {
                f.push_str(&if ru {
                    format!(", потолок {}", money(c.amount))
                } else {
                    format!(", capped at {}", money(c.amount))
                });
            }
            let step = if ru {
                format!(" — ступень от {}", point(*from))
            } else {
                format!(" — tier from {}", point(*from))
            };
            format!("{f}{step}{completion}")
        }
    };
    let formula = match &c.running {
        None => formula,
        Some(r) => {
            let period = match (r.period, ru) {
                (Period::Year, true) => "с начала года",
                (Period::Year, false) => "since the year's start",
                (_, true) => "с начала квартала",
                (_, false) => "since the quarter's start",
            };
            if ru {
                format!(
                    "нарастающий итог {period} ({}): было {}, за месяц {}, стало {}. По схеме на итог: {formula}; на итог до месяца {}; за месяц {} − {} = {}",
                    format_date(lang, r.start),
                    value(r.before),
                    value(c.month_base()),
                    value(c.base),
                    money(r.earned_before),
                    money(r.earned_after),
                    money(r.earned_before),
                    money(c.amount)
                )
            } else {
                format!(
                    "running total {period} ({}): {} before, {} this month, {} now. The scheme on the total: {formula}; on the total before the month {}; this month {} − {} = {}",
                    format_date(lang, r.start),
                    value(r.before),
                    value(c.month_base()),
                    value(c.base),
                    money(r.earned_before),
                    money(r.earned_after),
                    money(r.earned_before),
                    money(c.amount)
                )
            }
        }
    };
    let next = c.next.map(|n| {
        let more = value(n.more);
        let then = money(n.pay_then);
        match (n.unlocks, ru) {
            (Unlock::Gate, true) => format!("ещё {more} — и комиссия начнётся: {then}"),
            (Unlock::Gate, false) => format!("{more} more and commission starts: {then}"),
            (Unlock::Rate(r), true) => format!("ещё {more} — и ставка {}: {then}", pct(r)),
            (Unlock::Rate(r), false) => format!("{more} more and the rate is {}: {then}", pct(r)),
            (Unlock::Factor(f), true) => format!(
                "ещё {more} — и всё сверх оплачивается × {}",
                factor(lang, f)
            ),
            (Unlock::Factor(f), false) => format!(
                "{more} more and everything above pays × {}",
                factor(lang, f)
            ),
        }
    });
    Worded {
        name: if ru {
            format!("Комиссия: {}", metric_name.to_lowercase())
        } else {
            format!("Commission: {metric_name}")
        },
        formula,
        next,
    }
}

/// A share of salary by completion band: the completion, the band it fell in with its bounds as stated, and the
/// share of the month's salary.
fn salary_share(
    lang: Lang,
    currency: &str,
    b: &SalaryShareExplain,
    amount: i64,
    metric: &dyn Fn(crate::domain::RecordId) -> (String, Unit),
) -> Worded {
    let ru = lang == Lang::Ru;
    let (metric_name, unit) = metric(b.metric);
    let value = |v: i64| format_value(lang, unit, v, currency);
    let money = |m: i64| format_money(lang, m, currency);
    let name = if ru {
        "Премия: доля оклада по выполнению плана".to_string()
    } else {
        "Bonus: a share of salary by plan completion".to_string()
    };
    let formula = match (b.plan, b.completion) {
        (Some(plan), Some(c)) => {
            let done = if ru {
                format!(
                    "{metric_name} {} из {} = {}",
                    value(b.fact),
                    value(plan),
                    pct_one(lang, c)
                )
            } else {
                format!(
                    "{metric_name} {} of {} = {}",
                    value(b.fact),
                    value(plan),
                    pct_one(lang, c)
                )
            };
            match b.band {
                Some(band) => format!(
                    "{done} — {} → {} × {} = {}",
                    band_text(lang, &band),
                    money(b.salary),
                    format_bp(lang, band.share_bp),
                    money(amount)
                ),
                None if ru => format!("{done} — ни в одном диапазоне: 0"),
                None => format!("{done} — in no band: 0"),
            }
        }
        _ if ru => "нет плана — премия не рассчитывается".to_string(),
        _ => "no plan — nothing to compute".to_string(),
    };
    Worded {
        name,
        formula,
        next: None,
    }
}

/// A band's bounds as the regulation says them: «от 80 % включительно до 100 % не включая».
pub fn band_text(lang: Lang, band: &Band) -> String {
    let ru = lang == Lang::Ru;
    let pct = |bp: i64| format_bp(lang, bp);
    let incl = |on: bool| match (on, ru) {
        (true, true) => "включительно",
        (false, true) => "не включая",
        (true, false) => "included",
        (false, false) => "not included",
    };
    let from = if ru {
        format!("от {} {}", pct(band.from_bp), incl(band.from_included))
    } else {
        format!("from {} {}", pct(band.from_bp), incl(band.from_included))
    };
    match (band.to_bp, ru) {
        (Some(to), true) => format!("{from} до {} {}", pct(to), incl(band.to_included)),
        (Some(to), false) => format!("{from} up to {} {}", pct(to), incl(band.to_included)),
        (None, true) => format!("{from}, без верхней границы"),
        (None, false) => format!("{from}, no upper bound"),
    }
}

/// A completion to one decimal, rounded down as the engine gives it (104,2 %).
fn pct_one(lang: Lang, bp: i64) -> String {
    format_bp(lang, bp / 10 * 10)
}

/// A factor in basis points as a multiplier: 12 500 → 1,25.
fn factor(lang: Lang, bp: i64) -> String {
    let mark = if lang == Lang::Ru { ',' } else { '.' };
    let (whole, frac) = (bp / 10_000, bp % 10_000);
    if frac == 0 {
        whole.to_string()
    } else {
        format!(
            "{whole}{mark}{}",
            format!("{frac:04}").trim_end_matches('0')
        )
    }
}
