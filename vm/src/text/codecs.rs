//! The built-in codecs: `str.encode` and `bytes.decode` for UTF-8 (and
//! UTF-8-SIG), ASCII, Latin-1, UTF-16 and UTF-32 (with BOM, `-le`/`-be`
//! variants), with CPython 3.11's error handlers, error ranges and messages.
//!
//! Supported error handlers: `strict`, `ignore`, `replace`,
//! `backslashreplace`, `xmlcharrefreplace` (encode only, as in CPython),
//! `surrogateescape` and `surrogatepass`. Because a `&str` holds no lone
//! surrogates, the last two behave like `strict` when encoding (as they do in
//! CPython for non-surrogate characters). When decoding, they are emulated
//! exactly (same resume positions, so the same later errors), but if CPython
//! would have returned a string containing lone surrogates the result is
//! [`CodecError::Unsupported`]. `namereplace` needs the Unicode name database
//! and is `Unsupported` too. Like CPython, an unknown handler name is only an
//! error (`LookupError: unknown error handler name 'x'`) once an error occurs.
//!
//! Positions in errors are code point indices into the `str` (encoding) or
//! byte indices into the `bytes` (decoding).

use ferropy_compiler::source::{normalize_encoding_name, single_byte_char, CP1252_HIGH, LATIN9_DIFF};
use std::fmt;

/// Details of a `UnicodeEncodeError`/`UnicodeDecodeError`: the attributes
/// CPython gives the exception object (`object` is the caller's input).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnicodeErrorInfo {
    /// The codec name in the message and `.encoding` (`"utf-8"`, `"ascii"`,
    /// `"latin-1"`, `"utf-16-le"`, ...).
    pub encoding: &'static str,
    /// `.start`: first bad position (code point index for encoding, byte
    /// index for decoding).
    pub start: usize,
    /// `.end`: one past the last bad position.
    pub end: usize,
    /// `.reason`, e.g. `"ordinal not in range(128)"` or `"invalid start byte"`.
    pub reason: &'static str,
    /// `str(exc)`, e.g. `'utf-8' codec can't decode byte 0xff in position 0:
    /// invalid start byte`.
    pub message: String,
}

/// An error from [`encode`] or [`decode`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodecError {
    /// `UnicodeEncodeError`.
    Encode(UnicodeErrorInfo),
    /// `UnicodeDecodeError`.
    Decode(UnicodeErrorInfo),
    /// `LookupError: unknown encoding: NAME` (NAME as the caller spelled it).
    UnknownEncoding(String),
    /// `LookupError: unknown error handler name 'NAME'`.
    UnknownErrorHandler(String),
    /// `TypeError(msg)`, e.g. `don't know how to handle UnicodeDecodeError in
    /// error callback` for `xmlcharrefreplace` while decoding.
    TypeError(String),
    /// Something CPython can do but this module cannot (decoding to lone
    /// surrogates, `namereplace`); the VM may raise `NotImplementedError`.
    Unsupported(String),
}

impl CodecError {
    /// The Python exception class to raise.
    pub fn class_name(&self) -> &'static str {
        match self {
            CodecError::Encode(_) => "UnicodeEncodeError",
            CodecError::Decode(_) => "UnicodeDecodeError",
            CodecError::UnknownEncoding(_) | CodecError::UnknownErrorHandler(_) => "LookupError",
            CodecError::TypeError(_) => "TypeError",
            CodecError::Unsupported(_) => "NotImplementedError",
        }
    }

    /// `str(exc)`, CPython's message text.
    pub fn message(&self) -> String {
        match self {
            CodecError::Encode(i) | CodecError::Decode(i) => i.message.clone(),
            CodecError::UnknownEncoding(n) => format!("unknown encoding: {n}"),
            CodecError::UnknownErrorHandler(n) => format!("unknown error handler name '{n}'"),
            CodecError::TypeError(m) | CodecError::Unsupported(m) => m.clone(),
        }
    }
}

impl fmt::Display for CodecError {
    /// `ClassName: message`, as the last line of a traceback.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.class_name(), self.message())
    }
}

impl std::error::Error for CodecError {}

/// Normalized alias -> canonical codec name (`codecs.lookup(x).name`), from
/// CPython 3.11's `encodings.aliases` restricted to the codecs implemented
/// here, plus the codec module names themselves.
static ALIASES: &[(&str, &str)] = &[
    ("1252", "cp1252"),
    ("646", "ascii"),
    ("8859", "iso8859-1"),
    ("ansi_x3.4_1968", "ascii"),
    ("ansi_x3.4_1986", "ascii"),
    ("ansi_x3_4_1968", "ascii"),
    ("ascii", "ascii"),
    ("cp1252", "cp1252"),
    ("cp367", "ascii"),
    ("cp65001", "utf-8"),
    ("cp819", "iso8859-1"),
    ("csascii", "ascii"),
    ("csisolatin1", "iso8859-1"),
    ("ibm367", "ascii"),
    ("ibm819", "iso8859-1"),
    ("iso646_us", "ascii"),
    ("iso8859", "iso8859-1"),
    ("iso8859_1", "iso8859-1"),
    ("iso8859_15", "iso8859-15"),
    ("iso_646.irv_1991", "ascii"),
    ("iso_8859_1", "iso8859-1"),
    ("iso_8859_15", "iso8859-15"),
    ("iso_8859_1_1987", "iso8859-1"),
    ("iso_ir_100", "iso8859-1"),
    ("iso_ir_6", "ascii"),
    ("l1", "iso8859-1"),
    ("l9", "iso8859-15"),
    ("latin", "iso8859-1"),
    ("latin1", "iso8859-1"),
    ("latin9", "iso8859-15"),
    ("latin_1", "iso8859-1"),
    ("raw_unicode_escape", "raw-unicode-escape"),
    ("u16", "utf-16"),
    ("u32", "utf-32"),
    ("u8", "utf-8"),
    ("unicode_escape", "unicode-escape"),
    ("unicodebigunmarked", "utf-16-be"),
    ("unicodelittleunmarked", "utf-16-le"),
    ("us", "ascii"),
    ("us_ascii", "ascii"),
    ("utf", "utf-8"),
    ("utf16", "utf-16"),
    ("utf32", "utf-32"),
    ("utf8", "utf-8"),
    ("utf8_ucs2", "utf-8"),
    ("utf8_ucs4", "utf-8"),
    ("utf_16", "utf-16"),
    ("utf_16_be", "utf-16-be"),
    ("utf_16_le", "utf-16-le"),
    ("utf_16be", "utf-16-be"),
    ("utf_16le", "utf-16-le"),
    ("utf_32", "utf-32"),
    ("utf_32_be", "utf-32-be"),
    ("utf_32_le", "utf-32-le"),
    ("utf_32be", "utf-32-be"),
    ("utf_32le", "utf-32-le"),
    ("utf_8", "utf-8"),
    ("utf_8_sig", "utf-8-sig"),
    ("windows_1252", "cp1252"),
];

/// Resolves an encoding name the way `codecs.lookup` does and returns the
/// canonical codec name (`codecs.lookup(name).name`: `"utf-8"`,
/// `"utf-8-sig"`, `"ascii"`, `"iso8859-1"`, `"utf-16"`, `"utf-16-le"`,
/// `"utf-16-be"`, `"utf-32"`, `"utf-32-le"`, `"utf-32-be"`), or `None` for an
/// encoding not implemented here. `"UTF-8"`, `"utf8"`, `"u8"`, `"latin1"`,
/// `"L1"`, `"iso-8859-1"`, `"us-ascii"`, `"UTF-16LE"`, ... are all accepted.
pub fn normalize_encoding(name: &str) -> Option<&'static str> {
    let norm = normalize_encoding_name(name);
    let find = |key: &str| {
        ALIASES
            .binary_search_by(|&(k, _)| k.cmp(key))
            .ok()
            .map(|i| ALIASES[i].1)
    };
    find(&norm).or_else(|| find(&norm.replace('.', "_")))
}

/// Whether CPython decodes/encodes `encoding` without going through the codec registry
/// (`PyUnicode_Decode`'s shortcuts: UTF-8/16/32, ASCII, Latin-1 under their plain spellings).
/// Errors other than `UnicodeError`s raised by the other codecs are wrapped by CPython as
/// `decoding with 'NAME' codec failed (TypeError: ...)`.
pub fn is_fast_path(encoding: &str) -> bool {
    let lower: String = encoding
        .chars()
        .map(|c| if c == '-' { '_' } else { c.to_ascii_lowercase() })
        .collect();
    if let Some(rest) = lower.strip_prefix("utf") {
        let rest = rest.strip_prefix('_').unwrap_or(rest);
        return matches!(rest, "8" | "16" | "32");
    }
    matches!(lower.as_str(), "ascii" | "us_ascii" | "latin1" | "latin_1" | "iso_8859_1" | "iso8859_1")
}

/// The error handlers this module knows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    SurrogateEscape,
    SurrogatePass,
}

/// Looks up an error handler name (lazily: only called once an error occurs).
fn handler(errors: &str) -> Result<Handler, CodecError> {
    Ok(match errors {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "namereplace" => Handler::NameReplace,
        "surrogateescape" => Handler::SurrogateEscape,
        "surrogatepass" => Handler::SurrogatePass,
        other => return Err(CodecError::UnknownErrorHandler(other.to_string())),
    })
}

/// Builds a `UnicodeEncodeError` for the code points `start..end` of `s`
/// (`bad` is the char at `start`).
fn encode_error(
    encoding: &'static str,
    bad: char,
    start: usize,
    end: usize,
    reason: &'static str,
) -> CodecError {
    let message = if end == start + 1 {
        let v = bad as u32;
        let esc = if v <= 0xff {
            format!("\\x{v:02x}")
        } else if v <= 0xffff {
            format!("\\u{v:04x}")
        } else {
            format!("\\U{v:08x}")
        };
        format!("'{encoding}' codec can't encode character '{esc}' in position {start}: {reason}")
    } else {
        format!(
            "'{encoding}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        )
    };
    CodecError::Encode(UnicodeErrorInfo {
        encoding,
        start,
        end,
        reason,
        message,
    })
}

/// Builds a `UnicodeDecodeError` for the bytes `start..end` of `b`.
fn decode_error(
    encoding: &'static str,
    b: &[u8],
    start: usize,
    end: usize,
    reason: &'static str,
) -> CodecError {
    let message = if end == start + 1 && start < b.len() {
        format!(
            "'{encoding}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            b[start]
        )
    } else {
        format!(
            "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )
    };
    CodecError::Decode(UnicodeErrorInfo {
        encoding,
        start,
        end,
        reason,
        message,
    })
}

/// Encodes `s` with a single-byte charset where every code point below
/// `limit` maps to the byte of the same value (ASCII: 128, Latin-1: 256).
fn encode_charmap(
    s: &str,
    limit: u32,
    encoding: &'static str,
    errors: &str,
) -> Result<Vec<u8>, CodecError> {
    let reason = if limit == 128 {
        "ordinal not in range(128)"
    } else {
        "ordinal not in range(256)"
    };
    encode_mapped(s, |c| ((c as u32) < limit).then_some(c as u8), encoding, reason, errors)
}

/// Encodes `s` with a single-byte charset given by `map` (`None`: the
/// character has no byte), reporting runs of unencodable characters as
/// `encoding` with `reason`.
fn encode_mapped(
    s: &str,
    map: impl Fn(char) -> Option<u8>,
    encoding: &'static str,
    reason: &'static str,
    errors: &str,
) -> Result<Vec<u8>, CodecError> {
    let mut out = Vec::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(byte) = map(c) {
            out.push(byte);
            i += 1;
            continue;
        }
        // CPython reports the whole run of unencodable characters.
        let start = i;
        let mut end = i + 1;
        while end < chars.len() && map(chars[end]).is_none() {
            end += 1;
        }
        match handler(errors)? {
            Handler::Strict | Handler::SurrogateEscape | Handler::SurrogatePass => {
                return Err(encode_error(encoding, c, start, end, reason));
            }
            Handler::Ignore => {}
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', end - start)),
            Handler::BackslashReplace => {
                for &bad in &chars[start..end] {
                    let v = bad as u32;
                    let esc = if v <= 0xff {
                        format!("\\x{v:02x}")
                    } else if v <= 0xffff {
                        format!("\\u{v:04x}")
                    } else {
                        format!("\\U{v:08x}")
                    };
                    out.extend_from_slice(esc.as_bytes());
                }
            }
            Handler::XmlCharRefReplace => {
                for &bad in &chars[start..end] {
                    out.extend_from_slice(format!("&#{};", bad as u32).as_bytes());
                }
            }
            Handler::NameReplace => {
                return Err(CodecError::Unsupported(
                    "the 'namereplace' error handler is not supported".to_string(),
                ))
            }
        }
        i = end;
    }
    Ok(out)
}

/// The output of a decoder plus what it needs to apply an error handler.
struct Decoder<'a> {
    errors: &'a str,
    out: String,
    /// Position of the first error that CPython's handler would have turned
    /// into a lone surrogate; such a result cannot be returned as a `String`,
    /// but decoding goes on because a later strict error would win in CPython.
    surrogate_at: Option<usize>,
}

impl<'a> Decoder<'a> {
    fn new(errors: &'a str, capacity: usize) -> Self {
        Decoder {
            errors,
            out: String::with_capacity(capacity),
            surrogate_at: None,
        }
    }

    /// Applies the error handler to the bad bytes `start..end` of `b` (`err`
    /// is the strict error) and returns the position to resume decoding at.
    /// `surrogate_len` is `Some(n)` when the `n` bytes at `start` encode a
    /// surrogate code point in this codec (what `surrogatepass` decodes).
    fn handle(
        &mut self,
        err: CodecError,
        b: &[u8],
        start: usize,
        end: usize,
        surrogate_len: Option<usize>,
    ) -> Result<usize, CodecError> {
        match handler(self.errors)? {
            Handler::Strict => Err(err),
            Handler::Ignore => Ok(end),
            Handler::Replace => {
                self.out.push('\u{fffd}');
                Ok(end)
            }
            Handler::BackslashReplace => {
                for &x in &b[start..end] {
                    self.out.push_str(&format!("\\x{x:02x}"));
                }
                Ok(end)
            }
            Handler::XmlCharRefReplace | Handler::NameReplace => Err(CodecError::TypeError(
                "don't know how to handle UnicodeDecodeError in error callback".to_string(),
            )),
            Handler::SurrogateEscape => {
                // CPython escapes up to 4 leading non-ASCII bytes of the range
                // as U+DC80..U+DCFF and resumes after them; a leading ASCII
                // byte makes it raise the original error.
                let consumed = b[start..end.min(start + 4)]
                    .iter()
                    .take_while(|&&x| x >= 0x80)
                    .count();
                if consumed == 0 {
                    return Err(err);
                }
                self.surrogate_at.get_or_insert(start);
                Ok(start + consumed)
            }
            Handler::SurrogatePass => match surrogate_len {
                Some(n) => {
                    self.surrogate_at.get_or_insert(start);
                    Ok(start + n)
                }
                None => Err(err),
            },
        }
    }

    /// The decoded text, or `Unsupported` if a handler produced surrogates.
    fn finish(self) -> Result<String, CodecError> {
        match self.surrogate_at {
            None => Ok(self.out),
            Some(pos) => Err(CodecError::Unsupported(format!(
                "the '{}' error handler would produce a lone surrogate (at byte {pos}), \
                 which this implementation's str cannot hold",
                self.errors
            ))),
        }
    }
}

/// UTF-8 decoding with CPython's error ranges: an invalid sequence is its
/// maximal valid prefix (`invalid start byte` / `invalid continuation byte`),
/// a truncated one at the end is `unexpected end of data`.
fn decode_utf8(b: &[u8], errors: &str) -> Result<String, CodecError> {
    let mut d = Decoder::new(errors, b.len());
    let mut pos = 0;
    loop {
        match std::str::from_utf8(&b[pos..]) {
            Ok(s) => {
                d.out.push_str(s);
                return d.finish();
            }
            Err(e) => {
                let good = e.valid_up_to();
                if let Ok(s) = std::str::from_utf8(&b[pos..pos + good]) {
                    d.out.push_str(s);
                }
                let start = pos + good;
                let (end, reason) = match e.error_len() {
                    None => (b.len(), "unexpected end of data"),
                    Some(n) => {
                        let lead = b[start];
                        let invalid_start = (0x80..=0xc1).contains(&lead) || lead >= 0xf5;
                        (
                            start + n,
                            if invalid_start {
                                "invalid start byte"
                            } else {
                                "invalid continuation byte"
                            },
                        )
                    }
                };
                // An encoded surrogate: ED A0..BF 80..BF.
                let surrogate = b.len() - start >= 3
                    && b[start] == 0xed
                    && (0xa0..=0xbf).contains(&b[start + 1])
                    && (b[start + 2] & 0xc0) == 0x80;
                let err = decode_error("utf-8", b, start, end, reason);
                pos = d.handle(err, b, start, end, surrogate.then_some(3))?;
            }
        }
    }
}

/// ASCII decoding: each byte >= 0x80 is its own error.
fn decode_ascii(b: &[u8], errors: &str) -> Result<String, CodecError> {
    let mut d = Decoder::new(errors, b.len());
    let mut pos = 0;
    while pos < b.len() {
        let x = b[pos];
        if x < 0x80 {
            d.out.push(x as char);
            pos += 1;
        } else {
            let err = decode_error("ascii", b, pos, pos + 1, "ordinal not in range(128)");
            pos = d.handle(err, b, pos, pos + 1, None)?;
        }
    }
    d.finish()
}

/// Encodes `s` as UTF-16 (`le` picks the byte order), with a BOM if `bom`.
fn encode_utf16(s: &str, le: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() * 2 + 2);
    let mut put =
        |u: u16| out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
    if bom {
        put(0xfeff);
    }
    for u in s.encode_utf16() {
        put(u);
    }
    out
}

/// Encodes `s` as UTF-32 (`le` picks the byte order), with a BOM if `bom`.
fn encode_utf32(s: &str, le: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() * 4 + 4);
    let mut put =
        |u: u32| out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
    if bom {
        put(0xfeff);
    }
    for c in s.chars() {
        put(c as u32);
    }
    out
}

/// UTF-16 decoding as CPython's `PyUnicode_DecodeUTF16Stateful`. `order`:
/// `Some(true)` little-endian, `Some(false)` big-endian, `None` detect a BOM
/// (and strip it), defaulting to little-endian.
fn decode_utf16(b: &[u8], order: Option<bool>, errors: &str) -> Result<String, CodecError> {
    let mut pos = 0;
    let le = match order {
        Some(le) => le,
        None if b.starts_with(&[0xff, 0xfe]) => {
            pos = 2;
            true
        }
        None if b.starts_with(&[0xfe, 0xff]) => {
            pos = 2;
            false
        }
        None => true,
    };
    let encoding = if le { "utf-16-le" } else { "utf-16-be" };
    let read = |i: usize| {
        let pair = [b[i], b[i + 1]];
        if le {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    };
    let is_surrogate = |u: u16| (0xd800..=0xdfff).contains(&u);
    let n = b.len();
    let mut d = Decoder::new(errors, n / 2);
    while pos < n {
        let (end, reason) = if n - pos < 2 {
            (n, "truncated data")
        } else {
            let u = read(pos);
            if !is_surrogate(u) {
                d.out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
                pos += 2;
                continue;
            }
            if u >= 0xdc00 {
                (pos + 2, "illegal encoding")
            } else if n - pos < 4 {
                (n, "unexpected end of data")
            } else {
                let u2 = read(pos + 2);
                if (0xdc00..=0xdfff).contains(&u2) {
                    let c = 0x10000 + (((u as u32) - 0xd800) << 10) + ((u2 as u32) - 0xdc00);
                    d.out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                    pos += 4;
                    continue;
                }
                (pos + 2, "illegal UTF-16 surrogate")
            }
        };
        let surrogate = n - pos >= 2 && is_surrogate(read(pos));
        let err = decode_error(encoding, b, pos, end, reason);
        pos = d.handle(err, b, pos, end, surrogate.then_some(2))?;
    }
    d.finish()
}

/// UTF-32 decoding as CPython's `PyUnicode_DecodeUTF32Stateful`; `order` as
/// for [`decode_utf16`].
fn decode_utf32(b: &[u8], order: Option<bool>, errors: &str) -> Result<String, CodecError> {
    let mut pos = 0;
    let le = match order {
        Some(le) => le,
        None if b.starts_with(&[0xff, 0xfe, 0, 0]) => {
            pos = 4;
            true
        }
        None if b.starts_with(&[0, 0, 0xfe, 0xff]) => {
            pos = 4;
            false
        }
        None => true,
    };
    let encoding = if le { "utf-32-le" } else { "utf-32-be" };
    let read = |i: usize| {
        let quad = [b[i], b[i + 1], b[i + 2], b[i + 3]];
        if le {
            u32::from_le_bytes(quad)
        } else {
            u32::from_be_bytes(quad)
        }
    };
    let n = b.len();
    let mut d = Decoder::new(errors, n / 4);
    while pos < n {
        let (end, reason) = if n - pos < 4 {
            (n, "truncated data")
        } else {
            let v = read(pos);
            if let Some(c) = char::from_u32(v) {
                d.out.push(c);
                pos += 4;
                continue;
            }
            if (0xd800..=0xdfff).contains(&v) {
                (
                    pos + 4,
                    "code point in surrogate code point range(0xd800, 0xe000)",
                )
            } else {
                (pos + 4, "code point not in range(0x110000)")
            }
        };
        let surrogate = n - pos >= 4 && (0xd800..=0xdfff).contains(&read(pos));
        let err = decode_error(encoding, b, pos, end, reason);
        pos = d.handle(err, b, pos, end, surrogate.then_some(4))?;
    }
    d.finish()
}

/// Encodes one character in a single-byte charset (`None`: unencodable).
fn single_byte_byte(codec: &str, c: char) -> Option<u8> {
    let v = c as u32;
    match codec {
        "cp1252" => {
            if v < 0x80 || (0xa0..0x100).contains(&v) {
                Some(v as u8)
            } else {
                CP1252_HIGH
                    .iter()
                    .position(|&x| x == Some(c))
                    .map(|i| 0x80 + i as u8)
            }
        }
        "iso8859-15" => {
            if let Some(&(b, _)) = LATIN9_DIFF.iter().find(|&&(_, x)| x == c) {
                Some(b)
            } else if v < 0x100 && !LATIN9_DIFF.iter().any(|&(b, _)| b as u32 == v) {
                Some(v as u8)
            } else {
                None
            }
        }
        _ => (v < 0x100).then_some(v as u8),
    }
}

/// Decoding with a single-byte charset (CPython's `charmap` codec): each
/// undefined byte is its own error.
fn decode_single_byte(b: &[u8], codec: &str, errors: &str) -> Result<String, CodecError> {
    let mut d = Decoder::new(errors, b.len());
    let mut pos = 0;
    while pos < b.len() {
        match single_byte_char(codec, b[pos]) {
            Some(c) => {
                d.out.push(c);
                pos += 1;
            }
            None => {
                let err = decode_error("charmap", b, pos, pos + 1, "character maps to <undefined>");
                pos = d.handle(err, b, pos, pos + 1, None)?;
            }
        }
    }
    d.finish()
}

/// Pushes `\xhh`, `\uhhhh` or `\Uhhhhhhhh` for `c`.
fn push_unicode_escape(out: &mut Vec<u8>, c: char) {
    let v = c as u32;
    let esc = if v < 0x100 {
        format!("\\x{v:02x}")
    } else if v < 0x10000 {
        format!("\\u{v:04x}")
    } else {
        format!("\\U{v:08x}")
    };
    out.extend_from_slice(esc.as_bytes());
}

/// `unicode_escape` encoding (never fails).
fn encode_unicode_escape(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.extend_from_slice(b"\\\\"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            ' '..='~' => out.push(c as u8),
            _ => push_unicode_escape(&mut out, c),
        }
    }
    out
}

/// `raw_unicode_escape` encoding: Latin-1 bytes as they are, others escaped.
fn encode_raw_unicode_escape(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 0x100 {
            out.push(c as u8);
        } else {
            push_unicode_escape(&mut out, c);
        }
    }
    out
}

/// `unicode_escape` (`raw == false`) and `raw_unicode_escape` decoding, as
/// CPython 3.11's `_PyUnicode_DecodeUnicodeEscapeInternal` and
/// `PyUnicode_DecodeRawUnicodeEscape`. `\N{...}` needs the Unicode name
/// database and is reported as unsupported.
fn decode_unicode_escape(b: &[u8], raw: bool, errors: &str) -> Result<String, CodecError> {
    let encoding = if raw { "rawunicodeescape" } else { "unicodeescape" };
    let mut d = Decoder::new(errors, b.len());
    let n = b.len();
    let mut pos = 0;
    while pos < n {
        let c = b[pos];
        if c != b'\\' {
            d.out.push(c as char);
            pos += 1;
            continue;
        }
        let start = pos;
        if raw {
            // A run of backslashes: only an odd one before u/U escapes.
            let mut j = pos;
            while j < n && b[j] == b'\\' {
                j += 1;
            }
            let count = j - pos;
            let escapes = count % 2 == 1 && j < n && (b[j] == b'u' || b[j] == b'U');
            let literal = if escapes { count - 1 } else { count };
            for _ in 0..literal {
                d.out.push('\\');
            }
            pos += literal;
            if !escapes {
                continue;
            }
        }
        pos += 1; // past the backslash
        if pos >= n {
            let err = decode_error(encoding, b, start, n, "\\ at end of string");
            pos = d.handle(err, b, start, n, None)?;
            continue;
        }
        let e = b[pos];
        pos += 1;
        let simple = match e {
            b'\n' if !raw => Some(None),
            b'\\' if !raw => Some(Some('\\')),
            b'\'' if !raw => Some(Some('\'')),
            b'"' if !raw => Some(Some('"')),
            b'b' if !raw => Some(Some('\u{8}')),
            b'f' if !raw => Some(Some('\u{c}')),
            b't' if !raw => Some(Some('\t')),
            b'n' if !raw => Some(Some('\n')),
            b'r' if !raw => Some(Some('\r')),
            b'v' if !raw => Some(Some('\u{b}')),
            b'a' if !raw => Some(Some('\u{7}')),
            _ => None,
        };
        if let Some(ch) = simple {
            if let Some(ch) = ch {
                d.out.push(ch);
            }
            continue;
        }
        if !raw && (b'0'..=b'7').contains(&e) {
            let mut v = (e - b'0') as u32;
            let mut k = 0;
            while k < 2 && pos < n && (b'0'..=b'7').contains(&b[pos]) {
                v = v * 8 + (b[pos] - b'0') as u32;
                pos += 1;
                k += 1;
            }
            d.out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            continue;
        }
        let (count, reason) = match e {
            b'x' if !raw => (2, "truncated \\xXX escape"),
            b'u' => (4, "truncated \\uXXXX escape"),
            b'U' => (8, "truncated \\UXXXXXXXX escape"),
            b'N' if !raw => {
                // `\N{name}`: a well-formed name needs the Unicode name database (not
                // available); malformed forms are CPython's decode errors.
                let mut end = pos;
                let mut reason = "malformed \\N character escape";
                if pos < n && b[pos] == b'{' {
                    let name_start = pos + 1;
                    end = name_start;
                    while end < n && b[end] != b'}' {
                        end += 1;
                    }
                    if end < n && end > name_start {
                        return Err(CodecError::Unsupported(
                            "\\N{...} escapes need the Unicode name database".to_string(),
                        ));
                    }
                    if end >= n {
                        end = n;
                    }
                    reason = "malformed \\N character escape";
                } else if pos >= n {
                    end = n;
                }
                let err = decode_error(encoding, b, start, end, reason);
                pos = d.handle(err, b, start, end, None)?;
                continue;
            }
            _ => {
                // Unknown escape: kept as it is.
                d.out.push('\\');
                d.out.push(e as char);
                continue;
            }
        };
        let mut v: u32 = 0;
        let mut k = 0;
        while k < count && pos < n {
            match (b[pos] as char).to_digit(16) {
                Some(h) => {
                    v = v * 16 + h;
                    pos += 1;
                    k += 1;
                }
                None => break,
            }
        }
        if k < count {
            let err = decode_error(encoding, b, start, pos, reason);
            pos = d.handle(err, b, start, pos, None)?;
            continue;
        }
        match char::from_u32(v) {
            Some(ch) => d.out.push(ch),
            None if (0xd800..0xe000).contains(&v) => {
                d.surrogate_at.get_or_insert(start);
            }
            None => {
                let reason = if raw { "\\Uxxxxxxxx out of range" } else { "illegal Unicode character" };
                let err = decode_error(encoding, b, start, pos, reason);
                pos = d.handle(err, b, start, pos, None)?;
            }
        }
    }
    if d.surrogate_at.is_some() {
        return Err(CodecError::Unsupported(
            "decoding produced a lone surrogate, which this implementation's str cannot hold".to_string(),
        ));
    }
    d.finish()
}

/// `s.encode(encoding, errors)`. Unknown encodings give
/// `CodecError::UnknownEncoding`; unencodable characters are handled by
/// `errors` (see the module doc). `"utf-16"`/`"utf-32"` write a little-endian
/// BOM first, as CPython does on little-endian machines.
pub fn encode(s: &str, encoding: &str, errors: &str) -> Result<Vec<u8>, CodecError> {
    let Some(name) = normalize_encoding(encoding) else {
        return Err(CodecError::UnknownEncoding(encoding.to_string()));
    };
    Ok(match name {
        "utf-8" => s.as_bytes().to_vec(),
        "utf-8-sig" => {
            let mut v = vec![0xef, 0xbb, 0xbf];
            v.extend_from_slice(s.as_bytes());
            v
        }
        "ascii" => {
            if s.is_ascii() {
                s.as_bytes().to_vec()
            } else {
                encode_charmap(s, 128, "ascii", errors)?
            }
        }
        "iso8859-1" => encode_charmap(s, 256, "latin-1", errors)?,
        "utf-16" => encode_utf16(s, true, true),
        "utf-16-le" => encode_utf16(s, true, false),
        "utf-16-be" => encode_utf16(s, false, false),
        "utf-32" => encode_utf32(s, true, true),
        "utf-32-le" => encode_utf32(s, true, false),
        "utf-32-be" => encode_utf32(s, false, false),
        "cp1252" | "iso8859-15" => encode_mapped(
            s,
            |c| single_byte_byte(name, c),
            "charmap",
            "character maps to <undefined>",
            errors,
        )?,
        "unicode-escape" => encode_unicode_escape(s),
        "raw-unicode-escape" => encode_raw_unicode_escape(s),
        _ => return Err(CodecError::UnknownEncoding(encoding.to_string())),
    })
}

/// `b.decode(encoding, errors)`. Undecodable input is handled by `errors`
/// (see the module doc); error positions are byte indices. `"utf-16"` and
/// `"utf-32"` honour and strip a leading BOM (little-endian without one);
/// `"utf-8-sig"` strips a UTF-8 BOM and, like CPython, reports error
/// positions relative to the bytes after it.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> Result<String, CodecError> {
    let Some(name) = normalize_encoding(encoding) else {
        return Err(CodecError::UnknownEncoding(encoding.to_string()));
    };
    match name {
        "utf-8" => decode_utf8(b, errors),
        "utf-8-sig" => decode_utf8(b.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(b), errors),
        "ascii" => decode_ascii(b, errors),
        "iso8859-1" => Ok(b.iter().map(|&x| x as char).collect()),
        "utf-16" => decode_utf16(b, None, errors),
        "utf-16-le" => decode_utf16(b, Some(true), errors),
        "utf-16-be" => decode_utf16(b, Some(false), errors),
        "utf-32" => decode_utf32(b, None, errors),
        "utf-32-le" => decode_utf32(b, Some(true), errors),
        "utf-32-be" => decode_utf32(b, Some(false), errors),
        "cp1252" | "iso8859-15" => decode_single_byte(b, name, errors),
        "unicode-escape" => decode_unicode_escape(b, false, errors),
        "raw-unicode-escape" => decode_unicode_escape(b, true, errors),
        _ => Err(CodecError::UnknownEncoding(encoding.to_string())),
    }
}

#[cfg(test)]
mod single_byte_tests {
    use super::*;

    #[test]
    fn aliases_are_sorted() {
        assert!(ALIASES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn single_byte_round_trips() {
        for codec in ["cp1252", "iso8859-15"] {
            for b in 0..=255u8 {
                if let Ok(s) = decode(&[b], codec, "strict") {
                    assert_eq!(encode(&s, codec, "strict").unwrap(), vec![b], "{codec} {b:#x}");
                }
            }
        }
        let undefined: Vec<u8> = (0..=255u8).filter(|&b| decode(&[b], "cp1252", "strict").is_err()).collect();
        assert_eq!(undefined, vec![0x81, 0x8d, 0x8f, 0x90, 0x9d]);
        assert_eq!(decode(b"\xa4", "latin9", "strict").unwrap(), "\u{20ac}");
        assert!(encode("\u{a4}", "iso8859-15", "strict").is_err());
    }

    #[test]
    fn fast_paths() {
        for name in ["utf-8", "UTF_8", "utf8", "utf-16", "utf32", "ascii", "us-ascii", "latin-1", "ISO-8859-1"] {
            assert!(is_fast_path(name), "{name}");
        }
        for name in ["u8", "utf-8-sig", "utf-16-le", "646", "l1", "cp1252"] {
            assert!(!is_fast_path(name), "{name}");
        }
    }
}

// ---- tests below are generated by tests_gen.py from CPython 3.11; do not edit by hand ----
#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;

    #[rustfmt::skip]
    const NAMES: &[(&str, Option<&str>)] = &[
        ("utf-8", Some("utf-8")),
        ("utf8", Some("utf-8")),
        ("UTF-8", Some("utf-8")),
        ("u8", Some("utf-8")),
        ("UTF8", Some("utf-8")),
        ("utf_8", Some("utf-8")),
        ("U_T_F-8", None),
        ("utf", Some("utf-8")),
        ("cp65001", Some("utf-8")),
        ("utf-8-sig", Some("utf-8-sig")),
        ("UTF_8_SIG", Some("utf-8-sig")),
        ("ascii", Some("ascii")),
        ("ASCII", Some("ascii")),
        ("us-ascii", Some("ascii")),
        ("646", Some("ascii")),
        ("ANSI_X3.4-1968", Some("ascii")),
        ("iso_646.irv:1991", Some("ascii")),
        ("latin-1", Some("iso8859-1")),
        ("latin1", Some("iso8859-1")),
        ("LATIN_1", Some("iso8859-1")),
        ("l1", Some("iso8859-1")),
        ("L1", Some("iso8859-1")),
        ("iso-8859-1", Some("iso8859-1")),
        ("iso8859-1", Some("iso8859-1")),
        ("ISO_8859-1:1987", Some("iso8859-1")),
        ("cp819", Some("iso8859-1")),
        ("latin", Some("iso8859-1")),
        ("8859", Some("iso8859-1")),
        ("utf-16", Some("utf-16")),
        ("UTF16", Some("utf-16")),
        ("utf-16le", Some("utf-16-le")),
        ("UTF-16-LE", Some("utf-16-le")),
        ("utf_16_be", Some("utf-16-be")),
        ("utf-16be", Some("utf-16-be")),
        ("u16", Some("utf-16")),
        ("utf-32", Some("utf-32")),
        ("utf32", Some("utf-32")),
        ("UTF-32LE", Some("utf-32-le")),
        ("utf_32_be", Some("utf-32-be")),
        ("u32", Some("utf-32")),
        ("foo", None),
        ("", None),
        ("utf-8.", None),
        ("-utf-8-", Some("utf-8")),
        ("utf 8", Some("utf-8")),
        (" utf8 ", Some("utf-8")),
        ("utf\u{2010}8", Some("utf-8")),
        ("cp1252", Some("cp1252")),
        ("utf-7", None),
        ("mbcs", None),
        ("unicodelittleunmarked", Some("utf-16-le")),
        ("UnicodeBigUnmarked", Some("utf-16-be")),
        ("utf8_sig", None),
    ];

    #[rustfmt::skip]
    const ENCODE: &[(&str, &str, &str, Result<&[u8], (&str, &str, usize, usize, &str)>)] = &[
        ("", "utf-8", "strict", Ok(b"")),
        ("", "utf-8-sig", "strict", Ok(b"\xef\xbb\xbf")),
        ("", "ascii", "strict", Ok(b"")),
        ("", "ascii", "ignore", Ok(b"")),
        ("", "ascii", "replace", Ok(b"")),
        ("", "ascii", "backslashreplace", Ok(b"")),
        ("", "ascii", "xmlcharrefreplace", Ok(b"")),
        ("", "ascii", "surrogateescape", Ok(b"")),
        ("", "ascii", "bogus", Ok(b"")),
        ("", "latin-1", "strict", Ok(b"")),
        ("", "latin-1", "ignore", Ok(b"")),
        ("", "latin-1", "replace", Ok(b"")),
        ("", "latin-1", "backslashreplace", Ok(b"")),
        ("", "latin-1", "xmlcharrefreplace", Ok(b"")),
        ("", "latin-1", "surrogateescape", Ok(b"")),
        ("", "latin-1", "bogus", Ok(b"")),
        ("", "utf-16", "strict", Ok(b"\xff\xfe")),
        ("", "utf-16-le", "strict", Ok(b"")),
        ("", "utf-16-be", "strict", Ok(b"")),
        ("", "utf-32", "strict", Ok(b"\xff\xfe\x00\x00")),
        ("", "utf-32-le", "strict", Ok(b"")),
        ("", "utf-32-be", "strict", Ok(b"")),
        ("abc", "utf-8", "strict", Ok(b"abc")),
        ("abc", "utf-8-sig", "strict", Ok(b"\xef\xbb\xbfabc")),
        ("abc", "ascii", "strict", Ok(b"abc")),
        ("abc", "ascii", "ignore", Ok(b"abc")),
        ("abc", "ascii", "replace", Ok(b"abc")),
        ("abc", "ascii", "backslashreplace", Ok(b"abc")),
        ("abc", "ascii", "xmlcharrefreplace", Ok(b"abc")),
        ("abc", "ascii", "surrogateescape", Ok(b"abc")),
        ("abc", "ascii", "bogus", Ok(b"abc")),
        ("abc", "latin-1", "strict", Ok(b"abc")),
        ("abc", "latin-1", "ignore", Ok(b"abc")),
        ("abc", "latin-1", "replace", Ok(b"abc")),
        ("abc", "latin-1", "backslashreplace", Ok(b"abc")),
        ("abc", "latin-1", "xmlcharrefreplace", Ok(b"abc")),
        ("abc", "latin-1", "surrogateescape", Ok(b"abc")),
        ("abc", "latin-1", "bogus", Ok(b"abc")),
        ("abc", "utf-16", "strict", Ok(b"\xff\xfea\x00b\x00c\x00")),
        ("abc", "utf-16-le", "strict", Ok(b"a\x00b\x00c\x00")),
        ("abc", "utf-16-be", "strict", Ok(b"\x00a\x00b\x00c")),
        ("abc", "utf-32", "strict", Ok(b"\xff\xfe\x00\x00a\x00\x00\x00b\x00\x00\x00c\x00\x00\x00")),
        ("abc", "utf-32-le", "strict", Ok(b"a\x00\x00\x00b\x00\x00\x00c\x00\x00\x00")),
        ("abc", "utf-32-be", "strict", Ok(b"\x00\x00\x00a\x00\x00\x00b\x00\x00\x00c")),
        ("caf\u{e9}", "utf-8", "strict", Ok(b"caf\xc3\xa9")),
        ("caf\u{e9}", "utf-8-sig", "strict", Ok(b"\xef\xbb\xbfcaf\xc3\xa9")),
        ("caf\u{e9}", "ascii", "strict", Err(("UnicodeEncodeError", "ascii", 3, 4, "'ascii' codec can't encode character '\\xe9' in position 3: ordinal not in range(128)"))),
        ("caf\u{e9}", "ascii", "ignore", Ok(b"caf")),
        ("caf\u{e9}", "ascii", "replace", Ok(b"caf?")),
        ("caf\u{e9}", "ascii", "backslashreplace", Ok(b"caf\\xe9")),
        ("caf\u{e9}", "ascii", "xmlcharrefreplace", Ok(b"caf&#233;")),
        ("caf\u{e9}", "ascii", "surrogateescape", Err(("UnicodeEncodeError", "ascii", 3, 4, "'ascii' codec can't encode character '\\xe9' in position 3: ordinal not in range(128)"))),
        ("caf\u{e9}", "ascii", "bogus", Err(("LookupError", "", 0, 0, "unknown error handler name 'bogus'"))),
        ("caf\u{e9}", "latin-1", "strict", Ok(b"caf\xe9")),
        ("caf\u{e9}", "latin-1", "ignore", Ok(b"caf\xe9")),
        ("caf\u{e9}", "latin-1", "replace", Ok(b"caf\xe9")),
        ("caf\u{e9}", "latin-1", "backslashreplace", Ok(b"caf\xe9")),
        ("caf\u{e9}", "latin-1", "xmlcharrefreplace", Ok(b"caf\xe9")),
        ("caf\u{e9}", "latin-1", "surrogateescape", Ok(b"caf\xe9")),
        ("caf\u{e9}", "latin-1", "bogus", Ok(b"caf\xe9")),
        ("caf\u{e9}", "utf-16", "strict", Ok(b"\xff\xfec\x00a\x00f\x00\xe9\x00")),
        ("caf\u{e9}", "utf-16-le", "strict", Ok(b"c\x00a\x00f\x00\xe9\x00")),
        ("caf\u{e9}", "utf-16-be", "strict", Ok(b"\x00c\x00a\x00f\x00\xe9")),
        ("caf\u{e9}", "utf-32", "strict", Ok(b"\xff\xfe\x00\x00c\x00\x00\x00a\x00\x00\x00f\x00\x00\x00\xe9\x00\x00\x00")),
        ("caf\u{e9}", "utf-32-le", "strict", Ok(b"c\x00\x00\x00a\x00\x00\x00f\x00\x00\x00\xe9\x00\x00\x00")),
        ("caf\u{e9}", "utf-32-be", "strict", Ok(b"\x00\x00\x00c\x00\x00\x00a\x00\x00\x00f\x00\x00\x00\xe9")),
        ("a\u{e9}\u{e9} b", "utf-8", "strict", Ok(b"a\xc3\xa9\xc3\xa9 b")),
        ("a\u{e9}\u{e9} b", "utf-8-sig", "strict", Ok(b"\xef\xbb\xbfa\xc3\xa9\xc3\xa9 b")),
        ("a\u{e9}\u{e9} b", "ascii", "strict", Err(("UnicodeEncodeError", "ascii", 1, 3, "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"))),
        ("a\u{e9}\u{e9} b", "ascii", "ignore", Ok(b"a b")),
        ("a\u{e9}\u{e9} b", "ascii", "replace", Ok(b"a?? b")),
        ("a\u{e9}\u{e9} b", "ascii", "backslashreplace", Ok(b"a\\xe9\\xe9 b")),
        ("a\u{e9}\u{e9} b", "ascii", "xmlcharrefreplace", Ok(b"a&#233;&#233; b")),
        ("a\u{e9}\u{e9} b", "ascii", "surrogateescape", Err(("UnicodeEncodeError", "ascii", 1, 3, "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"))),
        ("a\u{e9}\u{e9} b", "ascii", "bogus", Err(("LookupError", "", 0, 0, "unknown error handler name 'bogus'"))),
        ("a\u{e9}\u{e9} b", "latin-1", "strict", Ok(b"a\xe9\xe9 b")),
        ("a\u{e9}\u{e9} b", "latin-1", "ignore", Ok(b"a\xe9\xe9 b")),
        ("a\u{e9}\u{e9} b", "latin-1", "replace", Ok(b"a\xe9\xe9 b")),
        ("a\u{e9}\u{e9} b", "latin-1", "backslashreplace", Ok(b"a\xe9\xe9 b")),
        ("a\u{e9}\u{e9} b", "latin-1", "xmlcharrefreplace", Ok(b"a\xe9\xe9 b")),
        ("a\u{e9}\u{e9} b", "latin-1", "surrogateescape", Ok(b"a\xe9\xe9 b")),
        ("a\u{e9}\u{e9} b", "latin-1", "bogus", Ok(b"a\xe9\xe9 b")),
        ("a\u{e9}\u{e9} b", "utf-16", "strict", Ok(b"\xff\xfea\x00\xe9\x00\xe9\x00 \x00b\x00")),
        ("a\u{e9}\u{e9} b", "utf-16-le", "strict", Ok(b"a\x00\xe9\x00\xe9\x00 \x00b\x00")),
        ("a\u{e9}\u{e9} b", "utf-16-be", "strict", Ok(b"\x00a\x00\xe9\x00\xe9\x00 \x00b")),
        ("a\u{e9}\u{e9} b", "utf-32", "strict", Ok(b"\xff\xfe\x00\x00a\x00\x00\x00\xe9\x00\x00\x00\xe9\x00\x00\x00 \x00\x00\x00b\x00\x00\x00")),
        ("a\u{e9}\u{e9} b", "utf-32-le", "strict", Ok(b"a\x00\x00\x00\xe9\x00\x00\x00\xe9\x00\x00\x00 \x00\x00\x00b\x00\x00\x00")),
        ("a\u{e9}\u{e9} b", "utf-32-be", "strict", Ok(b"\x00\x00\x00a\x00\x00\x00\xe9\x00\x00\x00\xe9\x00\x00\x00 \x00\x00\x00b")),
        ("\u{20ac}", "utf-8", "strict", Ok(b"\xe2\x82\xac")),
        ("\u{20ac}", "utf-8-sig", "strict", Ok(b"\xef\xbb\xbf\xe2\x82\xac")),
        ("\u{20ac}", "ascii", "strict", Err(("UnicodeEncodeError", "ascii", 0, 1, "'ascii' codec can't encode character '\\u20ac' in position 0: ordinal not in range(128)"))),
        ("\u{20ac}", "ascii", "ignore", Ok(b"")),
        ("\u{20ac}", "ascii", "replace", Ok(b"?")),
        ("\u{20ac}", "ascii", "backslashreplace", Ok(b"\\u20ac")),
        ("\u{20ac}", "ascii", "xmlcharrefreplace", Ok(b"&#8364;")),
        ("\u{20ac}", "ascii", "surrogateescape", Err(("UnicodeEncodeError", "ascii", 0, 1, "'ascii' codec can't encode character '\\u20ac' in position 0: ordinal not in range(128)"))),
        ("\u{20ac}", "ascii", "bogus", Err(("LookupError", "", 0, 0, "unknown error handler name 'bogus'"))),
        ("\u{20ac}", "latin-1", "strict", Err(("UnicodeEncodeError", "latin-1", 0, 1, "'latin-1' codec can't encode character '\\u20ac' in position 0: ordinal not in range(256)"))),
        ("\u{20ac}", "latin-1", "ignore", Ok(b"")),
        ("\u{20ac}", "latin-1", "replace", Ok(b"?")),
        ("\u{20ac}", "latin-1", "backslashreplace", Ok(b"\\u20ac")),
        ("\u{20ac}", "latin-1", "xmlcharrefreplace", Ok(b"&#8364;")),
        ("\u{20ac}", "latin-1", "surrogateescape", Err(("UnicodeEncodeError", "latin-1", 0, 1, "'latin-1' codec can't encode character '\\u20ac' in position 0: ordinal not in range(256)"))),
        ("\u{20ac}", "latin-1", "bogus", Err(("LookupError", "", 0, 0, "unknown error handler name 'bogus'"))),
        ("\u{20ac}", "utf-16", "strict", Ok(b"\xff\xfe\xac ")),
        ("\u{20ac}", "utf-16-le", "strict", Ok(b"\xac ")),
        ("\u{20ac}", "utf-16-be", "strict", Ok(b" \xac")),
        ("\u{20ac}", "utf-32", "strict", Ok(b"\xff\xfe\x00\x00\xac \x00\x00")),
        ("\u{20ac}", "utf-32-le", "strict", Ok(b"\xac \x00\x00")),
        ("\u{20ac}", "utf-32-be", "strict", Ok(b"\x00\x00 \xac")),
        ("x\u{20ac}\u{1f600}y", "utf-8", "strict", Ok(b"x\xe2\x82\xac\xf0\x9f\x98\x80y")),
        ("x\u{20ac}\u{1f600}y", "utf-8-sig", "strict", Ok(b"\xef\xbb\xbfx\xe2\x82\xac\xf0\x9f\x98\x80y")),
        ("x\u{20ac}\u{1f600}y", "ascii", "strict", Err(("UnicodeEncodeError", "ascii", 1, 3, "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"))),
        ("x\u{20ac}\u{1f600}y", "ascii", "ignore", Ok(b"xy")),
        ("x\u{20ac}\u{1f600}y", "ascii", "replace", Ok(b"x??y")),
        ("x\u{20ac}\u{1f600}y", "ascii", "backslashreplace", Ok(b"x\\u20ac\\U0001f600y")),
        ("x\u{20ac}\u{1f600}y", "ascii", "xmlcharrefreplace", Ok(b"x&#8364;&#128512;y")),
        ("x\u{20ac}\u{1f600}y", "ascii", "surrogateescape", Err(("UnicodeEncodeError", "ascii", 1, 3, "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"))),
        ("x\u{20ac}\u{1f600}y", "ascii", "bogus", Err(("LookupError", "", 0, 0, "unknown error handler name 'bogus'"))),
        ("x\u{20ac}\u{1f600}y", "latin-1", "strict", Err(("UnicodeEncodeError", "latin-1", 1, 3, "'latin-1' codec can't encode characters in position 1-2: ordinal not in range(256)"))),
        ("x\u{20ac}\u{1f600}y", "latin-1", "ignore", Ok(b"xy")),
        ("x\u{20ac}\u{1f600}y", "latin-1", "replace", Ok(b"x??y")),
        ("x\u{20ac}\u{1f600}y", "latin-1", "backslashreplace", Ok(b"x\\u20ac\\U0001f600y")),
        ("x\u{20ac}\u{1f600}y", "latin-1", "xmlcharrefreplace", Ok(b"x&#8364;&#128512;y")),
        ("x\u{20ac}\u{1f600}y", "latin-1", "surrogateescape", Err(("UnicodeEncodeError", "latin-1", 1, 3, "'latin-1' codec can't encode characters in position 1-2: ordinal not in range(256)"))),
        ("x\u{20ac}\u{1f600}y", "latin-1", "bogus", Err(("LookupError", "", 0, 0, "unknown error handler name 'bogus'"))),
        ("x\u{20ac}\u{1f600}y", "utf-16", "strict", Ok(b"\xff\xfex\x00\xac =\xd8\x00\xdey\x00")),
        ("x\u{20ac}\u{1f600}y", "utf-16-le", "strict", Ok(b"x\x00\xac =\xd8\x00\xdey\x00")),
        ("x\u{20ac}\u{1f600}y", "utf-16-be", "strict", Ok(b"\x00x \xac\xd8=\xde\x00\x00y")),
        ("x\u{20ac}\u{1f600}y", "utf-32", "strict", Ok(b"\xff\xfe\x00\x00x\x00\x00\x00\xac \x00\x00\x00\xf6\x01\x00y\x00\x00\x00")),
        ("x\u{20ac}\u{1f600}y", "utf-32-le", "strict", Ok(b"x\x00\x00\x00\xac \x00\x00\x00\xf6\x01\x00y\x00\x00\x00")),
        ("x\u{20ac}\u{1f600}y", "utf-32-be", "strict", Ok(b"\x00\x00\x00x\x00\x00 \xac\x00\x01\xf6\x00\x00\x00\x00y")),
        ("\u{1f600}", "utf-8", "strict", Ok(b"\xf0\x9f\x98\x80")),
        ("\u{1f600}", "utf-8-sig", "strict", Ok(b"\xef\xbb\xbf\xf0\x9f\x98\x80")),
        ("\u{1f600}", "ascii", "strict", Err(("UnicodeEncodeError", "ascii", 0, 1, "'ascii' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(128)"))),
        ("\u{1f600}", "ascii", "ignore", Ok(b"")),
        ("\u{1f600}", "ascii", "replace", Ok(b"?")),
        ("\u{1f600}", "ascii", "backslashreplace", Ok(b"\\U0001f600")),
        ("\u{1f600}", "ascii", "xmlcharrefreplace", Ok(b"&#128512;")),
        ("\u{1f600}", "ascii", "surrogateescape", Err(("UnicodeEncodeError", "ascii", 0, 1, "'ascii' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(128)"))),
        ("\u{1f600}", "ascii", "bogus", Err(("LookupError", "", 0, 0, "unknown error handler name 'bogus'"))),
        ("\u{1f600}", "latin-1", "strict", Err(("UnicodeEncodeError", "latin-1", 0, 1, "'latin-1' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(256)"))),
        ("\u{1f600}", "latin-1", "ignore", Ok(b"")),
        ("\u{1f600}", "latin-1", "replace", Ok(b"?")),
        ("\u{1f600}", "latin-1", "backslashreplace", Ok(b"\\U0001f600")),
        ("\u{1f600}", "latin-1", "xmlcharrefreplace", Ok(b"&#128512;")),
        ("\u{1f600}", "latin-1", "surrogateescape", Err(("UnicodeEncodeError", "latin-1", 0, 1, "'latin-1' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(256)"))),
        ("\u{1f600}", "latin-1", "bogus", Err(("LookupError", "", 0, 0, "unknown error handler name 'bogus'"))),
        ("\u{1f600}", "utf-16", "strict", Ok(b"\xff\xfe=\xd8\x00\xde")),
        ("\u{1f600}", "utf-16-le", "strict", Ok(b"=\xd8\x00\xde")),
        ("\u{1f600}", "utf-16-be", "strict", Ok(b"\xd8=\xde\x00")),
        ("\u{1f600}", "utf-32", "strict", Ok(b"\xff\xfe\x00\x00\x00\xf6\x01\x00")),
        ("\u{1f600}", "utf-32-le", "strict", Ok(b"\x00\xf6\x01\x00")),
        ("\u{1f600}", "utf-32-be", "strict", Ok(b"\x00\x01\xf6\x00")),
        ("\u{ff}\u{100}", "utf-8", "strict", Ok(b"\xc3\xbf\xc4\x80")),
        ("\u{ff}\u{100}", "utf-8-sig", "strict", Ok(b"\xef\xbb\xbf\xc3\xbf\xc4\x80")),
        ("\u{ff}\u{100}", "ascii", "strict", Err(("UnicodeEncodeError", "ascii", 0, 2, "'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)"))),
        ("\u{ff}\u{100}", "ascii", "ignore", Ok(b"")),
        ("\u{ff}\u{100}", "ascii", "replace", Ok(b"??")),
        ("\u{ff}\u{100}", "ascii", "backslashreplace", Ok(b"\\xff\\u0100")),
        ("\u{ff}\u{100}", "ascii", "xmlcharrefreplace", Ok(b"&#255;&#256;")),
        ("\u{ff}\u{100}", "ascii", "surrogateescape", Err(("UnicodeEncodeError", "ascii", 0, 2, "'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)"))),
        ("\u{ff}\u{100}", "ascii", "bogus", Err(("LookupError", "", 0, 0, "unknown error handler name 'bogus'"))),
        ("\u{ff}\u{100}", "latin-1", "strict", Err(("UnicodeEncodeError", "latin-1", 1, 2, "'latin-1' codec can't encode character '\\u0100' in position 1: ordinal not in range(256)"))),
        ("\u{ff}\u{100}", "latin-1", "ignore", Ok(b"\xff")),
        ("\u{ff}\u{100}", "latin-1", "replace", Ok(b"\xff?")),
        ("\u{ff}\u{100}", "latin-1", "backslashreplace", Ok(b"\xff\\u0100")),
        ("\u{ff}\u{100}", "latin-1", "xmlcharrefreplace", Ok(b"\xff&#256;")),
        ("\u{ff}\u{100}", "latin-1", "surrogateescape", Err(("UnicodeEncodeError", "latin-1", 1, 2, "'latin-1' codec can't encode character '\\u0100' in position 1: ordinal not in range(256)"))),
        ("\u{ff}\u{100}", "latin-1", "bogus", Err(("LookupError", "", 0, 0, "unknown error handler name 'bogus'"))),
        ("\u{ff}\u{100}", "utf-16", "strict", Ok(b"\xff\xfe\xff\x00\x00\x01")),
        ("\u{ff}\u{100}", "utf-16-le", "strict", Ok(b"\xff\x00\x00\x01")),
        ("\u{ff}\u{100}", "utf-16-be", "strict", Ok(b"\x00\xff\x01\x00")),
        ("\u{ff}\u{100}", "utf-32", "strict", Ok(b"\xff\xfe\x00\x00\xff\x00\x00\x00\x00\x01\x00\x00")),
        ("\u{ff}\u{100}", "utf-32-le", "strict", Ok(b"\xff\x00\x00\x00\x00\x01\x00\x00")),
        ("\u{ff}\u{100}", "utf-32-be", "strict", Ok(b"\x00\x00\x00\xff\x00\x00\x01\x00")),
        ("\u{65e5}\u{672c}\u{8a9e}", "utf-8", "strict", Ok(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")),
        ("\u{65e5}\u{672c}\u{8a9e}", "utf-8-sig", "strict", Ok(b"\xef\xbb\xbf\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")),
        ("\u{65e5}\u{672c}\u{8a9e}", "ascii", "strict", Err(("UnicodeEncodeError", "ascii", 0, 3, "'ascii' codec can't encode characters in position 0-2: ordinal not in range(128)"))),
        ("\u{65e5}\u{672c}\u{8a9e}", "ascii", "ignore", Ok(b"")),
        ("\u{65e5}\u{672c}\u{8a9e}", "ascii", "replace", Ok(b"???")),
        ("\u{65e5}\u{672c}\u{8a9e}", "ascii", "backslashreplace", Ok(b"\\u65e5\\u672c\\u8a9e")),
        ("\u{65e5}\u{672c}\u{8a9e}", "ascii", "xmlcharrefreplace", Ok(b"&#26085;&#26412;&#35486;")),
        ("\u{65e5}\u{672c}\u{8a9e}", "ascii", "surrogateescape", Err(("UnicodeEncodeError", "ascii", 0, 3, "'ascii' codec can't encode characters in position 0-2: ordinal not in range(128)"))),
        ("\u{65e5}\u{672c}\u{8a9e}", "ascii", "bogus", Err(("LookupError", "", 0, 0, "unknown error handler name 'bogus'"))),
        ("\u{65e5}\u{672c}\u{8a9e}", "latin-1", "strict", Err(("UnicodeEncodeError", "latin-1", 0, 3, "'latin-1' codec can't encode characters in position 0-2: ordinal not in range(256)"))),
        ("\u{65e5}\u{672c}\u{8a9e}", "latin-1", "ignore", Ok(b"")),
        ("\u{65e5}\u{672c}\u{8a9e}", "latin-1", "replace", Ok(b"???")),
        ("\u{65e5}\u{672c}\u{8a9e}", "latin-1", "backslashreplace", Ok(b"\\u65e5\\u672c\\u8a9e")),
        ("\u{65e5}\u{672c}\u{8a9e}", "latin-1", "xmlcharrefreplace", Ok(b"&#26085;&#26412;&#35486;")),
        ("\u{65e5}\u{672c}\u{8a9e}", "latin-1", "surrogateescape", Err(("UnicodeEncodeError", "latin-1", 0, 3, "'latin-1' codec can't encode characters in position 0-2: ordinal not in range(256)"))),
        ("\u{65e5}\u{672c}\u{8a9e}", "latin-1", "bogus", Err(("LookupError", "", 0, 0, "unknown error handler name 'bogus'"))),
        ("\u{65e5}\u{672c}\u{8a9e}", "utf-16", "strict", Ok(b"\xff\xfe\xe5e,g\x9e\x8a")),
        ("\u{65e5}\u{672c}\u{8a9e}", "utf-16-le", "strict", Ok(b"\xe5e,g\x9e\x8a")),
        ("\u{65e5}\u{672c}\u{8a9e}", "utf-16-be", "strict", Ok(b"e\xe5g,\x8a\x9e")),
        ("\u{65e5}\u{672c}\u{8a9e}", "utf-32", "strict", Ok(b"\xff\xfe\x00\x00\xe5e\x00\x00,g\x00\x00\x9e\x8a\x00\x00")),
        ("\u{65e5}\u{672c}\u{8a9e}", "utf-32-le", "strict", Ok(b"\xe5e\x00\x00,g\x00\x00\x9e\x8a\x00\x00")),
        ("\u{65e5}\u{672c}\u{8a9e}", "utf-32-be", "strict", Ok(b"\x00\x00e\xe5\x00\x00g,\x00\x00\x8a\x9e")),
        ("a\u{0}b\u{7f}", "utf-8", "strict", Ok(b"a\x00b\x7f")),
        ("a\u{0}b\u{7f}", "utf-8-sig", "strict", Ok(b"\xef\xbb\xbfa\x00b\x7f")),
        ("a\u{0}b\u{7f}", "ascii", "strict", Ok(b"a\x00b\x7f")),
        ("a\u{0}b\u{7f}", "ascii", "ignore", Ok(b"a\x00b\x7f")),
        ("a\u{0}b\u{7f}", "ascii", "replace", Ok(b"a\x00b\x7f")),
        ("a\u{0}b\u{7f}", "ascii", "backslashreplace", Ok(b"a\x00b\x7f")),
        ("a\u{0}b\u{7f}", "ascii", "xmlcharrefreplace", Ok(b"a\x00b\x7f")),
        ("a\u{0}b\u{7f}", "ascii", "surrogateescape", Ok(b"a\x00b\x7f")),
        ("a\u{0}b\u{7f}", "ascii", "bogus", Ok(b"a\x00b\x7f")),
        ("a\u{0}b\u{7f}", "latin-1", "strict", Ok(b"a\x00b\x7f")),
        ("a\u{0}b\u{7f}", "latin-1", "ignore", Ok(b"a\x00b\x7f")),
        ("a\u{0}b\u{7f}", "latin-1", "replace", Ok(b"a\x00b\x7f")),
        ("a\u{0}b\u{7f}", "latin-1", "backslashreplace", Ok(b"a\x00b\x7f")),
        ("a\u{0}b\u{7f}", "latin-1", "xmlcharrefreplace", Ok(b"a\x00b\x7f")),
        ("a\u{0}b\u{7f}", "latin-1", "surrogateescape", Ok(b"a\x00b\x7f")),
        ("a\u{0}b\u{7f}", "latin-1", "bogus", Ok(b"a\x00b\x7f")),
        ("a\u{0}b\u{7f}", "utf-16", "strict", Ok(b"\xff\xfea\x00\x00\x00b\x00\x7f\x00")),
        ("a\u{0}b\u{7f}", "utf-16-le", "strict", Ok(b"a\x00\x00\x00b\x00\x7f\x00")),
        ("a\u{0}b\u{7f}", "utf-16-be", "strict", Ok(b"\x00a\x00\x00\x00b\x00\x7f")),
        ("a\u{0}b\u{7f}", "utf-32", "strict", Ok(b"\xff\xfe\x00\x00a\x00\x00\x00\x00\x00\x00\x00b\x00\x00\x00\x7f\x00\x00\x00")),
        ("a\u{0}b\u{7f}", "utf-32-le", "strict", Ok(b"a\x00\x00\x00\x00\x00\x00\x00b\x00\x00\x00\x7f\x00\x00\x00")),
        ("a\u{0}b\u{7f}", "utf-32-be", "strict", Ok(b"\x00\x00\x00a\x00\x00\x00\x00\x00\x00\x00b\x00\x00\x00\x7f")),
        ("abc", "foo", "strict", Err(("LookupError", "", 0, 0, "unknown encoding: foo"))),
    ];

    #[rustfmt::skip]
    const DECODE: &[(&[u8], &str, &str, Result<&str, (&str, &str, usize, usize, &str)>)] = &[
        (b"", "utf-8", "strict", Ok("")),
        (b"", "utf-8", "ignore", Ok("")),
        (b"", "utf-8", "replace", Ok("")),
        (b"", "utf-8", "backslashreplace", Ok("")),
        (b"", "utf-8-sig", "strict", Ok("")),
        (b"", "utf-8-sig", "ignore", Ok("")),
        (b"", "utf-8-sig", "replace", Ok("")),
        (b"", "utf-8-sig", "backslashreplace", Ok("")),
        (b"", "ascii", "strict", Ok("")),
        (b"", "ascii", "ignore", Ok("")),
        (b"", "ascii", "replace", Ok("")),
        (b"", "ascii", "backslashreplace", Ok("")),
        (b"", "latin-1", "strict", Ok("")),
        (b"abc", "utf-8", "strict", Ok("abc")),
        (b"abc", "utf-8", "ignore", Ok("abc")),
        (b"abc", "utf-8", "replace", Ok("abc")),
        (b"abc", "utf-8", "backslashreplace", Ok("abc")),
        (b"abc", "utf-8-sig", "strict", Ok("abc")),
        (b"abc", "utf-8-sig", "ignore", Ok("abc")),
        (b"abc", "utf-8-sig", "replace", Ok("abc")),
        (b"abc", "utf-8-sig", "backslashreplace", Ok("abc")),
        (b"abc", "ascii", "strict", Ok("abc")),
        (b"abc", "ascii", "ignore", Ok("abc")),
        (b"abc", "ascii", "replace", Ok("abc")),
        (b"abc", "ascii", "backslashreplace", Ok("abc")),
        (b"abc", "latin-1", "strict", Ok("abc")),
        (b"caf\xc3\xa9", "utf-8", "strict", Ok("caf\u{e9}")),
        (b"caf\xc3\xa9", "utf-8", "ignore", Ok("caf\u{e9}")),
        (b"caf\xc3\xa9", "utf-8", "replace", Ok("caf\u{e9}")),
        (b"caf\xc3\xa9", "utf-8", "backslashreplace", Ok("caf\u{e9}")),
        (b"caf\xc3\xa9", "utf-8-sig", "strict", Ok("caf\u{e9}")),
        (b"caf\xc3\xa9", "utf-8-sig", "ignore", Ok("caf\u{e9}")),
        (b"caf\xc3\xa9", "utf-8-sig", "replace", Ok("caf\u{e9}")),
        (b"caf\xc3\xa9", "utf-8-sig", "backslashreplace", Ok("caf\u{e9}")),
        (b"caf\xc3\xa9", "ascii", "strict", Err(("UnicodeDecodeError", "ascii", 3, 4, "'ascii' codec can't decode byte 0xc3 in position 3: ordinal not in range(128)"))),
        (b"caf\xc3\xa9", "ascii", "ignore", Ok("caf")),
        (b"caf\xc3\xa9", "ascii", "replace", Ok("caf\u{fffd}\u{fffd}")),
        (b"caf\xc3\xa9", "ascii", "backslashreplace", Ok("caf\\xc3\\xa9")),
        (b"caf\xc3\xa9", "latin-1", "strict", Ok("caf\u{c3}\u{a9}")),
        (b"\xff", "utf-8", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"))),
        (b"\xff", "utf-8", "ignore", Ok("")),
        (b"\xff", "utf-8", "replace", Ok("\u{fffd}")),
        (b"\xff", "utf-8", "backslashreplace", Ok("\\xff")),
        (b"\xff", "utf-8-sig", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"))),
        (b"\xff", "utf-8-sig", "ignore", Ok("")),
        (b"\xff", "utf-8-sig", "replace", Ok("\u{fffd}")),
        (b"\xff", "utf-8-sig", "backslashreplace", Ok("\\xff")),
        (b"\xff", "ascii", "strict", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)"))),
        (b"\xff", "ascii", "ignore", Ok("")),
        (b"\xff", "ascii", "replace", Ok("\u{fffd}")),
        (b"\xff", "ascii", "backslashreplace", Ok("\\xff")),
        (b"\xff", "latin-1", "strict", Ok("\u{ff}")),
        (b"a\xffb", "utf-8", "strict", Err(("UnicodeDecodeError", "utf-8", 1, 2, "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"))),
        (b"a\xffb", "utf-8", "ignore", Ok("ab")),
        (b"a\xffb", "utf-8", "replace", Ok("a\u{fffd}b")),
        (b"a\xffb", "utf-8", "backslashreplace", Ok("a\\xffb")),
        (b"a\xffb", "utf-8-sig", "strict", Err(("UnicodeDecodeError", "utf-8", 1, 2, "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"))),
        (b"a\xffb", "utf-8-sig", "ignore", Ok("ab")),
        (b"a\xffb", "utf-8-sig", "replace", Ok("a\u{fffd}b")),
        (b"a\xffb", "utf-8-sig", "backslashreplace", Ok("a\\xffb")),
        (b"a\xffb", "ascii", "strict", Err(("UnicodeDecodeError", "ascii", 1, 2, "'ascii' codec can't decode byte 0xff in position 1: ordinal not in range(128)"))),
        (b"a\xffb", "ascii", "ignore", Ok("ab")),
        (b"a\xffb", "ascii", "replace", Ok("a\u{fffd}b")),
        (b"a\xffb", "ascii", "backslashreplace", Ok("a\\xffb")),
        (b"a\xffb", "latin-1", "strict", Ok("a\u{ff}b")),
        (b"\x80", "utf-8", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte"))),
        (b"\x80", "utf-8", "ignore", Ok("")),
        (b"\x80", "utf-8", "replace", Ok("\u{fffd}")),
        (b"\x80", "utf-8", "backslashreplace", Ok("\\x80")),
        (b"\x80", "utf-8-sig", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte"))),
        (b"\x80", "utf-8-sig", "ignore", Ok("")),
        (b"\x80", "utf-8-sig", "replace", Ok("\u{fffd}")),
        (b"\x80", "utf-8-sig", "backslashreplace", Ok("\\x80")),
        (b"\x80", "ascii", "strict", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0x80 in position 0: ordinal not in range(128)"))),
        (b"\x80", "ascii", "ignore", Ok("")),
        (b"\x80", "ascii", "replace", Ok("\u{fffd}")),
        (b"\x80", "ascii", "backslashreplace", Ok("\\x80")),
        (b"\x80", "latin-1", "strict", Ok("\u{80}")),
        (b"\xc0\x80", "utf-8", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"))),
        (b"\xc0\x80", "utf-8", "ignore", Ok("")),
        (b"\xc0\x80", "utf-8", "replace", Ok("\u{fffd}\u{fffd}")),
        (b"\xc0\x80", "utf-8", "backslashreplace", Ok("\\xc0\\x80")),
        (b"\xc0\x80", "utf-8-sig", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"))),
        (b"\xc0\x80", "utf-8-sig", "ignore", Ok("")),
        (b"\xc0\x80", "utf-8-sig", "replace", Ok("\u{fffd}\u{fffd}")),
        (b"\xc0\x80", "utf-8-sig", "backslashreplace", Ok("\\xc0\\x80")),
        (b"\xc0\x80", "ascii", "strict", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xc0 in position 0: ordinal not in range(128)"))),
        (b"\xc0\x80", "ascii", "ignore", Ok("")),
        (b"\xc0\x80", "ascii", "replace", Ok("\u{fffd}\u{fffd}")),
        (b"\xc0\x80", "ascii", "backslashreplace", Ok("\\xc0\\x80")),
        (b"\xc0\x80", "latin-1", "strict", Ok("\u{c0}\u{80}")),
        (b"\xc2", "utf-8", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xc2 in position 0: unexpected end of data"))),
        (b"\xc2", "utf-8", "ignore", Ok("")),
        (b"\xc2", "utf-8", "replace", Ok("\u{fffd}")),
        (b"\xc2", "utf-8", "backslashreplace", Ok("\\xc2")),
        (b"\xc2", "utf-8-sig", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xc2 in position 0: unexpected end of data"))),
        (b"\xc2", "utf-8-sig", "ignore", Ok("")),
        (b"\xc2", "utf-8-sig", "replace", Ok("\u{fffd}")),
        (b"\xc2", "utf-8-sig", "backslashreplace", Ok("\\xc2")),
        (b"\xc2", "ascii", "strict", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xc2 in position 0: ordinal not in range(128)"))),
        (b"\xc2", "ascii", "ignore", Ok("")),
        (b"\xc2", "ascii", "replace", Ok("\u{fffd}")),
        (b"\xc2", "ascii", "backslashreplace", Ok("\\xc2")),
        (b"\xc2", "latin-1", "strict", Ok("\u{c2}")),
        (b"\xc2a", "utf-8", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xc2 in position 0: invalid continuation byte"))),
        (b"\xc2a", "utf-8", "ignore", Ok("a")),
        (b"\xc2a", "utf-8", "replace", Ok("\u{fffd}a")),
        (b"\xc2a", "utf-8", "backslashreplace", Ok("\\xc2a")),
        (b"\xc2a", "utf-8-sig", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xc2 in position 0: invalid continuation byte"))),
        (b"\xc2a", "utf-8-sig", "ignore", Ok("a")),
        (b"\xc2a", "utf-8-sig", "replace", Ok("\u{fffd}a")),
        (b"\xc2a", "utf-8-sig", "backslashreplace", Ok("\\xc2a")),
        (b"\xc2a", "ascii", "strict", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xc2 in position 0: ordinal not in range(128)"))),
        (b"\xc2a", "ascii", "ignore", Ok("a")),
        (b"\xc2a", "ascii", "replace", Ok("\u{fffd}a")),
        (b"\xc2a", "ascii", "backslashreplace", Ok("\\xc2a")),
        (b"\xc2a", "latin-1", "strict", Ok("\u{c2}a")),
        (b"\xe2\x82", "utf-8", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 2, "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"))),
        (b"\xe2\x82", "utf-8", "ignore", Ok("")),
        (b"\xe2\x82", "utf-8", "replace", Ok("\u{fffd}")),
        (b"\xe2\x82", "utf-8", "backslashreplace", Ok("\\xe2\\x82")),
        (b"\xe2\x82", "utf-8-sig", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 2, "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"))),
        (b"\xe2\x82", "utf-8-sig", "ignore", Ok("")),
        (b"\xe2\x82", "utf-8-sig", "replace", Ok("\u{fffd}")),
        (b"\xe2\x82", "utf-8-sig", "backslashreplace", Ok("\\xe2\\x82")),
        (b"\xe2\x82", "ascii", "strict", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xe2 in position 0: ordinal not in range(128)"))),
        (b"\xe2\x82", "ascii", "ignore", Ok("")),
        (b"\xe2\x82", "ascii", "replace", Ok("\u{fffd}\u{fffd}")),
        (b"\xe2\x82", "ascii", "backslashreplace", Ok("\\xe2\\x82")),
        (b"\xe2\x82", "latin-1", "strict", Ok("\u{e2}\u{82}")),
        (b"\xe2\x82a", "utf-8", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 2, "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"))),
        (b"\xe2\x82a", "utf-8", "ignore", Ok("a")),
        (b"\xe2\x82a", "utf-8", "replace", Ok("\u{fffd}a")),
        (b"\xe2\x82a", "utf-8", "backslashreplace", Ok("\\xe2\\x82a")),
        (b"\xe2\x82a", "utf-8-sig", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 2, "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"))),
        (b"\xe2\x82a", "utf-8-sig", "ignore", Ok("a")),
        (b"\xe2\x82a", "utf-8-sig", "replace", Ok("\u{fffd}a")),
        (b"\xe2\x82a", "utf-8-sig", "backslashreplace", Ok("\\xe2\\x82a")),
        (b"\xe2\x82a", "ascii", "strict", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xe2 in position 0: ordinal not in range(128)"))),
        (b"\xe2\x82a", "ascii", "ignore", Ok("a")),
        (b"\xe2\x82a", "ascii", "replace", Ok("\u{fffd}\u{fffd}a")),
        (b"\xe2\x82a", "ascii", "backslashreplace", Ok("\\xe2\\x82a")),
        (b"\xe2\x82a", "latin-1", "strict", Ok("\u{e2}\u{82}a")),
        (b"\xe2\x82\xac", "utf-8", "strict", Ok("\u{20ac}")),
        (b"\xe2\x82\xac", "utf-8", "ignore", Ok("\u{20ac}")),
        (b"\xe2\x82\xac", "utf-8", "replace", Ok("\u{20ac}")),
        (b"\xe2\x82\xac", "utf-8", "backslashreplace", Ok("\u{20ac}")),
        (b"\xe2\x82\xac", "utf-8-sig", "strict", Ok("\u{20ac}")),
        (b"\xe2\x82\xac", "utf-8-sig", "ignore", Ok("\u{20ac}")),
        (b"\xe2\x82\xac", "utf-8-sig", "replace", Ok("\u{20ac}")),
        (b"\xe2\x82\xac", "utf-8-sig", "backslashreplace", Ok("\u{20ac}")),
        (b"\xe2\x82\xac", "ascii", "strict", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xe2 in position 0: ordinal not in range(128)"))),
        (b"\xe2\x82\xac", "ascii", "ignore", Ok("")),
        (b"\xe2\x82\xac", "ascii", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}")),
        (b"\xe2\x82\xac", "ascii", "backslashreplace", Ok("\\xe2\\x82\\xac")),
        (b"\xe2\x82\xac", "latin-1", "strict", Ok("\u{e2}\u{82}\u{ac}")),
        (b"\xe0\x80\x80", "utf-8", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte"))),
        (b"\xe0\x80\x80", "utf-8", "ignore", Ok("")),
        (b"\xe0\x80\x80", "utf-8", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}")),
        (b"\xe0\x80\x80", "utf-8", "backslashreplace", Ok("\\xe0\\x80\\x80")),
        (b"\xe0\x80\x80", "utf-8-sig", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte"))),
        (b"\xe0\x80\x80", "utf-8-sig", "ignore", Ok("")),
        (b"\xe0\x80\x80", "utf-8-sig", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}")),
        (b"\xe0\x80\x80", "utf-8-sig", "backslashreplace", Ok("\\xe0\\x80\\x80")),
        (b"\xe0\x80\x80", "ascii", "strict", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xe0 in position 0: ordinal not in range(128)"))),
        (b"\xe0\x80\x80", "ascii", "ignore", Ok("")),
        (b"\xe0\x80\x80", "ascii", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}")),
        (b"\xe0\x80\x80", "ascii", "backslashreplace", Ok("\\xe0\\x80\\x80")),
        (b"\xe0\x80\x80", "latin-1", "strict", Ok("\u{e0}\u{80}\u{80}")),
        (b"\xe0\xa0", "utf-8", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 2, "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"))),
        (b"\xe0\xa0", "utf-8", "ignore", Ok("")),
        (b"\xe0\xa0", "utf-8", "replace", Ok("\u{fffd}")),
        (b"\xe0\xa0", "utf-8", "backslashreplace", Ok("\\xe0\\xa0")),
        (b"\xe0\xa0", "utf-8-sig", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 2, "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"))),
        (b"\xe0\xa0", "utf-8-sig", "ignore", Ok("")),
        (b"\xe0\xa0", "utf-8-sig", "replace", Ok("\u{fffd}")),
        (b"\xe0\xa0", "utf-8-sig", "backslashreplace", Ok("\\xe0\\xa0")),
        (b"\xe0\xa0", "ascii", "strict", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xe0 in position 0: ordinal not in range(128)"))),
        (b"\xe0\xa0", "ascii", "ignore", Ok("")),
        (b"\xe0\xa0", "ascii", "replace", Ok("\u{fffd}\u{fffd}")),
        (b"\xe0\xa0", "ascii", "backslashreplace", Ok("\\xe0\\xa0")),
        (b"\xe0\xa0", "latin-1", "strict", Ok("\u{e0}\u{a0}")),
        (b"\xed\xa0\x80", "utf-8", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"))),
        (b"\xed\xa0\x80", "utf-8", "ignore", Ok("")),
        (b"\xed\xa0\x80", "utf-8", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}")),
        (b"\xed\xa0\x80", "utf-8", "backslashreplace", Ok("\\xed\\xa0\\x80")),
        (b"\xed\xa0\x80", "utf-8-sig", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"))),
        (b"\xed\xa0\x80", "utf-8-sig", "ignore", Ok("")),
        (b"\xed\xa0\x80", "utf-8-sig", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}")),
        (b"\xed\xa0\x80", "utf-8-sig", "backslashreplace", Ok("\\xed\\xa0\\x80")),
        (b"\xed\xa0\x80", "ascii", "strict", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xed in position 0: ordinal not in range(128)"))),
        (b"\xed\xa0\x80", "ascii", "ignore", Ok("")),
        (b"\xed\xa0\x80", "ascii", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}")),
        (b"\xed\xa0\x80", "ascii", "backslashreplace", Ok("\\xed\\xa0\\x80")),
        (b"\xed\xa0\x80", "latin-1", "strict", Ok("\u{ed}\u{a0}\u{80}")),
        (b"\xed\x9f\xbf", "utf-8", "strict", Ok("\u{d7ff}")),
        (b"\xed\x9f\xbf", "utf-8", "ignore", Ok("\u{d7ff}")),
        (b"\xed\x9f\xbf", "utf-8", "replace", Ok("\u{d7ff}")),
        (b"\xed\x9f\xbf", "utf-8", "backslashreplace", Ok("\u{d7ff}")),
        (b"\xed\x9f\xbf", "utf-8-sig", "strict", Ok("\u{d7ff}")),
        (b"\xed\x9f\xbf", "utf-8-sig", "ignore", Ok("\u{d7ff}")),
        (b"\xed\x9f\xbf", "utf-8-sig", "replace", Ok("\u{d7ff}")),
        (b"\xed\x9f\xbf", "utf-8-sig", "backslashreplace", Ok("\u{d7ff}")),
        (b"\xed\x9f\xbf", "ascii", "strict", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xed in position 0: ordinal not in range(128)"))),
        (b"\xed\x9f\xbf", "ascii", "ignore", Ok("")),
        (b"\xed\x9f\xbf", "ascii", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}")),
        (b"\xed\x9f\xbf", "ascii", "backslashreplace", Ok("\\xed\\x9f\\xbf")),
        (b"\xed\x9f\xbf", "latin-1", "strict", Ok("\u{ed}\u{9f}\u{bf}")),
        (b"\xf0\x90\x80", "utf-8", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 3, "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"))),
        (b"\xf0\x90\x80", "utf-8", "ignore", Ok("")),
        (b"\xf0\x90\x80", "utf-8", "replace", Ok("\u{fffd}")),
        (b"\xf0\x90\x80", "utf-8", "backslashreplace", Ok("\\xf0\\x90\\x80")),
        (b"\xf0\x90\x80", "utf-8-sig", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 3, "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"))),
        (b"\xf0\x90\x80", "utf-8-sig", "ignore", Ok("")),
        (b"\xf0\x90\x80", "utf-8-sig", "replace", Ok("\u{fffd}")),
        (b"\xf0\x90\x80", "utf-8-sig", "backslashreplace", Ok("\\xf0\\x90\\x80")),
        (b"\xf0\x90\x80", "ascii", "strict", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xf0 in position 0: ordinal not in range(128)"))),
        (b"\xf0\x90\x80", "ascii", "ignore", Ok("")),
        (b"\xf0\x90\x80", "ascii", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}")),
        (b"\xf0\x90\x80", "ascii", "backslashreplace", Ok("\\xf0\\x90\\x80")),
        (b"\xf0\x90\x80", "latin-1", "strict", Ok("\u{f0}\u{90}\u{80}")),
        (b"\xf0\x90\x80\x80", "utf-8", "strict", Ok("\u{10000}")),
        (b"\xf0\x90\x80\x80", "utf-8", "ignore", Ok("\u{10000}")),
        (b"\xf0\x90\x80\x80", "utf-8", "replace", Ok("\u{10000}")),
        (b"\xf0\x90\x80\x80", "utf-8", "backslashreplace", Ok("\u{10000}")),
        (b"\xf0\x90\x80\x80", "utf-8-sig", "strict", Ok("\u{10000}")),
        (b"\xf0\x90\x80\x80", "utf-8-sig", "ignore", Ok("\u{10000}")),
        (b"\xf0\x90\x80\x80", "utf-8-sig", "replace", Ok("\u{10000}")),
        (b"\xf0\x90\x80\x80", "utf-8-sig", "backslashreplace", Ok("\u{10000}")),
        (b"\xf0\x90\x80\x80", "ascii", "strict", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xf0 in position 0: ordinal not in range(128)"))),
        (b"\xf0\x90\x80\x80", "ascii", "ignore", Ok("")),
        (b"\xf0\x90\x80\x80", "ascii", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}")),
        (b"\xf0\x90\x80\x80", "ascii", "backslashreplace", Ok("\\xf0\\x90\\x80\\x80")),
        (b"\xf0\x90\x80\x80", "latin-1", "strict", Ok("\u{f0}\u{90}\u{80}\u{80}")),
        (b"\xf0\x80\x80\x80", "utf-8", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xf0 in position 0: invalid continuation byte"))),
        (b"\xf0\x80\x80\x80", "utf-8", "ignore", Ok("")),
        (b"\xf0\x80\x80\x80", "utf-8", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}")),
        (b"\xf0\x80\x80\x80", "utf-8", "backslashreplace", Ok("\\xf0\\x80\\x80\\x80")),
        (b"\xf0\x80\x80\x80", "utf-8-sig", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xf0 in position 0: invalid continuation byte"))),
        (b"\xf0\x80\x80\x80", "utf-8-sig", "ignore", Ok("")),
        (b"\xf0\x80\x80\x80", "utf-8-sig", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}")),
        (b"\xf0\x80\x80\x80", "utf-8-sig", "backslashreplace", Ok("\\xf0\\x80\\x80\\x80")),
        (b"\xf0\x80\x80\x80", "ascii", "strict", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xf0 in position 0: ordinal not in range(128)"))),
        (b"\xf0\x80\x80\x80", "ascii", "ignore", Ok("")),
        (b"\xf0\x80\x80\x80", "ascii", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}")),
        (b"\xf0\x80\x80\x80", "ascii", "backslashreplace", Ok("\\xf0\\x80\\x80\\x80")),
        (b"\xf0\x80\x80\x80", "latin-1", "strict", Ok("\u{f0}\u{80}\u{80}\u{80}")),
        (b"\xf4\x90\x80\x80", "utf-8", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte"))),
        (b"\xf4\x90\x80\x80", "utf-8", "ignore", Ok("")),
        (b"\xf4\x90\x80\x80", "utf-8", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}")),
        (b"\xf4\x90\x80\x80", "utf-8", "backslashreplace", Ok("\\xf4\\x90\\x80\\x80")),
        (b"\xf4\x90\x80\x80", "utf-8-sig", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte"))),
        (b"\xf4\x90\x80\x80", "utf-8-sig", "ignore", Ok("")),
        (b"\xf4\x90\x80\x80", "utf-8-sig", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}")),
        (b"\xf4\x90\x80\x80", "utf-8-sig", "backslashreplace", Ok("\\xf4\\x90\\x80\\x80")),
        (b"\xf4\x90\x80\x80", "ascii", "strict", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xf4 in position 0: ordinal not in range(128)"))),
        (b"\xf4\x90\x80\x80", "ascii", "ignore", Ok("")),
        (b"\xf4\x90\x80\x80", "ascii", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}")),
        (b"\xf4\x90\x80\x80", "ascii", "backslashreplace", Ok("\\xf4\\x90\\x80\\x80")),
        (b"\xf4\x90\x80\x80", "latin-1", "strict", Ok("\u{f4}\u{90}\u{80}\u{80}")),
        (b"\xf5\x80", "utf-8", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xf5 in position 0: invalid start byte"))),
        (b"\xf5\x80", "utf-8", "ignore", Ok("")),
        (b"\xf5\x80", "utf-8", "replace", Ok("\u{fffd}\u{fffd}")),
        (b"\xf5\x80", "utf-8", "backslashreplace", Ok("\\xf5\\x80")),
        (b"\xf5\x80", "utf-8-sig", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xf5 in position 0: invalid start byte"))),
        (b"\xf5\x80", "utf-8-sig", "ignore", Ok("")),
        (b"\xf5\x80", "utf-8-sig", "replace", Ok("\u{fffd}\u{fffd}")),
        (b"\xf5\x80", "utf-8-sig", "backslashreplace", Ok("\\xf5\\x80")),
        (b"\xf5\x80", "ascii", "strict", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xf5 in position 0: ordinal not in range(128)"))),
        (b"\xf5\x80", "ascii", "ignore", Ok("")),
        (b"\xf5\x80", "ascii", "replace", Ok("\u{fffd}\u{fffd}")),
        (b"\xf5\x80", "ascii", "backslashreplace", Ok("\\xf5\\x80")),
        (b"\xf5\x80", "latin-1", "strict", Ok("\u{f5}\u{80}")),
        (b"\xf0\x90a", "utf-8", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 2, "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"))),
        (b"\xf0\x90a", "utf-8", "ignore", Ok("a")),
        (b"\xf0\x90a", "utf-8", "replace", Ok("\u{fffd}a")),
        (b"\xf0\x90a", "utf-8", "backslashreplace", Ok("\\xf0\\x90a")),
        (b"\xf0\x90a", "utf-8-sig", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 2, "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"))),
        (b"\xf0\x90a", "utf-8-sig", "ignore", Ok("a")),
        (b"\xf0\x90a", "utf-8-sig", "replace", Ok("\u{fffd}a")),
        (b"\xf0\x90a", "utf-8-sig", "backslashreplace", Ok("\\xf0\\x90a")),
        (b"\xf0\x90a", "ascii", "strict", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xf0 in position 0: ordinal not in range(128)"))),
        (b"\xf0\x90a", "ascii", "ignore", Ok("a")),
        (b"\xf0\x90a", "ascii", "replace", Ok("\u{fffd}\u{fffd}a")),
        (b"\xf0\x90a", "ascii", "backslashreplace", Ok("\\xf0\\x90a")),
        (b"\xf0\x90a", "latin-1", "strict", Ok("\u{f0}\u{90}a")),
        (b"\xef\xbb\xbfabc", "utf-8", "strict", Ok("\u{feff}abc")),
        (b"\xef\xbb\xbfabc", "utf-8", "ignore", Ok("\u{feff}abc")),
        (b"\xef\xbb\xbfabc", "utf-8", "replace", Ok("\u{feff}abc")),
        (b"\xef\xbb\xbfabc", "utf-8", "backslashreplace", Ok("\u{feff}abc")),
        (b"\xef\xbb\xbfabc", "utf-8-sig", "strict", Ok("abc")),
        (b"\xef\xbb\xbfabc", "utf-8-sig", "ignore", Ok("abc")),
        (b"\xef\xbb\xbfabc", "utf-8-sig", "replace", Ok("abc")),
        (b"\xef\xbb\xbfabc", "utf-8-sig", "backslashreplace", Ok("abc")),
        (b"\xef\xbb\xbfabc", "ascii", "strict", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xef in position 0: ordinal not in range(128)"))),
        (b"\xef\xbb\xbfabc", "ascii", "ignore", Ok("abc")),
        (b"\xef\xbb\xbfabc", "ascii", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}abc")),
        (b"\xef\xbb\xbfabc", "ascii", "backslashreplace", Ok("\\xef\\xbb\\xbfabc")),
        (b"\xef\xbb\xbfabc", "latin-1", "strict", Ok("\u{ef}\u{bb}\u{bf}abc")),
        (b"\xef\xbb\xbf\xff", "utf-8", "strict", Err(("UnicodeDecodeError", "utf-8", 3, 4, "'utf-8' codec can't decode byte 0xff in position 3: invalid start byte"))),
        (b"\xef\xbb\xbf\xff", "utf-8", "ignore", Ok("\u{feff}")),
        (b"\xef\xbb\xbf\xff", "utf-8", "replace", Ok("\u{feff}\u{fffd}")),
        (b"\xef\xbb\xbf\xff", "utf-8", "backslashreplace", Ok("\u{feff}\\xff")),
        (b"\xef\xbb\xbf\xff", "utf-8-sig", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"))),
        (b"\xef\xbb\xbf\xff", "utf-8-sig", "ignore", Ok("")),
        (b"\xef\xbb\xbf\xff", "utf-8-sig", "replace", Ok("\u{fffd}")),
        (b"\xef\xbb\xbf\xff", "utf-8-sig", "backslashreplace", Ok("\\xff")),
        (b"\xef\xbb\xbf\xff", "ascii", "strict", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xef in position 0: ordinal not in range(128)"))),
        (b"\xef\xbb\xbf\xff", "ascii", "ignore", Ok("")),
        (b"\xef\xbb\xbf\xff", "ascii", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}")),
        (b"\xef\xbb\xbf\xff", "ascii", "backslashreplace", Ok("\\xef\\xbb\\xbf\\xff")),
        (b"\xef\xbb\xbf\xff", "latin-1", "strict", Ok("\u{ef}\u{bb}\u{bf}\u{ff}")),
        (b"a\x80\x81b", "utf-8", "strict", Err(("UnicodeDecodeError", "utf-8", 1, 2, "'utf-8' codec can't decode byte 0x80 in position 1: invalid start byte"))),
        (b"a\x80\x81b", "utf-8", "ignore", Ok("ab")),
        (b"a\x80\x81b", "utf-8", "replace", Ok("a\u{fffd}\u{fffd}b")),
        (b"a\x80\x81b", "utf-8", "backslashreplace", Ok("a\\x80\\x81b")),
        (b"a\x80\x81b", "utf-8-sig", "strict", Err(("UnicodeDecodeError", "utf-8", 1, 2, "'utf-8' codec can't decode byte 0x80 in position 1: invalid start byte"))),
        (b"a\x80\x81b", "utf-8-sig", "ignore", Ok("ab")),
        (b"a\x80\x81b", "utf-8-sig", "replace", Ok("a\u{fffd}\u{fffd}b")),
        (b"a\x80\x81b", "utf-8-sig", "backslashreplace", Ok("a\\x80\\x81b")),
        (b"a\x80\x81b", "ascii", "strict", Err(("UnicodeDecodeError", "ascii", 1, 2, "'ascii' codec can't decode byte 0x80 in position 1: ordinal not in range(128)"))),
        (b"a\x80\x81b", "ascii", "ignore", Ok("ab")),
        (b"a\x80\x81b", "ascii", "replace", Ok("a\u{fffd}\u{fffd}b")),
        (b"a\x80\x81b", "ascii", "backslashreplace", Ok("a\\x80\\x81b")),
        (b"a\x80\x81b", "latin-1", "strict", Ok("a\u{80}\u{81}b")),
        (b"\xf8\x88\x80\x80\x80", "utf-8", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xf8 in position 0: invalid start byte"))),
        (b"\xf8\x88\x80\x80\x80", "utf-8", "ignore", Ok("")),
        (b"\xf8\x88\x80\x80\x80", "utf-8", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}")),
        (b"\xf8\x88\x80\x80\x80", "utf-8", "backslashreplace", Ok("\\xf8\\x88\\x80\\x80\\x80")),
        (b"\xf8\x88\x80\x80\x80", "utf-8-sig", "strict", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xf8 in position 0: invalid start byte"))),
        (b"\xf8\x88\x80\x80\x80", "utf-8-sig", "ignore", Ok("")),
        (b"\xf8\x88\x80\x80\x80", "utf-8-sig", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}")),
        (b"\xf8\x88\x80\x80\x80", "utf-8-sig", "backslashreplace", Ok("\\xf8\\x88\\x80\\x80\\x80")),
        (b"\xf8\x88\x80\x80\x80", "ascii", "strict", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xf8 in position 0: ordinal not in range(128)"))),
        (b"\xf8\x88\x80\x80\x80", "ascii", "ignore", Ok("")),
        (b"\xf8\x88\x80\x80\x80", "ascii", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}")),
        (b"\xf8\x88\x80\x80\x80", "ascii", "backslashreplace", Ok("\\xf8\\x88\\x80\\x80\\x80")),
        (b"\xf8\x88\x80\x80\x80", "latin-1", "strict", Ok("\u{f8}\u{88}\u{80}\u{80}\u{80}")),
        (b"\xc3\xa9\xe9", "utf-8", "strict", Err(("UnicodeDecodeError", "utf-8", 2, 3, "'utf-8' codec can't decode byte 0xe9 in position 2: unexpected end of data"))),
        (b"\xc3\xa9\xe9", "utf-8", "ignore", Ok("\u{e9}")),
        (b"\xc3\xa9\xe9", "utf-8", "replace", Ok("\u{e9}\u{fffd}")),
        (b"\xc3\xa9\xe9", "utf-8", "backslashreplace", Ok("\u{e9}\\xe9")),
        (b"\xc3\xa9\xe9", "utf-8-sig", "strict", Err(("UnicodeDecodeError", "utf-8", 2, 3, "'utf-8' codec can't decode byte 0xe9 in position 2: unexpected end of data"))),
        (b"\xc3\xa9\xe9", "utf-8-sig", "ignore", Ok("\u{e9}")),
        (b"\xc3\xa9\xe9", "utf-8-sig", "replace", Ok("\u{e9}\u{fffd}")),
        (b"\xc3\xa9\xe9", "utf-8-sig", "backslashreplace", Ok("\u{e9}\\xe9")),
        (b"\xc3\xa9\xe9", "ascii", "strict", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xc3 in position 0: ordinal not in range(128)"))),
        (b"\xc3\xa9\xe9", "ascii", "ignore", Ok("")),
        (b"\xc3\xa9\xe9", "ascii", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}")),
        (b"\xc3\xa9\xe9", "ascii", "backslashreplace", Ok("\\xc3\\xa9\\xe9")),
        (b"\xc3\xa9\xe9", "latin-1", "strict", Ok("\u{c3}\u{a9}\u{e9}")),
        (b"a\x00b\x00", "utf-16", "strict", Ok("ab")),
        (b"a\x00b\x00", "utf-16", "ignore", Ok("ab")),
        (b"a\x00b\x00", "utf-16", "replace", Ok("ab")),
        (b"a\x00b\x00", "utf-16", "backslashreplace", Ok("ab")),
        (b"a\x00b\x00", "utf-16-le", "strict", Ok("ab")),
        (b"a\x00b\x00", "utf-16-le", "ignore", Ok("ab")),
        (b"a\x00b\x00", "utf-16-le", "replace", Ok("ab")),
        (b"a\x00b\x00", "utf-16-le", "backslashreplace", Ok("ab")),
        (b"a\x00b\x00", "utf-16-be", "strict", Ok("\u{6100}\u{6200}")),
        (b"a\x00b\x00", "utf-16-be", "ignore", Ok("\u{6100}\u{6200}")),
        (b"a\x00b\x00", "utf-16-be", "replace", Ok("\u{6100}\u{6200}")),
        (b"a\x00b\x00", "utf-16-be", "backslashreplace", Ok("\u{6100}\u{6200}")),
        (b"\xff\xfea\x00", "utf-16", "strict", Ok("a")),
        (b"\xff\xfea\x00", "utf-16", "ignore", Ok("a")),
        (b"\xff\xfea\x00", "utf-16", "replace", Ok("a")),
        (b"\xff\xfea\x00", "utf-16", "backslashreplace", Ok("a")),
        (b"\xff\xfea\x00", "utf-16-le", "strict", Ok("\u{feff}a")),
        (b"\xff\xfea\x00", "utf-16-le", "ignore", Ok("\u{feff}a")),
        (b"\xff\xfea\x00", "utf-16-le", "replace", Ok("\u{feff}a")),
        (b"\xff\xfea\x00", "utf-16-le", "backslashreplace", Ok("\u{feff}a")),
        (b"\xff\xfea\x00", "utf-16-be", "strict", Ok("\u{fffe}\u{6100}")),
        (b"\xff\xfea\x00", "utf-16-be", "ignore", Ok("\u{fffe}\u{6100}")),
        (b"\xff\xfea\x00", "utf-16-be", "replace", Ok("\u{fffe}\u{6100}")),
        (b"\xff\xfea\x00", "utf-16-be", "backslashreplace", Ok("\u{fffe}\u{6100}")),
        (b"\xfe\xff\x00a", "utf-16", "strict", Ok("a")),
        (b"\xfe\xff\x00a", "utf-16", "ignore", Ok("a")),
        (b"\xfe\xff\x00a", "utf-16", "replace", Ok("a")),
        (b"\xfe\xff\x00a", "utf-16", "backslashreplace", Ok("a")),
        (b"\xfe\xff\x00a", "utf-16-le", "strict", Ok("\u{fffe}\u{6100}")),
        (b"\xfe\xff\x00a", "utf-16-le", "ignore", Ok("\u{fffe}\u{6100}")),
        (b"\xfe\xff\x00a", "utf-16-le", "replace", Ok("\u{fffe}\u{6100}")),
        (b"\xfe\xff\x00a", "utf-16-le", "backslashreplace", Ok("\u{fffe}\u{6100}")),
        (b"\xfe\xff\x00a", "utf-16-be", "strict", Ok("\u{feff}a")),
        (b"\xfe\xff\x00a", "utf-16-be", "ignore", Ok("\u{feff}a")),
        (b"\xfe\xff\x00a", "utf-16-be", "replace", Ok("\u{feff}a")),
        (b"\xfe\xff\x00a", "utf-16-be", "backslashreplace", Ok("\u{feff}a")),
        (b"\x00a", "utf-16", "strict", Ok("\u{6100}")),
        (b"\x00a", "utf-16", "ignore", Ok("\u{6100}")),
        (b"\x00a", "utf-16", "replace", Ok("\u{6100}")),
        (b"\x00a", "utf-16", "backslashreplace", Ok("\u{6100}")),
        (b"\x00a", "utf-16-le", "strict", Ok("\u{6100}")),
        (b"\x00a", "utf-16-le", "ignore", Ok("\u{6100}")),
        (b"\x00a", "utf-16-le", "replace", Ok("\u{6100}")),
        (b"\x00a", "utf-16-le", "backslashreplace", Ok("\u{6100}")),
        (b"\x00a", "utf-16-be", "strict", Ok("a")),
        (b"\x00a", "utf-16-be", "ignore", Ok("a")),
        (b"\x00a", "utf-16-be", "replace", Ok("a")),
        (b"\x00a", "utf-16-be", "backslashreplace", Ok("a")),
        (b"a", "utf-16", "strict", Err(("UnicodeDecodeError", "utf-16-le", 0, 1, "'utf-16-le' codec can't decode byte 0x61 in position 0: truncated data"))),
        (b"a", "utf-16", "ignore", Ok("")),
        (b"a", "utf-16", "replace", Ok("\u{fffd}")),
        (b"a", "utf-16", "backslashreplace", Ok("\\x61")),
        (b"a", "utf-16-le", "strict", Err(("UnicodeDecodeError", "utf-16-le", 0, 1, "'utf-16-le' codec can't decode byte 0x61 in position 0: truncated data"))),
        (b"a", "utf-16-le", "ignore", Ok("")),
        (b"a", "utf-16-le", "replace", Ok("\u{fffd}")),
        (b"a", "utf-16-le", "backslashreplace", Ok("\\x61")),
        (b"a", "utf-16-be", "strict", Err(("UnicodeDecodeError", "utf-16-be", 0, 1, "'utf-16-be' codec can't decode byte 0x61 in position 0: truncated data"))),
        (b"a", "utf-16-be", "ignore", Ok("")),
        (b"a", "utf-16-be", "replace", Ok("\u{fffd}")),
        (b"a", "utf-16-be", "backslashreplace", Ok("\\x61")),
        (b"a\x00b", "utf-16", "strict", Err(("UnicodeDecodeError", "utf-16-le", 2, 3, "'utf-16-le' codec can't decode byte 0x62 in position 2: truncated data"))),
        (b"a\x00b", "utf-16", "ignore", Ok("a")),
        (b"a\x00b", "utf-16", "replace", Ok("a\u{fffd}")),
        (b"a\x00b", "utf-16", "backslashreplace", Ok("a\\x62")),
        (b"a\x00b", "utf-16-le", "strict", Err(("UnicodeDecodeError", "utf-16-le", 2, 3, "'utf-16-le' codec can't decode byte 0x62 in position 2: truncated data"))),
        (b"a\x00b", "utf-16-le", "ignore", Ok("a")),
        (b"a\x00b", "utf-16-le", "replace", Ok("a\u{fffd}")),
        (b"a\x00b", "utf-16-le", "backslashreplace", Ok("a\\x62")),
        (b"a\x00b", "utf-16-be", "strict", Err(("UnicodeDecodeError", "utf-16-be", 2, 3, "'utf-16-be' codec can't decode byte 0x62 in position 2: truncated data"))),
        (b"a\x00b", "utf-16-be", "ignore", Ok("\u{6100}")),
        (b"a\x00b", "utf-16-be", "replace", Ok("\u{6100}\u{fffd}")),
        (b"a\x00b", "utf-16-be", "backslashreplace", Ok("\u{6100}\\x62")),
        (b"\x00\xd8", "utf-16", "strict", Err(("UnicodeDecodeError", "utf-16-le", 0, 2, "'utf-16-le' codec can't decode bytes in position 0-1: unexpected end of data"))),
        (b"\x00\xd8", "utf-16", "ignore", Ok("")),
        (b"\x00\xd8", "utf-16", "replace", Ok("\u{fffd}")),
        (b"\x00\xd8", "utf-16", "backslashreplace", Ok("\\x00\\xd8")),
        (b"\x00\xd8", "utf-16-le", "strict", Err(("UnicodeDecodeError", "utf-16-le", 0, 2, "'utf-16-le' codec can't decode bytes in position 0-1: unexpected end of data"))),
        (b"\x00\xd8", "utf-16-le", "ignore", Ok("")),
        (b"\x00\xd8", "utf-16-le", "replace", Ok("\u{fffd}")),
        (b"\x00\xd8", "utf-16-le", "backslashreplace", Ok("\\x00\\xd8")),
        (b"\x00\xd8", "utf-16-be", "strict", Ok("\u{d8}")),
        (b"\x00\xd8", "utf-16-be", "ignore", Ok("\u{d8}")),
        (b"\x00\xd8", "utf-16-be", "replace", Ok("\u{d8}")),
        (b"\x00\xd8", "utf-16-be", "backslashreplace", Ok("\u{d8}")),
        (b"\x00\xd8a", "utf-16", "strict", Err(("UnicodeDecodeError", "utf-16-le", 0, 3, "'utf-16-le' codec can't decode bytes in position 0-2: unexpected end of data"))),
        (b"\x00\xd8a", "utf-16", "ignore", Ok("")),
        (b"\x00\xd8a", "utf-16", "replace", Ok("\u{fffd}")),
        (b"\x00\xd8a", "utf-16", "backslashreplace", Ok("\\x00\\xd8\\x61")),
        (b"\x00\xd8a", "utf-16-le", "strict", Err(("UnicodeDecodeError", "utf-16-le", 0, 3, "'utf-16-le' codec can't decode bytes in position 0-2: unexpected end of data"))),
        (b"\x00\xd8a", "utf-16-le", "ignore", Ok("")),
        (b"\x00\xd8a", "utf-16-le", "replace", Ok("\u{fffd}")),
        (b"\x00\xd8a", "utf-16-le", "backslashreplace", Ok("\\x00\\xd8\\x61")),
        (b"\x00\xd8a", "utf-16-be", "strict", Err(("UnicodeDecodeError", "utf-16-be", 2, 3, "'utf-16-be' codec can't decode byte 0x61 in position 2: truncated data"))),
        (b"\x00\xd8a", "utf-16-be", "ignore", Ok("\u{d8}")),
        (b"\x00\xd8a", "utf-16-be", "replace", Ok("\u{d8}\u{fffd}")),
        (b"\x00\xd8a", "utf-16-be", "backslashreplace", Ok("\u{d8}\\x61")),
        (b"\x00\xdc", "utf-16", "strict", Err(("UnicodeDecodeError", "utf-16-le", 0, 2, "'utf-16-le' codec can't decode bytes in position 0-1: illegal encoding"))),
        (b"\x00\xdc", "utf-16", "ignore", Ok("")),
        (b"\x00\xdc", "utf-16", "replace", Ok("\u{fffd}")),
        (b"\x00\xdc", "utf-16", "backslashreplace", Ok("\\x00\\xdc")),
        (b"\x00\xdc", "utf-16-le", "strict", Err(("UnicodeDecodeError", "utf-16-le", 0, 2, "'utf-16-le' codec can't decode bytes in position 0-1: illegal encoding"))),
        (b"\x00\xdc", "utf-16-le", "ignore", Ok("")),
        (b"\x00\xdc", "utf-16-le", "replace", Ok("\u{fffd}")),
        (b"\x00\xdc", "utf-16-le", "backslashreplace", Ok("\\x00\\xdc")),
        (b"\x00\xdc", "utf-16-be", "strict", Ok("\u{dc}")),
        (b"\x00\xdc", "utf-16-be", "ignore", Ok("\u{dc}")),
        (b"\x00\xdc", "utf-16-be", "replace", Ok("\u{dc}")),
        (b"\x00\xdc", "utf-16-be", "backslashreplace", Ok("\u{dc}")),
        (b"\x00\xd8\x00\xdc", "utf-16", "strict", Ok("\u{10000}")),
        (b"\x00\xd8\x00\xdc", "utf-16", "ignore", Ok("\u{10000}")),
        (b"\x00\xd8\x00\xdc", "utf-16", "replace", Ok("\u{10000}")),
        (b"\x00\xd8\x00\xdc", "utf-16", "backslashreplace", Ok("\u{10000}")),
        (b"\x00\xd8\x00\xdc", "utf-16-le", "strict", Ok("\u{10000}")),
        (b"\x00\xd8\x00\xdc", "utf-16-le", "ignore", Ok("\u{10000}")),
        (b"\x00\xd8\x00\xdc", "utf-16-le", "replace", Ok("\u{10000}")),
        (b"\x00\xd8\x00\xdc", "utf-16-le", "backslashreplace", Ok("\u{10000}")),
        (b"\x00\xd8\x00\xdc", "utf-16-be", "strict", Ok("\u{d8}\u{dc}")),
        (b"\x00\xd8\x00\xdc", "utf-16-be", "ignore", Ok("\u{d8}\u{dc}")),
        (b"\x00\xd8\x00\xdc", "utf-16-be", "replace", Ok("\u{d8}\u{dc}")),
        (b"\x00\xd8\x00\xdc", "utf-16-be", "backslashreplace", Ok("\u{d8}\u{dc}")),
        (b"\x00\xd8A\x00", "utf-16", "strict", Err(("UnicodeDecodeError", "utf-16-le", 0, 2, "'utf-16-le' codec can't decode bytes in position 0-1: illegal UTF-16 surrogate"))),
        (b"\x00\xd8A\x00", "utf-16", "ignore", Ok("A")),
        (b"\x00\xd8A\x00", "utf-16", "replace", Ok("\u{fffd}A")),
        (b"\x00\xd8A\x00", "utf-16", "backslashreplace", Ok("\\x00\\xd8A")),
        (b"\x00\xd8A\x00", "utf-16-le", "strict", Err(("UnicodeDecodeError", "utf-16-le", 0, 2, "'utf-16-le' codec can't decode bytes in position 0-1: illegal UTF-16 surrogate"))),
        (b"\x00\xd8A\x00", "utf-16-le", "ignore", Ok("A")),
        (b"\x00\xd8A\x00", "utf-16-le", "replace", Ok("\u{fffd}A")),
        (b"\x00\xd8A\x00", "utf-16-le", "backslashreplace", Ok("\\x00\\xd8A")),
        (b"\x00\xd8A\x00", "utf-16-be", "strict", Ok("\u{d8}\u{4100}")),
        (b"\x00\xd8A\x00", "utf-16-be", "ignore", Ok("\u{d8}\u{4100}")),
        (b"\x00\xd8A\x00", "utf-16-be", "replace", Ok("\u{d8}\u{4100}")),
        (b"\x00\xd8A\x00", "utf-16-be", "backslashreplace", Ok("\u{d8}\u{4100}")),
        (b"=\xd8\x00\xde", "utf-16", "strict", Ok("\u{1f600}")),
        (b"=\xd8\x00\xde", "utf-16", "ignore", Ok("\u{1f600}")),
        (b"=\xd8\x00\xde", "utf-16", "replace", Ok("\u{1f600}")),
        (b"=\xd8\x00\xde", "utf-16", "backslashreplace", Ok("\u{1f600}")),
        (b"=\xd8\x00\xde", "utf-16-le", "strict", Ok("\u{1f600}")),
        (b"=\xd8\x00\xde", "utf-16-le", "ignore", Ok("\u{1f600}")),
        (b"=\xd8\x00\xde", "utf-16-le", "replace", Ok("\u{1f600}")),
        (b"=\xd8\x00\xde", "utf-16-le", "backslashreplace", Ok("\u{1f600}")),
        (b"=\xd8\x00\xde", "utf-16-be", "strict", Ok("\u{3dd8}\u{de}")),
        (b"=\xd8\x00\xde", "utf-16-be", "ignore", Ok("\u{3dd8}\u{de}")),
        (b"=\xd8\x00\xde", "utf-16-be", "replace", Ok("\u{3dd8}\u{de}")),
        (b"=\xd8\x00\xde", "utf-16-be", "backslashreplace", Ok("\u{3dd8}\u{de}")),
        (b"\xff\xfe", "utf-16", "strict", Ok("")),
        (b"\xff\xfe", "utf-16", "ignore", Ok("")),
        (b"\xff\xfe", "utf-16", "replace", Ok("")),
        (b"\xff\xfe", "utf-16", "backslashreplace", Ok("")),
        (b"\xff\xfe", "utf-16-le", "strict", Ok("\u{feff}")),
        (b"\xff\xfe", "utf-16-le", "ignore", Ok("\u{feff}")),
        (b"\xff\xfe", "utf-16-le", "replace", Ok("\u{feff}")),
        (b"\xff\xfe", "utf-16-le", "backslashreplace", Ok("\u{feff}")),
        (b"\xff\xfe", "utf-16-be", "strict", Ok("\u{fffe}")),
        (b"\xff\xfe", "utf-16-be", "ignore", Ok("\u{fffe}")),
        (b"\xff\xfe", "utf-16-be", "replace", Ok("\u{fffe}")),
        (b"\xff\xfe", "utf-16-be", "backslashreplace", Ok("\u{fffe}")),
        (b"\xfe\xff\xd8\x00", "utf-16", "strict", Err(("UnicodeDecodeError", "utf-16-be", 2, 4, "'utf-16-be' codec can't decode bytes in position 2-3: unexpected end of data"))),
        (b"\xfe\xff\xd8\x00", "utf-16", "ignore", Ok("")),
        (b"\xfe\xff\xd8\x00", "utf-16", "replace", Ok("\u{fffd}")),
        (b"\xfe\xff\xd8\x00", "utf-16", "backslashreplace", Ok("\\xd8\\x00")),
        (b"\xfe\xff\xd8\x00", "utf-16-le", "strict", Ok("\u{fffe}\u{d8}")),
        (b"\xfe\xff\xd8\x00", "utf-16-le", "ignore", Ok("\u{fffe}\u{d8}")),
        (b"\xfe\xff\xd8\x00", "utf-16-le", "replace", Ok("\u{fffe}\u{d8}")),
        (b"\xfe\xff\xd8\x00", "utf-16-le", "backslashreplace", Ok("\u{fffe}\u{d8}")),
        (b"\xfe\xff\xd8\x00", "utf-16-be", "strict", Err(("UnicodeDecodeError", "utf-16-be", 2, 4, "'utf-16-be' codec can't decode bytes in position 2-3: unexpected end of data"))),
        (b"\xfe\xff\xd8\x00", "utf-16-be", "ignore", Ok("\u{feff}")),
        (b"\xfe\xff\xd8\x00", "utf-16-be", "replace", Ok("\u{feff}\u{fffd}")),
        (b"\xfe\xff\xd8\x00", "utf-16-be", "backslashreplace", Ok("\u{feff}\\xd8\\x00")),
        (b"", "utf-16", "strict", Ok("")),
        (b"", "utf-16", "ignore", Ok("")),
        (b"", "utf-16", "replace", Ok("")),
        (b"", "utf-16", "backslashreplace", Ok("")),
        (b"", "utf-16-le", "strict", Ok("")),
        (b"", "utf-16-le", "ignore", Ok("")),
        (b"", "utf-16-le", "replace", Ok("")),
        (b"", "utf-16-le", "backslashreplace", Ok("")),
        (b"", "utf-16-be", "strict", Ok("")),
        (b"", "utf-16-be", "ignore", Ok("")),
        (b"", "utf-16-be", "replace", Ok("")),
        (b"", "utf-16-be", "backslashreplace", Ok("")),
        (b"abc", "utf-16", "strict", Err(("UnicodeDecodeError", "utf-16-le", 2, 3, "'utf-16-le' codec can't decode byte 0x63 in position 2: truncated data"))),
        (b"abc", "utf-16", "ignore", Ok("\u{6261}")),
        (b"abc", "utf-16", "replace", Ok("\u{6261}\u{fffd}")),
        (b"abc", "utf-16", "backslashreplace", Ok("\u{6261}\\x63")),
        (b"abc", "utf-16-le", "strict", Err(("UnicodeDecodeError", "utf-16-le", 2, 3, "'utf-16-le' codec can't decode byte 0x63 in position 2: truncated data"))),
        (b"abc", "utf-16-le", "ignore", Ok("\u{6261}")),
        (b"abc", "utf-16-le", "replace", Ok("\u{6261}\u{fffd}")),
        (b"abc", "utf-16-le", "backslashreplace", Ok("\u{6261}\\x63")),
        (b"abc", "utf-16-be", "strict", Err(("UnicodeDecodeError", "utf-16-be", 2, 3, "'utf-16-be' codec can't decode byte 0x63 in position 2: truncated data"))),
        (b"abc", "utf-16-be", "ignore", Ok("\u{6162}")),
        (b"abc", "utf-16-be", "replace", Ok("\u{6162}\u{fffd}")),
        (b"abc", "utf-16-be", "backslashreplace", Ok("\u{6162}\\x63")),
        (b"caf\xc3\xa9", "utf-16", "strict", Err(("UnicodeDecodeError", "utf-16-le", 4, 5, "'utf-16-le' codec can't decode byte 0xa9 in position 4: truncated data"))),
        (b"caf\xc3\xa9", "utf-16", "ignore", Ok("\u{6163}\u{c366}")),
        (b"caf\xc3\xa9", "utf-16", "replace", Ok("\u{6163}\u{c366}\u{fffd}")),
        (b"caf\xc3\xa9", "utf-16", "backslashreplace", Ok("\u{6163}\u{c366}\\xa9")),
        (b"caf\xc3\xa9", "utf-16-le", "strict", Err(("UnicodeDecodeError", "utf-16-le", 4, 5, "'utf-16-le' codec can't decode byte 0xa9 in position 4: truncated data"))),
        (b"caf\xc3\xa9", "utf-16-le", "ignore", Ok("\u{6163}\u{c366}")),
        (b"caf\xc3\xa9", "utf-16-le", "replace", Ok("\u{6163}\u{c366}\u{fffd}")),
        (b"caf\xc3\xa9", "utf-16-le", "backslashreplace", Ok("\u{6163}\u{c366}\\xa9")),
        (b"caf\xc3\xa9", "utf-16-be", "strict", Err(("UnicodeDecodeError", "utf-16-be", 4, 5, "'utf-16-be' codec can't decode byte 0xa9 in position 4: truncated data"))),
        (b"caf\xc3\xa9", "utf-16-be", "ignore", Ok("\u{6361}\u{66c3}")),
        (b"caf\xc3\xa9", "utf-16-be", "replace", Ok("\u{6361}\u{66c3}\u{fffd}")),
        (b"caf\xc3\xa9", "utf-16-be", "backslashreplace", Ok("\u{6361}\u{66c3}\\xa9")),
        (b"\xff", "utf-16", "strict", Err(("UnicodeDecodeError", "utf-16-le", 0, 1, "'utf-16-le' codec can't decode byte 0xff in position 0: truncated data"))),
        (b"\xff", "utf-16", "ignore", Ok("")),
        (b"\xff", "utf-16", "replace", Ok("\u{fffd}")),
        (b"\xff", "utf-16", "backslashreplace", Ok("\\xff")),
        (b"\xff", "utf-16-le", "strict", Err(("UnicodeDecodeError", "utf-16-le", 0, 1, "'utf-16-le' codec can't decode byte 0xff in position 0: truncated data"))),
        (b"\xff", "utf-16-le", "ignore", Ok("")),
        (b"\xff", "utf-16-le", "replace", Ok("\u{fffd}")),
        (b"\xff", "utf-16-le", "backslashreplace", Ok("\\xff")),
        (b"\xff", "utf-16-be", "strict", Err(("UnicodeDecodeError", "utf-16-be", 0, 1, "'utf-16-be' codec can't decode byte 0xff in position 0: truncated data"))),
        (b"\xff", "utf-16-be", "ignore", Ok("")),
        (b"\xff", "utf-16-be", "replace", Ok("\u{fffd}")),
        (b"\xff", "utf-16-be", "backslashreplace", Ok("\\xff")),
        (b"a\xffb", "utf-16", "strict", Err(("UnicodeDecodeError", "utf-16-le", 2, 3, "'utf-16-le' codec can't decode byte 0x62 in position 2: truncated data"))),
        (b"a\xffb", "utf-16", "ignore", Ok("\u{ff61}")),
        (b"a\xffb", "utf-16", "replace", Ok("\u{ff61}\u{fffd}")),
        (b"a\xffb", "utf-16", "backslashreplace", Ok("\u{ff61}\\x62")),
        (b"a\xffb", "utf-16-le", "strict", Err(("UnicodeDecodeError", "utf-16-le", 2, 3, "'utf-16-le' codec can't decode byte 0x62 in position 2: truncated data"))),
        (b"a\xffb", "utf-16-le", "ignore", Ok("\u{ff61}")),
        (b"a\xffb", "utf-16-le", "replace", Ok("\u{ff61}\u{fffd}")),
        (b"a\xffb", "utf-16-le", "backslashreplace", Ok("\u{ff61}\\x62")),
        (b"a\xffb", "utf-16-be", "strict", Err(("UnicodeDecodeError", "utf-16-be", 2, 3, "'utf-16-be' codec can't decode byte 0x62 in position 2: truncated data"))),
        (b"a\xffb", "utf-16-be", "ignore", Ok("\u{61ff}")),
        (b"a\xffb", "utf-16-be", "replace", Ok("\u{61ff}\u{fffd}")),
        (b"a\xffb", "utf-16-be", "backslashreplace", Ok("\u{61ff}\\x62")),
        (b"\x80", "utf-16", "strict", Err(("UnicodeDecodeError", "utf-16-le", 0, 1, "'utf-16-le' codec can't decode byte 0x80 in position 0: truncated data"))),
        (b"\x80", "utf-16", "ignore", Ok("")),
        (b"\x80", "utf-16", "replace", Ok("\u{fffd}")),
        (b"\x80", "utf-16", "backslashreplace", Ok("\\x80")),
        (b"\x80", "utf-16-le", "strict", Err(("UnicodeDecodeError", "utf-16-le", 0, 1, "'utf-16-le' codec can't decode byte 0x80 in position 0: truncated data"))),
        (b"\x80", "utf-16-le", "ignore", Ok("")),
        (b"\x80", "utf-16-le", "replace", Ok("\u{fffd}")),
        (b"\x80", "utf-16-le", "backslashreplace", Ok("\\x80")),
        (b"\x80", "utf-16-be", "strict", Err(("UnicodeDecodeError", "utf-16-be", 0, 1, "'utf-16-be' codec can't decode byte 0x80 in position 0: truncated data"))),
        (b"\x80", "utf-16-be", "ignore", Ok("")),
        (b"\x80", "utf-16-be", "replace", Ok("\u{fffd}")),
        (b"\x80", "utf-16-be", "backslashreplace", Ok("\\x80")),
        (b"a\x00\x00\x00", "utf-32", "strict", Ok("a")),
        (b"a\x00\x00\x00", "utf-32", "ignore", Ok("a")),
        (b"a\x00\x00\x00", "utf-32", "replace", Ok("a")),
        (b"a\x00\x00\x00", "utf-32", "backslashreplace", Ok("a")),
        (b"a\x00\x00\x00", "utf-32-le", "strict", Ok("a")),
        (b"a\x00\x00\x00", "utf-32-le", "ignore", Ok("a")),
        (b"a\x00\x00\x00", "utf-32-le", "replace", Ok("a")),
        (b"a\x00\x00\x00", "utf-32-le", "backslashreplace", Ok("a")),
        (b"a\x00\x00\x00", "utf-32-be", "strict", Err(("UnicodeDecodeError", "utf-32-be", 0, 4, "'utf-32-be' codec can't decode bytes in position 0-3: code point not in range(0x110000)"))),
        (b"a\x00\x00\x00", "utf-32-be", "ignore", Ok("")),
        (b"a\x00\x00\x00", "utf-32-be", "replace", Ok("\u{fffd}")),
        (b"a\x00\x00\x00", "utf-32-be", "backslashreplace", Ok("\\x61\\x00\\x00\\x00")),
        (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32", "strict", Ok("a")),
        (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32", "ignore", Ok("a")),
        (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32", "replace", Ok("a")),
        (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32", "backslashreplace", Ok("a")),
        (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32-le", "strict", Ok("\u{feff}a")),
        (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32-le", "ignore", Ok("\u{feff}a")),
        (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32-le", "replace", Ok("\u{feff}a")),
        (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32-le", "backslashreplace", Ok("\u{feff}a")),
        (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32-be", "strict", Err(("UnicodeDecodeError", "utf-32-be", 0, 4, "'utf-32-be' codec can't decode bytes in position 0-3: code point not in range(0x110000)"))),
        (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32-be", "ignore", Ok("")),
        (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32-be", "replace", Ok("\u{fffd}\u{fffd}")),
        (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32-be", "backslashreplace", Ok("\\xff\\xfe\\x00\\x00\\x61\\x00\\x00\\x00")),
        (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32", "strict", Ok("a")),
        (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32", "ignore", Ok("a")),
        (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32", "replace", Ok("a")),
        (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32", "backslashreplace", Ok("a")),
        (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32-le", "strict", Err(("UnicodeDecodeError", "utf-32-le", 0, 4, "'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)"))),
        (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32-le", "ignore", Ok("")),
        (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32-le", "replace", Ok("\u{fffd}\u{fffd}")),
        (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32-le", "backslashreplace", Ok("\\x00\\x00\\xfe\\xff\\x00\\x00\\x00\\x61")),
        (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32-be", "strict", Ok("\u{feff}a")),
        (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32-be", "ignore", Ok("\u{feff}a")),
        (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32-be", "replace", Ok("\u{feff}a")),
        (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32-be", "backslashreplace", Ok("\u{feff}a")),
        (b"\x00\x00\x11\x00", "utf-32", "strict", Err(("UnicodeDecodeError", "utf-32-le", 0, 4, "'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)"))),
        (b"\x00\x00\x11\x00", "utf-32", "ignore", Ok("")),
        (b"\x00\x00\x11\x00", "utf-32", "replace", Ok("\u{fffd}")),
        (b"\x00\x00\x11\x00", "utf-32", "backslashreplace", Ok("\\x00\\x00\\x11\\x00")),
        (b"\x00\x00\x11\x00", "utf-32-le", "strict", Err(("UnicodeDecodeError", "utf-32-le", 0, 4, "'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)"))),
        (b"\x00\x00\x11\x00", "utf-32-le", "ignore", Ok("")),
        (b"\x00\x00\x11\x00", "utf-32-le", "replace", Ok("\u{fffd}")),
        (b"\x00\x00\x11\x00", "utf-32-le", "backslashreplace", Ok("\\x00\\x00\\x11\\x00")),
        (b"\x00\x00\x11\x00", "utf-32-be", "strict", Ok("\u{1100}")),
        (b"\x00\x00\x11\x00", "utf-32-be", "ignore", Ok("\u{1100}")),
        (b"\x00\x00\x11\x00", "utf-32-be", "replace", Ok("\u{1100}")),
        (b"\x00\x00\x11\x00", "utf-32-be", "backslashreplace", Ok("\u{1100}")),
        (b"\x00\xd8\x00\x00", "utf-32", "strict", Err(("UnicodeDecodeError", "utf-32-le", 0, 4, "'utf-32-le' codec can't decode bytes in position 0-3: code point in surrogate code point range(0xd800, 0xe000)"))),
        (b"\x00\xd8\x00\x00", "utf-32", "ignore", Ok("")),
        (b"\x00\xd8\x00\x00", "utf-32", "replace", Ok("\u{fffd}")),
        (b"\x00\xd8\x00\x00", "utf-32", "backslashreplace", Ok("\\x00\\xd8\\x00\\x00")),
        (b"\x00\xd8\x00\x00", "utf-32-le", "strict", Err(("UnicodeDecodeError", "utf-32-le", 0, 4, "'utf-32-le' codec can't decode bytes in position 0-3: code point in surrogate code point range(0xd800, 0xe000)"))),
        (b"\x00\xd8\x00\x00", "utf-32-le", "ignore", Ok("")),
        (b"\x00\xd8\x00\x00", "utf-32-le", "replace", Ok("\u{fffd}")),
        (b"\x00\xd8\x00\x00", "utf-32-le", "backslashreplace", Ok("\\x00\\xd8\\x00\\x00")),
        (b"\x00\xd8\x00\x00", "utf-32-be", "strict", Err(("UnicodeDecodeError", "utf-32-be", 0, 4, "'utf-32-be' codec can't decode bytes in position 0-3: code point not in range(0x110000)"))),
        (b"\x00\xd8\x00\x00", "utf-32-be", "ignore", Ok("")),
        (b"\x00\xd8\x00\x00", "utf-32-be", "replace", Ok("\u{fffd}")),
        (b"\x00\xd8\x00\x00", "utf-32-be", "backslashreplace", Ok("\\x00\\xd8\\x00\\x00")),
        (b"a\x00\x00", "utf-32", "strict", Err(("UnicodeDecodeError", "utf-32-le", 0, 3, "'utf-32-le' codec can't decode bytes in position 0-2: truncated data"))),
        (b"a\x00\x00", "utf-32", "ignore", Ok("")),
        (b"a\x00\x00", "utf-32", "replace", Ok("\u{fffd}")),
        (b"a\x00\x00", "utf-32", "backslashreplace", Ok("\\x61\\x00\\x00")),
        (b"a\x00\x00", "utf-32-le", "strict", Err(("UnicodeDecodeError", "utf-32-le", 0, 3, "'utf-32-le' codec can't decode bytes in position 0-2: truncated data"))),
        (b"a\x00\x00", "utf-32-le", "ignore", Ok("")),
        (b"a\x00\x00", "utf-32-le", "replace", Ok("\u{fffd}")),
        (b"a\x00\x00", "utf-32-le", "backslashreplace", Ok("\\x61\\x00\\x00")),
        (b"a\x00\x00", "utf-32-be", "strict", Err(("UnicodeDecodeError", "utf-32-be", 0, 3, "'utf-32-be' codec can't decode bytes in position 0-2: truncated data"))),
        (b"a\x00\x00", "utf-32-be", "ignore", Ok("")),
        (b"a\x00\x00", "utf-32-be", "replace", Ok("\u{fffd}")),
        (b"a\x00\x00", "utf-32-be", "backslashreplace", Ok("\\x61\\x00\\x00")),
        (b"a\x00\x00\x00b", "utf-32", "strict", Err(("UnicodeDecodeError", "utf-32-le", 4, 5, "'utf-32-le' codec can't decode byte 0x62 in position 4: truncated data"))),
        (b"a\x00\x00\x00b", "utf-32", "ignore", Ok("a")),
        (b"a\x00\x00\x00b", "utf-32", "replace", Ok("a\u{fffd}")),
        (b"a\x00\x00\x00b", "utf-32", "backslashreplace", Ok("a\\x62")),
        (b"a\x00\x00\x00b", "utf-32-le", "strict", Err(("UnicodeDecodeError", "utf-32-le", 4, 5, "'utf-32-le' codec can't decode byte 0x62 in position 4: truncated data"))),
        (b"a\x00\x00\x00b", "utf-32-le", "ignore", Ok("a")),
        (b"a\x00\x00\x00b", "utf-32-le", "replace", Ok("a\u{fffd}")),
        (b"a\x00\x00\x00b", "utf-32-le", "backslashreplace", Ok("a\\x62")),
        (b"a\x00\x00\x00b", "utf-32-be", "strict", Err(("UnicodeDecodeError", "utf-32-be", 0, 4, "'utf-32-be' codec can't decode bytes in position 0-3: code point not in range(0x110000)"))),
        (b"a\x00\x00\x00b", "utf-32-be", "ignore", Ok("")),
        (b"a\x00\x00\x00b", "utf-32-be", "replace", Ok("\u{fffd}\u{fffd}")),
        (b"a\x00\x00\x00b", "utf-32-be", "backslashreplace", Ok("\\x61\\x00\\x00\\x00\\x62")),
        (b"\x00\xf6\x01\x00", "utf-32", "strict", Ok("\u{1f600}")),
        (b"\x00\xf6\x01\x00", "utf-32", "ignore", Ok("\u{1f600}")),
        (b"\x00\xf6\x01\x00", "utf-32", "replace", Ok("\u{1f600}")),
        (b"\x00\xf6\x01\x00", "utf-32", "backslashreplace", Ok("\u{1f600}")),
        (b"\x00\xf6\x01\x00", "utf-32-le", "strict", Ok("\u{1f600}")),
        (b"\x00\xf6\x01\x00", "utf-32-le", "ignore", Ok("\u{1f600}")),
        (b"\x00\xf6\x01\x00", "utf-32-le", "replace", Ok("\u{1f600}")),
        (b"\x00\xf6\x01\x00", "utf-32-le", "backslashreplace", Ok("\u{1f600}")),
        (b"\x00\xf6\x01\x00", "utf-32-be", "strict", Err(("UnicodeDecodeError", "utf-32-be", 0, 4, "'utf-32-be' codec can't decode bytes in position 0-3: code point not in range(0x110000)"))),
        (b"\x00\xf6\x01\x00", "utf-32-be", "ignore", Ok("")),
        (b"\x00\xf6\x01\x00", "utf-32-be", "replace", Ok("\u{fffd}")),
        (b"\x00\xf6\x01\x00", "utf-32-be", "backslashreplace", Ok("\\x00\\xf6\\x01\\x00")),
        (b"", "utf-32", "strict", Ok("")),
        (b"", "utf-32", "ignore", Ok("")),
        (b"", "utf-32", "replace", Ok("")),
        (b"", "utf-32", "backslashreplace", Ok("")),
        (b"", "utf-32-le", "strict", Ok("")),
        (b"", "utf-32-le", "ignore", Ok("")),
        (b"", "utf-32-le", "replace", Ok("")),
        (b"", "utf-32-le", "backslashreplace", Ok("")),
        (b"", "utf-32-be", "strict", Ok("")),
        (b"", "utf-32-be", "ignore", Ok("")),
        (b"", "utf-32-be", "replace", Ok("")),
        (b"", "utf-32-be", "backslashreplace", Ok("")),
        (b"abc", "utf-32", "strict", Err(("UnicodeDecodeError", "utf-32-le", 0, 3, "'utf-32-le' codec can't decode bytes in position 0-2: truncated data"))),
        (b"abc", "utf-32", "ignore", Ok("")),
        (b"abc", "utf-32", "replace", Ok("\u{fffd}")),
        (b"abc", "utf-32", "backslashreplace", Ok("\\x61\\x62\\x63")),
        (b"abc", "utf-32-le", "strict", Err(("UnicodeDecodeError", "utf-32-le", 0, 3, "'utf-32-le' codec can't decode bytes in position 0-2: truncated data"))),
        (b"abc", "utf-32-le", "ignore", Ok("")),
        (b"abc", "utf-32-le", "replace", Ok("\u{fffd}")),
        (b"abc", "utf-32-le", "backslashreplace", Ok("\\x61\\x62\\x63")),
        (b"abc", "utf-32-be", "strict", Err(("UnicodeDecodeError", "utf-32-be", 0, 3, "'utf-32-be' codec can't decode bytes in position 0-2: truncated data"))),
        (b"abc", "utf-32-be", "ignore", Ok("")),
        (b"abc", "utf-32-be", "replace", Ok("\u{fffd}")),
        (b"abc", "utf-32-be", "backslashreplace", Ok("\\x61\\x62\\x63")),
        (b"caf\xc3\xa9", "utf-32", "strict", Err(("UnicodeDecodeError", "utf-32-le", 0, 4, "'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)"))),
        (b"caf\xc3\xa9", "utf-32", "ignore", Ok("")),
        (b"caf\xc3\xa9", "utf-32", "replace", Ok("\u{fffd}\u{fffd}")),
        (b"caf\xc3\xa9", "utf-32", "backslashreplace", Ok("\\x63\\x61\\x66\\xc3\\xa9")),
        (b"caf\xc3\xa9", "utf-32-le", "strict", Err(("UnicodeDecodeError", "utf-32-le", 0, 4, "'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)"))),
        (b"caf\xc3\xa9", "utf-32-le", "ignore", Ok("")),
        (b"caf\xc3\xa9", "utf-32-le", "replace", Ok("\u{fffd}\u{fffd}")),
        (b"caf\xc3\xa9", "utf-32-le", "backslashreplace", Ok("\\x63\\x61\\x66\\xc3\\xa9")),
        (b"caf\xc3\xa9", "utf-32-be", "strict", Err(("UnicodeDecodeError", "utf-32-be", 0, 4, "'utf-32-be' codec can't decode bytes in position 0-3: code point not in range(0x110000)"))),
        (b"caf\xc3\xa9", "utf-32-be", "ignore", Ok("")),
        (b"caf\xc3\xa9", "utf-32-be", "replace", Ok("\u{fffd}\u{fffd}")),
        (b"caf\xc3\xa9", "utf-32-be", "backslashreplace", Ok("\\x63\\x61\\x66\\xc3\\xa9")),
        (b"\xff", "utf-32", "strict", Err(("UnicodeDecodeError", "utf-32-le", 0, 1, "'utf-32-le' codec can't decode byte 0xff in position 0: truncated data"))),
        (b"\xff", "utf-32", "ignore", Ok("")),
        (b"\xff", "utf-32", "replace", Ok("\u{fffd}")),
        (b"\xff", "utf-32", "backslashreplace", Ok("\\xff")),
        (b"\xff", "utf-32-le", "strict", Err(("UnicodeDecodeError", "utf-32-le", 0, 1, "'utf-32-le' codec can't decode byte 0xff in position 0: truncated data"))),
        (b"\xff", "utf-32-le", "ignore", Ok("")),
        (b"\xff", "utf-32-le", "replace", Ok("\u{fffd}")),
        (b"\xff", "utf-32-le", "backslashreplace", Ok("\\xff")),
        (b"\xff", "utf-32-be", "strict", Err(("UnicodeDecodeError", "utf-32-be", 0, 1, "'utf-32-be' codec can't decode byte 0xff in position 0: truncated data"))),
        (b"\xff", "utf-32-be", "ignore", Ok("")),
        (b"\xff", "utf-32-be", "replace", Ok("\u{fffd}")),
        (b"\xff", "utf-32-be", "backslashreplace", Ok("\\xff")),
        (b"a\xffb", "utf-32", "strict", Err(("UnicodeDecodeError", "utf-32-le", 0, 3, "'utf-32-le' codec can't decode bytes in position 0-2: truncated data"))),
        (b"a\xffb", "utf-32", "ignore", Ok("")),
        (b"a\xffb", "utf-32", "replace", Ok("\u{fffd}")),
        (b"a\xffb", "utf-32", "backslashreplace", Ok("\\x61\\xff\\x62")),
        (b"a\xffb", "utf-32-le", "strict", Err(("UnicodeDecodeError", "utf-32-le", 0, 3, "'utf-32-le' codec can't decode bytes in position 0-2: truncated data"))),
        (b"a\xffb", "utf-32-le", "ignore", Ok("")),
        (b"a\xffb", "utf-32-le", "replace", Ok("\u{fffd}")),
        (b"a\xffb", "utf-32-le", "backslashreplace", Ok("\\x61\\xff\\x62")),
        (b"a\xffb", "utf-32-be", "strict", Err(("UnicodeDecodeError", "utf-32-be", 0, 3, "'utf-32-be' codec can't decode bytes in position 0-2: truncated data"))),
        (b"a\xffb", "utf-32-be", "ignore", Ok("")),
        (b"a\xffb", "utf-32-be", "replace", Ok("\u{fffd}")),
        (b"a\xffb", "utf-32-be", "backslashreplace", Ok("\\x61\\xff\\x62")),
        (b"\x80", "utf-32", "strict", Err(("UnicodeDecodeError", "utf-32-le", 0, 1, "'utf-32-le' codec can't decode byte 0x80 in position 0: truncated data"))),
        (b"\x80", "utf-32", "ignore", Ok("")),
        (b"\x80", "utf-32", "replace", Ok("\u{fffd}")),
        (b"\x80", "utf-32", "backslashreplace", Ok("\\x80")),
        (b"\x80", "utf-32-le", "strict", Err(("UnicodeDecodeError", "utf-32-le", 0, 1, "'utf-32-le' codec can't decode byte 0x80 in position 0: truncated data"))),
        (b"\x80", "utf-32-le", "ignore", Ok("")),
        (b"\x80", "utf-32-le", "replace", Ok("\u{fffd}")),
        (b"\x80", "utf-32-le", "backslashreplace", Ok("\\x80")),
        (b"\x80", "utf-32-be", "strict", Err(("UnicodeDecodeError", "utf-32-be", 0, 1, "'utf-32-be' codec can't decode byte 0x80 in position 0: truncated data"))),
        (b"\x80", "utf-32-be", "ignore", Ok("")),
        (b"\x80", "utf-32-be", "replace", Ok("\u{fffd}")),
        (b"\x80", "utf-32-be", "backslashreplace", Ok("\\x80")),
        (b"", "utf-8", "surrogateescape", Ok("")),
        (b"", "utf-8", "surrogatepass", Ok("")),
        (b"", "ascii", "surrogateescape", Ok("")),
        (b"", "ascii", "surrogatepass", Ok("")),
        (b"abc", "utf-8", "surrogateescape", Ok("abc")),
        (b"abc", "utf-8", "surrogatepass", Ok("abc")),
        (b"abc", "ascii", "surrogateescape", Ok("abc")),
        (b"abc", "ascii", "surrogatepass", Ok("abc")),
        (b"caf\xc3\xa9", "utf-8", "surrogateescape", Ok("caf\u{e9}")),
        (b"caf\xc3\xa9", "utf-8", "surrogatepass", Ok("caf\u{e9}")),
        (b"caf\xc3\xa9", "ascii", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"caf\xc3\xa9", "ascii", "surrogatepass", Err(("UnicodeDecodeError", "ascii", 3, 4, "'ascii' codec can't decode byte 0xc3 in position 3: ordinal not in range(128)"))),
        (b"\xff", "utf-8", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xff", "utf-8", "surrogatepass", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"))),
        (b"\xff", "ascii", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xff", "ascii", "surrogatepass", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)"))),
        (b"a\xffb", "utf-8", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"a\xffb", "utf-8", "surrogatepass", Err(("UnicodeDecodeError", "utf-8", 1, 2, "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"))),
        (b"a\xffb", "ascii", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"a\xffb", "ascii", "surrogatepass", Err(("UnicodeDecodeError", "ascii", 1, 2, "'ascii' codec can't decode byte 0xff in position 1: ordinal not in range(128)"))),
        (b"\x80", "utf-8", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\x80", "utf-8", "surrogatepass", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte"))),
        (b"\x80", "ascii", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\x80", "ascii", "surrogatepass", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0x80 in position 0: ordinal not in range(128)"))),
        (b"\xc0\x80", "utf-8", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xc0\x80", "utf-8", "surrogatepass", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"))),
        (b"\xc0\x80", "ascii", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xc0\x80", "ascii", "surrogatepass", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xc0 in position 0: ordinal not in range(128)"))),
        (b"\xc2", "utf-8", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xc2", "utf-8", "surrogatepass", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xc2 in position 0: unexpected end of data"))),
        (b"\xc2", "ascii", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xc2", "ascii", "surrogatepass", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xc2 in position 0: ordinal not in range(128)"))),
        (b"\xc2a", "utf-8", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xc2a", "utf-8", "surrogatepass", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xc2 in position 0: invalid continuation byte"))),
        (b"\xc2a", "ascii", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xc2a", "ascii", "surrogatepass", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xc2 in position 0: ordinal not in range(128)"))),
        (b"\xe2\x82", "utf-8", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xe2\x82", "utf-8", "surrogatepass", Err(("UnicodeDecodeError", "utf-8", 0, 2, "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"))),
        (b"\xe2\x82", "ascii", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xe2\x82", "ascii", "surrogatepass", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xe2 in position 0: ordinal not in range(128)"))),
        (b"\xe2\x82a", "utf-8", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xe2\x82a", "utf-8", "surrogatepass", Err(("UnicodeDecodeError", "utf-8", 0, 2, "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"))),
        (b"\xe2\x82a", "ascii", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xe2\x82a", "ascii", "surrogatepass", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xe2 in position 0: ordinal not in range(128)"))),
        (b"\xe2\x82\xac", "utf-8", "surrogateescape", Ok("\u{20ac}")),
        (b"\xe2\x82\xac", "utf-8", "surrogatepass", Ok("\u{20ac}")),
        (b"\xe2\x82\xac", "ascii", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xe2\x82\xac", "ascii", "surrogatepass", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xe2 in position 0: ordinal not in range(128)"))),
        (b"\xe0\x80\x80", "utf-8", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xe0\x80\x80", "utf-8", "surrogatepass", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte"))),
        (b"\xe0\x80\x80", "ascii", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xe0\x80\x80", "ascii", "surrogatepass", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xe0 in position 0: ordinal not in range(128)"))),
        (b"\xe0\xa0", "utf-8", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xe0\xa0", "utf-8", "surrogatepass", Err(("UnicodeDecodeError", "utf-8", 0, 2, "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"))),
        (b"\xe0\xa0", "ascii", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xe0\xa0", "ascii", "surrogatepass", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xe0 in position 0: ordinal not in range(128)"))),
        (b"\xed\xa0\x80", "utf-8", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xed\xa0\x80", "utf-8", "surrogatepass", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xed\xa0\x80", "ascii", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xed\xa0\x80", "ascii", "surrogatepass", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xed in position 0: ordinal not in range(128)"))),
        (b"\xed\x9f\xbf", "utf-8", "surrogateescape", Ok("\u{d7ff}")),
        (b"\xed\x9f\xbf", "utf-8", "surrogatepass", Ok("\u{d7ff}")),
        (b"\xed\x9f\xbf", "ascii", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xed\x9f\xbf", "ascii", "surrogatepass", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xed in position 0: ordinal not in range(128)"))),
        (b"\xf0\x90\x80", "utf-8", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xf0\x90\x80", "utf-8", "surrogatepass", Err(("UnicodeDecodeError", "utf-8", 0, 3, "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"))),
        (b"\xf0\x90\x80", "ascii", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xf0\x90\x80", "ascii", "surrogatepass", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xf0 in position 0: ordinal not in range(128)"))),
        (b"\xf0\x90\x80\x80", "utf-8", "surrogateescape", Ok("\u{10000}")),
        (b"\xf0\x90\x80\x80", "utf-8", "surrogatepass", Ok("\u{10000}")),
        (b"\xf0\x90\x80\x80", "ascii", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xf0\x90\x80\x80", "ascii", "surrogatepass", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xf0 in position 0: ordinal not in range(128)"))),
        (b"\xf0\x80\x80\x80", "utf-8", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xf0\x80\x80\x80", "utf-8", "surrogatepass", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xf0 in position 0: invalid continuation byte"))),
        (b"\xf0\x80\x80\x80", "ascii", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xf0\x80\x80\x80", "ascii", "surrogatepass", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xf0 in position 0: ordinal not in range(128)"))),
        (b"\xf4\x90\x80\x80", "utf-8", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xf4\x90\x80\x80", "utf-8", "surrogatepass", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte"))),
        (b"\xf4\x90\x80\x80", "ascii", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xf4\x90\x80\x80", "ascii", "surrogatepass", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xf4 in position 0: ordinal not in range(128)"))),
        (b"\xf5\x80", "utf-8", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xf5\x80", "utf-8", "surrogatepass", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xf5 in position 0: invalid start byte"))),
        (b"\xf5\x80", "ascii", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xf5\x80", "ascii", "surrogatepass", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xf5 in position 0: ordinal not in range(128)"))),
        (b"\xf0\x90a", "utf-8", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xf0\x90a", "utf-8", "surrogatepass", Err(("UnicodeDecodeError", "utf-8", 0, 2, "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"))),
        (b"\xf0\x90a", "ascii", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xf0\x90a", "ascii", "surrogatepass", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xf0 in position 0: ordinal not in range(128)"))),
        (b"\xef\xbb\xbfabc", "utf-8", "surrogateescape", Ok("\u{feff}abc")),
        (b"\xef\xbb\xbfabc", "utf-8", "surrogatepass", Ok("\u{feff}abc")),
        (b"\xef\xbb\xbfabc", "ascii", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xef\xbb\xbfabc", "ascii", "surrogatepass", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xef in position 0: ordinal not in range(128)"))),
        (b"\xef\xbb\xbf\xff", "utf-8", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xef\xbb\xbf\xff", "utf-8", "surrogatepass", Err(("UnicodeDecodeError", "utf-8", 3, 4, "'utf-8' codec can't decode byte 0xff in position 3: invalid start byte"))),
        (b"\xef\xbb\xbf\xff", "ascii", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xef\xbb\xbf\xff", "ascii", "surrogatepass", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xef in position 0: ordinal not in range(128)"))),
        (b"a\x80\x81b", "utf-8", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"a\x80\x81b", "utf-8", "surrogatepass", Err(("UnicodeDecodeError", "utf-8", 1, 2, "'utf-8' codec can't decode byte 0x80 in position 1: invalid start byte"))),
        (b"a\x80\x81b", "ascii", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"a\x80\x81b", "ascii", "surrogatepass", Err(("UnicodeDecodeError", "ascii", 1, 2, "'ascii' codec can't decode byte 0x80 in position 1: ordinal not in range(128)"))),
        (b"\xf8\x88\x80\x80\x80", "utf-8", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xf8\x88\x80\x80\x80", "utf-8", "surrogatepass", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xf8 in position 0: invalid start byte"))),
        (b"\xf8\x88\x80\x80\x80", "ascii", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xf8\x88\x80\x80\x80", "ascii", "surrogatepass", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xf8 in position 0: ordinal not in range(128)"))),
        (b"\xc3\xa9\xe9", "utf-8", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xc3\xa9\xe9", "utf-8", "surrogatepass", Err(("UnicodeDecodeError", "utf-8", 2, 3, "'utf-8' codec can't decode byte 0xe9 in position 2: unexpected end of data"))),
        (b"\xc3\xa9\xe9", "ascii", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xc3\xa9\xe9", "ascii", "surrogatepass", Err(("UnicodeDecodeError", "ascii", 0, 1, "'ascii' codec can't decode byte 0xc3 in position 0: ordinal not in range(128)"))),
        (b"a\x00b\x00", "utf-16", "surrogateescape", Ok("ab")),
        (b"a\x00b\x00", "utf-16", "surrogatepass", Ok("ab")),
        (b"a\x00b\x00", "utf-16-be", "surrogateescape", Ok("\u{6100}\u{6200}")),
        (b"a\x00b\x00", "utf-16-be", "surrogatepass", Ok("\u{6100}\u{6200}")),
        (b"\xff\xfea\x00", "utf-16", "surrogateescape", Ok("a")),
        (b"\xff\xfea\x00", "utf-16", "surrogatepass", Ok("a")),
        (b"\xff\xfea\x00", "utf-16-be", "surrogateescape", Ok("\u{fffe}\u{6100}")),
        (b"\xff\xfea\x00", "utf-16-be", "surrogatepass", Ok("\u{fffe}\u{6100}")),
        (b"\xfe\xff\x00a", "utf-16", "surrogateescape", Ok("a")),
        (b"\xfe\xff\x00a", "utf-16", "surrogatepass", Ok("a")),
        (b"\xfe\xff\x00a", "utf-16-be", "surrogateescape", Ok("\u{feff}a")),
        (b"\xfe\xff\x00a", "utf-16-be", "surrogatepass", Ok("\u{feff}a")),
        (b"\x00a", "utf-16", "surrogateescape", Ok("\u{6100}")),
        (b"\x00a", "utf-16", "surrogatepass", Ok("\u{6100}")),
        (b"\x00a", "utf-16-be", "surrogateescape", Ok("a")),
        (b"\x00a", "utf-16-be", "surrogatepass", Ok("a")),
        (b"a", "utf-16", "surrogateescape", Err(("UnicodeDecodeError", "utf-16-le", 0, 1, "'utf-16-le' codec can't decode byte 0x61 in position 0: truncated data"))),
        (b"a", "utf-16", "surrogatepass", Err(("UnicodeDecodeError", "utf-16-le", 0, 1, "'utf-16-le' codec can't decode byte 0x61 in position 0: truncated data"))),
        (b"a", "utf-16-be", "surrogateescape", Err(("UnicodeDecodeError", "utf-16-be", 0, 1, "'utf-16-be' codec can't decode byte 0x61 in position 0: truncated data"))),
        (b"a", "utf-16-be", "surrogatepass", Err(("UnicodeDecodeError", "utf-16-be", 0, 1, "'utf-16-be' codec can't decode byte 0x61 in position 0: truncated data"))),
        (b"a\x00b", "utf-16", "surrogateescape", Err(("UnicodeDecodeError", "utf-16-le", 2, 3, "'utf-16-le' codec can't decode byte 0x62 in position 2: truncated data"))),
        (b"a\x00b", "utf-16", "surrogatepass", Err(("UnicodeDecodeError", "utf-16-le", 2, 3, "'utf-16-le' codec can't decode byte 0x62 in position 2: truncated data"))),
        (b"a\x00b", "utf-16-be", "surrogateescape", Err(("UnicodeDecodeError", "utf-16-be", 2, 3, "'utf-16-be' codec can't decode byte 0x62 in position 2: truncated data"))),
        (b"a\x00b", "utf-16-be", "surrogatepass", Err(("UnicodeDecodeError", "utf-16-be", 2, 3, "'utf-16-be' codec can't decode byte 0x62 in position 2: truncated data"))),
        (b"\x00\xd8", "utf-16", "surrogateescape", Err(("UnicodeDecodeError", "utf-16-le", 0, 2, "'utf-16-le' codec can't decode bytes in position 0-1: unexpected end of data"))),
        (b"\x00\xd8", "utf-16", "surrogatepass", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\x00\xd8", "utf-16-be", "surrogateescape", Ok("\u{d8}")),
        (b"\x00\xd8", "utf-16-be", "surrogatepass", Ok("\u{d8}")),
        (b"\x00\xd8a", "utf-16", "surrogateescape", Err(("UnicodeDecodeError", "utf-16-le", 0, 3, "'utf-16-le' codec can't decode bytes in position 0-2: unexpected end of data"))),
        (b"\x00\xd8a", "utf-16", "surrogatepass", Err(("UnicodeDecodeError", "utf-16-le", 2, 3, "'utf-16-le' codec can't decode byte 0x61 in position 2: truncated data"))),
        (b"\x00\xd8a", "utf-16-be", "surrogateescape", Err(("UnicodeDecodeError", "utf-16-be", 2, 3, "'utf-16-be' codec can't decode byte 0x61 in position 2: truncated data"))),
        (b"\x00\xd8a", "utf-16-be", "surrogatepass", Err(("UnicodeDecodeError", "utf-16-be", 2, 3, "'utf-16-be' codec can't decode byte 0x61 in position 2: truncated data"))),
        (b"\x00\xdc", "utf-16", "surrogateescape", Err(("UnicodeDecodeError", "utf-16-le", 0, 2, "'utf-16-le' codec can't decode bytes in position 0-1: illegal encoding"))),
        (b"\x00\xdc", "utf-16", "surrogatepass", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\x00\xdc", "utf-16-be", "surrogateescape", Ok("\u{dc}")),
        (b"\x00\xdc", "utf-16-be", "surrogatepass", Ok("\u{dc}")),
        (b"\x00\xd8\x00\xdc", "utf-16", "surrogateescape", Ok("\u{10000}")),
        (b"\x00\xd8\x00\xdc", "utf-16", "surrogatepass", Ok("\u{10000}")),
        (b"\x00\xd8\x00\xdc", "utf-16-be", "surrogateescape", Ok("\u{d8}\u{dc}")),
        (b"\x00\xd8\x00\xdc", "utf-16-be", "surrogatepass", Ok("\u{d8}\u{dc}")),
        (b"\x00\xd8A\x00", "utf-16", "surrogateescape", Err(("UnicodeDecodeError", "utf-16-le", 0, 2, "'utf-16-le' codec can't decode bytes in position 0-1: illegal UTF-16 surrogate"))),
        (b"\x00\xd8A\x00", "utf-16", "surrogatepass", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\x00\xd8A\x00", "utf-16-be", "surrogateescape", Ok("\u{d8}\u{4100}")),
        (b"\x00\xd8A\x00", "utf-16-be", "surrogatepass", Ok("\u{d8}\u{4100}")),
        (b"=\xd8\x00\xde", "utf-16", "surrogateescape", Ok("\u{1f600}")),
        (b"=\xd8\x00\xde", "utf-16", "surrogatepass", Ok("\u{1f600}")),
        (b"=\xd8\x00\xde", "utf-16-be", "surrogateescape", Ok("\u{3dd8}\u{de}")),
        (b"=\xd8\x00\xde", "utf-16-be", "surrogatepass", Ok("\u{3dd8}\u{de}")),
        (b"\xff\xfe", "utf-16", "surrogateescape", Ok("")),
        (b"\xff\xfe", "utf-16", "surrogatepass", Ok("")),
        (b"\xff\xfe", "utf-16-be", "surrogateescape", Ok("\u{fffe}")),
        (b"\xff\xfe", "utf-16-be", "surrogatepass", Ok("\u{fffe}")),
        (b"\xfe\xff\xd8\x00", "utf-16", "surrogateescape", Err(("UnicodeDecodeError", "utf-16-be", 3, 4, "'utf-16-be' codec can't decode byte 0x00 in position 3: truncated data"))),
        (b"\xfe\xff\xd8\x00", "utf-16", "surrogatepass", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xfe\xff\xd8\x00", "utf-16-be", "surrogateescape", Err(("UnicodeDecodeError", "utf-16-be", 3, 4, "'utf-16-be' codec can't decode byte 0x00 in position 3: truncated data"))),
        (b"\xfe\xff\xd8\x00", "utf-16-be", "surrogatepass", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"a\x00\x00\x00", "utf-32", "surrogateescape", Ok("a")),
        (b"a\x00\x00\x00", "utf-32", "surrogatepass", Ok("a")),
        (b"a\x00\x00\x00", "utf-32-be", "surrogateescape", Err(("UnicodeDecodeError", "utf-32-be", 0, 4, "'utf-32-be' codec can't decode bytes in position 0-3: code point not in range(0x110000)"))),
        (b"a\x00\x00\x00", "utf-32-be", "surrogatepass", Err(("UnicodeDecodeError", "utf-32-be", 0, 4, "'utf-32-be' codec can't decode bytes in position 0-3: code point not in range(0x110000)"))),
        (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32", "surrogateescape", Ok("a")),
        (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32", "surrogatepass", Ok("a")),
        (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32-be", "surrogateescape", Err(("UnicodeDecodeError", "utf-32-be", 6, 8, "'utf-32-be' codec can't decode bytes in position 6-7: truncated data"))),
        (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32-be", "surrogatepass", Err(("UnicodeDecodeError", "utf-32-be", 0, 4, "'utf-32-be' codec can't decode bytes in position 0-3: code point not in range(0x110000)"))),
        (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32", "surrogateescape", Ok("a")),
        (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32", "surrogatepass", Ok("a")),
        (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32-be", "surrogateescape", Ok("\u{feff}a")),
        (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32-be", "surrogatepass", Ok("\u{feff}a")),
        (b"\x00\x00\x11\x00", "utf-32", "surrogateescape", Err(("UnicodeDecodeError", "utf-32-le", 0, 4, "'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)"))),
        (b"\x00\x00\x11\x00", "utf-32", "surrogatepass", Err(("UnicodeDecodeError", "utf-32-le", 0, 4, "'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)"))),
        (b"\x00\x00\x11\x00", "utf-32-be", "surrogateescape", Ok("\u{1100}")),
        (b"\x00\x00\x11\x00", "utf-32-be", "surrogatepass", Ok("\u{1100}")),
        (b"\x00\xd8\x00\x00", "utf-32", "surrogateescape", Err(("UnicodeDecodeError", "utf-32-le", 0, 4, "'utf-32-le' codec can't decode bytes in position 0-3: code point in surrogate code point range(0xd800, 0xe000)"))),
        (b"\x00\xd8\x00\x00", "utf-32", "surrogatepass", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\x00\xd8\x00\x00", "utf-32-be", "surrogateescape", Err(("UnicodeDecodeError", "utf-32-be", 0, 4, "'utf-32-be' codec can't decode bytes in position 0-3: code point not in range(0x110000)"))),
        (b"\x00\xd8\x00\x00", "utf-32-be", "surrogatepass", Err(("UnicodeDecodeError", "utf-32-be", 0, 4, "'utf-32-be' codec can't decode bytes in position 0-3: code point not in range(0x110000)"))),
        (b"a\x00\x00", "utf-32", "surrogateescape", Err(("UnicodeDecodeError", "utf-32-le", 0, 3, "'utf-32-le' codec can't decode bytes in position 0-2: truncated data"))),
        (b"a\x00\x00", "utf-32", "surrogatepass", Err(("UnicodeDecodeError", "utf-32-le", 0, 3, "'utf-32-le' codec can't decode bytes in position 0-2: truncated data"))),
        (b"a\x00\x00", "utf-32-be", "surrogateescape", Err(("UnicodeDecodeError", "utf-32-be", 0, 3, "'utf-32-be' codec can't decode bytes in position 0-2: truncated data"))),
        (b"a\x00\x00", "utf-32-be", "surrogatepass", Err(("UnicodeDecodeError", "utf-32-be", 0, 3, "'utf-32-be' codec can't decode bytes in position 0-2: truncated data"))),
        (b"a\x00\x00\x00b", "utf-32", "surrogateescape", Err(("UnicodeDecodeError", "utf-32-le", 4, 5, "'utf-32-le' codec can't decode byte 0x62 in position 4: truncated data"))),
        (b"a\x00\x00\x00b", "utf-32", "surrogatepass", Err(("UnicodeDecodeError", "utf-32-le", 4, 5, "'utf-32-le' codec can't decode byte 0x62 in position 4: truncated data"))),
        (b"a\x00\x00\x00b", "utf-32-be", "surrogateescape", Err(("UnicodeDecodeError", "utf-32-be", 0, 4, "'utf-32-be' codec can't decode bytes in position 0-3: code point not in range(0x110000)"))),
        (b"a\x00\x00\x00b", "utf-32-be", "surrogatepass", Err(("UnicodeDecodeError", "utf-32-be", 0, 4, "'utf-32-be' codec can't decode bytes in position 0-3: code point not in range(0x110000)"))),
        (b"\x00\xf6\x01\x00", "utf-32", "surrogateescape", Ok("\u{1f600}")),
        (b"\x00\xf6\x01\x00", "utf-32", "surrogatepass", Ok("\u{1f600}")),
        (b"\x00\xf6\x01\x00", "utf-32-be", "surrogateescape", Err(("UnicodeDecodeError", "utf-32-be", 0, 4, "'utf-32-be' codec can't decode bytes in position 0-3: code point not in range(0x110000)"))),
        (b"\x00\xf6\x01\x00", "utf-32-be", "surrogatepass", Err(("UnicodeDecodeError", "utf-32-be", 0, 4, "'utf-32-be' codec can't decode bytes in position 0-3: code point not in range(0x110000)"))),
        (b"a\x00\x00\x00\x80", "utf-32", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"a\x00\x00\x00\x80", "utf-32", "surrogatepass", Err(("UnicodeDecodeError", "utf-32-le", 4, 5, "'utf-32-le' codec can't decode byte 0x80 in position 4: truncated data"))),
        (b"\x80\x00\x00\x00\x00\x00\x11\x00", "utf-32-le", "surrogateescape", Err(("UnicodeDecodeError", "utf-32-le", 4, 8, "'utf-32-le' codec can't decode bytes in position 4-7: code point not in range(0x110000)"))),
        (b"\x80\x00\x00\x00\x00\x00\x11\x00", "utf-32-le", "surrogatepass", Err(("UnicodeDecodeError", "utf-32-le", 4, 8, "'utf-32-le' codec can't decode bytes in position 4-7: code point not in range(0x110000)"))),
        (b"\x00\xd8\x00", "utf-16-le", "surrogateescape", Err(("UnicodeDecodeError", "utf-16-le", 0, 3, "'utf-16-le' codec can't decode bytes in position 0-2: unexpected end of data"))),
        (b"\x00\xd8\x00", "utf-16-le", "surrogatepass", Err(("UnicodeDecodeError", "utf-16-le", 2, 3, "'utf-16-le' codec can't decode byte 0x00 in position 2: truncated data"))),
        (b"\xed\xa0", "utf-8", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xed\xa0", "utf-8", "surrogatepass", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"))),
        (b"\xed\xa0\x80\xff", "utf-8", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xed\xa0\x80\xff", "utf-8", "surrogatepass", Err(("UnicodeDecodeError", "utf-8", 3, 4, "'utf-8' codec can't decode byte 0xff in position 3: invalid start byte"))),
        (b"\xff\x80a\xff", "utf-8", "surrogateescape", Err(("NotImplementedError", "", 0, 0, ""))),
        (b"\xff\x80a\xff", "utf-8", "surrogatepass", Err(("UnicodeDecodeError", "utf-8", 0, 1, "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"))),
        (b"\xff", "utf-8", "xmlcharrefreplace", Err(("TypeError", "", 0, 0, "don't know how to handle UnicodeDecodeError in error callback"))),
        (b"\xff", "utf-8", "namereplace", Err(("TypeError", "", 0, 0, "don't know how to handle UnicodeDecodeError in error callback"))),
        (b"\xff", "utf-8", "bogus", Err(("LookupError", "", 0, 0, "unknown error handler name 'bogus'"))),
        (b"abc", "utf-8", "bogus", Ok("abc")),
        (b"abc", "nope", "strict", Err(("LookupError", "", 0, 0, "unknown encoding: nope"))),
        (b"a\x00b", "utf-16", "bogus", Err(("LookupError", "", 0, 0, "unknown error handler name 'bogus'"))),
    ];

    /// Compares a result with an expected `Ok` value or an expected error
    /// `(class, encoding, start, end, message)`.
    fn check<T: PartialEq + std::fmt::Debug, W: std::fmt::Debug>(
        got: Result<T, CodecError>,
        want: Result<W, (&str, &str, usize, usize, &str)>,
        conv: impl Fn(W) -> T,
        ctx: &str,
    ) {
        match (got, want) {
            (Ok(g), Ok(w)) => assert_eq!(g, conv(w), "{ctx}"),
            (Err(g), Err(("NotImplementedError", ..))) => {
                // CPython returns lone surrogates, which a `String` cannot hold.
                assert!(matches!(g, CodecError::Unsupported(_)), "{ctx}: {g:?}");
            }
            (Err(g), Err((class, enc, start, end, msg))) => {
                assert_eq!(g.class_name(), class, "{ctx}");
                assert_eq!(g.message(), msg, "{ctx}");
                if let CodecError::Encode(i) | CodecError::Decode(i) = &g {
                    assert_eq!((i.encoding, i.start, i.end), (enc, start, end), "{ctx}");
                    assert_eq!(g.to_string(), format!("{class}: {msg}"), "{ctx}");
                }
            }
            (g, w) => panic!("{ctx}: got {g:?}, want {w:?}"),
        }
    }

    #[test]
    fn normalize_encoding_cases() {
        for &(name, want) in NAMES {
            assert_eq!(
                normalize_encoding(name),
                want,
                "normalize_encoding({name:?})"
            );
        }
    }

    #[test]
    fn encode_cases() {
        for &(s, enc, errors, want) in ENCODE {
            let ctx = format!("{s:?}.encode({enc:?}, {errors:?})");
            check(encode(s, enc, errors), want, |w: &[u8]| w.to_vec(), &ctx);
        }
    }

    #[test]
    fn decode_cases() {
        for &(b, enc, errors, want) in DECODE {
            let ctx = format!("{b:?}.decode({enc:?}, {errors:?})");
            check(decode(b, enc, errors), want, |w: &str| w.to_string(), &ctx);
        }
    }

    #[test]
    fn unrepresentable_results_are_reported() {
        // CPython would return lone surrogates here, which a Rust `String` cannot hold.
        for (b, enc, errors) in [
            (&b"a\xffb"[..], "utf-8", "surrogateescape"),
            (&b"\x80"[..], "ascii", "surrogateescape"),
            (&b"\xed\xa0\x80"[..], "utf-8", "surrogatepass"),
            (&b"\x00\xdc"[..], "utf-16-le", "surrogatepass"),
            (&b"\x00\xd8\x00\x00"[..], "utf-32-le", "surrogatepass"),
        ] {
            let e = decode(b, enc, errors).unwrap_err();
            assert!(
                matches!(e, CodecError::Unsupported(_)),
                "{b:?} {enc} {errors}: {e:?}"
            );
        }
        // ... but errors CPython's handlers refuse stay CPython's errors.
        let e = decode(b"\xff", "utf-8", "surrogatepass").unwrap_err();
        assert_eq!(
            e.message(),
            "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        );
        assert_eq!(decode(b"abc", "utf-8", "surrogateescape").unwrap(), "abc");
        let e = encode("\u{e9}", "ascii", "namereplace").unwrap_err();
        assert!(matches!(e, CodecError::Unsupported(_)));
    }
}
