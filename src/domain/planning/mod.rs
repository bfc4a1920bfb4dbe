//! Planning (P1–P6): the metric catalog, monthly plans and their split over people and days, daily facts,
//! plan/fact with pace and forecast, weekly and monthly reports, the weekly action plan, lead sources and
//! promotions.

pub mod actions;
pub mod fact;
pub mod marketing;
pub mod metric;
pub mod month_plan;
pub mod new_hires;
pub mod plan;
pub mod planfact;
pub mod report;
pub mod split;
