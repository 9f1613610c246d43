//! # `text`: Python's `str` and `bytes` algorithms, as pure functions
//!
//! This module owns the *algorithms* behind the methods of `str`, `bytes` and
//! `bytearray`, their `repr()`s, `ascii()`, and the handful of codecs that the
//! interpreter needs built in (UTF-8, ASCII, Latin-1, UTF-16 and UTF-32). It
//! owns no objects: every function takes plain Rust data (`&str`, `&[u8]`,
//! integers, closures) and returns plain Rust data, so it can be tested
//! without a VM and reused by any object model. Argument parsing and type
//! checking (is the argument a `str` or a tuple of them? an `int` that fits in
//! `Py_ssize_t`?) stay with the VM, which then calls in here.
//!
//! The behaviour to match is CPython 3.11's, down to corner cases such as
//! `'abc'.find('', 5) == -1`, `'ǆa'.capitalize() == 'ǅa'` and
//! `'ΑΣ'.lower() == 'ας'`. Every test table in these files was produced by
//! running CPython 3.11, not written by hand: `tests_gen.py` (beside this
//! file) regenerates the `#[cfg(test)] mod tests` block at the end of each
//! file, and the generator of `unicode_tables.rs` (now in the compiler crate, which shares it
//! with its syntax checks) is kept at its end.
//!
//! ## The index invariant
//!
//! **Every index in this API — arguments and results alike — counts code
//! points, as Python's do**; none counts bytes. Rust strings are UTF-8, so the
//! functions convert between code point indices and byte offsets internally
//! (`str_ops::byte_offset`, with a fast path for ASCII strings). Slice-style
//! `start`/`end` arguments are `Option<i64>` and are clamped exactly like
//! CPython's `ADJUST_INDICES` (negative values count from the end, `None`
//! means "from the beginning"/"to the end"; see `str_ops::adjust_indices`).
//! For `bytes`, code points and bytes coincide.
//!
//! Python `str` can hold lone surrogates and `&str` cannot; the VM is assumed
//! to use `&str`, so nothing here produces a surrogate. Where CPython would
//! (decoding with `errors='surrogateescape'` or `'surrogatepass'`), the codecs
//! report `CodecError::Unsupported` instead.
//!
//! ## Layout
//!
//! * [`unicode`] — per-character properties (`isalpha`, `isprintable`, ...)
//!   and full case mappings, backed by tables generated from CPython 3.11's
//!   own Unicode 14.0.0 database (`ferropy_compiler::unicode_tables`, generator included).
//! * [`repr`] — `repr()` of `str`/`bytes`/`bytearray`, and `ascii()`.
//! * [`str_ops`] — the `str` methods.
//! * [`bytes_ops`] — the `bytes`/`bytearray` methods (ASCII semantics).
//! * [`codecs`] — `str.encode` / `bytes.decode` for the built-in codecs, with
//!   CPython's error handlers and error messages.
//!
//! Errors that are plain `ValueError`s/`OverflowError`s are reported as
//! [`TextError`], whose message is CPython's text; codec errors have their own
//! richer type, [`codecs::CodecError`].

pub mod bytes_ops;
pub mod codecs;
pub mod repr;
pub mod str_ops;
pub mod unicode;
#[rustfmt::skip]
use ferropy_compiler::unicode_tables;

use std::fmt;

/// A Python exception raised by one of the text algorithms: the exception class
/// and CPython's message text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextError {
    /// `ValueError(msg)`, e.g. `empty separator`, `substring not found`.
    ValueError(String),
    /// `OverflowError(msg)`, e.g. `new string is too long`.
    OverflowError(String),
}

impl TextError {
    /// The Python exception class name (`"ValueError"` or `"OverflowError"`).
    pub fn class_name(&self) -> &'static str {
        match self {
            TextError::ValueError(_) => "ValueError",
            TextError::OverflowError(_) => "OverflowError",
        }
    }

    /// The exception message, as `str(exc)` shows it.
    pub fn message(&self) -> &str {
        match self {
            TextError::ValueError(m) | TextError::OverflowError(m) => m,
        }
    }

    /// Shorthand for a `ValueError` with message `m`.
    pub(crate) fn value(m: &str) -> TextError {
        TextError::ValueError(m.to_string())
    }
}

impl fmt::Display for TextError {
    /// Formats as a traceback's last line would: `ValueError: empty separator`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.class_name(), self.message())
    }
}

impl std::error::Error for TextError {}
