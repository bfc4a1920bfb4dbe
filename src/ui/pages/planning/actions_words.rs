//! The words of P3, the week's actions, in Russian and English. Nothing here computes anything.

use crate::domain::planning::actions::ActionStatus;
use crate::domain::Lang;

#[derive(Clone, Debug, PartialEq)]
pub enum ActionsMsg {
    CarryOver,
    NoActions,
    Carried,
    ActionStatusName(ActionStatus),
    AddAction,
    Day,
    Owner,
    WholeTeam,
    ActionText,
    /// 0 = Monday.
    Weekday(u8),
}

impl From<ActionsMsg> for crate::ui::i18n::Msg {
    fn from(m: ActionsMsg) -> Self {
        crate::ui::i18n::Msg::Words(crate::ui::i18n::Words::new(move |lang| m.text(lang)))
    }
}

impl ActionsMsg {
    pub fn text(&self, lang: Lang) -> String {
        let ru = lang == Lang::Ru;
        let pick = |r: &str, e: &str| if ru { r.to_string() } else { e.to_string() };
        match self {
            ActionsMsg::CarryOver => pick(
                "Перенести незавершённые на следующую неделю",
                "Carry unfinished ones to next week",
            ),
            ActionsMsg::NoActions => pick("На эту неделю действий нет.", "No actions this week."),
            ActionsMsg::Carried => pick("перенесено", "carried over"),
            ActionsMsg::ActionStatusName(st) => match st {
                ActionStatus::Planned => pick("Запланировано", "Planned"),
                ActionStatus::Done => pick("Сделано", "Done"),
                ActionStatus::Dropped => pick("Отменено", "Dropped"),
            },
            ActionsMsg::AddAction => pick("Новое действие", "New action"),
            ActionsMsg::Day => pick("День", "Day"),
            ActionsMsg::Owner => pick("Ответственный", "Owner"),
            ActionsMsg::WholeTeam => pick("Весь отдел", "Whole team"),
            ActionsMsg::ActionText => pick("Что сделать", "What to do"),
            ActionsMsg::Weekday(d) => {
                const RU: [&str; 7] = [
                    "Понедельник",
                    "Вторник",
                    "Среда",
                    "Четверг",
                    "Пятница",
                    "Суббота",
                    "Воскресенье",
                ];
                const EN: [&str; 7] = [
                    "Monday",
                    "Tuesday",
                    "Wednesday",
                    "Thursday",
                    "Friday",
                    "Saturday",
                    "Sunday",
                ];
                let i = (*d as usize).min(6);
                if ru {
                    RU[i].to_string()
                } else {
                    EN[i].to_string()
                }
            }
        }
    }
}
