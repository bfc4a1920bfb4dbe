//! O7 a vacancy's board: its candidates by stage, with how long each has waited at theirs.

use crate::domain::core::locale::days_between;
use crate::domain::core::record::RecordId;
use crate::domain::team::hiring::candidate::Candidate;
use crate::domain::team::hiring::stage::Stage;
use crate::domain::Dataset;
use chrono::NaiveDate;

/// A candidate as the board and the list show them.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    pub id: RecordId,
    pub name: String,
    pub source: String,
    pub stage: Stage,
    /// The day they reached their stage (their last move).
    pub since: NaiveDate,
    /// The day of the response.
    pub applied: NaiveDate,
    /// Left the funnel (rejected or withdrew): off the board, in the list of those who left.
    pub left: bool,
    /// Whole days at the stage on the day asked: what makes a forgotten candidate stand out.
    pub days_here: i64,
}

/// The candidates of `vacancy` on `today`, the longest waiting at their stage first, then by name. A candidate
/// without moves (never saved so) counts as having arrived today.
pub fn board(data: &Dataset, vacancy: RecordId, today: NaiveDate) -> Vec<Card> {
    let mut out: Vec<Card> = data
        .live_records::<Candidate>()
        .filter(|r| r.data.vacancy == vacancy)
        .map(|r| {
            let since = r.data.moves.last().map_or(today, |m| m.on);
            Card {
                id: r.id,
                name: r.data.full_name.clone(),
                source: r.data.source.clone(),
                stage: r.data.stage(),
                since,
                applied: r.data.applied().unwrap_or(today),
                left: r.data.left.is_some(),
                days_here: days_between(since, today),
            }
        })
        .collect();
    out.sort_by(|a, b| a.since.cmp(&b.since).then(a.name.cmp(&b.name)));
    out
}
