//! A summed metric's pace against its plan, and a ratio metric's Σ/Σ: the formulas of `planfact`'s list.

/// Where a plan stands against its pace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// No plan for the period.
    NoPlan,
    /// The period has no elapsed working day yet.
    NotStarted,
    /// The plan is already reached.
    Done,
    OnTrack,
    Behind,
    AtRisk,
}

pub use crate::domain::core::settings::Bands;

/// A summed metric's plan and fact over a period, with the working days that drive pace.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pace {
    pub plan: i64,
    pub fact: i64,
    /// Working days in the period.
    pub days_total: u32,
    /// Working days up to the facts' day.
    pub days_elapsed: u32,
}

/// `a / b` rounded half away from zero (`b > 0`), saturating at `i64`'s ends instead of wrapping.
pub(super) fn round_div(a: i128, b: i128) -> i64 {
    let q = (a.abs().saturating_mul(2).saturating_add(b)) / (2 * b);
    let signed = q * a.signum();
    i64::try_from(signed).unwrap_or(if signed < 0 { i64::MIN } else { i64::MAX })
}

/// `a / b` rounded up (`a ≥ 0`, `b > 0`), saturating at `i64::MAX` instead of wrapping.
pub(super) fn ceil_div(a: i128, b: i128) -> i64 {
    i64::try_from(a.saturating_add(b - 1) / b).unwrap_or(i64::MAX)
}

impl Pace {
    /// Plan completion = fact / plan, as a share (0.875 shows as 87,5 %), like every share in the app.
    pub fn completion(&self) -> Option<f64> {
        (self.plan > 0).then(|| self.fact as f64 / self.plan as f64)
    }

    /// Deviation = fact − plan.
    pub fn deviation(&self) -> i64 {
        self.fact - self.plan
    }

    /// What is still to do = max(plan − fact, 0): nothing once the plan is reached.
    pub fn shortfall(&self) -> i64 {
        self.plan.saturating_sub(self.fact).max(0)
    }

    /// The completion meter's fill, whole percent: completion × 100 rounded, capped at 200 (a bar twice over the plan
    /// already says "far over"); 0 without a plan.
    pub fn meter_percent(&self) -> u32 {
        self.completion()
            .map(|c| (c * 100.0).round().clamp(0.0, 200.0) as u32)
            .unwrap_or(0)
    }

    pub fn days_left(&self) -> u32 {
        self.days_total.saturating_sub(self.days_elapsed)
    }

    /// Expected to date = plan × elapsed / total working days.
    pub fn expected(&self) -> i64 {
        if self.days_total == 0 {
            return self.plan;
        }
        round_div(
            self.plan as i128 * self.days_elapsed as i128,
            self.days_total as i128,
        )
    }

    /// Pace index = fact / expected to date.
    pub fn pace_index(&self) -> Option<f64> {
        let expected = self.expected();
        (expected > 0).then(|| self.fact as f64 / expected as f64)
    }

    /// Run-rate forecast = fact / elapsed × total working days.
    pub fn forecast(&self) -> Option<i64> {
        (self.days_elapsed > 0).then(|| {
            round_div(
                self.fact as i128 * self.days_total as i128,
                self.days_elapsed as i128,
            )
        })
    }

    /// Required daily rate = (plan − fact) / remaining working days, rounded up; 0 once the plan is reached;
    /// `None` when no working day is left to reach it.
    pub fn required_per_day(&self) -> Option<i64> {
        let gap = self.plan - self.fact;
        if gap <= 0 {
            return Some(0);
        }
        let left = self.days_left();
        (left > 0).then(|| ceil_div(gap as i128, left as i128))
    }

    pub fn status(&self, bands: Bands) -> Status {
        if self.plan <= 0 {
            Status::NoPlan
        } else if self.fact >= self.plan {
            Status::Done
        } else if self.days_elapsed == 0 {
            Status::NotStarted
        } else {
            // pace index in percent, compared in integers: fact × 100 vs expected × threshold.
            let expected = self.expected().max(1) as i128;
            let pct = self.fact as i128 * 100;
            if pct >= expected * bands.on_track_from as i128 {
                Status::OnTrack
            } else if pct >= expected * bands.at_risk_below as i128 {
                Status::Behind
            } else {
                Status::AtRisk
            }
        }
    }
}

/// A derived value as its summed parts; shown as `num / den` (× 100 for percent).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Ratio {
    pub num: i64,
    pub den: i64,
}

impl Ratio {
    pub fn value(&self) -> Option<f64> {
        (self.den != 0).then(|| self.num as f64 / self.den as f64)
    }
}
