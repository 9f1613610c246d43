//! `PyStr`: the payload of `str` objects.
//!
//! Text is stored as UTF-8. Python indexes strings by code point, so the number of code points
//! is recorded at creation; when it equals the byte length the string is ASCII and indexing is
//! direct. The hash is computed once and cached (0 means "not yet"; a real hash of 0 is
//! stored as 1, as Python hashes are never required to be 0).

use std::cell::Cell;

pub struct PyStr {
    value: Box<str>,
    char_len: usize,
    hash: Cell<i64>,
}

impl PyStr {
    pub fn new(value: impl Into<Box<str>>) -> PyStr {
        let value = value.into();
        let char_len = if value.is_ascii() { value.len() } else { value.chars().count() };
        PyStr { value, char_len, hash: Cell::new(0) }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.value
    }

    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.value.len()
    }

    /// The code point at a (non-negative, in-range) index.
    pub fn char_at(&self, index: usize) -> char {
        if self.is_ascii() {
            self.value.as_bytes()[index] as char
        } else {
            self.value.chars().nth(index).expect("index checked by caller")
        }
    }

    /// Byte offset of a code-point index (index may equal the length).
    pub fn byte_offset(&self, index: usize) -> usize {
        if self.is_ascii() {
            index
        } else {
            self.value.char_indices().nth(index).map_or(self.value.len(), |(b, _)| b)
        }
    }

    /// The substring between two code-point indices.
    pub fn slice(&self, start: usize, stop: usize) -> &str {
        if start >= stop {
            return "";
        }
        let a = self.byte_offset(start);
        let b = self.byte_offset(stop);
        &self.value[a..b]
    }

    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = match hash_str(&self.value) {
            0 => 1,
            -1 => -2,
            h => h,
        };
        self.hash.set(h);
        h
    }
}

/// FNV-1a over the UTF-8 bytes, mixed; stable within a run (as Python's is per seed).
pub fn hash_str(s: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^= h >> 29;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 32;
    h as i64
}
