//! How metric ids are written in files and the database, a reference to a metric, and a metric's unit.

use super::*;
use crate::domain::core::dataset::Dataset;
use crate::domain::core::record::RecordId;

use crate::domain::core::unit::Unit;

/// How metric ids are written in files and in the database: a built-in by its name (`"payments"`), a custom metric
/// by its UUID. A day's facts name up to a dozen metrics, so this keeps a large department's export file a third
/// smaller and readable; in memory every metric is its id.
pub mod key {
    use super::Builtin;
    use crate::domain::core::record::RecordId;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::collections::BTreeMap;

    fn name(id: &RecordId) -> Option<&'static str> {
        Builtin::from_id(*id).map(|b| b.key())
    }

    fn parse(text: &str) -> Option<RecordId> {
        Builtin::ALL
            .into_iter()
            .find(|b| b.key() == text)
            .map(Builtin::id)
            .or_else(|| text.parse().ok())
    }

    fn checked(text: &str) -> Result<RecordId, String> {
        parse(text).ok_or_else(|| format!("unknown metric `{text}`"))
    }

    /// For a single metric id field.
    pub fn serialize<S: Serializer>(id: &RecordId, s: S) -> Result<S::Ok, S::Error> {
        match name(id) {
            Some(n) => s.serialize_str(n),
            None => id.serialize(s),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<RecordId, D::Error> {
        crate::domain::core::text::parsed(d, checked)
    }

    /// For an optional metric id field.
    pub mod option {
        use super::*;

        pub fn serialize<S: Serializer>(id: &Option<RecordId>, s: S) -> Result<S::Ok, S::Error> {
            match id {
                Some(id) => super::serialize(id, s),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<RecordId>, D::Error> {
            crate::domain::core::text::parsed_option(d, checked)
        }
    }

    /// For a map keyed by metric id.
    pub mod map {
        use super::*;

        pub fn serialize<S: Serializer>(
            m: &BTreeMap<RecordId, i64>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            s.collect_map(m.iter().map(|(id, v)| {
                (
                    name(id)
                        .map(str::to_string)
                        .unwrap_or_else(|| id.to_string()),
                    v,
                )
            }))
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(
            d: D,
        ) -> Result<BTreeMap<RecordId, i64>, D::Error> {
            // Keys read in place, each straight to its id (a day's facts are most of a large load).
            struct Key(RecordId);
            impl<'de> Deserialize<'de> for Key {
                fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Key, D::Error> {
                    crate::domain::core::text::parsed(d, checked).map(Key)
                }
            }
            struct Values;
            impl<'de> serde::de::Visitor<'de> for Values {
                type Value = BTreeMap<RecordId, i64>;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("a map")
                }
                fn visit_map<A: serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> Result<Self::Value, A::Error> {
                    let mut out = BTreeMap::new();
                    while let Some((Key(id), value)) = map.next_entry()? {
                        out.insert(id, value);
                    }
                    Ok(out)
                }
            }
            d.deserialize_map(Values)
        }
    }
}

impl crate::domain::core::links::Related for MetricDef {}

/// A reference to a metric, for [`Related::links`](crate::domain::core::links::Related::links): built-ins exist on
/// every device without a record, so they are no link at all.
pub fn metric_link(field: &'static str, id: RecordId) -> Option<crate::domain::core::links::Link> {
    Builtin::from_id(id)
        .is_none()
        .then(|| crate::domain::core::links::Link::to(field, crate::domain::StoreName::Metrics, id))
}

impl Dataset {
    /// A metric's unit: a built-in's, or a custom metric's from the catalog; `None` for a metric that exists nowhere.
    pub fn metric_unit(&self, metric: RecordId) -> Option<Unit> {
        Builtin::from_id(metric)
            .map(|b| b.unit())
            .or_else(|| self.metrics.get(&metric).map(|r| r.data.unit))
    }
}
