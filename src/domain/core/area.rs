//! The areas of the head of sales' cycle, in its order: what each store's records are about
//! ([`crate::domain::StoreName::area`]), and the order in which the domain's folders may depend on each other.

/// An area of the cycle; the domain has one folder per area, named as the variant in lower case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Area {
    /// What every record shares: the calendar, the settings.
    Core,
    /// The people: managers, absences, and hiring (O7).
    Team,
    /// P1–P6: metrics, plans, facts, reports, weekly actions, marketing.
    Planning,
    /// O1–O6 and M4's general meetings: time use, the CRM, hard clients, meetings with their protocols and promises.
    Organisation,
    /// T1–T5: cases, scripts, the training calendar, reviews and skills, standards' certification.
    Training,
    /// C1–C3: key metrics' findings, quality hypotheses, standards, discipline.
    Control,
    /// M1–M4: pay, contests, recognition, development, one-on-ones.
    Motivation,
}

impl Area {
    /// In the cycle's order.
    pub const ALL: [Area; 7] = [
        Area::Core,
        Area::Team,
        Area::Planning,
        Area::Organisation,
        Area::Training,
        Area::Control,
        Area::Motivation,
    ];

    /// The domain folder of the area (`src/domain/<folder>`).
    pub const fn folder(self) -> &'static str {
        match self {
            Area::Core => "core",
            Area::Team => "team",
            Area::Planning => "planning",
            Area::Organisation => "organisation",
            Area::Training => "training",
            Area::Control => "control",
            Area::Motivation => "motivation",
        }
    }
}
