//! Plan completion and the exact checks of thresholds against it, and the apportioning of one rounded figure into
//! parts; rates themselves are [`Bp`], whose `of` is the one rounding of a share of money.

pub use crate::domain::core::bp::{mul_div, Bp};

/// Plan completion, `fact / plan × 100 %`, rounded down (shown to one decimal: 104,2 %). Tier, gate and band
/// checks never compare this rounded figure: they are exact ([`reached`], [`threshold_amount`]).
pub fn completion(fact: i64, plan: i64) -> Option<Bp> {
    Bp::ratio(fact, plan)
}

/// Whether `fact` reaches `threshold` of `plan`, exactly: `fact × 10 000 ≥ plan × threshold` (no rounding of the
/// completion). The completion bands of a salary-share bonus are checked with it.
pub fn reached(fact: i64, plan: i64, threshold: Bp) -> bool {
    fact as i128 * Bp::WHOLE.0 as i128 >= plan as i128 * threshold.0 as i128
}

/// The smallest whole amount that reaches `threshold` of `plan`: `⌈plan × threshold / 100 %⌉`. A commission's tier
/// starts, gate and accelerator threshold by completion become these amounts, so the payslip compares amounts it
/// shows and the comparison is still exact: `base ≥ threshold_amount(plan, t)` exactly when `reached(base, plan,
/// t)` (a property test holds the two together).
pub fn threshold_amount(plan: i64, threshold: Bp) -> i64 {
    let n = plan as i128 * threshold.0 as i128;
    let d = Bp::WHOLE.0 as i128;
    let q = n.div_euclid(d) + i128::from(n.rem_euclid(d) != 0);
    q.clamp(i64::MIN as i128, i64::MAX as i128) as i64
}

/// Exact parts of one figure, as numerators over `den` (> 0), rounded **once**: the figure is their exact sum
/// rounded half away from zero, and each part is shown as its exact value rounded down or up so that the shown
/// parts add up to the figure (the parts with the largest remainders go up; among equal remainders the earlier).
/// Every shown part is within one kopeck of its exact value.
pub fn apportion(parts: &[i128], den: i128) -> (i64, Vec<i64>) {
    let sum: i128 = parts.iter().sum();
    let total = round_div(sum, den);
    let mut shown: Vec<i128> = parts.iter().map(|p| p.div_euclid(den)).collect();
    // Σ floors ≤ exact sum, so the rounded sum is at least Σ floors and at most Σ floors + parts.len().
    let left = total - shown.iter().sum::<i128>();
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by(|a, b| {
        parts[*b]
            .rem_euclid(den)
            .cmp(&parts[*a].rem_euclid(den))
            .then(a.cmp(b))
    });
    for i in order.into_iter().take(left.max(0) as usize) {
        shown[i] += 1;
    }
    let clamp = |v: i128| v.clamp(i64::MIN as i128, i64::MAX as i128) as i64;
    (clamp(total), shown.into_iter().map(clamp).collect())
}

/// `n / d` rounded half away from zero, for `d > 0`.
fn round_div(n: i128, d: i128) -> i128 {
    let q = n / d;
    let r = n % d;
    if 2 * r.abs() >= d {
        q + n.signum()
    } else {
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_is_half_away_from_zero_once() {
        // 1 540 000,00 ₽ × 5 % = 77 000,00 ₽ exactly.
        assert_eq!(Bp(500).of(154_000_000), 7_700_000);
        // 0,05 ₽ × 50 % = 0,025 → 0,03; and the negative mirror.
        assert_eq!(Bp(5_000).of(5), 3);
        assert_eq!(Bp(5_000).of(-5), -3);
        // 0,01 ₽ × 49,99 % = 0,004999 → 0.
        assert_eq!(Bp(4_999).of(1), 0);
        assert_eq!(mul_div(10, 1, 3), 3);
        assert_eq!(mul_div(20, 1, 3), 7);
    }

    #[test]
    fn completion_and_reached() {
        // 1 042 of 1 000 is 104,2 %.
        assert_eq!(completion(1_042, 1_000), Some(Bp(10_420)));
        assert_eq!(completion(1, 0), None);
        // 2 of 3 is 66,66… %: reaches 66,66 % but not 66,67 %.
        assert!(reached(2, 3, Bp(6_666)));
        assert!(!reached(2, 3, Bp(6_667)));
        // 90 % of 333 333,33 ₽ is 299 999,997 ₽: the smallest amount that reaches it is 300 000,00 ₽.
        assert_eq!(threshold_amount(33_333_333, Bp(9_000)), 30_000_000);
        // 66,67 % of 3 kopecks is 2,0001: 3 kopecks reach it, 2 do not.
        assert_eq!(threshold_amount(3, Bp(6_667)), 3);
        assert_eq!(threshold_amount(1_000, Bp(10_000)), 1_000);
        assert_eq!(threshold_amount(0, Bp(10_000)), 0);
    }

    #[test]
    fn apportion_rounds_once_and_the_parts_add_up() {
        // 0,4 + 0,4 − 0,4 kopecks: the sum 0,4 rounds to 0, and the parts shown are 0, 0 and 0 (not 0 + 0 − 1).
        assert_eq!(apportion(&[4, 4, -4], 10), (0, vec![0, 0, 0]));
        // 0,5 + 0,5: one kopeck, given to the first part.
        assert_eq!(apportion(&[5, 5], 10), (1, vec![1, 0]));
        // 1,6 + 2,7 = 4,3 → 4: 1 + 3 (the larger remainder goes up).
        assert_eq!(apportion(&[16, 27], 10), (4, vec![1, 3]));
        // A negative sum: −2,5 → −3 (half away from zero).
        assert_eq!(apportion(&[-25], 10), (-3, vec![-3]));
        assert_eq!(apportion(&[], 10), (0, vec![]));
    }
}
