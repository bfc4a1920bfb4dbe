//! The words of O3, hard clients and joint calls, in Russian and English. Nothing here computes anything.

use crate::domain::core::locale::{format_date, format_int};
use crate::domain::organisation::hard_client::{CaseResult, Difficulty, Escalation, HeadRole};
use crate::domain::Lang;

#[derive(Clone, Debug, PartialEq)]
pub enum ClientMsg {
    HardTitle,
    HardHint,
    OpenCases,
    NoOpenCases,
    ClosedCases,
    ClosedCase(String, Escalation),
    NewCase,
    Client,
    DealId,
    DifficultyLabel,
    DifficultyName(Difficulty),
    HeadRoleLabel,
    RoleName(HeadRole),
    CallOn,
    WhyHard,
    FillCase,
    SaveCase,
    CaseLine(Escalation),
    ResultLabel,
    ResultName(CaseResult),
    Lesson,
    CloseCase,
    MentoringTitle,
    MentoringRule,
    ClosedAlone,
    JointCallsToday,
}

impl From<ClientMsg> for crate::ui::i18n::Msg {
    fn from(m: ClientMsg) -> Self {
        crate::ui::i18n::Msg::Words(crate::ui::i18n::Words::new(move |lang| m.text(lang)))
    }
}

impl ClientMsg {
    pub fn text(&self, lang: Lang) -> String {
        let ru = lang == Lang::Ru;
        let pick = |r: &str, e: &str| if ru { r.to_string() } else { e.to_string() };
        let _n = |v: usize| format_int(lang, v as i64);
        match self {
            ClientMsg::HardTitle => pick("Сложные клиенты", "Hard clients"),
            ClientMsg::HardHint => pick(
                "Руководитель помогает со сложными клиентами как наставник: продавец должен научиться закрывать сам. Записывайте и случаи, которые продавец закрыл без вас, — по ним видно, что наставничество работает.",
                "The head helps with hard clients as a mentor: the seller must learn to close alone. Write down the cases the seller closed without you too: they show the mentoring working.",
            ),
            ClientMsg::OpenCases => pick("В работе", "Open"),
            ClientMsg::NoOpenCases => pick("Открытых случаев нет.", "No open cases."),
            ClientMsg::ClosedCases => pick("Закрытые", "Closed"),
            ClientMsg::ClosedCase(who, e) => {
                let d = e.outcome.as_ref().map(|o| format_date(lang, o.closed)).unwrap_or_default();
                let r = e.outcome.as_ref().map(|o| ClientMsg::ResultName(o.result).text(lang)).unwrap_or_default();
                let lesson = e.outcome.as_ref().map(|o| o.lesson.clone()).filter(|l| !l.is_empty()).map(|l| format!(" — {l}")).unwrap_or_default();
                format!("{d} · {who} · {} · {} · {}: {r}{lesson}", e.client, ClientMsg::DifficultyName(e.difficulty).text(lang), ClientMsg::RoleName(e.role).text(lang))
            }
            ClientMsg::NewCase => pick("Новый случай", "A new case"),
            ClientMsg::Client => pick("Клиент", "Client"),
            ClientMsg::DealId => pick("№ сделки в CRM", "CRM deal no."),
            ClientMsg::DifficultyLabel => pick("Чем сложный", "Why hard"),
            ClientMsg::DifficultyName(d) => match d {
                Difficulty::Price => pick("цена, скидка", "price, discount"),
                Difficulty::DecisionMaker => pick("нет выхода на ЛПР", "no decision-maker"),
                Difficulty::Competitor => pick("конкурент", "competitor"),
                Difficulty::Complaint => pick("жалоба, конфликт", "complaint, conflict"),
                Difficulty::BigDeal => pick("крупная сделка", "big deal"),
                Difficulty::Terms => pick("условия, договор", "terms, contract"),
                Difficulty::Other => pick("другое", "other"),
            },
            ClientMsg::HeadRoleLabel => pick("Роль руководителя", "The head's part"),
            ClientMsg::RoleName(r) => match r {
                HeadRole::Alone => pick("продавец справился сам", "the seller alone"),
                HeadRole::Advice => pick("совет", "advice"),
                HeadRole::JointCall => pick("совместный звонок или встреча", "joint call or meeting"),
                HeadRole::HeadLeads => pick("ведёт руководитель", "the head leads"),
            },
            ClientMsg::CallOn => pick("Совместный звонок", "Joint call on"),
            ClientMsg::WhyHard => pick("Что сложного", "What makes it hard"),
            ClientMsg::FillCase => pick("Выберите сотрудника, клиента и опишите, что сложного.", "Pick the person and the client and say what makes it hard."),
            ClientMsg::SaveCase => pick("Записать", "Save"),
            ClientMsg::CaseLine(e) => {
                let call = e.call_on.map(|d| if ru { format!(", звонок {}", format_date(lang, d)) } else { format!(", call on {}", format_date(lang, d)) }).unwrap_or_default();
                if ru {
                    format!("{} · {} · с {}{call}", ClientMsg::DifficultyName(e.difficulty).text(lang), ClientMsg::RoleName(e.role).text(lang), format_date(lang, e.opened))
                } else {
                    format!("{} · {} · since {}{call}", ClientMsg::DifficultyName(e.difficulty).text(lang), ClientMsg::RoleName(e.role).text(lang), format_date(lang, e.opened))
                }
            }
            ClientMsg::ResultLabel => pick("Итог", "Result"),
            ClientMsg::ResultName(r) => match r {
                CaseResult::Won => pick("сделка выиграна", "won"),
                CaseResult::Lost => pick("сделка проиграна", "lost"),
                CaseResult::Kept => pick("клиент сохранён", "client kept"),
            },
            ClientMsg::Lesson => pick("Что продавец вынес", "What the seller takes from it"),
            ClientMsg::CloseCase => pick("Закрыть случай", "Close the case"),
            ClientMsg::MentoringTitle => pick("Наставничество", "Mentoring"),
            ClientMsg::MentoringRule => pick(
                "По месяцам — случаи, где понадобился руководитель. «Закрыл сам» — доля случаев того же вида после первой помощи, которые продавец закрыл без руководителя.",
                "By month: the cases that needed the head. “Closed alone”: the share of cases of the same kind after the first help that the seller closed without the head.",
            ),
            ClientMsg::ClosedAlone => pick("Закрыл сам", "Closed alone"),
            ClientMsg::JointCallsToday => pick("Совместные звонки сегодня", "Joint calls today"),
        }
    }
}
