//! The words of control's quality screens (C2 hypotheses and their measurements, C3 standards), in Russian and
//! English; the words they share with training (a person, the head, save) are `TrMsg`'s. Nothing here computes
//! anything.

use crate::domain::control::hypothesis::{Label, Measure, Window};
use crate::domain::core::locale::{format_date, format_int, format_percent, format_value, plural};
use crate::domain::planning::metric::{Formula, Metric};
use crate::domain::Lang;

#[derive(Clone, Debug, PartialEq)]
pub enum QualityMsg {
    CriterionOf(String),
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
    Acknowledge,
    Acknowledged,
    ActionText,
    AddAction,
    Close,
    ClosedOnes,
    Criteria,
    Effective,
    Everyone,
    ExpectedLabel,
    History,
    HypothesisTitle,
    LaggingTitle,
    MeasureLabel,
    Metrics,
    NewHypothesis,
    NewStandard,
    NewVersion,
    NoLagging,
    OpenHypothesis,
    OpenOnes,
    Owner,
    Reopen,
    StandardName,
    StandardText,
    StandardsTitle,
    TiedTests,
    WhoseHint,
    WindowLabel,
    AcknowledgedOn(String),
    PaceOf(String),
    VersionComing(u16, String),
    VersionInForce(u16, String),
}

impl From<QualityMsg> for crate::ui::i18n::Msg {
    fn from(m: QualityMsg) -> Self {
        crate::ui::i18n::Msg::Words(crate::ui::i18n::Words::new(move |lang| m.text(lang)))
    }
}

impl QualityMsg {
    pub fn text(&self, lang: Lang) -> String {
        let ru = lang == Lang::Ru;
        let pick = |r: &str, e: &str| if ru { r.to_string() } else { e.to_string() };
        match self {
            QualityMsg::QualityTitle => pick("Гипотезы ОКК", "Quality hypotheses"),
            QualityMsg::NoHypotheses => pick("Открытых гипотез нет.", "No open hypotheses."),
            QualityMsg::LabelName(l) => match l {
                Label::Confirmed => pick("Подтверждена", "Confirmed"),
                Label::Refuted => pick("Не подтверждена", "Refuted"),
                Label::TooLittleData => pick("Мало данных", "Too little data"),
            },
            QualityMsg::Whose => pick("Чей показатель", "Whose number"),
            QualityMsg::Department => pick("Отдел", "Department"),
            QualityMsg::Cause => pick("Причина", "Cause"),
            QualityMsg::Actions => pick("Действия", "Actions"),
            QualityMsg::Started => pick("Начало", "Started"),
            QualityMsg::Before => pick("До", "Before"),
            QualityMsg::After => pick("После", "After"),
            QualityMsg::Change => pick("Изменение", "Change"),
            QualityMsg::Expected(p) => {
                if ru {
                    format!("ожидалось +{p} %")
                } else {
                    format!("expected +{p} %")
                }
            }
            QualityMsg::WindowSpan(from, to, days) => {
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
            QualityMsg::MetricValue(metric, w, currency) => metric_value(lang, metric, w, currency),
            QualityMsg::CriterionValue(w) => {
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
            QualityMsg::ChangeValue(permille) => match permille {
                Some(p) => {
                    let sign = if *p > 0 { "+" } else { "" };
                    format!("{sign}{}", format_percent(lang, Some(*p as f64 / 1000.0)))
                }
                None => "—".into(),
            },
            QualityMsg::LabelRule => pick(
                "Подтверждена — изменение не меньше ожидаемого после конца окна «после». Мало данных — окно ещё не закончилось, база «до» равна нулю или в окне меньше 3 человеко-дней (3 оценок). Дни отсутствий и выходные не считаются.",
                "Confirmed: the change reaches the expected effect once the after window has ended. Too little data: the window has not ended, the before value is zero, or a window has fewer than 3 person-days (3 marks). Absences and days off do not count.",
            ),
QualityMsg::Acknowledge => pick("Ознакомлен", "Acknowledged it"),
            QualityMsg::Acknowledged => pick("Ознакомление", "Acknowledgement"),
            QualityMsg::ActionText => pick("Что сделать", "What to do"),
            QualityMsg::AddAction => pick("Добавить действие", "Add action"),
            QualityMsg::Close => pick("Закрыть гипотезу", "Close"),
            QualityMsg::ClosedOnes => pick("Закрытые гипотезы", "Closed hypotheses"),
            QualityMsg::Criteria => pick("Критерии оценки звонка", "Call review criteria"),
            QualityMsg::Effective => pick("Действует с", "Effective from"),
            QualityMsg::Everyone => pick("все ознакомлены", "everyone has"),
            QualityMsg::ExpectedLabel => pick("Ожидаемый эффект, %", "Expected effect, %"),
            QualityMsg::History => pick("История версий", "Version history"),
            QualityMsg::HypothesisTitle => pick("Гипотеза", "Hypothesis"),
            QualityMsg::LaggingTitle => pick("Отстают от плана", "Behind plan"),
            QualityMsg::MeasureLabel => pick("Что измеряем", "What is measured"),
            QualityMsg::Metrics => pick("Показатели", "Metrics"),
            QualityMsg::NewHypothesis => pick("Новая гипотеза", "New hypothesis"),
            QualityMsg::NewStandard => pick("Новый стандарт", "New standard"),
            QualityMsg::NewVersion => pick("Новая версия", "New version"),
            QualityMsg::NoLagging => pick("Все показатели месяца идут по плану.", "Every metric of the month is on track."),
            QualityMsg::OpenHypothesis => pick("Открыть гипотезу", "Open a hypothesis"),
            QualityMsg::OpenOnes => pick("Открытые гипотезы", "Open hypotheses"),
            QualityMsg::Owner => pick("Ответственный", "Owner"),
            QualityMsg::Reopen => pick("Открыть снова", "Reopen"),
            QualityMsg::StandardName => pick("Название", "Title"),
            QualityMsg::StandardText => pick("Текст стандарта", "Text"),
            QualityMsg::StandardsTitle => pick("Стандарты отдела", "Department standards"),
            QualityMsg::TiedTests => pick("Тесты по стандарту", "Tests of this standard"),
            QualityMsg::WhoseHint => pick("Чей показатель (никто не отмечен — отдел)", "Whose number (none ticked: the department)"),
            QualityMsg::WindowLabel => pick("Окно, рабочих дней", "Window, working days"),
            QualityMsg::AcknowledgedOn(d) => if ru { format!("ознакомлен {d}") } else { format!("acknowledged {d}") },
            QualityMsg::PaceOf(p) => if ru { format!("темп {p}") } else { format!("pace {p}") },
            QualityMsg::VersionComing(n, d) => if ru { format!("Версия {n} вступит в силу {d}") } else { format!("Version {n} takes effect on {d}") },
            QualityMsg::VersionInForce(n, d) => if ru { format!("версия {n} с {d}") } else { format!("version {n} from {d}") },
            QualityMsg::CriterionOf(name) => {
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
            let rate = if metric.unit == crate::domain::core::unit::Unit::Money {
                value(num / den)
            } else {
                crate::domain::core::locale::format_ratio_tenths(lang, num, den)
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
            .map(|m| crate::ui::pages::planning::words::metric_name(m, lang))
            .unwrap_or_default(),
        Measure::Criterion { .. } => {
            QualityMsg::CriterionOf(criterion.unwrap_or("—").to_string()).text(lang)
        }
    }
}
