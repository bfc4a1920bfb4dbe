//! M1–M4 motivation. M1: pay schemes ([`scheme`]) made of components ([`component`]) and the pay engine, pure
//! functions of a month's numbers that turn each component into payslip lines that explain themselves
//! ([`commission`], [`kpi`], [`band`], [`pay`], [`pool`]),
//! with exact money arithmetic ([`rate`]); the records that settle pay ([`refund`], [`reduction`]); the month's
//! payroll and its closing into frozen payslips ([`payroll`], [`payslip`]), and its file for the accountant
//! ([`payroll_sheet`]). M2: contests with live standings
//! ([`contest`]), thank-yous ([`recognition`]) and badges worked out by rules ([`badge`]). M3: development plans
//! ([`development`]). M4: one-on-ones with their cadence and carried actions ([`one_on_one`]).

pub mod badge;
pub mod band;
pub mod commission;
pub mod component;
pub mod contest;
pub mod development;
pub mod kpi;
pub mod one_on_one;
pub mod pay;
pub mod payroll;
pub mod payroll_sheet;
pub mod payslip;
pub mod pool;
pub mod rate;
pub mod recognition;
pub mod reduction;
pub mod refund;
pub mod scheme;
pub mod what_if;
