//! The demo's hard cases, with joint calls, and who is who.

use crate::domain::core::dataset::Edit;
use crate::domain::core::date::add_days;
use crate::domain::core::record::RecordId;
use crate::domain::demo::demo_id;
use crate::domain::organisation::hard_client::{
    CaseResult, Difficulty, Escalation, HeadRole, Outcome as CaseOutcome,
};
use chrono::NaiveDate;

pub(super) fn person(n: u128) -> RecordId {
    demo_id(n)
}

/// Hard cases: Новиков escalates price talks and learns to close them alone; a joint call today.
pub(super) fn hard_cases(today: NaiveDate) -> Vec<Edit> {
    let case = |n: u128,
                client: &str,
                days_ago: i64,
                d: Difficulty,
                why: &str,
                role: HeadRole,
                outcome: Option<(i64, CaseResult, &str)>| Escalation {
        manager: person(n),
        client: client.into(),
        deal: String::new(),
        opened: add_days(today, -days_ago),
        difficulty: d,
        why: why.into(),
        role,
        call_on: matches!(role, HeadRole::JointCall | HeadRole::HeadLeads)
            .then(|| add_days(today, -days_ago + 2)),
        outcome: outcome.map(|(ago, result, lesson)| CaseOutcome {
            closed: add_days(today, -ago),
            result,
            lesson: lesson.into(),
        }),
    };
    let list = [
        case(
            6,
            "ООО «Гранит»",
            80,
            Difficulty::Price,
            "Требует скидку 20 %",
            HeadRole::JointCall,
            Some((70, CaseResult::Won, "Скидку обменяли на предоплату")),
        ),
        case(
            6,
            "ООО «Маяк»",
            60,
            Difficulty::Price,
            "Сравнивает с прайсом конкурента",
            HeadRole::Advice,
            Some((52, CaseResult::Won, "Считать стоимость владения, а не цену")),
        ),
        case(
            6,
            "ООО «Линия»",
            35,
            Difficulty::Price,
            "Просит скидку за объём",
            HeadRole::Alone,
            Some((28, CaseResult::Won, "")),
        ),
        case(
            6,
            "АО «Квант»",
            12,
            Difficulty::Price,
            "Торгуется по каждой позиции",
            HeadRole::Alone,
            Some((6, CaseResult::Won, "")),
        ),
        case(
            6,
            "ООО «Техноторг»",
            9,
            Difficulty::DecisionMaker,
            "Директор не выходит на связь",
            HeadRole::JointCall,
            None,
        ),
        case(
            8,
            "ООО «Альфа-Сервис»",
            40,
            Difficulty::Competitor,
            "Конкурент дал отсрочку платежа",
            HeadRole::HeadLeads,
            Some((30, CaseResult::Lost, "Отсрочку обсуждать раньше конкурента")),
        ),
        case(
            8,
            "ИП Корнеев",
            14,
            Difficulty::Complaint,
            "Жалоба на сроки поставки",
            HeadRole::Advice,
            Some((10, CaseResult::Kept, "Извиниться и дать дату")),
        ),
        case(
            9,
            "ООО «Кофейная лига»",
            20,
            Difficulty::BigDeal,
            "Сеть из 40 точек — первая крупная сделка",
            HeadRole::JointCall,
            None,
        ),
        case(
            1,
            "АО «Ромашка»",
            25,
            Difficulty::Terms,
            "Юристы правят договор",
            HeadRole::Advice,
            Some((15, CaseResult::Won, "")),
        ),
    ];
    let mut out: Vec<Edit> = list
        .into_iter()
        .enumerate()
        .map(|(i, e)| Edit::put(demo_id(0x6000 + i as u128), e))
        .collect();
    // Today's joint call: the stand-up shows it.
    out.push(Edit::put(
        demo_id(0x6020),
        Escalation {
            manager: person(6),
            client: "ООО «Северный ветер»".into(),
            deal: String::new(),
            opened: add_days(today, -2),
            difficulty: Difficulty::DecisionMaker,
            why: "Новый закупщик, не знает нас".into(),
            role: HeadRole::JointCall,
            call_on: Some(today),
            outcome: None,
        },
    ));
    out
}
