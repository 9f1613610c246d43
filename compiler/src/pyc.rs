//! The `.pyc` file: a 16-byte header (PEP 552) and a marshalled code object.
//!
//! ```text
//! word 0  magic: two bytes of ferropy's own number, then b"\r\n"
//! word 1  flags: 0 = timestamp; bit 0 = hash-based; bit 1 = check the source (hash-based only)
//! word 2  timestamp pyc: source mtime & 0xFFFFFFFF  | hash pyc: the 8-byte source hash
//! word 3  timestamp pyc: source size  & 0xFFFFFFFF  |   (words 2 and 3 together)
//! ```
//!
//! The magic number is ferropy's alone: `b"fp\r\n"` is 28774, in the gap between Python 1.5's
//! 20121 and 1.6's 50428 that no CPython has used, so a CPython cache file is never misread as
//! ours and ours never as CPython's. It changes whenever the opcode table or the code-object
//! layout changes, together with `CACHE_TAG`. `describe_magic` names the CPython version that
//! wrote a foreign file, for error messages.
//!
//! Source hashes are SipHash-1-3 over the raw source bytes with the key (magic as a
//! little-endian u32, 0), which is how CPython keys `importlib.util.source_hash`; with our magic
//! the hashes are our own, as they should be for our own files.

use crate::code::CodeObject;
use crate::marshal::{self, ReadError};
use std::sync::Arc;

/// ferropy's magic number (the first two bytes of every `.pyc` file it writes).
pub const MAGIC_NUMBER: u16 = u16::from_le_bytes(*b"fp");
/// The whole first header word.
pub const MAGIC: [u8; 4] = [b'f', b'p', b'\r', b'\n'];
/// `sys.implementation.cache_tag`: names cache files `m.ferropy-01.pyc`.
pub const CACHE_TAG: &str = "ferropy-01";
pub const HEADER_LEN: usize = 16;

/// How a cached file is checked against its source (PEP 552).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invalidation {
    /// The source's mtime and size are in the header.
    Timestamp,
    /// The source's hash is in the header and is checked on import.
    CheckedHash,
    /// The source's hash is in the header and is not checked.
    UncheckedHash,
}

impl Invalidation {
    fn flags(self) -> u32 {
        match self {
            Invalidation::Timestamp => 0,
            Invalidation::CheckedHash => 0b11,
            Invalidation::UncheckedHash => 0b01,
        }
    }
}

/// What a header says about the source it was made from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Validity {
    Timestamp { mtime: u32, size: u32 },
    Hash { hash: [u8; 8], check_source: bool },
}

/// Why a header cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HeaderError {
    /// Fewer than 16 bytes.
    Truncated,
    /// Not our magic; the magic number found.
    BadMagic(u16),
    /// Flag bits PEP 552 does not define.
    BadFlags(u32),
}

impl std::fmt::Display for HeaderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HeaderError::Truncated => write!(f, "bad pyc data: header truncated"),
            HeaderError::BadMagic(m) => match describe_magic(*m) {
                Some(who) => write!(f, "Bad magic number in .pyc file (written by {who}, not ferropy)"),
                None => write!(f, "Bad magic number in .pyc file"),
            },
            HeaderError::BadFlags(flags) => write!(f, "invalid flags {flags:#x} in .pyc file"),
        }
    }
}

/// The header for a code object compiled from `source` (whose file has modification time
/// `mtime` in whole seconds).
pub fn header(mode: Invalidation, source: &[u8], mtime: u64) -> [u8; HEADER_LEN] {
    let mut h = [0u8; HEADER_LEN];
    h[..4].copy_from_slice(&MAGIC);
    h[4..8].copy_from_slice(&mode.flags().to_le_bytes());
    match mode {
        Invalidation::Timestamp => {
            h[8..12].copy_from_slice(&(mtime as u32).to_le_bytes());
            h[12..16].copy_from_slice(&(source.len() as u32).to_le_bytes());
        }
        _ => h[8..16].copy_from_slice(&source_hash(source)),
    }
    h
}

/// A whole `.pyc` file.
pub fn pyc_bytes(code: &CodeObject, mode: Invalidation, source: &[u8], mtime: u64) -> Vec<u8> {
    // A `.pyc` file is about 1.4 times the size of its source.
    marshal::dumps_code_after(&header(mode, source, mtime), code, source.len() * 3 / 2 + 256)
}

/// Reads a header: what it asks of the source, or why it cannot be used.
pub fn parse_header(data: &[u8]) -> Result<Validity, HeaderError> {
    if data.len() >= 2 && data[..2] != MAGIC[..2] {
        return Err(HeaderError::BadMagic(u16::from_le_bytes([data[0], data[1]])));
    }
    if data.len() < HEADER_LEN {
        return Err(HeaderError::Truncated);
    }
    if data[..4] != MAGIC {
        return Err(HeaderError::BadMagic(u16::from_le_bytes([data[0], data[1]])));
    }
    let word = |i: usize| u32::from_le_bytes([data[i], data[i + 1], data[i + 2], data[i + 3]]);
    match word(4) {
        0 => Ok(Validity::Timestamp { mtime: word(8), size: word(12) }),
        flags @ (0b01 | 0b11) => {
            Ok(Validity::Hash { hash: data[8..16].try_into().expect("8 bytes"), check_source: flags & 0b10 != 0 })
        }
        flags => Err(HeaderError::BadFlags(flags)),
    }
}

/// The code object after a header.
pub fn load_body(data: &[u8]) -> Result<Arc<CodeObject>, ReadError> {
    marshal::loads_code(data.get(HEADER_LEN..).unwrap_or_default())
}

/// `importlib.util.source_hash`: SipHash-1-3 keyed with (magic, 0), as little-endian bytes.
pub fn source_hash(source: &[u8]) -> [u8; 8] {
    let k0 = u32::from_le_bytes(MAGIC) as u64;
    siphash13(k0, 0, source).to_le_bytes()
}

/// SipHash with one compression round per block and three finalization rounds.
pub fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v = [k0 ^ 0x736f6d6570736575, k1 ^ 0x646f72616e646f6d, k0 ^ 0x6c7967656e657261, k1 ^ 0x7465646279746573];
    fn round(v: &mut [u64; 4]) {
        v[0] = v[0].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(13) ^ v[0];
        v[0] = v[0].rotate_left(32);
        v[2] = v[2].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(16) ^ v[2];
        v[0] = v[0].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(21) ^ v[0];
        v[2] = v[2].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(17) ^ v[2];
        v[2] = v[2].rotate_left(32);
    }
    let mut blocks = data.chunks_exact(8);
    for block in &mut blocks {
        let m = u64::from_le_bytes(block.try_into().expect("8 bytes"));
        v[3] ^= m;
        round(&mut v);
        v[0] ^= m;
    }
    let mut last = [0u8; 8];
    let tail = blocks.remainder();
    last[..tail.len()].copy_from_slice(tail);
    last[7] = data.len() as u8;
    let m = u64::from_le_bytes(last);
    v[3] ^= m;
    round(&mut v);
    v[0] ^= m;
    v[2] ^= 0xff;
    for _ in 0..3 {
        round(&mut v);
    }
    v[0] ^ v[1] ^ v[2] ^ v[3]
}

/// Which CPython wrote a file with this magic number, if any did.
pub fn describe_magic(magic: u16) -> Option<&'static str> {
    const RANGES: &[(u16, u16, &str)] = &[
        (20121, 20121, "Python 1.5"), (50428, 50428, "Python 1.6"), (50823, 50823, "Python 2.0"),
        (60202, 60202, "Python 2.1"), (60717, 60717, "Python 2.2"), (62011, 62021, "Python 2.3"),
        (62041, 62061, "Python 2.4"), (62071, 62131, "Python 2.5"), (62151, 62161, "Python 2.6"),
        (62171, 62211, "Python 2.7"), (3000, 3131, "CPython 3.0"), (3141, 3151, "CPython 3.1"),
        (3160, 3180, "CPython 3.2"), (3190, 3230, "CPython 3.3"), (3250, 3310, "CPython 3.4"),
        (3320, 3351, "CPython 3.5"), (3360, 3379, "CPython 3.6"), (3390, 3394, "CPython 3.7"),
        (3400, 3413, "CPython 3.8"), (3420, 3425, "CPython 3.9"), (3430, 3439, "CPython 3.10"),
        (3450, 3495, "CPython 3.11"), (3500, 3531, "CPython 3.12"), (3550, 3571, "CPython 3.13"),
        (3600, 3649, "CPython 3.14"), (3650, 3699, "CPython 3.15"),
    ];
    RANGES.iter().find(|(lo, hi, _)| (*lo..=*hi).contains(&magic)).map(|(_, _, who)| *who)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn siphash13_matches_cpython_source_hash() {
        // CPython 3.11 keys with its own magic, a7 0d 0d 0a.
        let k0 = u32::from_le_bytes([0xa7, 0x0d, 0x0d, 0x0a]) as u64;
        let h = siphash13(k0, 0, b"x = 1\nprint('hello world')\n").to_le_bytes();
        assert_eq!(h, [0x5c, 0x74, 0x3c, 0x36, 0xed, 0x21, 0xab, 0xac]);
    }

    #[test]
    fn headers_round_trip_and_refuse_strangers() {
        let h = header(Invalidation::Timestamp, b"x = 1\n", 4294967396);
        assert_eq!(parse_header(&h), Ok(Validity::Timestamp { mtime: 100, size: 6 }));
        let h = header(Invalidation::CheckedHash, b"x", 0);
        assert!(matches!(parse_header(&h), Ok(Validity::Hash { check_source: true, .. })));
        let cpython = [0xa7, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        assert_eq!(parse_header(&cpython), Err(HeaderError::BadMagic(3495)));
        assert_eq!(describe_magic(3495), Some("CPython 3.11"));
        assert_eq!(describe_magic(MAGIC_NUMBER), None);
        assert_eq!(parse_header(&MAGIC), Err(HeaderError::Truncated));
        let mut bad = header(Invalidation::Timestamp, b"", 0);
        bad[4] = 4;
        assert_eq!(parse_header(&bad), Err(HeaderError::BadFlags(4)));
    }
}
