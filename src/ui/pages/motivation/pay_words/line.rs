//! A payslip line in words: its name, the formula with the numbers it was computed from, and the next step.

use super::components::{commission, salary_share};
use super::Worded;
use crate::domain::core::bp::Bp;
use crate::domain::core::locale::{
    format_bp, format_date, format_money, format_value, month_name, plural,
};
use crate::domain::core::unit::Unit;
use crate::domain::motivation::pay::Explain;
use crate::domain::Lang;

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
    let pct = |bp: Bp| format_bp(lang, bp);
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
