//! [`Extra`]: the undeclared members of one JSON object, in one pointer.

use std::fmt;
use std::ops::{Deref, DerefMut};
use std::sync::LazyLock;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

/// The members of a JSON object that its model does not declare, kept
/// verbatim so that encoding writes them back.
///
/// It reads and writes like the [`serde_json::Map`] it dereferences to
/// (`get`, `contains_key`, `iter`, `insert`, `entry`, …), but takes one
/// pointer: the map is only allocated once something is put in it. Nearly
/// every object Terra sends has nothing undeclared, and the most numerous
/// ones are small samples (a timestamp and one or two numbers), where a
/// map inline would take about as much room as the sample's values.
///
/// Mutable access through `DerefMut` allocates the map if there is none
/// yet; [`Extra::remove`] and [`Extra::clear`] do not.
///
/// ```
/// use tryterra_core::models::Extra;
///
/// let mut extra = Extra::new();
/// assert!(extra.is_empty());
/// assert_eq!(std::mem::size_of::<Extra>(), std::mem::size_of::<usize>());
///
/// extra.insert("terra_reference".into(), "ref-1".into());
/// assert_eq!(extra["terra_reference"], "ref-1");
/// assert_eq!(serde_json::to_string(&extra).unwrap(), r#"{"terra_reference":"ref-1"}"#);
///
/// assert_eq!(extra.remove("terra_reference"), Some("ref-1".into()));
/// assert_eq!(extra, Extra::new());
/// ```
#[derive(Clone, Default)]
pub struct Extra(Option<Box<Map<String, Value>>>);

/// What an `Extra` with no map reads as.
static EMPTY: LazyLock<Map<String, Value>> = LazyLock::new(Map::new);

impl Extra {
    /// No members (and no allocation).
    #[inline]
    pub const fn new() -> Self {
        Self(None)
    }

    /// Takes out the member `key`, if there is one.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        self.0.as_mut()?.remove(key)
    }

    /// Removes every member, and frees the map.
    pub fn clear(&mut self) {
        self.0 = None;
    }

    /// Adds or replaces the member `key`, giving back the value it replaced.
    #[inline]
    pub fn insert(&mut self, key: String, value: Value) -> Option<Value> {
        self.0.get_or_insert_with(Box::default).insert(key, value)
    }

    /// The members as a map, for building a [`Value::Object`].
    pub fn into_map(self) -> Map<String, Value> {
        self.0.map(|m| *m).unwrap_or_default()
    }
}

impl Deref for Extra {
    type Target = Map<String, Value>;
    #[inline]
    fn deref(&self) -> &Map<String, Value> {
        match &self.0 {
            Some(m) => m,
            None => &EMPTY,
        }
    }
}

impl DerefMut for Extra {
    #[inline]
    fn deref_mut(&mut self) -> &mut Map<String, Value> {
        self.0.get_or_insert_with(Box::default)
    }
}

/// Equal when the members are: an `Extra` emptied by `remove` equals
/// a new one.
impl PartialEq for Extra {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl Eq for Extra {}

impl fmt::Debug for Extra {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl From<Map<String, Value>> for Extra {
    fn from(map: Map<String, Value>) -> Self {
        if map.is_empty() {
            Self(None)
        } else {
            Self(Some(Box::new(map)))
        }
    }
}

impl From<Extra> for Map<String, Value> {
    fn from(extra: Extra) -> Self {
        extra.into_map()
    }
}

impl FromIterator<(String, Value)> for Extra {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(iter: I) -> Self {
        Map::from_iter(iter).into()
    }
}

impl Extend<(String, Value)> for Extra {
    fn extend<I: IntoIterator<Item = (String, Value)>>(&mut self, iter: I) {
        let mut iter = iter.into_iter().peekable();
        if iter.peek().is_some() {
            (**self).extend(iter);
        }
    }
}

impl IntoIterator for Extra {
    type Item = (String, Value);
    type IntoIter = serde_json::map::IntoIter;
    fn into_iter(self) -> Self::IntoIter {
        self.into_map().into_iter()
    }
}

impl<'a> IntoIterator for &'a Extra {
    type Item = (&'a String, &'a Value);
    type IntoIter = serde_json::map::Iter<'a>;
    fn into_iter(self) -> Self::IntoIter {
        (**self).iter()
    }
}

impl<'a> IntoIterator for &'a mut Extra {
    type Item = (&'a String, &'a mut Value);
    type IntoIter = serde_json::map::IterMut<'a>;
    fn into_iter(self) -> Self::IntoIter {
        (**self).iter_mut()
    }
}

impl Serialize for Extra {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(s)
    }
}

impl<'de> Deserialize<'de> for Extra {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Map::deserialize(d).map(Self::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_as_an_empty_map_until_written() {
        let mut e = Extra::new();
        assert_eq!(e.len(), 0);
        assert!(e.get("a").is_none());
        assert_eq!(e.remove("a"), None);
        assert!(e.0.is_none(), "remove on nothing must not allocate");
        e.extend(std::iter::empty());
        assert!(e.0.is_none(), "an empty extend must not allocate");
        e.insert("a".into(), 1.into());
        e.entry("b").or_insert(2.into());
        assert_eq!(e.keys().collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(format!("{e:?}"), format!("{:?}", e.clone().into_map()));
        let back: Extra = serde_json::from_str(&serde_json::to_string(&e).unwrap()).unwrap();
        assert_eq!(back, e);
        e.clear();
        assert_eq!(e, Extra::new());
        let empty: Extra = serde_json::from_str("{}").unwrap();
        assert!(empty.0.is_none());
    }
}
