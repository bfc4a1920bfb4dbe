//! M1 the month's payroll: every person's pay, the department's total and its share of payments received; closing
//! a month into frozen payslips, and the adjustments that bring later corrections into the next open month.
//!
//! - A closed month is read from its payslips, never recomputed for payment.
//! - An open month is computed from the scheme version in force, the facts and plans, absences and the calendar,
//!   the month's refunds and reduction, and what each person carried from the month before (the frozen payslip's
//!   carry, or the open month before it, computed in turn).
//! - Months close in order. The first open month after a closed one carries, per person, the difference between
//!   each closed month recomputed now and what was paid for it, less what earlier adjustments already brought.

use super::component::Component;
use super::pay::{
    earned, payments_rate, settle, total, Carry, Days, DrawTerms, Explain, Line, Numbers,
    Settlement,
};
use super::payslip::Payslip;
use super::pool::{shares, Member};
use super::rate::{mul_div, WHOLE};
use super::reduction;
use super::refund::Refund;
use super::scheme::{in_force, PayScheme};
use crate::domain::core::calendar::WorkCalendar;
use crate::domain::core::dataset::{Dataset, Edit};
use crate::domain::core::date::{add_months, month_end, month_start};
use crate::domain::core::record::{Record, RecordId};
use crate::domain::planning::fact::DayFacts;
use crate::domain::planning::metric::Builtin;
use crate::domain::planning::month_plan::{plan_of, planned_people};
use crate::domain::team::{AbsenceKind, Manager};
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeMap;

/// One person's pay for a month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonPay {
    pub manager: RecordId,
    pub month: NaiveDate,
    /// The scheme version in force; `None`: the person has no scheme and is paid nothing here.
    pub scheme: Option<RecordId>,
    pub lines: Vec<Line>,
    pub total: i64,
    pub carry: Carry,
    /// The day the month was closed, for a frozen payslip.
    pub closed: Option<NaiveDate>,
}

impl PersonPay {
    /// The fixed part: salary and adjustments of it.
    pub fn fixed(&self) -> i64 {
        self.lines
            .iter()
            .filter(|l| l.fixed)
            .map(|l| l.amount)
            .sum()
    }

    /// The variable part: every other line (commission, KPI, bands, pool, refunds, reductions, draws).
    pub fn variable(&self) -> i64 {
        self.lines
            .iter()
            .filter(|l| !l.fixed)
            .map(|l| l.amount)
            .sum()
    }
}

/// The department's payroll for a month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Payroll {
    pub month: NaiveDate,
    pub people: Vec<PersonPay>,
    /// The sum of every payslip.
    pub total: i64,
    /// Payments the department received in the month.
    pub payments: i64,
    pub closed: bool,
}

impl Payroll {
    /// The payroll as a share of payments received, basis points (the control figure of M1); `None` without
    /// payments.
    pub fn share_of_payments_bp(&self) -> Option<i64> {
        (self.payments > 0).then(|| mul_div(self.total, WHOLE, self.payments))
    }
}

/// Why a month cannot be closed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CloseError {
    #[error("the month is already closed")]
    AlreadyClosed,
    /// Months close in order: this one is not the next.
    #[error("close {0} first")]
    CloseEarlierFirst(NaiveDate),
    /// Before the first closed month and never closed: closing it now would change what later months carried.
    #[error("the month is before the closed ones")]
    BeforeClosed,
    #[error("the month has not started")]
    NotStarted,
}

/// Month sums of every metric per person, built once per computation.
struct Sums {
    by: BTreeMap<(RecordId, NaiveDate, RecordId), i64>,
}

impl Sums {
    fn of(data: &Dataset) -> Sums {
        let mut by = BTreeMap::new();
        for r in data.live_records::<DayFacts>() {
            let m = month_start(r.data.date);
            for (metric, v) in &r.data.values {
                let e = by.entry((r.data.manager, m, *metric)).or_insert(0i64);
                *e = e.saturating_add(*v);
            }
        }
        Sums { by }
    }

    fn get(&self, manager: RecordId, month: NaiveDate, metric: RecordId) -> i64 {
        self.by.get(&(manager, month, metric)).copied().unwrap_or(0)
    }
}

/// Everything a computation reads, gathered once.
pub(super) struct Ctx<'a> {
    data: &'a Dataset,
    calendar: WorkCalendar,
    sums: Sums,
}

/// A person's numbers for one month, as the pay engine asks for them.
struct PersonNumbers<'a> {
    ctx: &'a Ctx<'a>,
    manager: RecordId,
    month: NaiveDate,
}

impl Numbers for PersonNumbers<'_> {
    fn plan(&self, metric: RecordId) -> Option<i64> {
        plan_of(self.ctx.data, self.month, metric, Some(self.manager)).map(|p| p.value)
    }
    fn fact(&self, metric: RecordId) -> i64 {
        self.ctx.sums.get(self.manager, self.month, metric)
    }
    fn fact_between(&self, metric: RecordId, from: NaiveDate, to: NaiveDate) -> i64 {
        self.ctx
            .data
            .live_records::<DayFacts>()
            .filter(|r| r.data.manager == self.manager && from <= r.data.date && r.data.date <= to)
            .filter_map(|r| r.data.values.get(&metric))
            .fold(0i64, |a, v| a.saturating_add(*v))
    }
    fn fact_since(&self, metric: RecordId, start: NaiveDate) -> i64 {
        months(start, self.month)
            .filter(|m| *m < self.month)
            .fold(0i64, |a, m| {
                a.saturating_add(self.ctx.sums.get(self.manager, m, metric))
            })
    }
    fn plan_since(&self, metric: RecordId, start: NaiveDate) -> Option<i64> {
        self.plan(metric)?;
        Some(months(start, self.month).fold(0i64, |a, m| {
            let p = plan_of(self.ctx.data, m, metric, Some(self.manager)).map_or(0, |p| p.value);
            a.saturating_add(p)
        }))
    }
}

/// The first days of the months from `start` through `last`.
fn months(start: NaiveDate, last: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    std::iter::successors(Some(month_start(start)), |m| Some(add_months(*m, 1)))
        .take_while(move |m| *m <= last)
}

impl<'a> Ctx<'a> {
    /// A person's sum of a metric over a month.
    pub(super) fn sum(&self, manager: RecordId, month: NaiveDate, metric: RecordId) -> i64 {
        self.sums.get(manager, month, metric)
    }

    /// Puts another sum in place of a person's month sum of a metric (a seller's what-if).
    pub(super) fn suppose(
        &mut self,
        manager: RecordId,
        month: NaiveDate,
        metric: RecordId,
        value: i64,
    ) {
        self.sums.by.insert((manager, month, metric), value);
    }

    pub(super) fn new(data: &'a Dataset) -> Ctx<'a> {
        Ctx {
            data,
            calendar: data.calendar(),
            sums: Sums::of(data),
        }
    }

    fn numbers(&'a self, manager: RecordId, month: NaiveDate) -> PersonNumbers<'a> {
        PersonNumbers {
            ctx: self,
            manager,
            month,
        }
    }

    /// Working days of the month, and of them the ones the person worked and the ones they were on sick leave. A
    /// training day is a working day; vacation and other leave are not (vacation is paid apart, as vacation pay).
    fn days(&self, id: RecordId, m: &Manager, month: NaiveDate) -> Days {
        let (from, to) = (month, month_end(month));
        let working = self.calendar.working_days(from, to);
        let absences = self.data.absences_of(id);
        let employed = |d: &NaiveDate| m.hired <= *d && m.is_employed_on(*d);
        let away = |d: &NaiveDate, sick: bool| {
            absences.iter().any(|a| {
                a.data.covers(*d)
                    && a.data.kind != AbsenceKind::Training
                    && (a.data.kind == AbsenceKind::SickLeave) == sick
            })
        };
        let employed_days: Vec<&NaiveDate> = working.iter().filter(|d| employed(d)).collect();
        Days {
            working: working.len() as u32,
            worked: employed_days
                .iter()
                .filter(|d| !away(d, true) && !away(d, false))
                .count() as u32,
            sick: employed_days.iter().filter(|d| away(d, true)).count() as u32,
        }
    }

    fn scheme(&self, id: RecordId, m: &Manager, month: NaiveDate) -> Option<&'a Record<PayScheme>> {
        in_force(self.data, id, m, month)
    }
}

/// The months that are closed: those with payslips.
pub fn closed_months(data: &Dataset) -> Vec<NaiveDate> {
    let mut months: Vec<NaiveDate> = data
        .live_records::<Payslip>()
        .map(|r| r.data.month)
        .collect();
    months.sort();
    months.dedup();
    months
}

/// The first month after the last closed one (months close in order), if any was closed.
pub fn first_open_month(data: &Dataset) -> Option<NaiveDate> {
    closed_months(data).last().map(|m| add_months(*m, 1))
}

/// The month a new scheme version starts in: the first open month, or this month when none was ever closed.
pub fn new_version_month(data: &Dataset, today: NaiveDate) -> NaiveDate {
    first_open_month(data).unwrap_or_else(|| month_start(today))
}

/// Why a drafted scheme cannot be saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum VersionError {
    /// It would start in a closed month, whose payslips are frozen with the version that was in force then.
    #[error("the scheme would start in a closed month; the first open one is {first_open}")]
    ClosedMonth { first_open: NaiveDate },
}

/// Saves a scheme drafted from the stored version `base` (or from nothing): a version whose first month is still
/// open is corrected in place; a draft from another month is a new version under `new_id`, and the versions before
/// it stay, so every month keeps the version it was computed with. A closed month never gets another scheme.
/// Returns the version's id with the edit.
pub fn save_scheme(
    data: &Dataset,
    base: Option<RecordId>,
    draft: PayScheme,
    new_id: RecordId,
) -> Result<(RecordId, Edit), VersionError> {
    if let Some(first_open) = first_open_month(data) {
        if draft.from < first_open {
            return Err(VersionError::ClosedMonth { first_open });
        }
    }
    let same_version = base
        .and_then(|id| data.live::<PayScheme>(id))
        .filter(|r| r.data.from == draft.from && r.data.applies == draft.applies)
        .map(|r| r.id);
    let id = same_version.unwrap_or(new_id);
    Ok((id, Edit::put(id, draft)))
}

/// Computes one open month for everyone on the payroll. `carry_in` gives each person's carry from the month before;
/// `adjustments` the corrections of closed months that land in this month.
/// The scheme a person is paid by in a month: a stored version, or a draft tried in its place (no id).
#[derive(Clone, Copy)]
struct PaidBy<'a> {
    id: Option<RecordId>,
    scheme: &'a PayScheme,
}

pub(super) fn compute_month(
    ctx: &Ctx,
    month: NaiveDate,
    carry_in: &dyn Fn(RecordId) -> Carry,
    adjustments: &dyn Fn(RecordId) -> Vec<(NaiveDate, i64, i64)>,
    draft: Option<&PayScheme>,
) -> Vec<PersonPay> {
    let people = planned_people(ctx.data, month);
    let schemes: Vec<Option<PaidBy>> = people
        .iter()
        .map(|p| match draft.filter(|d| d.applies_to(p.id, &p.data)) {
            Some(d) => Some(PaidBy {
                id: None,
                scheme: d,
            }),
            None => ctx.scheme(p.id, &p.data, month).map(|r| PaidBy {
                id: Some(r.id),
                scheme: &r.data,
            }),
        })
        .collect();
    // Each person's earned lines first; the pools need everyone's numbers.
    let mut lines: Vec<Vec<Line>> = people
        .iter()
        .zip(&schemes)
        .map(|(p, s)| match s {
            Some(s) => earned(
                &s.scheme.components,
                month,
                &ctx.numbers(p.id, month),
                ctx.days(p.id, &p.data, month),
            ),
            None => Vec::new(),
        })
        .collect();
    pool_lines(ctx, month, &people, &schemes, &mut lines);
    people
        .iter()
        .zip(schemes)
        .zip(lines)
        .map(|((p, scheme), mut lines)| {
            let Some(scheme) = scheme else {
                return PersonPay {
                    manager: p.id,
                    month,
                    scheme: None,
                    lines,
                    total: 0,
                    carry: carry_in(p.id),
                    closed: None,
                };
            };
            let settlement = Settlement {
                refunds: refunds(ctx, p.id, month),
                reductions: reduction::of_month(ctx.data, p.id, month)
                    .into_iter()
                    .map(|r| (r.percent_bp, r.reason.clone()))
                    .collect(),
                draw: draw_terms(scheme.scheme, &p.data, month),
                carry: carry_in(p.id),
                adjustments: adjustments(p.id),
            };
            let carry = settle(&mut lines, &settlement);
            PersonPay {
                manager: p.id,
                month,
                scheme: scheme.id,
                total: total(&lines),
                lines,
                carry,
                closed: None,
            }
        })
        .collect()
}

/// Team pools: for each scheme with a pool, those on it share it when the department met its plan.
fn pool_lines(
    ctx: &Ctx,
    month: NaiveDate,
    people: &[&Record<Manager>],
    schemes: &[Option<PaidBy>],
    lines: &mut [Vec<Line>],
) {
    let mut done: Vec<(Option<RecordId>, usize)> = Vec::new();
    for s in schemes.iter().flatten() {
        for (i, c) in s.scheme.components.iter().enumerate() {
            let Component::TeamPool { metric, pool } = c else {
                continue;
            };
            if done.contains(&(s.id, i)) {
                continue;
            }
            done.push((s.id, i));
            let on: Vec<usize> = (0..people.len())
                .filter(|k| {
                    schemes[*k].is_some_and(|o| o.id == s.id && std::ptr::eq(o.scheme, s.scheme))
                })
                .collect();
            let department_plan = plan_of(ctx.data, month, *metric, None).map(|p| p.value);
            let department_fact: i64 = planned_people(ctx.data, month)
                .iter()
                .map(|p| ctx.sums.get(p.id, month, *metric))
                .sum();
            let department_met = department_plan.is_some_and(|p| p > 0 && department_fact >= p);
            let members: Vec<Member> = on
                .iter()
                .map(|k| {
                    let n = ctx.numbers(people[*k].id, month);
                    Member {
                        plan: n.plan(*metric),
                        fact: n.fact(*metric),
                    }
                })
                .collect();
            let qualifiers_fact: i64 = members.iter().filter(|m| m.met()).map(|m| m.fact).sum();
            for ((k, member), share) in
                on.iter()
                    .zip(&members)
                    .zip(shares(*pool, department_met, &members))
            {
                lines[*k].push(Line {
                    amount: share,
                    fixed: false,
                    explain: Explain::TeamPool {
                        pool: *pool,
                        metric: *metric,
                        department_plan,
                        department_fact,
                        department_met,
                        own_met: member.met(),
                        own_fact: member.fact,
                        qualifiers_fact,
                    },
                });
            }
        }
    }
}

/// The refunds recorded in `month`, each with the effective commission rate of its payment's month.
fn refunds(ctx: &Ctx, id: RecordId, month: NaiveDate) -> Vec<(i64, NaiveDate, i64)> {
    let mut out: Vec<(i64, NaiveDate, i64)> = ctx
        .data
        .live_records::<Refund>()
        .filter(|r| r.data.manager == id && month_start(r.data.date) == month)
        .map(|r| {
            (
                r.data.amount,
                r.data.payment_month,
                payment_rate(ctx, id, r.data.payment_month),
            )
        })
        .collect();
    out.sort();
    out
}

/// The rate a refund of `payment_month`'s payments is clawed back at (`pay::payments_rate`): read from the month's
/// frozen payslip when it is closed, computed from the month's lines now when it is open: one rule for both, so
/// closing the month does not change it.
fn payment_rate(ctx: &Ctx, id: RecordId, payment_month: NaiveDate) -> i64 {
    if let Some(p) = ctx.data.live::<Payslip>(Payslip::id_for(id, payment_month)) {
        return payments_rate(&p.data.lines).unwrap_or(0);
    }
    let Some(m) = ctx.data.live::<Manager>(id) else {
        return 0;
    };
    let Some(scheme) = ctx.scheme(id, &m.data, payment_month) else {
        return 0;
    };
    let lines = earned(
        &scheme.data.components,
        payment_month,
        &ctx.numbers(id, payment_month),
        ctx.days(id, &m.data, payment_month),
    );
    payments_rate(&lines).unwrap_or(0)
}

/// The draw's terms in `month`: within the guarantee for the first `months` months from the month of hiring.
fn draw_terms(scheme: &PayScheme, m: &Manager, month: NaiveDate) -> Option<DrawTerms> {
    scheme.components.iter().find_map(|c| match c {
        Component::Draw {
            minimum,
            months,
            recoverable,
            recover_bp,
        } => {
            let since_hire = (month.year() - m.hired.year()) * 12 + month.month0() as i32
                - m.hired.month0() as i32;
            Some(DrawTerms {
                minimum: *minimum,
                recoverable: *recoverable,
                recover_bp: *recover_bp,
                within: since_hire >= 0 && (since_hire as u32) < *months,
            })
        }
        _ => None,
    })
}

fn frozen(r: &Record<Payslip>) -> PersonPay {
    PersonPay {
        manager: r.data.manager,
        month: r.data.month,
        scheme: r.data.scheme,
        lines: r.data.lines.clone(),
        total: r.data.total,
        carry: r.data.carry,
        closed: Some(r.data.closed),
    }
}

pub(super) fn payslips_of(
    data: &Dataset,
    month: NaiveDate,
) -> BTreeMap<RecordId, &Record<Payslip>> {
    data.live_records::<Payslip>()
        .filter(|r| r.data.month == month)
        .map(|r| (r.data.manager, r))
        .collect()
}

/// The month's payroll: frozen when closed, computed when open.
pub fn payroll(data: &Dataset, month: NaiveDate) -> Payroll {
    let month = month_start(month);
    let ctx = Ctx::new(data);
    let closed = closed_months(data);
    let payments: i64 = planned_people(data, month)
        .iter()
        .map(|p| ctx.sums.get(p.id, month, Builtin::Payments.id()))
        .sum();
    if closed.contains(&month) {
        let people: Vec<PersonPay> = payslips_of(data, month)
            .values()
            .map(|r| frozen(r))
            .collect();
        return Payroll {
            month,
            total: people.iter().map(|p| p.total).sum(),
            people: order_by_name(data, people),
            payments,
            closed: true,
        };
    }
    let people = open_month(&ctx, &closed, month);
    Payroll {
        month,
        total: people.iter().map(|p| p.total).sum(),
        people,
        payments,
        closed: false,
    }
}

fn order_by_name(data: &Dataset, mut people: Vec<PersonPay>) -> Vec<PersonPay> {
    let order: Vec<RecordId> = data.managers_by_name().into_iter().map(|m| m.id).collect();
    people.sort_by_key(|p| {
        order
            .iter()
            .position(|id| *id == p.manager)
            .unwrap_or(usize::MAX)
    });
    people
}

/// An open month: computed from the last closed month before it (or the first scheme) on, month by month, so each
/// person's carry comes from the month before.
pub(super) fn open_month(ctx: &Ctx, closed: &[NaiveDate], month: NaiveDate) -> Vec<PersonPay> {
    let last_closed = closed.iter().copied().filter(|c| *c < month).max();
    let first_scheme = ctx
        .data
        .live_records::<PayScheme>()
        .map(|r| r.data.from)
        .min();
    let start = match (last_closed, first_scheme) {
        (Some(c), _) => add_months(c, 1),
        (None, Some(f)) => f.min(month),
        (None, None) => month,
    };
    let mut carry: BTreeMap<RecordId, Carry> = last_closed
        .map(|c| {
            payslips_of(ctx.data, c)
                .values()
                .map(|r| (r.data.manager, r.data.carry))
                .collect()
        })
        .unwrap_or_default();
    let mut m = start;
    loop {
        let adjustments = |id: RecordId| {
            if Some(m) == last_closed.map(|c| add_months(c, 1)) {
                adjustments_for(ctx, closed, id)
            } else {
                Vec::new()
            }
        };
        let people = compute_month(
            ctx,
            m,
            &|id| carry.get(&id).copied().unwrap_or_default(),
            &adjustments,
            None,
        );
        if m >= month {
            return people;
        }
        carry = people.iter().map(|p| (p.manager, p.carry)).collect();
        m = add_months(m, 1);
    }
}

/// For the first open month: each closed month of the person whose pay, recomputed now, differs from what was paid
/// and from what earlier adjustments already brought. (month, paid, now), where `paid` counts those adjustments.
fn adjustments_for(ctx: &Ctx, closed: &[NaiveDate], id: RecordId) -> Vec<(NaiveDate, i64, i64)> {
    let mut out = Vec::new();
    for c in closed {
        let Some(slip) = ctx.data.live::<Payslip>(Payslip::id_for(id, *c)) else {
            continue;
        };
        let recomputed = recompute(ctx, &slip.data);
        // What later closed payslips already adjusted for this month.
        let adjusted: i64 = ctx
            .data
            .live_records::<Payslip>()
            .filter(|r| r.data.manager == id && r.data.month > *c)
            .flat_map(|r| r.data.lines.iter())
            .filter_map(|l| match &l.explain {
                Explain::Adjustment {
                    month, paid, now, ..
                } if month == c => Some(now - paid),
                _ => None,
            })
            .sum();
        let paid = slip.data.total + adjusted;
        if recomputed != paid {
            out.push((*c, paid, recomputed));
        }
    }
    out
}

/// A closed payslip's month computed again with today's data, with the same carry in and the same adjustments it
/// carried: only corrections of its own numbers make a difference.
fn recompute(ctx: &Ctx, slip: &Payslip) -> i64 {
    let before = add_months(slip.month, -1);
    let carry_in = ctx
        .data
        .live::<Payslip>(Payslip::id_for(slip.manager, before))
        .map(|r| r.data.carry)
        .unwrap_or_default();
    let own: Vec<(NaiveDate, i64, i64)> = slip
        .lines
        .iter()
        .filter_map(|l| match &l.explain {
            Explain::Adjustment {
                month, paid, now, ..
            } => Some((*month, *paid, *now)),
            _ => None,
        })
        .collect();
    compute_month(ctx, slip.month, &|_| carry_in, &|_| own.clone(), None)
        .into_iter()
        .find(|p| p.manager == slip.manager)
        .map_or(0, |p| p.total)
}

/// Closes `month`: every person's payslip, frozen. Months close in order, and only once they have started.
pub fn close_month(
    data: &Dataset,
    month: NaiveDate,
    today: NaiveDate,
) -> Result<Vec<Edit>, CloseError> {
    let month = month_start(month);
    let closed = closed_months(data);
    if closed.contains(&month) {
        return Err(CloseError::AlreadyClosed);
    }
    if let Some(next) = first_open_month(data) {
        if month < next {
            return Err(CloseError::BeforeClosed);
        }
        if month > next {
            return Err(CloseError::CloseEarlierFirst(next));
        }
    }
    if month > month_start(today) {
        return Err(CloseError::NotStarted);
    }
    Ok(payroll(data, month)
        .people
        .into_iter()
        .filter(|p| p.scheme.is_some())
        .map(|p| {
            Edit::derived(Payslip {
                manager: p.manager,
                month,
                scheme: p.scheme,
                total: p.total,
                lines: p.lines,
                carry: p.carry,
                closed: today,
            })
        })
        .collect())
}
