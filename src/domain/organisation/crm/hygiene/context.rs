//! A snapshot's hygiene computed against the stage rules: every deal checked, by person and for the department.

use super::*;
use crate::domain::core::date::add_days;
use crate::domain::core::text::fold;
use crate::domain::organisation::crm::columns::Field;
use crate::domain::organisation::crm::deal::{Deal, Outcome};
use crate::domain::organisation::crm::history::{in_stage, sightings, Sightings};
use crate::domain::organisation::crm::snapshot::{
    deal_snapshots, tasks_on, CrmSnapshot, Required, StageRule,
};
use crate::domain::{Dataset, RecordId};
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};

/// The stage rules by funnel and stage: as written (a deal names its stage as the export that made the rule did,
/// so this finds it without folding text, which at 50 000 deals is most of the time), and folded.
pub struct Stages<'a> {
    exact: BTreeMap<(&'a str, &'a str), &'a StageRule>,
    folded: BTreeMap<(String, String), &'a StageRule>,
}

impl<'a> Stages<'a> {
    pub fn of(data: &'a Dataset) -> Stages<'a> {
        let rules: Vec<&StageRule> = data.live_records::<StageRule>().map(|r| &r.data).collect();
        Stages {
            exact: rules
                .iter()
                .map(|r| ((r.pipeline.as_str(), r.stage.as_str()), *r))
                .collect(),
            folded: rules
                .iter()
                .map(|r| ((fold(&r.pipeline), fold(&r.stage)), *r))
                .collect(),
        }
    }

    pub fn rule(&self, deal: &Deal) -> Option<&'a StageRule> {
        self.exact
            .get(&(deal.pipeline.as_str(), deal.stage.as_str()))
            .or_else(|| self.folded.get(&(fold(&deal.pipeline), fold(&deal.stage))))
            .copied()
    }

    /// How the deal stands: its stage's outcome, or what the stage's name says.
    pub fn outcome(&self, deal: &Deal) -> Outcome {
        self.rule(deal)
            .map(|r| r.outcome)
            .unwrap_or_else(|| Outcome::guess(&deal.stage))
    }

    /// The stage's place in its funnel (0 when it has no rule).
    pub fn order(&self, deal: &Deal) -> u16 {
        self.rule(deal).map_or(0, |r| r.order)
    }
}

/// Whether a deal's card has a required field filled.
fn filled(snapshot: &CrmSnapshot, deal: &Deal, r: &Required) -> Option<bool> {
    match r {
        Required::Field(f) => {
            if !snapshot.fields.contains(f) {
                return None;
            }
            Some(match f {
                Field::Amount => deal.amount > 0,
                Field::Name => !deal.name.is_empty(),
                Field::Source => !deal.source.is_empty(),
                Field::LostReason => !deal.lost_reason.is_empty(),
                Field::NextTask => deal.next_task.is_some(),
                Field::Pipeline => !deal.pipeline.is_empty(),
                _ => true,
            })
        }
        Required::Column(name) => {
            let wanted = fold(name);
            let i = snapshot.extra.iter().position(|e| fold(e) == wanted)?;
            Some(!deal.blank.contains(&(i as u16)))
        }
    }
}

/// Everything the checks need besides one person's deals.
pub struct Context<'a> {
    pub snapshot: &'a CrmSnapshot,
    pub stages: Stages<'a>,
    pub tracks: BTreeMap<(&'a str, &'a str), Sightings<'a>>,
    /// Open tasks by the deal they belong to (id or folded name), when a task export of the same day exists.
    pub tasks: Option<(&'a CrmSnapshot, BTreeSet<String>)>,
    /// Each person's open-deal limit (their card's).
    pub limits: BTreeMap<RecordId, u32>,
}

impl<'a> Context<'a> {
    /// The context of the latest deal snapshot taken on or before `day`.
    pub fn at(data: &'a Dataset, day: NaiveDate) -> Option<Context<'a>> {
        let all = deal_snapshots(data);
        let snapshot = *all.iter().rev().find(|s| s.taken <= day)?;
        Some(Context::of(data, snapshot, &all))
    }

    pub fn of(
        data: &'a Dataset,
        snapshot: &'a CrmSnapshot,
        all: &[&'a CrmSnapshot],
    ) -> Context<'a> {
        let upto: Vec<&CrmSnapshot> = all
            .iter()
            .copied()
            .filter(|s| s.taken <= snapshot.taken && s.source == snapshot.source)
            .collect();
        let tasks = tasks_on(data, snapshot.taken).map(|t| {
            let open: BTreeSet<String> = t
                .tasks
                .iter()
                .filter(|t| !t.done && !t.deal.is_empty())
                .map(|t| fold(&t.deal))
                .collect();
            (t, open)
        });
        Context {
            snapshot,
            stages: Stages::of(data),
            tracks: sightings(&upto),
            tasks,
            limits: data
                .managers
                .iter()
                .map(|(id, r)| (*id, r.data.max_open_deals))
                .collect(),
        }
    }

    /// One person's checks.
    pub fn person(&self, manager: RecordId) -> Hygiene<'a> {
        let s = self.snapshot;
        let mut parts = Parts {
            limit: self.limits.get(&manager).copied().unwrap_or(u32::MAX),
            ..Parts::default()
        };
        let mut deals = Vec::new();
        let lost_from = add_days(s.taken, -LOST_WINDOW_DAYS);
        let by_column = self.tasks.is_none() && s.fields.contains(&Field::NextTask);
        for deal in s.deals_of(manager) {
            let mut faults = Vec::new();
            match self.stages.outcome(deal) {
                Outcome::Lost => {
                    let recent = deal.closed.is_some_and(|c| c > lost_from && c <= s.taken);
                    if recent && s.fields.contains(&Field::LostReason) {
                        let missing = deal.lost_reason.trim().is_empty();
                        parts.lost_reason.add(missing);
                        if missing {
                            faults.push(Fault::LostNoReason);
                        }
                    }
                }
                Outcome::Won => {}
                Outcome::Open => {
                    parts.open += 1;
                    if let Some((_, open)) = &self.tasks {
                        let has =
                            open.contains(&fold(&deal.id)) || open.contains(&fold(&deal.name));
                        parts.next_task.add(!has);
                        if !has {
                            faults.push(Fault::NoTask);
                        }
                    } else if by_column {
                        parts.next_task.add(deal.next_task.is_none());
                        match deal.next_task {
                            None => faults.push(Fault::NoTask),
                            Some(due) => {
                                parts.overdue.add(due < s.taken);
                                if due < s.taken {
                                    faults.push(Fault::TaskOverdue(due));
                                }
                            }
                        }
                    }
                    let rule = self.stages.rule(deal);
                    if let Some(norm) = rule.and_then(|r| r.norm_days) {
                        let at = self
                            .tracks
                            .get(&(s.source.as_str(), deal.id.as_str()))
                            .and_then(|seen| in_stage(seen, s.taken));
                        if let Some(at) = at {
                            let stuck = at.days > norm as i64;
                            parts.stuck.add(stuck);
                            if stuck {
                                faults.push(Fault::Stuck {
                                    days: at.days,
                                    norm,
                                    at_least: at.at_least,
                                });
                            }
                        }
                    }
                    if let Some(rule) = rule.filter(|r| !r.required.is_empty()) {
                        let empty: Vec<Required> = rule
                            .required
                            .iter()
                            .filter(|r| filled(s, deal, r) == Some(false))
                            .cloned()
                            .collect();
                        parts.complete.add(!empty.is_empty());
                        if !empty.is_empty() {
                            faults.push(Fault::Incomplete(empty));
                        }
                    }
                }
            }
            if !faults.is_empty() {
                deals.push(ToFix { deal, faults });
            }
        }
        parts.over_limit = parts.open.saturating_sub(parts.limit);
        let mut overdue = Vec::new();
        if let Some((t, _)) = &self.tasks {
            for task in t.tasks.iter().filter(|t| t.manager == manager && !t.done) {
                let late = task.deadline < s.taken;
                parts.overdue.add(late);
                if late {
                    overdue.push(task);
                }
            }
        }
        Hygiene {
            manager,
            parts,
            deals,
            overdue,
        }
    }

    /// The people with deals or tasks in the snapshot, in the order of the team's names.
    pub fn people(&self, data: &Dataset) -> Vec<RecordId> {
        let mut present: BTreeSet<RecordId> =
            self.snapshot.deals.iter().map(|d| d.manager).collect();
        if let Some((t, _)) = &self.tasks {
            present.extend(t.tasks.iter().map(|t| t.manager));
        }
        data.managers_by_name()
            .into_iter()
            .map(|m| m.id)
            .filter(|id| present.contains(id))
            .collect()
    }

    /// Every person's hygiene and the department's parts (summed).
    pub fn department(&self, data: &Dataset) -> (Vec<Hygiene<'a>>, Parts) {
        let people: Vec<Hygiene> = self
            .people(data)
            .into_iter()
            .map(|m| self.person(m))
            .collect();
        let total = people.iter().fold(Parts::default(), |a, h| a.plus(h.parts));
        (people, total)
    }
}
