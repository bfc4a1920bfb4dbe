//! A form's draft saved over a record that changed since the form opened (another tab, or an import, saved it): a
//! three-way merge field by field. The fields the user changed come from the draft; every other field comes from
//! the record as it is now, so a stale form never writes back a field its user did not touch.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// `draft` (edited from `base`) moved onto `current`: for each field, the draft's value where it differs from
/// `base`, else `current`'s. Nested objects (a manager's status) are merged the same way; lists are one value.
/// Where both sides changed one field, the draft wins: it is what the user is looking at and saving.
pub fn rebase<T: Serialize + DeserializeOwned + Clone>(base: &T, draft: &T, current: &T) -> T {
    // Through JSON text and the same typing the app reads records with, so no second per-kind serde path lands in
    // the web bundle.
    let value =
        |t: &T| -> Option<Value> { serde_json::from_str(&serde_json::to_string(t).ok()?).ok() };
    let (Some(base), Some(ours), Some(theirs)) = (value(base), value(draft), value(current)) else {
        return draft.clone();
    };
    serde_path_to_error::deserialize(&merge(&base, &ours, &theirs))
        .unwrap_or_else(|_| draft.clone())
}

fn merge(base: &Value, ours: &Value, theirs: &Value) -> Value {
    if ours == base {
        return theirs.clone();
    }
    match (base, ours, theirs) {
        (Value::Object(b), Value::Object(o), Value::Object(t)) => {
            let mut out = t.clone();
            for (key, mine) in o {
                let merged = match (b.get(key), t.get(key)) {
                    (Some(bv), Some(tv)) => merge(bv, mine, tv),
                    _ => mine.clone(),
                };
                out.insert(key.clone(), merged);
            }
            Value::Object(out)
        }
        _ => ours.clone(),
    }
}
