//! Language-dependent number, money, date and plural rules. The words live in `ui::i18n`; the arithmetic of
//! formatting lives here so it is tested natively.

use crate::domain::core::bp::Bp;
use chrono::{Datelike, NaiveDate};

/// The interface languages: Russian first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Ru,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "ru" => Some(Lang::Ru),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// The three Russian plural forms (CLDR: one, few, many).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    /// 1, 21, 101: «менеджер»
    One,
    /// 2–4, 22–24: «менеджера»
    Few,
    /// 0, 5–20, 25: «менеджеров»
    Many,
}

/// Russian plural form of `n` (CLDR rule for `ru`, integers).
pub fn plural_ru(n: u64) -> Plural {
    let (d10, d100) = (n % 10, n % 100);
    if d10 == 1 && d100 != 11 {
        Plural::One
    } else if (2..=4).contains(&d10) && !(12..=14).contains(&d100) {
        Plural::Few
    } else {
        Plural::Many
    }
}

/// Picks the word for `n`: Russian by its three forms, English by one/other.
pub fn plural<'a>(lang: Lang, n: u64, one: &'a str, few: &'a str, many: &'a str) -> &'a str {
    match (lang, plural_ru(n)) {
        (Lang::Ru, Plural::One) => one,
        (Lang::Ru, Plural::Few) => few,
        (Lang::Ru, Plural::Many) => many,
        (Lang::En, _) if n == 1 => one,
        (Lang::En, _) => many,
    }
}

/// Groups thousands: `1 234 567` (Russian, no-break space) or `1,234,567` (English).
pub fn format_int(lang: Lang, n: i64) -> String {
    let sep = match lang {
        Lang::Ru => '\u{a0}',
        Lang::En => ',',
    };
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('−');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Money in minor units (kopecks) as people read it: `1 234 567 ₽`, or `1 234,50 ₽` when there are kopecks.
pub fn format_money(lang: Lang, minor: i64, currency: &str) -> String {
    let sign = currency_sign(currency);
    let whole = format_int(lang, minor / 100);
    let whole = if minor < 0 && minor > -100 {
        format!("−{whole}")
    } else {
        whole
    };
    let cents = (minor % 100).unsigned_abs();
    let number = match (cents, lang) {
        (0, _) => whole,
        (c, Lang::Ru) => format!("{whole},{c:02}"),
        (c, Lang::En) => format!("{whole}.{c:02}"),
    };
    match lang {
        Lang::Ru => format!("{number}\u{a0}{sign}"),
        Lang::En => format!("{sign}\u{a0}{number}"),
    }
}

/// A date as people write it: `27.11.2026` in Russian, `27 Nov 2026` in English.
pub fn format_date(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::Ru => format!("{:02}.{:02}.{}", d.day(), d.month(), d.year()),
        Lang::En => format!("{} {} {}", d.day(), &month_name(Lang::En, d)[..3], d.year()),
    }
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

/// The month name in the nominative case, for headings ("ноябрь 2026").
pub fn month_name(lang: Lang, d: NaiveDate) -> &'static str {
    const RU: [&str; 12] = [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let i = d.month0() as usize;
    match lang {
        Lang::Ru => RU[i],
        Lang::En => EN[i],
    }
}

/// The sign of a currency the formatter knows, else its code.
pub fn currency_sign(code: &str) -> &str {
    match code {
        "RUB" => "₽",
        "KZT" => "₸",
        "BYN" => "Br",
        "USD" => "$",
        "EUR" => "€",
        other => other,
    }
}

/// A metric value for display: money with its sign, scores with two decimals, counts as integers.
pub fn format_value(
    lang: Lang,
    unit: crate::domain::core::unit::Unit,
    value: i64,
    currency: &str,
) -> String {
    use crate::domain::core::unit::Unit;
    match unit {
        Unit::Money => format_money(lang, value, currency),
        Unit::Score => {
            let mark = if lang == Lang::Ru { ',' } else { '.' };
            format!("{}{mark}{:02}", value / 100, (value % 100).abs())
        }
        Unit::Count | Unit::Minutes | Unit::Percent => format_int(lang, value),
    }
}

/// A figure as a summary reads it: money in whole units (roubles), anything else as [`format_value`] shows it.
pub fn format_value_whole(
    lang: Lang,
    unit: crate::domain::core::unit::Unit,
    value: i64,
    currency: &str,
) -> String {
    match unit {
        crate::domain::core::unit::Unit::Money => format_money_whole(lang, value, currency),
        _ => format_value(lang, unit, value, currency),
    }
}

/// A metric value as it goes back into an input (no thousands separators, no currency sign).
pub fn input_value(unit: crate::domain::core::unit::Unit, value: i64) -> String {
    if unit.scale() == 100 {
        // The sign goes in front once: `value % 100` of −150 is −50, which would write "-1,-50", and −50 would lose
        // its sign as "0,-50".
        let sign = if value < 0 { "-" } else { "" };
        let abs = value.unsigned_abs();
        if abs.is_multiple_of(100) {
            format!("{sign}{}", abs / 100)
        } else {
            format!("{sign}{},{:02}", abs / 100, abs % 100)
        }
    } else {
        value.to_string()
    }
}

/// A figure kept in tenths (a rate of 12.3 kept as 123) with its one decimal: «12,3» in Russian, «12.3» in
/// English.
pub fn format_tenths(lang: Lang, tenths: i64) -> String {
    let sign = if tenths < 0 { "−" } else { "" };
    let mark = if lang == Lang::Ru { ',' } else { '.' };
    let t = tenths.abs();
    format!("{sign}{}{mark}{}", format_int(lang, t / 10), t % 10)
}

/// `num / den` with one decimal, rounded half up (a per-day rate: 17 calls over 4 person-days is «4,3»); «—» when
/// there is nothing to divide by.
pub fn format_ratio_tenths(lang: Lang, num: i64, den: i64) -> String {
    if den <= 0 {
        return "—".into();
    }
    format_tenths(lang, (num * 10 + den / 2) / den)
}

/// A share kept in tenths of a percent: «12,3 %»; «—» when there is none (nothing to divide by).
pub fn format_percent_tenths(lang: Lang, tenths: Option<u32>) -> String {
    tenths.map_or_else(
        || "—".into(),
        |t| format!("{} %", format_tenths(lang, t.into())),
    )
}

/// A share as a percent with one decimal (`87,5 %`), or a dash when there is nothing to divide by.
pub fn format_percent(lang: Lang, share: Option<f64>) -> String {
    match share {
        Some(p) if p.is_finite() => {
            let tenths = (p * 1000.0).round() as i64;
            let mark = if lang == Lang::Ru { ',' } else { '.' };
            let sign = if tenths < 0 { "−" } else { "" };
            let t = tenths.abs();
            format!("{sign}{}{mark}{}\u{a0}%", format_int(lang, t / 10), t % 10)
        }
        _ => "—".to_string(),
    }
}

/// Basis points as a percent with as many decimals as it has (`5 %`, `7,5 %`, `41,68 %`): rates and weights are
/// shown exactly as entered.
pub fn format_bp(lang: Lang, bp: Bp) -> String {
    let bp = bp.0;
    let mark = if lang == Lang::Ru { ',' } else { '.' };
    let sign = if bp < 0 { "−" } else { "" };
    let (whole, frac) = (bp.unsigned_abs() / 100, bp.unsigned_abs() % 100);
    let frac = match frac {
        0 => String::new(),
        f if f % 10 == 0 => format!("{mark}{}", f / 10),
        f => format!("{mark}{f:02}"),
    };
    format!("{sign}{}{frac}\u{a0}%", format_int(lang, whole as i64))
}

/// A share in basis points to one decimal of a percent, rounded down as the pay engine gives a completion
/// (10 427 bp → «104,2 %»).
pub fn format_bp_tenth(lang: Lang, bp: Bp) -> String {
    format_bp(lang, Bp(bp.0 / 10 * 10))
}

/// A factor in basis points as a multiplier: 12 500 → «1,25», 20 000 → «2».
pub fn format_factor(lang: Lang, bp: Bp) -> String {
    let bp = bp.0;
    let mark = if lang == Lang::Ru { ',' } else { '.' };
    let sign = if bp < 0 { "−" } else { "" };
    let (whole, frac) = (bp.unsigned_abs() / 10_000, bp.unsigned_abs() % 10_000);
    if frac == 0 {
        format!("{sign}{whole}")
    } else {
        let frac = format!("{frac:04}");
        format!("{sign}{whole}{mark}{}", frac.trim_end_matches('0'))
    }
}

/// A change kept in tenths of a percentage point, with its sign: «+1,5 %», «−0,3 %», «0,0 %»; «—» when there is
/// none.
pub fn format_signed_percent_tenths(lang: Lang, tenths: Option<i64>) -> String {
    match tenths {
        None => "—".into(),
        Some(t) => {
            let sign = if t > 0 { "+" } else { "" };
            format!("{sign}{} %", format_tenths(lang, t))
        }
    }
}

/// Money rounded to whole units (roubles), for dashboards read across a room; entry screens keep kopecks.
pub fn format_money_whole(lang: Lang, minor: i64, currency: &str) -> String {
    let whole = (minor.abs() + 50) / 100 * 100 * minor.signum();
    format_money(lang, whole, currency)
}

/// "ноябрь 2026": a month as a heading.
pub fn month_title(lang: Lang, d: NaiveDate) -> String {
    format!("{} {}", month_name(lang, d), d.year())
}

/// The value of an `<input type=month>`: `2026-11`.
pub fn month_value(d: NaiveDate) -> String {
    format!("{:04}-{:02}", d.year(), d.month())
}

/// Reads `2026-11` into the month's first day.
pub fn parse_month(s: &str) -> Option<NaiveDate> {
    // The month's first day, read as a date of the contract: `YYYY-MM`, 1970–2099.
    crate::domain::core::date::parse(&format!("{}-01", s.get(..7)?))
        .ok()
        .filter(|_| s.len() == 7)
}
