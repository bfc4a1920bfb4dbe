//! The words of training and quality (T1–T5, C2, C3 standards), in Russian and English; reached through
//! `Msg::Words` so they load with the pages that use them. Nothing here computes anything.

use crate::domain::control::hypothesis::{Label, Measure, Window};
use crate::domain::core::locale::{format_date, format_int, format_percent, format_value, plural};
use crate::domain::planning::metric::{Formula, Metric};
use crate::domain::Lang;

#[derive(Clone, Debug, PartialEq)]
pub enum TrMsg {
    QualityTitle,
    NoHypotheses,
    LabelName(Label),
    Whose,
    Department,
    Cause,
    Actions,
    Started,
    Before,
    After,
    Change,
    Expected(u16),
    /// A window: its first and last day and its working days.
    WindowSpan(Option<chrono::NaiveDate>, Option<chrono::NaiveDate>, usize),
    /// A window's value with its parts, for a metric (with the currency for money).
    MetricValue(Box<Metric>, Window, String),
    /// A window's value for a call-review criterion.
    CriterionValue(Window),
    ChangeValue(Option<i64>),
    LabelRule,
    CriterionOf(String),
}

impl From<TrMsg> for crate::ui::i18n::Msg {
    fn from(m: TrMsg) -> Self {
        crate::ui::i18n::Msg::Words(crate::ui::i18n::Words::new(move |lang| m.text(lang)))
    }
}

impl TrMsg {
    pub fn text(&self, lang: Lang) -> String {
        let ru = lang == Lang::Ru;
        let pick = |r: &str, e: &str| if ru { r.to_string() } else { e.to_string() };
        match self {
            TrMsg::QualityTitle => pick("Гипотезы ОКК", "Quality hypotheses"),
            TrMsg::NoHypotheses => pick("Открытых гипотез нет.", "No open hypotheses."),
            TrMsg::LabelName(l) => match l {
                Label::Confirmed => pick("Подтверждена", "Confirmed"),
                Label::Refuted => pick("Не подтверждена", "Refuted"),
                Label::TooLittleData => pick("Мало данных", "Too little data"),
            },
            TrMsg::Whose => pick("Чей показатель", "Whose number"),
            TrMsg::Department => pick("Отдел", "Department"),
            TrMsg::Cause => pick("Причина", "Cause"),
            TrMsg::Actions => pick("Действия", "Actions"),
            TrMsg::Started => pick("Начало", "Started"),
            TrMsg::Before => pick("До", "Before"),
            TrMsg::After => pick("После", "After"),
            TrMsg::Change => pick("Изменение", "Change"),
            TrMsg::Expected(p) => {
                if ru {
                    format!("ожидалось +{p} %")
                } else {
                    format!("expected +{p} %")
                }
            }
            TrMsg::WindowSpan(from, to, days) => {
                let span = match (from, to) {
                    (Some(f), Some(t)) => format!("{} – {}", format_date(lang, *f), format_date(lang, *t)),
                    _ => "—".into(),
                };
                if ru {
                    format!("{span}, {days} {}", plural(lang, *days as u64, "рабочий день", "рабочих дня", "рабочих дней"))
                } else {
                    format!("{span}, {days} working days")
                }
            }
            TrMsg::MetricValue(metric, w, currency) => metric_value(lang, metric, w, currency),
            TrMsg::CriterionValue(w) => {
                let share = (w.value.den > 0).then(|| w.value.num as f64 / w.value.den as f64);
                if ru {
                    format!(
                        "{} = {} из {} баллов, {} {}",
                        format_percent(lang, share),
                        format_int(lang, w.value.num),
                        format_int(lang, w.value.den),
                        w.count,
                        plural(lang, w.count as u64, "оценка", "оценки", "оценок")
                    )
                } else {
                    format!(
                        "{} = {} of {} points, {} marks",
                        format_percent(lang, share),
                        format_int(lang, w.value.num),
                        format_int(lang, w.value.den),
                        w.count
                    )
                }
            }
            TrMsg::ChangeValue(permille) => match permille {
                Some(p) => {
                    let sign = if *p > 0 { "+" } else { "" };
                    format!("{sign}{}", format_percent(lang, Some(*p as f64 / 1000.0)))
                }
                None => "—".into(),
            },
            TrMsg::LabelRule => pick(
                "Подтверждена — изменение не меньше ожидаемого после конца окна «после». Мало данных — окно ещё не закончилось, база «до» равна нулю или в окне меньше 3 человеко-дней (3 оценок). Дни отсутствий и выходные не считаются.",
                "Confirmed: the change reaches the expected effect once the after window has ended. Too little data: the window has not ended, the before value is zero, or a window has fewer than 3 person-days (3 marks). Absences and days off do not count.",
            ),
            TrMsg::CriterionOf(name) => {
                if ru {
                    format!("Критерий оценки звонка: {name}")
                } else {
                    format!("Call review criterion: {name}")
                }
            }
        }
    }
}

/// A metric window's value with its parts: a rate per person-day for a summed metric, else the ratio of sums.
fn metric_value(lang: Lang, metric: &Metric, w: &Window, currency: &str) -> String {
    let ru = lang == Lang::Ru;
    let (num, den) = (w.value.num, w.value.den);
    if den == 0 {
        return "—".into();
    }
    let value = |v: i64| format_value(lang, metric.unit, v, currency);
    match metric.formula {
        Formula::Summed => {
            // One decimal of a per-day rate, in the metric's own unit.
            let tenths = (num * 10 + den / 2) / den;
            let rate = if metric.unit == crate::domain::core::unit::Unit::Money {
                value(num / den)
            } else {
                let mark = if ru { ',' } else { '.' };
                format!("{}{mark}{}", format_int(lang, tenths / 10), tenths % 10)
            };
            if ru {
                format!(
                    "{rate} в день = {} / {} чел.-дн.",
                    value(num),
                    format_int(lang, den)
                )
            } else {
                format!(
                    "{rate} a day = {} / {} person-days",
                    value(num),
                    format_int(lang, den)
                )
            }
        }
        Formula::Ratio { .. } if metric.unit == crate::domain::core::unit::Unit::Percent => {
            format!(
                "{} = {} / {}",
                format_percent(lang, Some(num as f64 / den as f64)),
                format_int(lang, num),
                format_int(lang, den)
            )
        }
        Formula::Ratio { .. } => format!(
            "{} = {} / {}",
            value(num / den),
            value(num),
            format_int(lang, den)
        ),
        Formula::WeightedMean { .. } => {
            format!("{} (Σ × {})", value(num / den), format_int(lang, den))
        }
    }
}

/// What a hypothesis measures, for its card's heading.
pub fn measure_name(
    lang: Lang,
    measure: &Measure,
    metric: Option<&Metric>,
    criterion: Option<&str>,
) -> String {
    match measure {
        Measure::Metric { .. } => metric
            .map(|m| crate::ui::plan_text::metric_name(m, lang))
            .unwrap_or_default(),
        Measure::Criterion { .. } => {
            TrMsg::CriterionOf(criterion.unwrap_or("—").to_string()).text(lang)
        }
    }
}
