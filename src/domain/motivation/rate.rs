//! Rates and shares in basis points (1 bp = 0.01 %, 10 000 bp = 100 %), and the one rounding of money: a share of
//! an amount is computed exactly in 128-bit integers and rounded once, half away from zero, to the kopeck.

/// 100 % in basis points (defined in `core`, where discipline's shares need it too).
pub use crate::domain::core::unit::WHOLE_BP as WHOLE;

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

/// `amount × bp / 10 000`: a rate applied to an amount (5 % of 1 540 000,00 ₽ is `share(154_000_000, 500)`).
pub fn share(amount: i64, bp: i64) -> i64 {
    mul_div(amount, bp, WHOLE)
}

/// Plan completion in basis points, `fact / plan × 100 %`, rounded down (shown to one decimal: 104,2 %). Tier and
/// gate checks do not use it: they compare `fact × 10 000` with `plan × threshold` exactly ([`reached`]).
pub fn completion(fact: i64, plan: i64) -> Option<i64> {
    (plan > 0).then(|| (fact as i128 * WHOLE as i128 / plan as i128) as i64)
}

/// Whether `fact` reaches `threshold_bp` of `plan`, exactly (no rounding of the completion).
pub fn reached(fact: i64, plan: i64, threshold_bp: i64) -> bool {
    fact as i128 * WHOLE as i128 >= plan as i128 * threshold_bp as i128
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_is_half_away_from_zero_once() {
        // 1 540 000,00 ₽ × 5 % = 77 000,00 ₽ exactly.
        assert_eq!(share(154_000_000, 500), 7_700_000);
        // 0,05 ₽ × 50 % = 0,025 → 0,03; and the negative mirror.
        assert_eq!(share(5, 5_000), 3);
        assert_eq!(share(-5, 5_000), -3);
        // 0,01 ₽ × 49,99 % = 0,004999 → 0.
        assert_eq!(share(1, 4_999), 0);
        assert_eq!(mul_div(10, 1, 3), 3);
        assert_eq!(mul_div(20, 1, 3), 7);
    }

    #[test]
    fn completion_and_reached() {
        // 1 042 of 1 000 is 104,2 %.
        assert_eq!(completion(1_042, 1_000), Some(10_420));
        assert_eq!(completion(1, 0), None);
        // 2 of 3 is 66,66… %: reaches 66,66 % but not 66,67 %.
        assert!(reached(2, 3, 6_666));
        assert!(!reached(2, 3, 6_667));
    }
}
