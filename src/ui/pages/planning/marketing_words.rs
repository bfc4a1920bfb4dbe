//! The words of P5, marketing (lead sources by month, promotions), in Russian and English. Nothing here computes
//! anything.

use crate::domain::Lang;

#[derive(Clone, Debug, PartialEq)]
pub enum MarketingMsg {
    SourcesTitle,
    Source,
    PlanLeads,
    FactLeads,
    PlanQuality,
    Qualified,
    Quality,
    NewSource,
    PromotionsTitle,
    NoPromotions,
    PromotionName,
    EffectText {
        metric: String,
        during: String,
        before: String,
        days: i64,
        change: String,
    },
}

impl From<MarketingMsg> for crate::ui::i18n::Msg {
    fn from(m: MarketingMsg) -> Self {
        crate::ui::i18n::Msg::Words(crate::ui::i18n::Words::new(move |lang| m.text(lang)))
    }
}

impl MarketingMsg {
    pub fn text(&self, lang: Lang) -> String {
        let ru = lang == Lang::Ru;
        let pick = |r: &str, e: &str| if ru { r.to_string() } else { e.to_string() };
        match self {
            MarketingMsg::SourcesTitle => pick("Источники лидов", "Lead sources"),
            MarketingMsg::Source => pick("Источник", "Source"),
            MarketingMsg::PlanLeads => pick("План лидов", "Planned leads"),
            MarketingMsg::FactLeads => pick("Пришло лидов", "Leads"),
            MarketingMsg::PlanQuality => pick("План качества, %", "Planned quality, %"),
            MarketingMsg::Qualified => pick("Квалифицированных", "Qualified"),
            MarketingMsg::Quality => pick("Качество", "Quality"),
            MarketingMsg::NewSource => pick("Новый источник", "New source"),
            MarketingMsg::PromotionsTitle => {
                pick("Акции и спецпредложения", "Promotions and offers")
            }
            MarketingMsg::NoPromotions => pick("Акций пока нет.", "No promotions yet."),
            MarketingMsg::PromotionName => pick("Название акции", "Promotion"),
            MarketingMsg::EffectText {
                metric,
                during,
                before,
                days,
                change,
            } => {
                if ru {
                    format!("{metric}: {during} за {days} дн. акции против {before} за столько же дней до неё ({change}).")
                } else {
                    format!("{metric}: {during} in the {days} days of the promotion against {before} in as many days before ({change}).")
                }
            }
        }
    }
}
