//! `DictTable`: the insertion-ordered hash table behind dict, set and frozenset.
//!
//! Layout as in CPython 3.6+: a dense `entries` vector in insertion order, and a sparse
//! power-of-two `indices` table of positions into it, probed with the perturbation sequence.
//! Removing an entry leaves a hole (`key` is `Null`) that compaction reclaims on resize.
//!
//! The table never calls Python code. Key equality is decided by a caller-supplied fast test
//! that may answer "don't know" (a user-defined `__eq__`); the lookup then reports the
//! candidate entries so the caller can compare them with no borrow held, and retry if the
//! table changed meanwhile (`version` moves on every mutation).

use crate::value::Value;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Clone, Default)]
pub struct DictTable {
    indices: Vec<u32>,
    entries: Vec<Entry>,
    live: usize,
    pub version: u64,
}

pub enum Lookup {
    Found(usize),
    Missing,
    /// Entries whose hash matches but whose equality needs Python code.
    Unsure(Vec<usize>),
}

impl DictTable {
    pub fn new() -> DictTable {
        DictTable::default()
    }

    pub fn with_capacity(n: usize) -> DictTable {
        let mut t = DictTable::default();
        if n > 0 {
            t.indices = vec![EMPTY; (n * 3 / 2 + 1).next_power_of_two().max(8)];
            t.entries.reserve(n);
        }
        t
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.live
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// Live entries in insertion order, with their positions.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !matches!(e.key, Value::Null))
    }

    /// The entry at a position, if it is live (positions are stable until a resize).
    pub fn entry_at(&self, pos: usize) -> Option<&Entry> {
        self.entries.get(pos).filter(|e| !matches!(e.key, Value::Null))
    }

    /// Number of entry slots (live or not) — for iterators that walk positions.
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    pub fn entry(&self, index: usize) -> &Entry {
        &self.entries[index]
    }

    /// The value at `hint` if that entry's key is the object `key` itself (no hashing).
    #[inline]
    pub fn value_at_hint(&self, hint: usize, key: &crate::value::ObjRef) -> Option<Value> {
        match self.entries.get(hint) {
            Some(Entry { key: Value::Obj(k), value, .. }) if std::rc::Rc::ptr_eq(k, key) => Some(value.clone()),
            _ => None,
        }
    }

    /// The position of a str key (compared by identity, then by text).
    pub fn index_of_str(&self, key: &crate::value::ObjRef) -> Option<usize> {
        let hash = match &key.payload {
            crate::object::Payload::Str(s) => s.hash(),
            _ => return None,
        };
        let k = Value::Obj(key.clone());
        match self.lookup(hash, &k, |a, b| match (a, b) {
            (Value::Obj(x), Value::Obj(y)) => Some(std::rc::Rc::ptr_eq(x, y) || (x.as_str().is_some() && x.as_str() == y.as_str())),
            _ => Some(false),
        }) {
            Lookup::Found(i) => Some(i),
            _ => None,
        }
    }

    pub fn set_value(&mut self, index: usize, value: Value) {
        self.entries[index].value = value;
        self.version += 1;
    }

    /// Finds `key`; `eq(a, b)` answers `Some(bool)` when it can decide without Python code.
    pub fn lookup(&self, hash: i64, key: &Value, eq: impl Fn(&Value, &Value) -> Option<bool>) -> Lookup {
        if self.indices.is_empty() {
            return Lookup::Missing;
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut unsure = Vec::new();
        loop {
            let slot = self.indices[i];
            if slot == EMPTY {
                return if unsure.is_empty() { Lookup::Missing } else { Lookup::Unsure(unsure) };
            }
            if slot != DUMMY {
                let e = &self.entries[slot as usize];
                if e.hash == hash {
                    match eq(&e.key, key) {
                        Some(true) => return Lookup::Found(slot as usize),
                        Some(false) => {}
                        None => unsure.push(slot as usize),
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Appends a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.resize((self.live + 1) * 3);
        }
        let pos = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.place(hash, pos);
        self.live += 1;
        self.version += 1;
    }

    fn place(&mut self, hash: i64, pos: u32) {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] != EMPTY && self.indices[i] != DUMMY {
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        self.indices[i] = pos;
    }

    fn resize(&mut self, min_slots: usize) {
        let size = min_slots.next_power_of_two().max(8);
        self.entries.retain(|e| !matches!(e.key, Value::Null));
        self.indices = vec![EMPTY; size];
        for pos in 0..self.entries.len() {
            let hash = self.entries[pos].hash;
            self.place(hash, pos as u32);
        }
    }

    /// Removes the entry at a position found by `lookup`.
    pub fn remove_at(&mut self, pos: usize) -> Entry {
        let mask = self.indices.len() - 1;
        let hash = self.entries[pos].hash;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] != pos as u32 {
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        self.indices[i] = DUMMY;
        let removed = std::mem::replace(&mut self.entries[pos], Entry { hash: 0, key: Value::Null, value: Value::Null });
        self.live -= 1;
        self.version += 1;
        if self.live == 0 {
            self.entries.clear();
            self.indices.iter_mut().for_each(|s| *s = EMPTY);
        }
        removed
    }

    /// Removes and returns the last entry inserted.
    pub fn pop_last(&mut self) -> Option<Entry> {
        let pos = self.entries.iter().rposition(|e| !matches!(e.key, Value::Null))?;
        Some(self.remove_at(pos))
    }

    /// Removes and returns the first entry (set.pop order is arbitrary; we take the oldest).
    pub fn pop_first(&mut self) -> Option<Entry> {
        let pos = self.entries.iter().position(|e| !matches!(e.key, Value::Null))?;
        Some(self.remove_at(pos))
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.indices.clear();
        self.live = 0;
        self.version += 1;
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter().map(|e| (e.key.clone(), e.value.clone())).collect()
    }
}
