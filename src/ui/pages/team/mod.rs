//! The team: the list of managers and a manager's card; hiring (O7): vacancies and candidates, a candidate's card,
//! the final interview.

pub mod candidate;
pub mod final_interview;
pub mod hiring;
pub mod manager;
pub mod onboarding;
pub mod roster;
pub mod vacancy_kit;
pub mod words;
