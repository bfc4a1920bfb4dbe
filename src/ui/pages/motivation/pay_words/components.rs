//! The words of a commission's and a salary share's payslip lines: tiers, gates, accelerators, caps, bands.

use super::Worded;
use crate::domain::core::bp::Bp;
use crate::domain::core::locale::{
    format_bp, format_bp_tenth, format_date, format_factor, format_money, format_value,
};
use crate::domain::core::unit::Unit;
use crate::domain::motivation::band::{Band, SalaryShareExplain};
use crate::domain::motivation::commission::{CommissionPay, Outcome, Period, TierBasis, Unlock};
use crate::domain::Lang;

pub(super) fn commission(
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
    let pct = |bp: Bp| format_bp(lang, bp);
    let completion = c
        .completion
        .map(|p| {
            if ru {
                format!(", выполнение {}", format_bp_tenth(lang, p))
            } else {
                format!(", completion {}", format_bp_tenth(lang, p))
            }
        })
        .unwrap_or_default();
    let point = |at: i64| match c.basis {
        TierBasis::Completion => pct(Bp(at)),
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
                        pct(a.factor_bp - Bp::WHOLE),
                        money(a.extra)
                    )
                } else {
                    format!(
                        "above {}: {} × {} = {}",
                        value(a.from),
                        money(a.earned_above),
                        pct(a.factor_bp - Bp::WHOLE),
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
                format_factor(lang, f)
            ),
            (Unlock::Factor(f), false) => format!(
                "{more} more and everything above pays × {}",
                format_factor(lang, f)
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
pub(super) fn salary_share(
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
                    format_bp_tenth(lang, c)
                )
            } else {
                format!(
                    "{metric_name} {} of {} = {}",
                    value(b.fact),
                    value(plan),
                    format_bp_tenth(lang, c)
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
    let pct = |bp: Bp| format_bp(lang, bp);
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
