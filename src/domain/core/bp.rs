//! Basis points, the one unit of every rate, weight, threshold and share (1 bp = 0.01 %, 10 000 bp = 100 %), and
//! the one rounding of money: a share of an amount is computed exactly in 128-bit integers and rounded once, half
//! away from zero, to the kopeck. Stored as the bare integer (`"rate_bp": 500`), so files and databases written
//! before the type existed read the same.

use serde::{Deserialize, Serialize};

/// A rate or a share in basis points: 5 % is `Bp(500)`, a ×1,25 accelerator `Bp(12_500)`.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Bp(pub i64);

impl Bp {
    pub const ZERO: Bp = Bp(0);
    /// 100 %.
    pub const WHOLE: Bp = Bp(10_000);

    /// A whole percent as basis points (25 → 2 500 bp).
    pub const fn percent(p: i64) -> Bp {
        Bp(p * 100)
    }

    /// This rate of `amount`, `amount × bp / 10 000` rounded once half away from zero (5 % of 1 540 000,00 ₽ is
    /// `Bp(500).of(154_000_000)` = 77 000,00 ₽).
    pub fn of(self, amount: i64) -> i64 {
        mul_div(amount, self.0, Bp::WHOLE.0)
    }

    /// The whole percent a field shows (2 550 bp → 25, rounded toward zero).
    pub fn whole_percent(self) -> i64 {
        self.0 / 100
    }

    /// A whole percent typed into a field (`"25"`, `" 25 "`), or `None` for anything but a whole number in
    /// `1..=100`.
    pub fn parse_whole_percent(text: &str) -> Option<Bp> {
        text.trim()
            .parse::<i64>()
            .ok()
            .filter(|p| (1..=100).contains(p))
            .map(Bp::percent)
    }

    /// Held to a share of a whole, `0..=100 %` (a reduction or a recovery never takes more than all of it).
    pub fn as_share(self) -> Bp {
        Bp(self.0.clamp(0, Bp::WHOLE.0))
    }

    /// `part` of `whole` in basis points, rounded down (a plan completion: 1 042 of 1 000 is 10 420 bp, shown as
    /// 104,2 %); `None` of nothing.
    pub fn ratio(part: i64, whole: i64) -> Option<Bp> {
        (whole > 0).then(|| Bp((i128::from(part) * 10_000 / i128::from(whole)) as i64))
    }

    /// `part` of `whole` in basis points, rounded half away from zero (a payroll's share of the month's payments);
    /// `None` of nothing.
    pub fn rounded_ratio(part: i64, whole: i64) -> Option<Bp> {
        (whole > 0).then(|| Bp(mul_div(part, Bp::WHOLE.0, whole)))
    }
}

/// `amount × num / den`, rounded half away from zero. `den` must not be zero (callers check).
pub fn mul_div(amount: i64, num: i64, den: i64) -> i64 {
    let (n, d) = (amount as i128 * num as i128, den as i128);
    let q = n / d;
    let r = n % d;
    // Half away from zero: compare twice the remainder with the divisor, in absolute values.
    let up = 2 * r.abs() >= d.abs();
    let sign = if (n < 0) != (d < 0) { -1 } else { 1 };
    let q = if up { q + sign } else { q };
    q.clamp(i64::MIN as i128, i64::MAX as i128) as i64
}

impl std::ops::Add for Bp {
    type Output = Bp;
    fn add(self, other: Bp) -> Bp {
        Bp(self.0 + other.0)
    }
}

impl std::ops::Sub for Bp {
    type Output = Bp;
    fn sub(self, other: Bp) -> Bp {
        Bp(self.0 - other.0)
    }
}

impl std::iter::Sum for Bp {
    fn sum<I: Iterator<Item = Bp>>(iter: I) -> Bp {
        Bp(iter.map(|b| b.0).sum())
    }
}
