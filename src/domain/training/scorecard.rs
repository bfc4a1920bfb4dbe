//! T4 scorecards for call reviews and role-plays: criteria grouped by the stage of the call, each with a scale and
//! a weight. The same card scores a real call and a role-play, so practice and the floor are measured alike.

use crate::domain::core::dataset::StoreName;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{
    check_count, check_name, check_part, check_range, FieldProblem, Rule,
};
use crate::domain::training::skill::SkillGroup;
use crate::domain::Dataset;
use serde::{Deserialize, Serialize};

/// How a criterion is marked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    /// 0 not done, 1 partly, 2 done.
    ZeroTwo,
    /// 1 to 5.
    OneFive,
    /// 0 no, 1 yes.
    YesNo,
}

impl Scale {
    /// The marks the scale allows.
    pub fn marks(self) -> std::ops::RangeInclusive<u8> {
        match self {
            Scale::ZeroTwo => 0..=2,
            Scale::OneFive => 1..=5,
            Scale::YesNo => 0..=1,
        }
    }

    /// The best mark: a criterion's possible points are its weight × this.
    pub fn top(self) -> u8 {
        *self.marks().end()
    }
}

/// Where to send a person weak in a criterion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Remedy {
    /// A case of the library with the best answer.
    Case(RecordId),
    /// A script, to re-read.
    Script(RecordId),
    /// A training event.
    Event(RecordId),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// Stable inside its card, so reviews and trends keep pointing at it when the card is edited.
    pub id: u16,
    pub stage: SkillGroup,
    pub text: String,
    pub scale: Scale,
    /// 1..=10: how much the criterion counts.
    pub weight: u8,
    /// The skill a mark here is evidence of (feeds the skills matrix).
    pub skill: Option<RecordId>,
    pub remedy: Option<Remedy>,
}

/// What a card is used for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CardUse {
    Calls,
    RolePlays,
    Both,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scorecard {
    pub name: String,
    pub used_for: CardUse,
    pub criteria: Vec<Criterion>,
}

pub const NAME_MAX: usize = 120;
pub const CRITERION_MAX: usize = 300;
pub const CRITERIA_MAX: usize = 60;
pub const WEIGHT_MAX: u8 = 10;

impl Scorecard {
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_name(&mut out, "name", &self.name, NAME_MAX);
        check_count(
            &mut out,
            "criteria".into(),
            self.criteria.len(),
            CRITERIA_MAX,
        );
        let mut seen = std::collections::BTreeSet::new();
        for (i, c) in self.criteria.iter().enumerate() {
            check_part(&mut out, &format!("criteria[{i}]"), |one| {
                check_name(one, "text", &c.text, CRITERION_MAX);
                check_range(one, "weight", c.weight as i64, 1..=WEIGHT_MAX as i64);
                if !seen.insert(c.id) {
                    one.push(FieldProblem::new("id", Rule::Duplicate));
                }
            });
        }
        out
    }

    pub fn criterion(&self, id: u16) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }

    /// The id a new criterion gets: one above the highest ever kept, so a removed criterion's id is not reused
    /// while its reviews remain.
    pub fn next_id(&self) -> u16 {
        self.criteria
            .iter()
            .map(|c| c.id)
            .max()
            .map_or(1, |m| m + 1)
    }

    /// Criteria grouped by stage, stages in selling order, criteria in card order.
    pub fn by_stage(&self) -> Vec<(SkillGroup, Vec<&Criterion>)> {
        SkillGroup::ALL
            .iter()
            .filter_map(|g| {
                let list: Vec<&Criterion> =
                    self.criteria.iter().filter(|c| c.stage == *g).collect();
                (!list.is_empty()).then_some((*g, list))
            })
            .collect()
    }
}

impl Related for Scorecard {
    fn links(&self) -> Vec<Link> {
        let mut out = Vec::new();
        for c in &self.criteria {
            if let Some(s) = c.skill {
                out.push(Link::to("criteria.skill", StoreName::Skills, s));
            }
            match c.remedy {
                Some(Remedy::Case(id)) => {
                    out.push(Link::to("criteria.remedy", StoreName::Cases, id))
                }
                Some(Remedy::Script(id)) => {
                    out.push(Link::to("criteria.remedy", StoreName::Scripts, id))
                }
                Some(Remedy::Event(id)) => {
                    out.push(Link::to("criteria.remedy", StoreName::TrainingEvents, id))
                }
                None => {}
            }
        }
        out
    }
}

/// Every card, by name.
pub fn scorecards(data: &Dataset) -> Vec<(RecordId, &Scorecard)> {
    let mut out: Vec<(RecordId, &Scorecard)> = data
        .live_records::<Scorecard>()
        .map(|r| (r.id, &r.data))
        .collect();
    out.sort_by(|a, b| a.1.name.cmp(&b.1.name).then(a.0.cmp(&b.0)));
    out
}
