//! The words of P2, what worked (won and lost deals by measure, findings), in Russian and English. Nothing here
//! computes anything.

use crate::domain::control::insights::{Measure, Parts};
use crate::domain::core::locale::{format_int, format_signed_percent_tenths, format_tenths};
use crate::domain::Lang;

#[derive(Clone, Debug, PartialEq)]
pub enum InsightMsg {
    InsightsTitle,
    From,
    To,
    TopBottomTitle,
    TopBottomRule,
    Top,
    Bottom,
    Number,
    Difference,
    MeasureName(Measure),
    MeasureValue(Measure, Parts, String),
    Signed(Option<i64>),
    NotEnoughPeople,
    WonLostTitle,
    Won,
    Lost,
    BySource,
    NoSource,
    BySize,
    SizeBand(usize),
    ByCycle,
    CycleBand(usize),
    LostAt,
    Unknown,
    FindingsTitle,
    FindingText,
    FindingAction,
    FillFinding,
    SaveFinding,
    BecameHypothesis,
    MakeHypothesis,
    BecameStandard,
    MakeStandard,
}

impl From<InsightMsg> for crate::ui::i18n::Msg {
    fn from(m: InsightMsg) -> Self {
        crate::ui::i18n::Msg::Words(crate::ui::i18n::Words::new(move |lang| m.text(lang)))
    }
}

impl InsightMsg {
    pub fn text(&self, lang: Lang) -> String {
        let ru = lang == Lang::Ru;
        let pick = |r: &str, e: &str| if ru { r.to_string() } else { e.to_string() };
        let _n = |v: usize| format_int(lang, v as i64);
        match self {
            InsightMsg::InsightsTitle => pick("Что сработало", "What worked"),
            InsightMsg::From => pick("С", "From"),
            InsightMsg::To => pick("По", "To"),
            InsightMsg::TopBottomTitle => pick("Лучшие против отстающих", "Top against bottom"),
            InsightMsg::TopBottomRule => pick(
                "Сотрудники ранжированы по выполнению плана оплат за период: верхняя треть против нижней. Каждое число группы — из сумм (звонки в день = Σ звонков / Σ рабочих дней), разница = (лучшие − отстающие) / отстающие × 100; сверху — самые большие разницы.",
                "People ranked by completion of the payments plan in the period: the top third against the bottom third. Each group number comes from sums (calls a day = Σ calls / Σ working days); difference = (top − bottom) / bottom × 100; the largest differences first.",
            ),
            InsightMsg::Top => pick("Лучшие", "Top"),
            InsightMsg::Bottom => pick("Отстающие", "Bottom"),
            InsightMsg::Number => pick("Показатель", "Number"),
            InsightMsg::Difference => pick("Разница", "Difference"),
            InsightMsg::MeasureName(m) => match m {
                Measure::CallsPerDay => pick("Звонков в рабочий день", "Calls a working day"),
                Measure::MinutesPerDay => pick("Минут на линии в день", "Minutes on the line a day"),
                Measure::LeadsPerDay => pick("Лидов в день", "Leads a day"),
                Measure::Conversion => pick("Конверсия лид → сделка", "Lead to deal conversion"),
                Measure::AverageCheck => pick("Средний чек", "Average check"),
                Measure::StageConversion(stage) => if ru { format!("Конверсия из этапа «{stage}»") } else { format!("Conversion from “{stage}”") },
                Measure::Cycle => pick("Цикл сделки, дней", "Deal cycle, days"),
                Measure::PromiseKeeping => pick("Выполнение обещаний", "Promises kept"),
                Measure::Hygiene => pick("Гигиена CRM", "CRM hygiene"),
            },
            InsightMsg::MeasureValue(m, p, currency) => {
                let value = match m {
                    Measure::CallsPerDay | Measure::MinutesPerDay | Measure::LeadsPerDay | Measure::Cycle => p.tenths().map(|t| format_tenths(lang, t)),
                    Measure::AverageCheck => p.rounded().map(|v| crate::domain::core::locale::format_money_whole(lang, v, currency)),
                    _ => p.percent_tenths().map(|t| format!("{} %", format_tenths(lang, t))),
                };
                match value {
                    None => "—".into(),
                    Some(v) => format!("{v} ({} / {})", format_int(lang, p.num), format_int(lang, p.den)),
                }
            }
            InsightMsg::Signed(v) => format_signed_percent_tenths(lang, *v),
            InsightMsg::NotEnoughPeople => pick("Для сравнения нужны хотя бы двое с планом или фактом оплат за период.", "Comparing needs at least two people with a payments plan or fact in the period."),
            InsightMsg::WonLostTitle => pick("Выигранные и проигранные сделки", "Won against lost deals"),
            InsightMsg::Won => pick("Выиграно", "Won"),
            InsightMsg::Lost => pick("Проиграно", "Lost"),
            InsightMsg::BySource => pick("Источник", "Source"),
            InsightMsg::NoSource => pick("не указан", "none given"),
            InsightMsg::BySize => pick("Сумма сделки", "Deal size"),
            InsightMsg::SizeBand(i) => match i {
                0 => pick("до 100 тыс. ₽", "under 100k ₽"),
                1 => pick("100–500 тыс. ₽", "100–500k ₽"),
                2 => pick("500 тыс. – 1 млн ₽", "500k–1m ₽"),
                _ => pick("от 1 млн ₽", "1m ₽ and more"),
            },
            InsightMsg::ByCycle => pick("Длина цикла", "Cycle length"),
            InsightMsg::CycleBand(i) => match i {
                0 => pick("до 7 дней", "up to 7 days"),
                1 => pick("8–30 дней", "8–30 days"),
                2 => pick("31–90 дней", "31–90 days"),
                _ => pick("больше 90 дней", "over 90 days"),
            },
            InsightMsg::LostAt => pick("На каком этапе теряем", "Where deals are lost"),
            InsightMsg::Unknown => pick("не видели открытой", "never seen open"),
            InsightMsg::FindingsTitle => pick("Выводы", "Findings"),
            InsightMsg::FindingText => pick("Что показывают цифры", "What the numbers show"),
            InsightMsg::FindingAction => pick("Что делаем", "What we do"),
            InsightMsg::FillFinding => pick("Запишите, что показывают цифры.", "Write down what the numbers show."),
            InsightMsg::SaveFinding => pick("Записать вывод", "Save the finding"),
            InsightMsg::BecameHypothesis => pick("Гипотеза ОКК →", "Quality hypothesis →"),
            InsightMsg::MakeHypothesis => pick("Сделать гипотезой ОКК", "Make it a quality hypothesis"),
            InsightMsg::BecameStandard => pick("Стандарт →", "Standard →"),
            InsightMsg::MakeStandard => pick("Сделать стандартом", "Make it a standard"),
        }
    }
}
