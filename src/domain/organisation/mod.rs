//! Organisation (O4–O6, M4): the daily stand-up, the weekly and the monthly meeting, their numbers, protocols,
//! tasks and promises checked against the facts.

pub mod crm;
pub mod hard_client;
pub mod lookback;
pub mod meeting;
pub mod meeting_numbers;
pub mod promise;
pub mod protocol;
pub mod protocol_text;
pub mod time_use;
