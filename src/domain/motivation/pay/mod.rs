//! M1 a person's pay for a month: the components of their scheme turned into payslip lines, then what stands
//! between earning and payment: a team pool share, a clawback of refunded payments, bonus reductions, and a
//! recoverable draw. Each line carries the numbers it was computed from ([`Explain`]); the UI only words them.
//!
//! The order is the field's: components earn (salary is the fixed part, the rest variable); a refund claws back
//! the commission it earned; reductions take shares of the month's variable pay and never touch the fixed part;
//! last, a draw tops pay up to its minimum (recoverable draws are repaid from later variable pay).
//!
//! - **Clawback rule**: a refund returns payments, so it takes back what the commission on payments paid for that
//!   money: `refund × rate`, where the rate is the payment month's commission on payments over its payments
//!   ([`payments_rate`]), rounded to 0,01 %. The rate is read from the month's lines, the same way for an open
//!   month and a closed one, so closing a month never changes what a later refund takes back.
//! - **Reductions**: each is `variable × share` of the variable pay left after clawbacks; together they take at
//!   most all of it (the one that would take more takes what is left), so pay never goes below the fixed part.

mod earned;
mod line;
mod settle;

pub use earned::*;
pub use line::*;
pub use settle::*;
