//! M1–M4 motivation. So far M1: pay schemes ([`scheme`]) and the pay engine, pure functions of a month's numbers
//! that turn each component into payslip lines that explain themselves ([`commission`], [`kpi`], [`pay`], [`pool`]),
//! with exact money arithmetic ([`rate`]); the records that settle pay ([`refund`], [`reduction`]); the month's
//! payroll and its closing into frozen payslips ([`payroll`], [`payslip`]).

pub mod commission;
pub mod kpi;
pub mod pay;
pub mod payroll;
pub mod payslip;
pub mod pool;
pub mod rate;
pub mod reduction;
pub mod refund;
pub mod scheme;
