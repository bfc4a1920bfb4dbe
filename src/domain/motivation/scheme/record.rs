//! A pay scheme: who it applies to, from which month, its components, and every rule a saved scheme keeps.

use crate::domain::core::dataset::{Dataset, StoreName};
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_name, check_span, FieldProblem, Rule};
use crate::domain::core::unit::Unit;
use crate::domain::motivation::band::{Band, SalaryShare};
use crate::domain::motivation::commission::Commission;
use crate::domain::motivation::component::Component;
use crate::domain::motivation::kpi::KpiMatrix;
use crate::domain::motivation::rate::Bp;
use crate::domain::planning::metric::metric_link;
use crate::domain::team::{Manager, Role};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// Who a scheme is for. A person's own scheme wins over their role's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "to", rename_all = "snake_case", deny_unknown_fields)]
pub enum Applies {
    Role { role: Role },
    Person { manager: RecordId },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PayScheme {
    pub name: String,
    pub applies: Applies,
    /// The first month it is in force (the first day of the month).
    #[serde(with = "crate::domain::core::date")]
    pub from: NaiveDate,
    pub components: Vec<Component>,
}

pub const NAME_MAX: usize = 200;
/// More components than any real scheme has; above it a file is hostile or broken.
pub const COMPONENTS_MAX: usize = 20;
pub const TIERS_MAX: usize = 20;
pub const KPIS_MAX: usize = 12;
/// The largest monthly amount a component may name (a salary, a target bonus, a cap, a pool): ten million roubles.
pub const MONTH_MONEY_MAX: i64 = 1_000_000_000;
/// The largest accelerator factor: × 10.
pub const FACTOR_MAX: i64 = 100_000;
/// The longest guarantee, in months.
pub const DRAW_MONTHS_MAX: u32 = 24;
/// The largest threshold or step of a per-unit bonus, in the metric's units: a year of a money metric's daily
/// maximum is far below it, and a count's too.
pub const STEP_MAX: i64 = crate::domain::core::unit::MONEY_PLAN_MAX;
/// A per-unit bonus on money pays per step of whole roubles: 1 ₽ at least.
pub const MONEY_STEP_MIN: i64 = 100;

impl PayScheme {
    /// Component `i` when it is a commission (the editor's fields of one component; `None` for another kind).
    pub fn commission(&self, i: usize) -> Option<&Commission> {
        match self.components.get(i) {
            Some(Component::Commission(c)) => Some(c),
            _ => None,
        }
    }

    pub fn commission_mut(&mut self, i: usize) -> Option<&mut Commission> {
        match self.components.get_mut(i) {
            Some(Component::Commission(c)) => Some(c),
            _ => None,
        }
    }

    /// Component `i` when it is a KPI matrix.
    pub fn kpi(&self, i: usize) -> Option<&KpiMatrix> {
        match self.components.get(i) {
            Some(Component::Kpi(k)) => Some(k),
            _ => None,
        }
    }

    pub fn kpi_mut(&mut self, i: usize) -> Option<&mut KpiMatrix> {
        match self.components.get_mut(i) {
            Some(Component::Kpi(k)) => Some(k),
            _ => None,
        }
    }

    /// Band `j` of component `i` when it is a share of salary by completion band.
    pub fn band(&self, i: usize, j: usize) -> Option<&Band> {
        match self.components.get(i) {
            Some(Component::SalaryShare(b)) => b.bands.get(j),
            _ => None,
        }
    }

    /// Component `i` when it is a share of salary by completion band.
    pub fn salary_share(&self, i: usize) -> Option<&SalaryShare> {
        match self.components.get(i) {
            Some(Component::SalaryShare(b)) => Some(b),
            _ => None,
        }
    }

    pub fn salary_share_mut(&mut self, i: usize) -> Option<&mut SalaryShare> {
        match self.components.get_mut(i) {
            Some(Component::SalaryShare(b)) => Some(b),
            _ => None,
        }
    }

    pub fn band_mut(&mut self, i: usize, j: usize) -> Option<&mut Band> {
        self.salary_share_mut(i).and_then(|b| b.bands.get_mut(j))
    }

    /// A new scheme as its editor starts: for sellers, from `from`, with a salary to build on.
    pub fn blank(from: NaiveDate) -> PayScheme {
        PayScheme {
            name: String::new(),
            applies: Applies::Role { role: Role::Seller },
            from,
            components: vec![
                crate::domain::motivation::component::ComponentKind::Salary.starter(from)
            ],
        }
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_name(&mut out, "name", &self.name, NAME_MAX);
        if self.from.day() != 1 {
            out.push(FieldProblem::new("from", Rule::MonthStart));
        }
        if self.components.is_empty() {
            out.push(FieldProblem::new("components", Rule::Required));
        }
        if self.components.len() > COMPONENTS_MAX {
            out.push(FieldProblem::new(
                "components",
                Rule::TooLong {
                    max: COMPONENTS_MAX,
                    len: self.components.len(),
                },
            ));
        }
        let mut salaries = 0;
        let mut draws = 0;
        for (i, c) in self.components.iter().enumerate() {
            let at = |field: &str| format!("components[{i}].{field}");
            let range = |out: &mut Vec<FieldProblem>, field: &str, v: i64, min: i64, max: i64| {
                if !(min..=max).contains(&v) {
                    out.push(FieldProblem::at(at(field), Rule::Range { min, max }));
                }
            };
            match c {
                Component::Salary { amount, .. } => {
                    salaries += 1;
                    if salaries > 1 {
                        out.push(FieldProblem::at(at("kind"), Rule::Duplicate));
                    }
                    range(&mut out, "amount", *amount, 0, MONTH_MONEY_MAX);
                }
                Component::Commission(c) => {
                    count(&mut out, at("tiers"), c.tiers.len(), TIERS_MAX);
                    let rising = c.tiers.first().is_none_or(|t| t.from == 0)
                        && c.tiers.windows(2).all(|w| w[0].from < w[1].from);
                    if !rising {
                        out.push(FieldProblem::at(at("tiers"), Rule::NotAscending));
                    }
                    let point_max = match c.basis {
                        crate::domain::motivation::commission::TierBasis::Completion => {
                            10 * Bp::WHOLE.0
                        }
                        crate::domain::motivation::commission::TierBasis::Amount => {
                            MONTH_MONEY_MAX * 100
                        }
                    };
                    for (j, t) in c.tiers.iter().enumerate() {
                        range(&mut out, &format!("tiers[{j}].from"), t.from, 0, point_max);
                        range(
                            &mut out,
                            &format!("tiers[{j}].rate_bp"),
                            t.rate_bp.0,
                            0,
                            Bp::WHOLE.0,
                        );
                    }
                    if let Some(g) = c.gate {
                        range(&mut out, "gate", g, 0, point_max);
                    }
                    if let Some(a) = c.accelerator {
                        range(&mut out, "accelerator.from", a.from, 0, point_max);
                        range(
                            &mut out,
                            "accelerator.factor_bp",
                            a.factor_bp.0,
                            0,
                            FACTOR_MAX,
                        );
                    }
                    if let Some(cap) = c.cap {
                        range(&mut out, "cap", cap, 0, MONTH_MONEY_MAX);
                        // By amount the gate's pay is known without a plan: a cap below it pays the cap or nothing.
                        if let (
                            crate::domain::motivation::commission::TierBasis::Amount,
                            Some(g),
                            true,
                        ) = (c.basis, c.gate, rising && !c.tiers.is_empty())
                        {
                            let uncapped = Commission {
                                cap: None,
                                ..c.clone()
                            };
                            let gate_pay = uncapped.pay(g, None).amount;
                            if cap < gate_pay {
                                out.push(FieldProblem::at(
                                    at("cap"),
                                    Rule::CapBelowGate { gate_pay },
                                ));
                            }
                        }
                    }
                }
                Component::Kpi(k) => {
                    range(&mut out, "target_bonus", k.target_bonus, 0, MONTH_MONEY_MAX);
                    count(&mut out, at("items"), k.items.len(), KPIS_MAX);
                    let sum: Bp = k.items.iter().map(|i| i.weight_bp.as_share()).sum();
                    if !k.items.is_empty() && sum != Bp::WHOLE {
                        out.push(FieldProblem::at(
                            at("items"),
                            Rule::WeightsSum { sum: sum.0 },
                        ));
                    }
                    for (j, item) in k.items.iter().enumerate() {
                        range(
                            &mut out,
                            &format!("items[{j}].weight_bp"),
                            item.weight_bp.0,
                            0,
                            Bp::WHOLE.0,
                        );
                        range(
                            &mut out,
                            &format!("items[{j}].zero_bp"),
                            item.zero_bp.0,
                            0,
                            10 * Bp::WHOLE.0,
                        );
                        range(
                            &mut out,
                            &format!("items[{j}].max_bp"),
                            item.max_bp.0,
                            item.zero_bp.0.clamp(0, 10 * Bp::WHOLE.0),
                            10 * Bp::WHOLE.0,
                        );
                        if k.items[..j].iter().any(|o| o.metric == item.metric) {
                            out.push(FieldProblem::at(
                                at(&format!("items[{j}].metric")),
                                Rule::Duplicate,
                            ));
                        }
                    }
                }
                Component::SalaryShare(b) => {
                    b.problems(&at, &mut out);
                    if !self
                        .components
                        .iter()
                        .any(|c| matches!(c, Component::Salary { .. }))
                    {
                        out.push(FieldProblem::at(at("kind"), Rule::NoSalary));
                    }
                }
                Component::PerUnit {
                    from,
                    to,
                    above,
                    per_unit,
                    step,
                    ..
                } => {
                    if to < from {
                        out.push(FieldProblem::at(at("to"), Rule::EndBeforeStart));
                    } else {
                        let mut span = Vec::new();
                        check_span(&mut span, "to", *from, *to, 366);
                        out.extend(span.into_iter().map(|p| FieldProblem::at(at("to"), p.rule)));
                    }
                    range(&mut out, "above", *above, 0, STEP_MAX);
                    range(&mut out, "step", *step, 1, STEP_MAX);
                    range(&mut out, "per_unit", *per_unit, 0, MONTH_MONEY_MAX);
                }
                Component::TeamPool { pool, .. } => {
                    range(&mut out, "pool", *pool, 0, MONTH_MONEY_MAX);
                }
                Component::Draw {
                    minimum,
                    months,
                    recover_bp,
                    ..
                } => {
                    draws += 1;
                    if draws > 1 {
                        out.push(FieldProblem::at(at("kind"), Rule::Duplicate));
                    }
                    range(&mut out, "minimum", *minimum, 0, MONTH_MONEY_MAX);
                    range(
                        &mut out,
                        "months",
                        *months as i64,
                        1,
                        DRAW_MONTHS_MAX as i64,
                    );
                    range(&mut out, "recover_bp", recover_bp.0, 0, Bp::WHOLE.0);
                }
            }
        }
        out
    }

    /// Every rule a save checks: the scheme's own and those that need each metric's unit from `data`'s catalog (what
    /// `Dataset::stamp` and an import check too, so what the editor accepts, the save accepts).
    pub fn problems_in(&self, data: &Dataset) -> Vec<FieldProblem> {
        let mut out = self.problems();
        out.extend(self.unit_problems(&|m| data.metric_unit(m)));
        out
    }

    /// Whether the scheme is written for this person or their role.
    pub fn applies_to(&self, id: RecordId, manager: &Manager) -> bool {
        match self.applies {
            Applies::Person { manager: m } => m == id,
            Applies::Role { role } => role == manager.role,
        }
    }
}

impl Related for PayScheme {
    fn links(&self) -> Vec<Link> {
        let mut out = Vec::new();
        if let Applies::Person { manager } = self.applies {
            out.push(Link::to("applies.manager", StoreName::Managers, manager));
        }
        for c in &self.components {
            out.extend(
                c.metrics()
                    .into_iter()
                    .filter_map(|m| metric_link("components.metric", m)),
            );
        }
        out
    }

    /// A per-unit bonus on a money metric pays per step of whole roubles, never per kopeck ([`MONEY_STEP_MIN`]).
    fn unit_problems(&self, unit: &dyn Fn(RecordId) -> Option<Unit>) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        for (i, c) in self.components.iter().enumerate() {
            if let Component::PerUnit { metric, step, .. } = c {
                if unit(*metric) == Some(Unit::Money) && (*step < MONEY_STEP_MIN || step % 100 != 0)
                {
                    out.push(FieldProblem::at(
                        format!("components[{i}].step"),
                        Rule::MoneyStep,
                    ));
                }
            }
        }
        out
    }
}

/// A list that needs 1..=`max` items: `Required` when empty, `TooLong` above.
fn count(out: &mut Vec<FieldProblem>, field: String, len: usize, max: usize) {
    if len == 0 {
        out.push(FieldProblem::at(field, Rule::Required));
    } else if len > max {
        out.push(FieldProblem::at(field, Rule::TooLong { max, len }));
    }
}
