//! What a boss reads first: the department's key figures (plan, fact, completion, forecast, status of each summed
//! metric), the lead metric the chart and the people are ordered by, and the people as a matrix (one line per
//! person, one column group per key metric).

use super::Report;
use crate::domain::core::record::RecordId;
use crate::domain::planning::metric::{Builtin, Formula, Metric, Unit};
use crate::domain::planning::planfact::{ranking, Pace, Status, Who};

/// One key figure of page one.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyFigure {
    pub metric: Metric,
    pub pace: Pace,
    pub status: Status,
}

/// One line of the people matrix: a person (or the department), with a pace per key figure, in their order
/// (`None` where the person has no line for that metric).
#[derive(Clone, Debug, PartialEq)]
pub struct PersonLine {
    pub who: Who,
    pub paces: Vec<Option<Pace>>,
}

impl Report {
    /// The department's summed metrics that have a plan or a fact in the period, the lead metric first, then in
    /// the catalogue's order: a metric nobody planned or did says nothing to a boss.
    pub fn key_figures(&self) -> Vec<KeyFigure> {
        let lead = self.lead_metric().map(|m| m.id);
        let mut figures: Vec<KeyFigure> = self
            .metrics
            .iter()
            .filter(|m| m.formula == Formula::Summed)
            .filter_map(|m| {
                let pace = self.board.department.pace(m.id)?;
                (pace.plan > 0 || pace.fact > 0).then(|| KeyFigure {
                    metric: m.clone(),
                    pace,
                    status: pace.status(self.bands),
                })
            })
            .collect();
        // A stable sort: the lead metric moves to the front, the rest keep their order.
        figures.sort_by_key(|f| Some(f.metric.id) != lead);
        figures
    }

    /// The metric the report leads with (its chart, the people's order): payments, or else the first summed
    /// money metric, or else the first summed one.
    pub fn lead_metric(&self) -> Option<&Metric> {
        let summed = || self.metrics.iter().filter(|m| m.formula == Formula::Summed);
        summed()
            .find(|m| m.builtin == Some(Builtin::Payments))
            .or_else(|| summed().find(|m| m.unit == Unit::Money))
            .or_else(|| summed().next())
    }

    /// The people matrix over `figures`: the department first, then every person with a plan or a fact in any
    /// of them, ranked by the lead metric's completion (see [`ranking`]); people without the lead metric follow
    /// in the board's order.
    pub fn people(&self, figures: &[KeyFigure]) -> Vec<PersonLine> {
        let line = |row: &crate::domain::planning::planfact::Row| PersonLine {
            who: row.who,
            paces: figures.iter().map(|f| row.pace(f.metric.id)).collect(),
        };
        let mut out = vec![line(&self.board.department)];
        let ranked: Vec<RecordId> = self
            .lead_metric()
            .map(|m| {
                ranking(&self.board, m.id)
                    .into_iter()
                    .map(|(id, _)| id)
                    .collect()
            })
            .unwrap_or_default();
        let row_of = |id: RecordId| {
            self.board
                .managers
                .iter()
                .find(|r| r.who == Who::Manager(id))
        };
        out.extend(ranked.iter().filter_map(|id| row_of(*id)).map(line));
        out.extend(
            self.board
                .managers
                .iter()
                .filter(|r| matches!(r.who, Who::Manager(id) if !ranked.contains(&id)))
                .map(line)
                .filter(|l| l.paces.iter().flatten().any(|p| p.plan > 0 || p.fact > 0)),
        );
        out
    }
}
