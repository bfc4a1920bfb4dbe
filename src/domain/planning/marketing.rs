//! P5 marketing coordination and P6 promotions. Lead sources (channels) get a monthly plan of lead count and
//! quality (the share of qualified leads) and the month's facts; promotions are compared with the same length
//! of time before them.

use crate::domain::core::dataset::StoreName;
use crate::domain::core::date::add_days;
use crate::domain::core::ids::derived;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{
    check_len, check_name, check_optional_name, check_span, FieldProblem, Rule,
};
use crate::domain::planning::metric::Metric;
use crate::domain::Dataset;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A channel leads come from (a website form, an exhibition, partners, cold calls…).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeadSource {
    pub name: String,
    pub active: bool,
}

pub const SOURCE_NAME_MAX: usize = 100;
/// The longest promotion: a year (the comparison walks as many days before it).
pub const PROMOTION_MAX_DAYS: i64 = 366;

impl LeadSource {
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_name(&mut out, "name", &self.name, SOURCE_NAME_MAX);
        out
    }
}

/// One source's month: the plan agreed with marketing and what came. One record per source and month.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceMonth {
    pub source: RecordId,
    /// The month's first day.
    #[serde(with = "crate::domain::core::date")]
    pub month: NaiveDate,
    pub plan_leads: i64,
    /// The planned share of qualified leads, in percent.
    pub plan_qualified_pct: u16,
    pub leads: i64,
    pub qualified: i64,
}

/// More leads than any department gets from one channel in a month; above it a value is a typo.
pub const LEADS_MAX: i64 = 1_000_000;

impl SourceMonth {
    pub fn id_for(source: RecordId, month: NaiveDate) -> RecordId {
        derived("source_month", &[&source.to_string(), &month.to_string()])
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        let range = Rule::Range {
            min: 0,
            max: LEADS_MAX,
        };
        for (field, v) in [
            ("plan_leads", self.plan_leads),
            ("leads", self.leads),
            ("qualified", self.qualified),
        ] {
            if !(0..=LEADS_MAX).contains(&v) {
                out.push(FieldProblem::new(field, range.clone()));
            }
        }
        if self.qualified > self.leads {
            out.push(FieldProblem::new(
                "qualified",
                Rule::Range {
                    min: 0,
                    max: self.leads,
                },
            ));
        }
        if self.plan_qualified_pct > 100 {
            out.push(FieldProblem::new(
                "plan_qualified_pct",
                Rule::Range { min: 0, max: 100 },
            ));
        }
        out
    }

    /// Lead plan completion = leads / planned leads.
    pub fn completion(&self) -> Option<f64> {
        (self.plan_leads > 0).then(|| self.leads as f64 / self.plan_leads as f64)
    }

    /// Quality = qualified / leads (a ratio of counts).
    pub fn quality(&self) -> Option<f64> {
        (self.leads > 0).then(|| self.qualified as f64 / self.leads as f64)
    }
}

/// The month per source (active ones and any with numbers), and the total with ratios from the summed counts.
pub fn sources_month(
    data: &Dataset,
    month: NaiveDate,
) -> (Vec<(RecordId, String, SourceMonth)>, SourceMonth) {
    let mut rows: Vec<(RecordId, String, SourceMonth)> = data
        .sources
        .iter()
        .filter(|(_, r)| !r.deleted)
        .filter_map(|(id, r)| {
            let m = data
                .source_months
                .get(&SourceMonth::id_for(*id, month))
                .filter(|m| !m.deleted)
                .map(|m| m.data.clone());
            let has = m.is_some();
            (r.data.active || has).then(|| {
                let m = m.unwrap_or(SourceMonth {
                    source: *id,
                    month,
                    ..SourceMonth::default()
                });
                (*id, r.data.name.clone(), m)
            })
        })
        .collect();
    rows.sort_by(|a, b| {
        a.1.to_lowercase()
            .cmp(&b.1.to_lowercase())
            .then(a.0.cmp(&b.0))
    });
    let mut total = SourceMonth {
        month,
        ..SourceMonth::default()
    };
    let mut planned_qualified = 0i64;
    for (_, _, m) in &rows {
        total.plan_leads += m.plan_leads;
        total.leads += m.leads;
        total.qualified += m.qualified;
        planned_qualified += m.plan_leads * m.plan_qualified_pct as i64;
    }
    // The total's planned quality: planned qualified leads over planned leads (weighted by each source's plan).
    total.plan_qualified_pct = if total.plan_leads > 0 {
        ((planned_qualified + total.plan_leads / 2) / total.plan_leads) as u16
    } else {
        0
    };
    (rows, total)
}

/// A promotion or special offer (P6): what, when, and the metric it should move.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Promotion {
    pub name: String,
    #[serde(with = "crate::domain::core::date")]
    pub from: NaiveDate,
    #[serde(with = "crate::domain::core::date")]
    pub to: NaiveDate,
    pub description: String,
    #[serde(with = "crate::domain::planning::metric::key")]
    pub metric: RecordId,
}

pub const PROMOTION_TEXT_MAX: usize = 2_000;

impl Promotion {
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        if self.name.trim().is_empty() {
            out.push(FieldProblem::new("name", Rule::Required));
        }
        check_optional_name(&mut out, "name", &self.name, SOURCE_NAME_MAX);
        check_len(
            &mut out,
            "description",
            &self.description,
            PROMOTION_TEXT_MAX,
        );
        if self.to < self.from {
            out.push(FieldProblem::new("to", Rule::EndBeforeStart));
        }
        check_span(&mut out, "to", self.from, self.to, PROMOTION_MAX_DAYS);
        out
    }

    /// Days the promotion runs, both ends included.
    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days() + 1
    }
}

/// A promotion's effect on its metric: the department's sum while it ran and over the same number of days just
/// before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Effect {
    pub during: i64,
    pub before: i64,
    pub days: i64,
}

impl Effect {
    /// Change = (during − before) / before.
    pub fn change(&self) -> Option<f64> {
        (self.before > 0).then(|| (self.during - self.before) as f64 / self.before as f64)
    }
}

pub fn effect(data: &Dataset, p: &Promotion) -> Effect {
    let days = p.days();
    let before_from = add_days(p.from, -days);
    let mut during = 0;
    let mut before = 0;
    for r in data.facts.values().filter(|r| !r.deleted) {
        let Some(v) = r.data.values.get(&p.metric) else {
            continue;
        };
        if p.from <= r.data.date && r.data.date <= p.to {
            during += v;
        } else if before_from <= r.data.date && r.data.date < p.from {
            before += v;
        }
    }
    Effect {
        during,
        before,
        days,
    }
}

/// Metrics a promotion can target: the summed ones (a ratio over a promotion is read from its parts).
pub fn promotion_metrics(metrics: &[Metric]) -> Vec<&Metric> {
    metrics.iter().filter(|m| m.is_summed()).collect()
}

impl Related for LeadSource {}

impl Related for SourceMonth {
    fn derived_id(&self) -> Option<RecordId> {
        Some(SourceMonth::id_for(self.source, self.month))
    }

    fn links(&self) -> Vec<Link> {
        vec![Link::to("source", StoreName::Sources, self.source)]
    }
}

impl Related for Promotion {
    fn links(&self) -> Vec<Link> {
        crate::domain::planning::metric::metric_link("metric", self.metric)
            .into_iter()
            .collect()
    }
}
