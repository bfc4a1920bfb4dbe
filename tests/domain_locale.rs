//! Russian plurals, number, money and date formats.

use chrono::NaiveDate;
use rop::domain::locale::{format_date, format_int, format_money, plural, plural_ru, Plural};
use rop::domain::Lang;

#[test]
fn russian_plural_forms() {
    let table = [
        (0, Plural::Many),
        (1, Plural::One),
        (2, Plural::Few),
        (4, Plural::Few),
        (5, Plural::Many),
        (11, Plural::Many),
        (12, Plural::Many),
        (14, Plural::Many),
        (21, Plural::One),
        (22, Plural::Few),
        (25, Plural::Many),
        (101, Plural::One),
        (111, Plural::Many),
        (1_000_002, Plural::Few),
    ];
    for (n, form) in table {
        assert_eq!(plural_ru(n), form, "{n}");
    }
    assert_eq!(
        plural(Lang::Ru, 3, "менеджер", "менеджера", "менеджеров"),
        "менеджера"
    );
    assert_eq!(plural(Lang::En, 1, "manager", "", "managers"), "manager");
    assert_eq!(plural(Lang::En, 0, "manager", "", "managers"), "managers");
}

#[test]
fn numbers_and_money() {
    let nb = '\u{a0}';
    assert_eq!(format_int(Lang::Ru, 1_234_567), format!("1{nb}234{nb}567"));
    assert_eq!(format_int(Lang::En, 1_234_567), "1,234,567");
    assert_eq!(format_int(Lang::Ru, 999), "999");
    assert_eq!(format_int(Lang::Ru, -1000), format!("−1{nb}000"));
    assert_eq!(
        format_money(Lang::Ru, 123_456_700, "RUB"),
        format!("1{nb}234{nb}567{nb}₽")
    );
    assert_eq!(
        format_money(Lang::Ru, 123_450, "RUB"),
        format!("1{nb}234,50{nb}₽")
    );
    assert_eq!(
        format_money(Lang::En, 123_450, "USD"),
        format!("${nb}1,234.50")
    );
    assert_eq!(format_money(Lang::Ru, -50, "RUB"), format!("−0,50{nb}₽"));
    assert_eq!(format_money(Lang::Ru, 100, "GBP"), format!("1{nb}GBP"));
}

#[test]
fn dates() {
    let d = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    assert_eq!(format_date(Lang::Ru, d), "27.11.2026");
    assert_eq!(format_date(Lang::En, d), "27 Nov 2026");
}
