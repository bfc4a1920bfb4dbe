//! Chart specs draw to SVG with charts-rs, user text comes out escaped, and the worker protocol answers.

use rop::chart::{answer, by_manager, cumulative, funnel, render, Reply, Request};

#[test]
fn each_kind_draws() {
    let line = cumulative(
        "Оплаты, тыс. ₽",
        &["2".into(), "3".into(), "5".into()],
        ("План", vec![100.0, 200.0, 300.0]),
        ("Факт", vec![Some(90.0), Some(210.0), None]),
    );
    let bars = by_manager(
        "По менеджерам",
        &[
            "<img src=x onerror=alert(1)>".into(),
            "Кузнецов А. И.".into(),
        ],
        ("План", vec![1.0, 2.0]),
        ("Факт", vec![1.5, 1.0]),
    );
    let stages = funnel("Воронка", &[("Лиды".into(), 80.0), ("Сделки".into(), 20.0)]);
    for spec in [&line, &bars, &stages] {
        let svg = render(spec).unwrap();
        assert!(svg.starts_with("<svg"), "{:?}", spec.kind);
    }
    let svg = render(&bars).unwrap();
    assert!(!svg.contains("<img"), "user text is escaped");
    assert!(svg.contains("&lt;img"));
    assert!(render(&line).unwrap().contains("Оплаты, тыс. ₽"));
}

#[test]
fn the_worker_answers_each_request_by_its_id() {
    let spec = funnel("F", &[("A".into(), 1.0)]);
    let text = serde_json::to_string(&Request { id: 7, spec }).unwrap();
    let reply: Reply = serde_json::from_str(&answer(&text)).unwrap();
    assert_eq!(reply.id, 7);
    assert!(reply.svg.unwrap().starts_with("<svg"));
    let broken: Reply = serde_json::from_str(&answer("not json")).unwrap();
    assert!(broken.svg.is_err());
}

#[test]
fn svg_scales_with_its_box() {
    let svg = render(&funnel("F", &[("A".into(), 1.0)])).unwrap();
    assert!(svg.contains("viewBox=\"0 0 760 300\""), "{}", &svg[..200]);
}

#[test]
fn money_charts_switch_to_millions_before_the_axis_abbreviates() {
    use rop::chart::MoneyScale;
    // 999 999 ₽ is 999,999 thousand: no axis label reaches 1 000.
    assert_eq!(MoneyScale::for_max(99_999_900), MoneyScale::Thousands);
    assert_eq!(MoneyScale::Thousands.of(99_999_900), 999.999);
    // 14 100 000 ₽ would be "14.1k" thousand; in millions it is 14.1.
    assert_eq!(MoneyScale::for_max(1_410_000_000), MoneyScale::Millions);
    assert_eq!(MoneyScale::Millions.of(1_410_000_000), 14.1);
}
