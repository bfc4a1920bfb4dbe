//! What stands between earning and payment: clawbacks, reductions and a draw, and what is carried to the next month.

use super::*;
use crate::domain::motivation::rate::Bp;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What stands between earning and payment in a month, for one person.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settlement {
    /// Refunds recorded this month: (amount, the month of the refunded payment, the effective commission rate of
    /// that month in basis points).
    pub refunds: Vec<(i64, NaiveDate, Bp)>,
    /// The month's bonus reductions, each (percent in basis points, the reason), in the order the payslip lists them.
    pub reductions: Vec<(Bp, String)>,
    /// The draw in force: (minimum, recoverable, recovery share in basis points, whether this month is within the
    /// guarantee).
    pub draw: Option<DrawTerms>,
    /// What was owed before this month.
    pub carry: Carry,
    /// Closed months whose pay came out different when recomputed: (month, paid, now).
    pub adjustments: Vec<(NaiveDate, i64, i64)>,
}

/// A draw's terms as they apply to one month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DrawTerms {
    pub minimum: i64,
    pub recoverable: bool,
    pub recover_bp: Bp,
    /// Within the guarantee months (top up) or after them (recover).
    pub within: bool,
}

/// What a person owes, carried from month to month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Carry {
    /// Recoverable draw paid and not yet repaid.
    pub draw: i64,
    /// Clawbacks the month's variable pay could not cover.
    pub clawback: i64,
}

fn variable(lines: &[Line]) -> i64 {
    lines.iter().filter(|l| !l.fixed).map(|l| l.amount).sum()
}

/// Adds the clawback, reduction and draw lines to `lines` (the components' and any pool share) and returns what is
/// carried to the next month. Pay never goes below the fixed part: clawbacks take at most the month's variable pay
/// (the rest is carried), a reduction takes a share of what is left, a draw is repaid from it.
pub fn settle(lines: &mut Vec<Line>, s: &Settlement) -> Carry {
    let mut carry = Carry {
        draw: s.carry.draw,
        clawback: 0,
    };
    // Clawbacks: what is carried from before first, then this month's refunds, each limited to what is left.
    let mut take = |lines: &mut Vec<Line>, owed: i64, explain: &dyn Fn(i64) -> Explain| {
        let paid = owed.min(variable(lines).max(0));
        carry.clawback += owed - paid;
        lines.push(Line {
            amount: -paid,
            fixed: false,
            explain: explain(owed - paid),
        });
    };
    // Corrections of closed months: those in the person's favour first, so they can cover the others.
    let mut adjustments = s.adjustments.clone();
    adjustments.sort_by_key(|(month, paid, now)| (paid > now, *month));
    for (month, paid, now) in adjustments {
        if now >= paid {
            lines.push(Line {
                amount: now - paid,
                fixed: false,
                explain: Explain::Adjustment {
                    month,
                    paid,
                    now,
                    carried: 0,
                },
            });
        } else {
            take(lines, paid - now, &|carried| Explain::Adjustment {
                month,
                paid,
                now,
                carried,
            });
        }
    }
    if s.carry.clawback > 0 {
        let owed = s.carry.clawback;
        take(lines, owed, &|carried| Explain::ClawbackCarried {
            owed,
            carried,
        });
    }
    for (refund, payment_month, rate_bp) in &s.refunds {
        let owed = rate_bp.of(*refund);
        take(lines, owed, &|carried| Explain::Clawback {
            refund: *refund,
            payment_month: *payment_month,
            rate_bp: *rate_bp,
            owed,
            carried,
        });
    }
    // Reductions: each a share of the same variable pay, together at most all of it.
    let v = variable(lines);
    let mut left = v.max(0);
    for (percent_bp, reason) in &s.reductions {
        let want = reduction_share(v, *percent_bp);
        let take = want.min(left);
        lines.push(Line {
            amount: -take,
            fixed: false,
            explain: Explain::Reduction {
                variable: v,
                percent_bp: *percent_bp,
                reason: reason.clone(),
                left: (take < want).then_some(left),
            },
        });
        left -= take;
    }
    if let Some(d) = s.draw {
        let earned = total(lines);
        if d.within {
            if earned < d.minimum {
                lines.push(Line {
                    amount: d.minimum - earned,
                    fixed: false,
                    explain: Explain::DrawTopUp {
                        minimum: d.minimum,
                        earned,
                    },
                });
                if d.recoverable {
                    carry.draw += d.minimum - earned;
                }
            }
        } else if carry.draw > 0 {
            let v = variable(lines);
            let repaid = d.recover_bp.as_share().of(v.max(0)).min(carry.draw);
            if repaid > 0 {
                lines.push(Line {
                    amount: -repaid,
                    fixed: false,
                    explain: Explain::DrawRecovery {
                        balance: carry.draw,
                        variable: v,
                        recover_bp: d.recover_bp,
                    },
                });
                carry.draw -= repaid;
            }
        }
    }
    carry
}

/// What a reduction of `percent_bp` asks of `variable` pay (none of a negative one): `variable × percent`, rounded
/// once. The payslip line takes this, or what the reductions before it left.
pub fn reduction_share(variable: i64, percent_bp: Bp) -> i64 {
    percent_bp.as_share().of(variable.max(0))
}

/// A payslip's total: the sum of its lines.
pub fn total(lines: &[Line]) -> i64 {
    lines.iter().map(|l| l.amount).sum()
}
