//! Stored values written as text (stamps, dates, metric keys), read without copying the text: serde hands the
//! parser the file's own characters. At the large scale a load reads some 300 000 such values, and a `String` for
//! each was a third of the time it took to type the records.

use serde::de::{Deserializer, Error, Visitor};
use std::fmt::Display;

/// Reads a text value and parses it with `parse`; a parse error becomes the deserialiser's error, in `parse`'s
/// words.
pub fn parsed<'de, D, T, E>(d: D, parse: impl FnOnce(&str) -> Result<T, E>) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    E: Display,
{
    struct Text<F>(F);
    impl<'de, T, E: Display, F: FnOnce(&str) -> Result<T, E>> Visitor<'de> for Text<F> {
        type Value = T;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<R: Error>(self, text: &str) -> Result<T, R> {
            (self.0)(text).map_err(R::custom)
        }
    }
    d.deserialize_str(Text(parse))
}

/// Like [`parsed`] for an optional value: `null` (or an absent field) is `None`.
pub fn parsed_option<'de, D, T, E>(
    d: D,
    parse: impl FnOnce(&str) -> Result<T, E>,
) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    E: Display,
{
    struct Maybe<F>(F);
    impl<'de, T, E: Display, F: FnOnce(&str) -> Result<T, E>> Visitor<'de> for Maybe<F> {
        type Value = Option<T>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a string or null")
        }
        fn visit_none<R: Error>(self) -> Result<Option<T>, R> {
            Ok(None)
        }
        fn visit_unit<R: Error>(self) -> Result<Option<T>, R> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Option<T>, D::Error> {
            parsed(d, self.0).map(Some)
        }
    }
    d.deserialize_option(Maybe(parse))
}

/// Text compared without case, surrounding spaces or the difference between «ё» and «е».
pub fn fold(s: &str) -> String {
    s.trim().to_lowercase().replace('ё', "е")
}
