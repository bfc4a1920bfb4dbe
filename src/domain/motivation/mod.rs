//! M1–M4 motivation. So far M1's pay engine: how each component of a pay scheme turns a month's numbers into
//! payslip lines that explain themselves ([`commission`], [`kpi`], [`pay`]), with exact money arithmetic
//! ([`rate`]).

pub mod commission;
pub mod kpi;
pub mod pay;
pub mod pool;
pub mod rate;
