//! T1–T5 the competency model: the skills a seller needs (the product, the CRM and planning, and each selling
//! stage), five levels with what each means, and the level each role requires. A person's level in a skill comes
//! from their results ([`super::level`]) or from the head's own mark ([`SkillMark`]).

use crate::domain::core::dataset::StoreName;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_len, check_name, FieldProblem, Rule};
use crate::domain::team::Role;
use crate::domain::Dataset;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where a skill belongs: what a seller must know, and the stages of a sale in their order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SkillGroup {
    Product,
    /// The CRM and planning one's own day.
    Crm,
    Contact,
    /// Needs discovery.
    Needs,
    Presentation,
    Objections,
    Closing,
}

impl SkillGroup {
    pub const ALL: [SkillGroup; 7] = [
        SkillGroup::Product,
        SkillGroup::Crm,
        SkillGroup::Contact,
        SkillGroup::Needs,
        SkillGroup::Presentation,
        SkillGroup::Objections,
        SkillGroup::Closing,
    ];

    /// The selling stages, the groups a call and a script follow.
    pub const STAGES: [SkillGroup; 5] = [
        SkillGroup::Contact,
        SkillGroup::Needs,
        SkillGroup::Presentation,
        SkillGroup::Objections,
        SkillGroup::Closing,
    ];
}

/// Levels run 0 (none) to 4 (can teach others).
pub const LEVEL_MAX: u8 = 4;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Skill {
    pub name: String,
    pub group: SkillGroup,
    /// What each level 0..=4 looks like in this skill, so two people mean the same by "level 3".
    pub levels: [String; 5],
    /// The level each role must have; a role not listed requires nothing.
    pub required: BTreeMap<Role, u8>,
    /// Order on screen inside the group.
    pub order: u32,
}

pub const NAME_MAX: usize = 120;
pub const DESCRIPTOR_MAX: usize = 500;
pub const SKILLS_MAX: usize = 200;

impl Skill {
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_name(&mut out, "name", &self.name, NAME_MAX);
        for (i, text) in self.levels.iter().enumerate() {
            let mut part = Vec::new();
            check_len(&mut part, "levels", text, DESCRIPTOR_MAX);
            out.extend(
                part.into_iter()
                    .map(|p| FieldProblem::at(format!("levels[{i}]"), p.rule)),
            );
        }
        for (role, level) in &self.required {
            if *level > LEVEL_MAX {
                out.push(FieldProblem::at(
                    format!("required.{}", role_key(*role)),
                    Rule::Range {
                        min: 0,
                        max: LEVEL_MAX as i64,
                    },
                ));
            }
        }
        out
    }

    /// The level `role` requires (0 when the model says nothing).
    pub fn required_of(&self, role: Role) -> u8 {
        self.required.get(&role).copied().unwrap_or(0)
    }
}

fn role_key(role: Role) -> &'static str {
    match role {
        Role::Trainee => "trainee",
        Role::Seller => "seller",
        Role::SeniorSeller => "senior_seller",
        Role::TeamLead => "team_lead",
    }
}

impl Related for Skill {}

/// The head's own judgement of a person's level, dated: it counts until a newer result comes in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillMark {
    pub manager: RecordId,
    pub skill: RecordId,
    pub level: u8,
    #[serde(with = "crate::domain::core::date")]
    pub date: NaiveDate,
    /// Why: what the head saw.
    pub note: String,
}

pub const NOTE_MAX: usize = 1_000;

impl SkillMark {
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        if self.level > LEVEL_MAX {
            out.push(FieldProblem::new(
                "level",
                Rule::Range {
                    min: 0,
                    max: LEVEL_MAX as i64,
                },
            ));
        }
        check_len(&mut out, "note", &self.note, NOTE_MAX);
        out
    }
}

impl Related for SkillMark {
    fn links(&self) -> Vec<Link> {
        vec![
            Link::to("manager", StoreName::Managers, self.manager),
            Link::to("skill", StoreName::Skills, self.skill),
        ]
    }
}

/// The model in screen order: by group, then the head's order, then name.
pub fn skills(data: &Dataset) -> Vec<(RecordId, &Skill)> {
    let mut out: Vec<(RecordId, &Skill)> = data
        .live_records::<Skill>()
        .map(|r| (r.id, &r.data))
        .collect();
    out.sort_by(|a, b| {
        (a.1.group, a.1.order, &a.1.name, a.0).cmp(&(b.1.group, b.1.order, &b.1.name, b.0))
    });
    out
}

/// A skill with every level described and nothing required yet: what the head starts from.
pub fn blank(name: &str, group: SkillGroup, order: u32) -> Skill {
    Skill {
        name: name.trim().to_string(),
        group,
        levels: Default::default(),
        required: BTreeMap::new(),
        order,
    }
}
