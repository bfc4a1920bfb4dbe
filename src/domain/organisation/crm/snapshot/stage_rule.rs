//! A funnel stage and its rules: position, outcome, days a deal may sit there, required card fields.

use crate::domain::core::ids::derived;
use crate::domain::core::links::Related;
use crate::domain::core::rules::{
    check_count, check_len, check_name, check_part, check_range, FieldProblem,
};
use crate::domain::core::text::fold;
use crate::domain::organisation::crm::columns::Field;
use crate::domain::organisation::crm::deal::{Outcome, CELL_MAX};
use crate::domain::RecordId;
use serde::{Deserialize, Serialize};

/// A funnel stage and its rules: where it stands in the funnel, how it ends a deal, how many days a deal may sit
/// in it, and which card fields must be filled there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageRule {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pipeline: String,
    pub stage: String,
    /// Place in the funnel, from 1; closing stages come after the open ones.
    pub order: u16,
    pub outcome: Outcome,
    /// Days a deal may sit here before it is stuck; `None`: no norm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub norm_days: Option<u16>,
    /// What must be filled on a card at this stage.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub required: Vec<Required>,
}

/// A card field a stage requires: one the app reads (the amount, the source…) or another column of the export.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Required {
    Field(Field),
    Column(String),
}

pub const NORM_DAYS_MAX: i64 = 365;
pub const REQUIRED_MAX: usize = 50;

impl StageRule {
    pub fn id_for(pipeline: &str, stage: &str) -> RecordId {
        derived("crm_stage", &[&fold(pipeline), &fold(stage)])
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_len(&mut out, "pipeline", &self.pipeline, CELL_MAX);
        check_name(&mut out, "stage", &self.stage, CELL_MAX);
        check_range(&mut out, "order", self.order as i64, 1..=999);
        if let Some(n) = self.norm_days {
            check_range(&mut out, "norm_days", n as i64, 1..=NORM_DAYS_MAX);
        }
        check_count(
            &mut out,
            "required".into(),
            self.required.len(),
            REQUIRED_MAX,
        );
        for (i, r) in self.required.iter().enumerate() {
            if let Required::Column(c) = r {
                check_part(&mut out, &format!("required[{i}]"), |one| {
                    check_name(one, "column", c, CELL_MAX)
                });
            }
        }
        out
    }
}

impl Related for StageRule {
    fn derived_id(&self) -> Option<RecordId> {
        Some(StageRule::id_for(&self.pipeline, &self.stage))
    }
}
