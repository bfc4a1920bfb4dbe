//! Russian plurals, number, money and date formats.

use chrono::NaiveDate;
use rop::domain::core::bp::Bp;
use rop::domain::core::locale::{format_date, format_int, format_money, plural, plural_ru, Plural};
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

#[test]
fn metric_values_are_read_as_people_type_them() {
    use rop::domain::planning::metric::{parse_value, Unit, ValueError};
    let cases: [(Unit, &str, Result<Option<i64>, ValueError>); 14] = [
        (Unit::Count, "", Ok(None)),
        (Unit::Count, " 42 ", Ok(Some(42))),
        (Unit::Count, "1 234", Ok(Some(1234))),
        (Unit::Count, "1\u{a0}234", Ok(Some(1234))),
        (Unit::Count, "3,5", Err(ValueError::TooPrecise)),
        (Unit::Count, "3,0", Ok(Some(3))),
        (Unit::Money, "125 000,50 ₽", Ok(Some(12_500_050))),
        (Unit::Money, "99.9", Ok(Some(9_990))),
        (Unit::Money, ",5", Ok(Some(50))),
        (Unit::Money, "1,005", Err(ValueError::TooPrecise)),
        (Unit::Score, "4,5", Ok(Some(450))),
        (Unit::Count, "-3", Err(ValueError::Negative)),
        (Unit::Count, "сорок", Err(ValueError::NotANumber)),
        (
            Unit::Count,
            "99999999999999999999",
            Err(ValueError::TooLarge),
        ),
    ];
    for (unit, text, want) in cases {
        assert_eq!(parse_value(unit, text), want, "{text:?}");
    }
}

#[test]
fn metric_values_are_shown_in_their_unit() {
    use rop::domain::core::locale::{format_percent, format_value, input_value};
    use rop::domain::planning::metric::Unit;
    assert_eq!(
        format_value(Lang::Ru, Unit::Money, 12_500_050, "RUB"),
        "125\u{a0}000,50\u{a0}₽"
    );
    assert_eq!(format_value(Lang::Ru, Unit::Score, 425, "RUB"), "4,25");
    assert_eq!(format_value(Lang::En, Unit::Count, 6500, "RUB"), "6,500");
    assert_eq!(input_value(Unit::Money, 12_500_050), "125000,50");
    assert_eq!(input_value(Unit::Money, 12_500_000), "125000");
    assert_eq!(format_percent(Lang::Ru, Some(0.875)), "87,5\u{a0}%");
    assert_eq!(format_percent(Lang::En, Some(1.2345)), "123.5\u{a0}%");
    assert_eq!(format_percent(Lang::Ru, None), "—");
}

#[test]
fn rates_in_basis_points_show_the_decimals_they_have() {
    use rop::domain::core::locale::format_bp;
    assert_eq!(format_bp(Lang::Ru, Bp(500)), "5\u{a0}%");
    assert_eq!(format_bp(Lang::Ru, Bp(750)), "7,5\u{a0}%");
    assert_eq!(format_bp(Lang::Ru, Bp(4_168)), "41,68\u{a0}%");
    assert_eq!(format_bp(Lang::En, Bp(10_420)), "104.2\u{a0}%");
    assert_eq!(format_bp(Lang::Ru, Bp(5)), "0,05\u{a0}%");
    assert_eq!(format_bp(Lang::Ru, Bp(-2_500)), "−25\u{a0}%");
}

#[test]
fn months_and_whole_money() {
    use rop::domain::core::locale::{format_money_whole, month_title, month_value, parse_month};
    let nov = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    assert_eq!(month_title(Lang::Ru, nov), "ноябрь 2026");
    assert_eq!(month_value(nov), "2026-11");
    assert_eq!(parse_month("2026-11"), Some(nov));
    assert_eq!(parse_month("2026-13"), None);
    assert_eq!(
        format_money_whole(Lang::Ru, 191_780_822, "RUB"),
        "1\u{a0}917\u{a0}808\u{a0}₽"
    );
    assert_eq!(format_money_whole(Lang::Ru, 150, "RUB"), "2\u{a0}₽");
    assert_eq!(format_money_whole(Lang::Ru, -149, "RUB"), "−1\u{a0}₽");
}

#[test]
fn report_figures_round_money_to_whole_roubles() {
    use rop::domain::core::locale::format_value_whole;
    use rop::domain::core::unit::Unit;
    // 1 133 333,33 ₽ → 1 133 333 ₽; 0,50 ₽ rounds half away from zero, on both sides.
    assert_eq!(
        format_value_whole(Lang::Ru, Unit::Money, 113_333_333, "RUB"),
        "1\u{a0}133\u{a0}333\u{a0}₽"
    );
    assert_eq!(
        format_value_whole(Lang::Ru, Unit::Money, 150, "RUB"),
        "2\u{a0}₽"
    );
    assert_eq!(
        format_value_whole(Lang::Ru, Unit::Money, -150, "RUB"),
        "−2\u{a0}₽"
    );
    // Counts and scores are shown as they are.
    assert_eq!(
        format_value_whole(Lang::Ru, Unit::Count, 1_200, "RUB"),
        "1\u{a0}200"
    );
    assert_eq!(
        format_value_whole(Lang::Ru, Unit::Score, 450, "RUB"),
        "4,50"
    );
}

#[test]
fn percents_and_roubles_convert_in_one_place() {
    use rop::domain::core::bp::Bp;
    use rop::domain::core::unit::{percent_floor, whole_roubles};
    assert_eq!(Bp::parse_whole_percent(" 25 "), Some(Bp(2_500)));
    assert_eq!(Bp::parse_whole_percent("100"), Some(Bp::WHOLE));
    assert_eq!(
        Bp::parse_whole_percent("0"),
        None,
        "no reduction of nothing"
    );
    assert_eq!(Bp::parse_whole_percent("101"), None);
    assert_eq!(Bp::parse_whole_percent("2,5"), None, "whole percents only");
    assert_eq!(Bp(2_550).whole_percent(), 25);
    // Shares of money round once, half away from zero; a share is held to 0..=100 %.
    assert_eq!(Bp(2_500).of(-10), -3);
    assert_eq!(Bp(12_000).as_share(), Bp::WHOLE);
    assert_eq!(Bp(-5).as_share(), Bp::ZERO);
    // A completion is rounded down (2 of 3 = 66,66 %), a payroll's share of payments half away (66,67 %).
    assert_eq!(Bp::ratio(2, 3), Some(Bp(6_666)));
    assert_eq!(Bp::rounded_ratio(2, 3), Some(Bp(6_667)));
    assert_eq!(Bp::ratio(1, 0), None);
    // 7 of 9 points = 77.7… % → 77; nothing possible → 0.
    assert_eq!(percent_floor(7, 9), 77);
    assert_eq!(percent_floor(9, 9), 100);
    assert_eq!(percent_floor(3, 0), 0);
    assert_eq!(whole_roubles(150_050), 1_500);
    use rop::domain::core::unit::fill_percent;
    // 2 of 3 = 66.7 % → 67; 1 of 200 = 0.5 % → 1 (half up); negative empty, over the whole full, nothing of nothing.
    assert_eq!(fill_percent(2, 3), 67);
    assert_eq!(fill_percent(1, 200), 1);
    assert_eq!(fill_percent(-5, 10), 0);
    assert_eq!(fill_percent(15, 10), 100);
    assert_eq!(fill_percent(3, 0), 0);
}

#[test]
fn an_input_shows_a_stored_value_as_it_would_be_typed() {
    use rop::domain::core::locale::input_value;
    use rop::domain::planning::metric::{parse_value, Unit};
    let cases: [(Unit, i64, &str); 8] = [
        (Unit::Money, 12_500_050, "125000,50"),
        (Unit::Money, 12_500_000, "125000"),
        (Unit::Money, 5, "0,05"),
        // Worked by hand: −1,50 ₽ is −150 kopecks; the sign is written once, in front.
        (Unit::Money, -150, "-1,50"),
        (Unit::Money, -50, "-0,50"),
        (Unit::Money, -100, "-1"),
        (Unit::Score, 450, "4,50"),
        (Unit::Count, -3, "-3"),
    ];
    for (unit, stored, want) in cases {
        assert_eq!(input_value(unit, stored), want, "{stored}");
        if stored >= 0 {
            assert_eq!(
                parse_value(unit, want),
                Ok(Some(stored)),
                "{want} reads back"
            );
        }
    }
}

/// Figures kept in tenths (the floor's rates, shares in tenths of a percent) print with their one decimal.
#[test]
fn tenths_print_with_one_decimal() {
    use rop::domain::core::locale::{format_percent_tenths, format_ratio_tenths, format_tenths};
    assert_eq!(format_tenths(Lang::Ru, 123), "12,3");
    assert_eq!(format_tenths(Lang::En, 123), "12.3");
    assert_eq!(format_tenths(Lang::Ru, 5), "0,5");
    assert_eq!(format_tenths(Lang::Ru, -15), "−1,5");
    assert_eq!(format_percent_tenths(Lang::Ru, Some(875)), "87,5 %");
    assert_eq!(format_percent_tenths(Lang::Ru, Some(1000)), "100,0 %");
    assert_eq!(format_percent_tenths(Lang::Ru, None), "—");
    // 17 / 4 = 4.25, half up to 4.3; 10 / 3 = 3.33… to 3.3; 2 / 3 = 0.67 to 0.7.
    assert_eq!(format_ratio_tenths(Lang::Ru, 17, 4), "4,3");
    assert_eq!(format_ratio_tenths(Lang::Ru, 10, 3), "3,3");
    assert_eq!(format_ratio_tenths(Lang::En, 2, 3), "0.7");
    assert_eq!(format_ratio_tenths(Lang::Ru, 5, 0), "—");
}

/// The pay words' figures: a completion to one decimal rounded down, a multiplier, a signed change.
#[test]
fn completions_factors_and_signed_changes() {
    use rop::domain::core::locale::{format_bp_tenth, format_factor, format_signed_percent_tenths};
    // 10 427 bp is 104,27 %: rounded down to 104,2 %, never up to 104,3 %.
    assert_eq!(format_bp_tenth(Lang::Ru, Bp(10_427)), "104,2\u{a0}%");
    assert_eq!(format_bp_tenth(Lang::Ru, Bp(10_000)), "100\u{a0}%");
    assert_eq!(format_factor(Lang::Ru, Bp(12_500)), "1,25");
    assert_eq!(format_factor(Lang::En, Bp(15_000)), "1.5");
    assert_eq!(format_factor(Lang::Ru, Bp(20_000)), "2");
    assert_eq!(format_factor(Lang::Ru, Bp(10_001)), "1,0001");
    assert_eq!(format_signed_percent_tenths(Lang::Ru, Some(15)), "+1,5 %");
    assert_eq!(format_signed_percent_tenths(Lang::Ru, Some(-3)), "−0,3 %");
    assert_eq!(format_signed_percent_tenths(Lang::Ru, Some(0)), "0,0 %");
    assert_eq!(format_signed_percent_tenths(Lang::Ru, None), "—");
}
