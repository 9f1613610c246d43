//! `SetTable`: the hash table behind set and frozenset, laid out as CPython 3.11's
//! (`Objects/setobject.c`), so that iteration order — and therefore every printed set — is
//! the same as CPython's for keys whose hashes agree (ints, floats, tuples of those, ...).
//!
//! The table is a power-of-two array of slots (at least `MINSIZE`), each unused, a dummy (left
//! by a deletion) or active. A key's probe sequence starts at `hash & mask`, looks at up to
//! `LINEAR_PROBES` following slots when they fit before the end of the table, then jumps to
//! `(i * 5 + 1 + perturb) & mask` with `perturb` the hash shifted right `PERTURB_SHIFT` bits
//! more each time. `fill` counts active + dummy slots, `used` active ones; the table grows
//! when an insertion into an unused slot brings `fill * 5` to `mask * 3`, and a resize
//! re-inserts the active keys in slot order. Iteration walks the slots in order.
//!
//! The table never calls Python code. A probe compares keys with a caller-supplied fast test
//! that may answer "don't know" (a user-defined `__eq__`); the probe then stops and hands back
//! a `Cursor`, so the caller can compare the two keys with no borrow held and resume the probe
//! — or restart it if, meanwhile, the table was reallocated (`generation` moved) or that slot
//! no longer holds the same key, which is when CPython restarts.

use crate::value::Value;

pub const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Unused,
    Dummy,
    Active { hash: i64, key: Value },
}

#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    /// Where `pop` starts looking (CPython's `finger`).
    finger: usize,
    /// Moves whenever the slot array is replaced (resize, clear), so a probe interrupted by
    /// Python code can tell its positions are meaningless.
    pub generation: u64,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

/// The probe sequence of one hash in a table of a given mask.
#[derive(Clone, Copy)]
struct ProbeSeq {
    mask: usize,
    base: usize,
    offset: usize,
    run: usize,
    perturb: u64,
}

fn linear_run(base: usize, mask: usize) -> usize {
    if base + LINEAR_PROBES <= mask {
        LINEAR_PROBES
    } else {
        0
    }
}

impl ProbeSeq {
    fn new(hash: i64, mask: usize) -> ProbeSeq {
        let base = (hash as u64 as usize) & mask;
        ProbeSeq { mask, base, offset: 0, run: linear_run(base, mask), perturb: hash as u64 }
    }

    #[inline]
    fn index(&self) -> usize {
        self.base + self.offset
    }

    #[inline]
    fn advance(&mut self) {
        if self.offset < self.run {
            self.offset += 1;
        } else {
            self.perturb >>= PERTURB_SHIFT;
            self.base = self.base.wrapping_mul(5).wrapping_add(1).wrapping_add(self.perturb as usize) & self.mask;
            self.offset = 0;
            self.run = linear_run(self.base, self.mask);
        }
    }
}

/// Where an interrupted probe resumes (see `SetTable::probe`).
#[derive(Clone, Copy)]
pub struct Cursor {
    seq: ProbeSeq,
    freeslot: Option<usize>,
}

pub enum Probe {
    /// The key is in this slot.
    Found(usize),
    /// The key is absent: `unused` is the unused slot that ended the probe, `freeslot` the last
    /// dummy passed on the way (where an insertion goes instead, as in CPython).
    Absent { unused: usize, freeslot: Option<usize> },
    /// The key in `slot` has the same hash but comparing needs Python code: compare, then
    /// `Found(slot)` if equal, else resume with `cursor`.
    Ask { slot: usize, cursor: Cursor },
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable { slots: vec![Slot::Unused; MINSIZE], fill: 0, used: 0, finger: 0, generation: 0 }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    #[inline]
    pub fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Number of slots (for iterators that walk slot positions).
    #[inline]
    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    /// The active entry at a slot position, if any.
    #[inline]
    pub fn entry_at(&self, pos: usize) -> Option<(i64, &Value)> {
        match self.slots.get(pos) {
            Some(Slot::Active { hash, key }) => Some((*hash, key)),
            _ => None,
        }
    }

    /// The next active entry at or after `pos`: (its position, hash, key).
    pub fn next_entry(&self, mut pos: usize) -> Option<(usize, i64, &Value)> {
        while pos < self.slots.len() {
            if let Slot::Active { hash, key } = &self.slots[pos] {
                return Some((pos, *hash, key));
            }
            pos += 1;
        }
        None
    }

    /// Active entries (hash, key) in slot order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active { hash, key } => Some((*hash, key)),
            _ => None,
        })
    }

    /// Active entries (hash, key) in slot order, cloned.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.iter().map(|(h, k)| (h, k.clone())).collect()
    }

    /// Keys in slot order.
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|(_, k)| k.clone()).collect()
    }

    /// Probes for `key`; `eq(table_key, key)` answers `Some(bool)` when it can decide without
    /// Python code. `resume` continues a probe that answered `Ask`.
    pub fn probe(&self, hash: i64, key: &Value, eq: impl Fn(&Value, &Value) -> Option<bool>, resume: Option<Cursor>) -> Probe {
        let (mut seq, mut freeslot) = match resume {
            Some(c) => (c.seq, c.freeslot),
            None => (ProbeSeq::new(hash, self.mask()), None),
        };
        loop {
            let i = seq.index();
            match &self.slots[i] {
                Slot::Unused => return Probe::Absent { unused: i, freeslot },
                Slot::Dummy => freeslot = Some(i),
                Slot::Active { hash: h, key: k } => {
                    if *h == hash {
                        match eq(k, key) {
                            Some(true) => return Probe::Found(i),
                            Some(false) => {}
                            None => {
                                seq.advance();
                                return Probe::Ask { slot: i, cursor: Cursor { seq, freeslot } };
                            }
                        }
                    }
                }
            }
            seq.advance();
        }
    }

    /// Whether a slot still holds this very key.
    pub fn slot_holds(&self, slot: usize, key: &Value) -> bool {
        matches!(self.slots.get(slot), Some(Slot::Active { key: k, .. }) if k.is(key))
    }

    /// The key in an active slot.
    pub fn key_at(&self, slot: usize) -> Value {
        match &self.slots[slot] {
            Slot::Active { key, .. } => key.clone(),
            _ => Value::None,
        }
    }

    /// Inserts a key that a probe reported `Absent` (with no mutation since), as CPython's
    /// `set_add_entry` does: into the last dummy passed if any, else into the unused slot,
    /// growing the table when it gets 60% full.
    pub fn insert_absent(&mut self, hash: i64, key: Value, unused: usize, freeslot: Option<usize>) {
        self.used += 1;
        // (A dummy seen before Python code ran may have been reused since.)
        if let Some(f) = freeslot.filter(|&f| matches!(self.slots[f], Slot::Dummy)) {
            self.slots[f] = Slot::Active { hash, key };
            return;
        }
        self.slots[unused] = Slot::Active { hash, key };
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(if self.used > 50000 { self.used * 2 } else { self.used * 4 });
        }
    }

    /// Adds a key when equality never needs Python code (e.g. building from known-distinct
    /// or plain keys); returns whether it was added.
    pub fn add_fast(&mut self, hash: i64, key: Value, eq: impl Fn(&Value, &Value) -> Option<bool>) -> Option<bool> {
        match self.probe(hash, &key, eq, None) {
            Probe::Found(_) => Some(false),
            Probe::Absent { unused, freeslot } => {
                self.insert_absent(hash, key, unused, freeslot);
                Some(true)
            }
            Probe::Ask { .. } => None,
        }
    }

    /// Turns an active slot into a dummy; returns its key.
    pub fn remove_slot(&mut self, slot: usize) -> Value {
        let old = std::mem::replace(&mut self.slots[slot], Slot::Dummy);
        self.used -= 1;
        match old {
            Slot::Active { key, .. } => key,
            _ => Value::None,
        }
    }

    /// `set.pop()`: the first active slot at or after the finger (wrapping around).
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.slots[i], Slot::Active { .. }) {
            i += 1;
            if i > mask {
                i = 0;
            }
        }
        let key = self.remove_slot(i);
        self.finger = i + 1;
        Some(key)
    }

    /// Empties the table back to the minimum size (the finger stays, as in CPython).
    pub fn clear(&mut self) {
        self.slots = vec![Slot::Unused; MINSIZE];
        self.fill = 0;
        self.used = 0;
        self.generation += 1;
    }

    /// `set.__init__`'s reset: clears the table if anything was ever put in it.
    pub fn clear_if_filled(&mut self) {
        if self.fill > 0 {
            self.clear();
        }
    }

    /// Replaces the contents with another table's (CPython's `set_swap_bodies` as used by
    /// `intersection_update`: the finger is not swapped).
    pub fn replace_body(&mut self, other: SetTable) {
        self.slots = other.slots;
        self.fill = other.fill;
        self.used = other.used;
        self.generation += 1;
    }

    /// Inserts into a table known to hold no dummies and not the key (`set_insert_clean`).
    fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
        let mut seq = ProbeSeq::new(hash, slots.len() - 1);
        loop {
            let i = seq.index();
            if matches!(slots[i], Slot::Unused) {
                slots[i] = Slot::Active { hash, key };
                return;
            }
            seq.advance();
        }
    }

    /// `set_table_resize`: the smallest power-of-two size above `minused` (at least
    /// `MINSIZE`), active keys re-inserted in slot order, dummies dropped.
    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MINSIZE && self.slots.len() == MINSIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Unused; newsize]);
        for s in old {
            if let Slot::Active { hash, key } = s {
                Self::insert_clean(&mut self.slots, hash, key);
            }
        }
        self.fill = self.used;
        self.generation += 1;
    }

    /// The one big resize `set_merge` and the dict path of `set_update` do before inserting
    /// `incoming` keys.
    pub fn presize(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// The part of `set_merge(self, other)` that needs no key comparisons: after `presize`, if
    /// this table is empty, copies `other` slot for slot (same size, no dummies) or re-inserts
    /// its keys in slot order. Returns false (doing nothing) if this table is not empty.
    pub fn merge_into_empty(&mut self, other: &SetTable) -> bool {
        if other.used == 0 {
            return true;
        }
        self.presize(other.used);
        if self.fill != 0 {
            return false;
        }
        if self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots.clone_from(&other.slots);
        } else {
            for (hash, key) in other.iter() {
                Self::insert_clean(&mut self.slots, hash, key.clone());
            }
        }
        self.fill = other.used;
        self.used = other.used;
        true
    }

    /// After a batch of deletions (`difference_update`): resize the dummies away if they are
    /// more than a quarter of the table.
    pub fn purge_dummies_if_many(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(if self.used > 50000 { self.used * 2 } else { self.used * 4 });
        }
    }

    /// CPython's frozenset hash (`frozenset_hash`), from the keys' hashes.
    pub fn frozenset_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
        }
        let mut hash: u64 = 0;
        for (h, _) in self.iter() {
            hash ^= shuffle(h as u64);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1_927_868_237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
        if hash == u64::MAX {
            hash = 590_923_713;
        }
        hash as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::hash::hash_i64;

    fn ints(t: &SetTable) -> Vec<i64> {
        t.iter()
            .map(|(_, k)| match k {
                Value::Int(i) => *i,
                _ => panic!("not an int"),
            })
            .collect()
    }

    fn add_all(t: &mut SetTable, keys: &[i64]) {
        for &k in keys {
            let added = t.add_fast(hash_i64(k), Value::Int(k), crate::ops::hash::fast_eq);
            assert!(added.is_some());
        }
    }

    #[test]
    fn slot_order_matches_cpython() {
        // set([20, 3, 1, 7, 9]) grows to 32 slots at the fifth key.
        let mut t = SetTable::new();
        add_all(&mut t, &[20, 3, 1, 7, 9]);
        assert_eq!(ints(&t), [1, 3, 7, 9, 20]);
        assert_eq!(t.slot_count(), 32);
        // s = set(); s.update(frozenset(...)) sizes the table for the merge: 16 slots.
        let mut m = SetTable::new();
        assert!(m.merge_into_empty(&t));
        assert_eq!(m.slot_count(), 16);
        assert_eq!(ints(&m), [1, 3, 20, 7, 9]);
        // set([33, 25, 17, 9, 1]): re-inserted in slot order into 32 slots, 33 takes slot 1, 1 slot 2.
        let mut c = SetTable::new();
        add_all(&mut c, &[33, 25, 17, 9, 1]);
        assert_eq!(ints(&c), [33, 1, 9, 17, 25]);
    }

    #[test]
    fn pop_uses_the_finger_and_dummies_are_reused() {
        let mut t = SetTable::new();
        add_all(&mut t, &(0..64).step_by(4).collect::<Vec<_>>());
        let popped: Vec<i64> = (0..5)
            .map(|_| match t.pop() {
                Some(Value::Int(i)) => i,
                _ => panic!(),
            })
            .collect();
        assert_eq!(popped, [0, 32, 4, 36, 8]);
        let mut d = SetTable::new();
        add_all(&mut d, &[1, 9, 17]);
        if let Probe::Found(slot) = d.probe(hash_i64(9), &Value::Int(9), crate::ops::hash::fast_eq, None) {
            d.remove_slot(slot);
        }
        add_all(&mut d, &[25]);
        assert_eq!(ints(&d), [1, 25, 17]);
    }

    #[test]
    fn frozenset_hash_matches_cpython() {
        let mut t = SetTable::new();
        assert_eq!(t.frozenset_hash(), 133146708735736);
        add_all(&mut t, &[1, 2, 3]);
        assert_eq!(t.frozenset_hash(), -272375401224217160);
    }
}
