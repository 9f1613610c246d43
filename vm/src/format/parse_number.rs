//! Text to number: `int(str, base)`, `float(str)`; and `hex`/`oct`/`bin`.
//!
//! Like CPython (`_PyUnicode_TransformDecimalAndSpaceToASCII` followed by
//! `PyLong_FromString` / `float_from_string_inner`), a string is first
//! mapped to ASCII: characters below U+007F pass through unchanged, other
//! Unicode whitespace becomes a space, other Unicode decimal digits become
//! their ASCII digit, and anything else makes the text invalid. Only ASCII
//! whitespace (` \t\n\v\f\r`) is then stripped, so the ASCII separators
//! `\x1c`–`\x1f` (which `str.isspace` accepts) are rejected, exactly as in
//! CPython.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::Zero;

/// The first code point of each run of ten Unicode decimal digits
/// (general category Nd), from the Unicode 14.0 database of CPython 3.11.
const DECIMAL_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The value of a Unicode decimal digit (`str.isdecimal()` characters),
/// like CPython's `Py_UNICODE_TODECIMAL`; `None` for anything else.
pub fn unicode_decimal(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    if i == 0 {
        return None;
    }
    let d = cp - DECIMAL_ZEROS[i - 1];
    (d < 10).then_some(d)
}

/// `str.isspace()` for one character (CPython's `Py_UNICODE_ISSPACE`).
pub fn is_unicode_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n'
            | '\x0b'
            | '\x0c'
            | '\r'
            | '\x1c'..='\x1f'
            | ' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// ASCII `isspace` as used by CPython's number parsers (`Py_ISSPACE`).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`, returning `None` where
/// CPython would produce an unparsable string (a non-ASCII character that is
/// neither whitespace nor a decimal digit, or an embedded NUL).
fn to_ascii(s: &str) -> Option<Vec<u8>> {
    s.chars()
        .map(|c| {
            let cp = c as u32;
            if cp == 0 {
                None
            } else if cp < 127 {
                Some(cp as u8)
            } else if is_unicode_space(c) {
                Some(b' ')
            } else {
                unicode_decimal(c).map(|d| b'0' + d as u8)
            }
        })
        .collect()
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => 99,
    }
}

/// `int(s, base)`: the value of `s` read as an integer literal in `base`, or
/// `None` where CPython raises `ValueError: invalid literal for int() with
/// base N: …` (the caller builds that message from the original text).
///
/// `base` is 0 (infer from a `0x`/`0o`/`0b` prefix; a non-zero number may
/// then not start with `0`) or 2..=36 (a matching prefix is allowed for 2, 8
/// and 16). Surrounding whitespace, one sign, and single underscores between
/// digits (or right after a prefix) are accepted. Any other `base` gives
/// `None`; the caller is expected to have raised `int() arg 2 must be >= 2
/// and <= 36` first. No digit-count limit is applied here
/// (`sys.int_max_str_digits` is the caller's business).
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    if base == 1 || base > 36 {
        return None;
    }
    let bytes = to_ascii(s)?;
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < bytes.len() && is_ascii_space(bytes[i]) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        i += 1;
        negative = true;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0'
        && matches!(
            (base, at(i + 1)),
            (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')
        )
    {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return None;
    }
    // Digits with single underscores between them.
    let mut digits: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    while i < bytes.len() && (digit_value(bytes[i]) < base || bytes[i] == b'_') {
        let b = bytes[i];
        if b == b'_' {
            if prev == b'_' {
                return None;
            }
        } else {
            digits.push(digit_value(b) as u8);
        }
        prev = b;
        i += 1;
    }
    if prev == b'_' || digits.is_empty() {
        return None;
    }
    while i < bytes.len() && is_ascii_space(bytes[i]) {
        i += 1;
    }
    if i != bytes.len() {
        return None;
    }
    let magnitude = BigUint::from_radix_be(&digits, base)?;
    if error_if_nonzero && !magnitude.is_zero() {
        return None;
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Some(BigInt::from_biguint(sign, magnitude))
}

/// `float(s)`: the value of `s` read as a Python float literal, or `None`
/// where CPython raises `ValueError: could not convert string to float: …`.
///
/// Accepts surrounding whitespace, one sign, `inf`/`infinity`/`nan` in any
/// case, decimal digits with an optional point and exponent, and single
/// underscores each placed between two digits. Out-of-range values give
/// `±inf` or `±0.0`; `-nan` gives a NaN with the sign bit set.
pub fn parse_float(s: &str) -> Option<f64> {
    let mut bytes = to_ascii(s)?;
    if bytes.contains(&b'_') {
        // _Py_string_to_number_with_underscores: every '_' sits between
        // two ASCII digits.
        let mut cleaned = Vec::with_capacity(bytes.len());
        let mut prev = 0u8;
        for &b in &bytes {
            if b == b'_' {
                if !prev.is_ascii_digit() {
                    return None;
                }
            } else {
                if prev == b'_' && !b.is_ascii_digit() {
                    return None;
                }
                cleaned.push(b);
            }
            prev = b;
        }
        if prev == b'_' {
            return None;
        }
        bytes = cleaned;
    }
    let start = bytes.iter().position(|&b| !is_ascii_space(b))?;
    let end = bytes.iter().rposition(|&b| !is_ascii_space(b))? + 1;
    let text = &bytes[start..end];

    let (negative, body) = match text.first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let lower: Vec<u8> = body.iter().map(|b| b.to_ascii_lowercase()).collect();
    let special = match &lower[..] {
        b"inf" | b"infinity" => Some(f64::INFINITY),
        b"nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if negative { -v } else { v });
    }
    // [digits][.digits][(e|E)[sign]digits], with at least one mantissa digit.
    let mut i = 0;
    let mut mantissa_digits = 0;
    while i < body.len() && body[i].is_ascii_digit() {
        i += 1;
        mantissa_digits += 1;
    }
    if i < body.len() && body[i] == b'.' {
        i += 1;
        while i < body.len() && body[i].is_ascii_digit() {
            i += 1;
            mantissa_digits += 1;
        }
    }
    if mantissa_digits == 0 {
        return None;
    }
    if i < body.len() && (body[i] == b'e' || body[i] == b'E') {
        i += 1;
        if i < body.len() && (body[i] == b'+' || body[i] == b'-') {
            i += 1;
        }
        let exp_start = i;
        while i < body.len() && body[i].is_ascii_digit() {
            i += 1;
        }
        if i == exp_start {
            return None;
        }
    }
    if i != body.len() {
        return None;
    }
    let v: f64 = std::str::from_utf8(body).ok()?.parse().ok()?;
    Some(if negative { -v } else { v })
}

/// `hex(v)`, `oct(v)`, `bin(v)` and friends: `v` written in `base` (2..=36)
/// with lower-case digits, a leading `-` for negatives, and — when `prefix`
/// is set and `base` is 2, 8 or 16 — the `0b`/`0o`/`0x` prefix after the
/// sign (`-0x1f`).
///
/// # Panics
///
/// Panics if `base` is outside 2..=36.
pub fn int_to_base(v: &BigInt, base: u32, prefix: bool) -> String {
    assert!(
        (2..=36).contains(&base),
        "int_to_base: base {base} out of range"
    );
    let digits = v.magnitude().to_str_radix(base);
    let mut out = String::with_capacity(digits.len() + 3);
    if v.sign() == Sign::Minus {
        out.push('-');
    }
    if prefix {
        out.push_str(match base {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            _ => "",
        });
    }
    out.push_str(&digits);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_table() {
        assert_eq!(unicode_decimal('7'), Some(7));
        assert_eq!(unicode_decimal('a'), None);
        assert_eq!(unicode_decimal('\u{663}'), Some(3));
        assert_eq!(unicode_decimal('\u{ff19}'), Some(9));
        assert_eq!(unicode_decimal('\u{1d7ce}'), Some(0));
        assert_eq!(unicode_decimal('\u{1d7d7}'), Some(9));
        assert_eq!(unicode_decimal('\u{1fbf9}'), Some(9));
        assert_eq!(unicode_decimal('\u{1fbfa}'), None);
        assert_eq!(unicode_decimal('\u{b2}'), None); // superscript two is not Nd
        assert_eq!(unicode_decimal('\u{65f}'), None);
        for c in ['\u{1c}', '\u{85}', '\u{3000}', ' '] {
            assert!(is_unicode_space(c));
        }
        assert!(!is_unicode_space('\u{200b}'));
    }

    #[test]
    fn int_table() {
        for &(text, base, want) in INT_CASES {
            let got = parse_int(text, base).map(|v| v.to_string());
            assert_eq!(got.as_deref(), want, "int({text:?}, {base})");
        }
    }

    #[test]
    fn float_table() {
        for &(text, want) in FLOAT_CASES {
            let got = parse_float(text);
            match (got, want) {
                (None, None) => {}
                (Some(g), Some(w)) => assert_eq!(g.to_bits(), w, "float({text:?}) = {g:?}"),
                _ => panic!("float({text:?}): got {got:?}, want {want:?}"),
            }
        }
    }

    #[test]
    fn base_table() {
        for &(v, base, prefix, want) in BASE_CASES {
            let v: BigInt = v.parse().unwrap();
            assert_eq!(int_to_base(&v, base, prefix), want, "{v} base {base}");
        }
    }

    // (text, base, str(int(text, base)) or None for ValueError) — CPython 3.11.
    // BEGIN GENERATED INT_CASES
    const INT_CASES: &[(&str, u32, Option<&str>)] = &[
        ("0", 10, Some("0")),
        ("123", 10, Some("123")),
        ("-123", 10, Some("-123")),
        ("+123", 10, Some("123")),
        ("  42  ", 10, Some("42")),
        ("\t\n42\r\u{b}\u{c}", 10, Some("42")),
        ("1_000", 10, Some("1000")),
        ("1__000", 10, None),
        ("_1", 10, None),
        ("1_", 10, None),
        ("", 10, None),
        ("   ", 10, None),
        ("-", 10, None),
        ("+-1", 10, None),
        ("- 1", 10, None),
        ("1 2", 10, None),
        ("12a", 10, None),
        ("ff", 16, Some("255")),
        ("FF", 16, Some("255")),
        ("0xff", 16, Some("255")),
        ("0XFF", 16, Some("255")),
        ("-0xff", 16, Some("-255")),
        ("0x_ff", 16, Some("255")),
        ("0x__ff", 16, None),
        ("0x", 16, None),
        ("0x_", 16, None),
        ("0b101", 2, Some("5")),
        ("0b101", 0, Some("5")),
        ("0o17", 0, Some("15")),
        ("0O17", 8, Some("15")),
        ("0x1f", 0, Some("31")),
        ("017", 0, None),
        ("0", 0, Some("0")),
        ("00", 0, Some("0")),
        ("000", 0, Some("0")),
        ("0_0", 0, Some("0")),
        ("0_7", 0, None),
        ("-0", 0, Some("0")),
        ("10", 0, Some("10")),
        ("1_0", 0, Some("10")),
        ("0b", 0, None),
        ("0b2", 0, None),
        ("0b1", 16, Some("177")),
        ("0o7", 16, None),
        ("z", 36, Some("35")),
        ("Z", 36, Some("35")),
        ("zz", 35, None),
        ("10", 2, Some("2")),
        ("2", 2, None),
        ("10", 36, Some("36")),
        ("0x10", 10, None),
        ("٣", 10, Some("3")),
        ("١٢٣", 10, Some("123")),
        ("١_٢", 10, Some("12")),
        ("\u{a0}12\u{2003}", 10, Some("12")),
        ("\u{1c}12", 10, None),
        ("12\u{1f}", 10, None),
        ("\u{3000}-7", 10, Some("-7")),
        ("１２", 10, Some("12")),
        ("12\u{0}", 10, None),
        ("1.5", 10, None),
        ("1e5", 10, None),
        ("0x1.8", 16, None),
        (
            "99999999999999999999999999",
            10,
            Some("99999999999999999999999999"),
        ),
        (
            "-999999999999999999999999999999999999999999999999999999999999",
            10,
            Some("-999999999999999999999999999999999999999999999999999999999999"),
        ),
        (
            "ffffffffffffffffffffffffffffffffffffffff",
            16,
            Some("1461501637330902918203684832716283019655932542975"),
        ),
        (
            "1111111111111111111111111111111111111111111111111111111111111111111111",
            2,
            Some("1180591620717411303423"),
        ),
        (
            "777777777777777777777777777777",
            8,
            Some("1237940039285380274899124223"),
        ),
        ("helloworld", 36, Some("1767707668033969")),
        ("٠x10", 0, Some("16")),
        ("0x١٠", 0, Some("16")),
        ("1\u{2000}2", 10, None),
        ("+_1", 10, None),
        ("0_x1", 0, None),
        ("0__0", 0, None),
        ("12 ", 10, Some("12")),
        (" -12", 10, Some("-12")),
        ("\u{85} 3", 10, Some("3")),
        ("0b_1_0", 0, Some("2")),
        ("0b1_", 0, None),
        ("1", 1, None),
        ("1", 37, None),
        ("5", 3, None),
        ("0o8", 8, None),
        ("ß", 10, None),
        ("١a", 16, Some("26")),
        ("a١", 16, Some("161")),
    ];
    // END GENERATED INT_CASES

    // (text, bits of float(text) or None for ValueError) — CPython 3.11.
    // BEGIN GENERATED FLOAT_CASES
    const FLOAT_CASES: &[(&str, Option<u64>)] = &[
        ("0", Some(0x0000000000000000)),
        ("1", Some(0x3ff0000000000000)),
        ("-1", Some(0xbff0000000000000)),
        ("+1.5", Some(0x3ff8000000000000)),
        ("1.", Some(0x3ff0000000000000)),
        (".5", Some(0x3fe0000000000000)),
        (".", None),
        ("-.5", Some(0xbfe0000000000000)),
        ("1e5", Some(0x40f86a0000000000)),
        ("1E5", Some(0x40f86a0000000000)),
        ("1e+5", Some(0x40f86a0000000000)),
        ("1e-5", Some(0x3ee4f8b588e368f1)),
        ("1e", None),
        ("1e+", None),
        ("e5", None),
        ("1.5e3", Some(0x4097700000000000)),
        ("  2.5  ", Some(0x4004000000000000)),
        ("\t3\n", Some(0x4008000000000000)),
        ("inf", Some(0x7ff0000000000000)),
        ("INF", Some(0x7ff0000000000000)),
        ("-inf", Some(0xfff0000000000000)),
        ("+Inf", Some(0x7ff0000000000000)),
        ("infinity", Some(0x7ff0000000000000)),
        ("Infinity", Some(0x7ff0000000000000)),
        ("-iNfInItY", Some(0xfff0000000000000)),
        ("infinit", None),
        ("infinityy", None),
        ("nan", Some(0x7ff8000000000000)),
        ("NaN", Some(0x7ff8000000000000)),
        ("-nan", Some(0xfff8000000000000)),
        ("+nan", Some(0x7ff8000000000000)),
        ("nan(1)", None),
        ("na", None),
        ("1_000.5", Some(0x408f440000000000)),
        ("1__0", None),
        ("_1", None),
        ("1_", None),
        ("1_.5", None),
        ("1._5", None),
        ("1.5_e3", None),
        ("1.5e_3", None),
        ("1.5e3_0", Some(0x4632eec2eb3869af)),
        ("1.5e3_", None),
        ("0x10", None),
        ("1,5", None),
        ("", None),
        ("   ", None),
        ("1 2", None),
        ("--1", None),
        ("+-1", None),
        ("1e500", Some(0x7ff0000000000000)),
        ("-1e500", Some(0xfff0000000000000)),
        ("1e-500", Some(0x0000000000000000)),
        ("-1e-500", Some(0x8000000000000000)),
        ("4.9e-324", Some(0x0000000000000001)),
        ("2.5e-324", Some(0x0000000000000001)),
        ("2.4703282292062328e-324", Some(0x0000000000000001)),
        ("2.4703282292062327e-324", Some(0x0000000000000000)),
        ("1.7976931348623157e308", Some(0x7fefffffffffffff)),
        ("1.7976931348623158e308", Some(0x7fefffffffffffff)),
        ("1.7976931348623159e308", Some(0x7ff0000000000000)),
        ("0.1", Some(0x3fb999999999999a)),
        ("0.30000000000000004", Some(0x3fd3333333333334)),
        ("9007199254740993", Some(0x4340000000000000)),
        ("123456789012345678901234567890", Some(0x45f8ee90ff6c373e)),
        ("0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", Some(0x0000000000000000)),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", Some(0x7ff0000000000000)),
        ("٣.١٤", Some(0x40091eb851eb851f)),
        ("\u{a0}1.5\u{2003}", Some(0x3ff8000000000000)),
        ("\u{1c}1.5", None),
        ("1.5\u{1f}", None),
        ("１.５", Some(0x3ff8000000000000)),
        ("1.5\u{0}", None),
        ("in_f", None),
        ("1_0e1_0", Some(0x42374876e8000000)),
        ("0_0", Some(0x0000000000000000)),
        ("00.5", Some(0x3fe0000000000000)),
        ("1e0001", Some(0x4024000000000000)),
        ("1e-0", Some(0x3ff0000000000000)),
        ("+.e1", None),
        ("-.", None),
        ("1.5e+-3", None),
        ("\u{3000}nan\u{3000}", Some(0x7ff8000000000000)),
        ("ⅰ", None),
        ("1\u{2000}1", None),
        ("_", None),
        ("1e1000000000000000000000", Some(0x7ff0000000000000)),
        ("0e1000000000000000000", Some(0x0000000000000000)),
        ("2.2250738585072011e-308", Some(0x000fffffffffffff)),
        ("3.14159265358979323846264338327950288", Some(0x400921fb54442d18)),
    ];
    // END GENERATED FLOAT_CASES

    // (value, base, prefix, text) from CPython's bin/oct/hex and
    // format(v, 'b'/'o'/'x'/'d').
    // BEGIN GENERATED BASE_CASES
    const BASE_CASES: &[(&str, u32, bool, &str)] = &[
        ("0", 16, true, "0x0"),
        ("0", 8, true, "0o0"),
        ("0", 2, true, "0b0"),
        ("0", 16, false, "0"),
        ("0", 10, false, "0"),
        ("0", 10, true, "0"),
        ("0", 2, false, "0"),
        ("1", 16, true, "0x1"),
        ("1", 8, true, "0o1"),
        ("1", 2, true, "0b1"),
        ("1", 16, false, "1"),
        ("1", 10, false, "1"),
        ("1", 10, true, "1"),
        ("1", 2, false, "1"),
        ("-1", 16, true, "-0x1"),
        ("-1", 8, true, "-0o1"),
        ("-1", 2, true, "-0b1"),
        ("-1", 16, false, "-1"),
        ("-1", 10, false, "-1"),
        ("-1", 10, true, "-1"),
        ("-1", 2, false, "-1"),
        ("31", 16, true, "0x1f"),
        ("31", 8, true, "0o37"),
        ("31", 2, true, "0b11111"),
        ("31", 16, false, "1f"),
        ("31", 10, false, "31"),
        ("31", 10, true, "31"),
        ("31", 2, false, "11111"),
        ("-31", 16, true, "-0x1f"),
        ("-31", 8, true, "-0o37"),
        ("-31", 2, true, "-0b11111"),
        ("-31", 16, false, "-1f"),
        ("-31", 10, false, "-31"),
        ("-31", 10, true, "-31"),
        ("-31", 2, false, "-11111"),
        ("255", 16, true, "0xff"),
        ("255", 8, true, "0o377"),
        ("255", 2, true, "0b11111111"),
        ("255", 16, false, "ff"),
        ("255", 10, false, "255"),
        ("255", 10, true, "255"),
        ("255", 2, false, "11111111"),
        ("18446744073709551616", 16, true, "0x10000000000000000"),
        ("18446744073709551616", 8, true, "0o2000000000000000000000"),
        ("18446744073709551616", 2, true, "0b10000000000000000000000000000000000000000000000000000000000000000"),
        ("18446744073709551616", 16, false, "10000000000000000"),
        ("18446744073709551616", 10, false, "18446744073709551616"),
        ("18446744073709551616", 10, true, "18446744073709551616"),
        ("18446744073709551616", 2, false, "10000000000000000000000000000000000000000000000000000000000000000"),
        ("-717897987691852588770249", 16, true, "-0x980553f0db2fd09de3c9"),
        ("-717897987691852588770249", 8, true, "-0o230012517606662772047361711"),
        ("-717897987691852588770249", 2, true, "-0b10011000000001010101001111110000110110110010111111010000100111011110001111001001"),
        ("-717897987691852588770249", 16, false, "-980553f0db2fd09de3c9"),
        ("-717897987691852588770249", 10, false, "-717897987691852588770249"),
        ("-717897987691852588770249", 10, true, "-717897987691852588770249"),
        ("-717897987691852588770249", 2, false, "-10011000000001010101001111110000110110110010111111010000100111011110001111001001"),
        ("10000000000000000000000000", 16, true, "0x84595161401484a000000"),
        ("10000000000000000000000000", 8, true, "0o4105452130240024411200000000"),
        ("10000000000000000000000000", 2, true, "0b100001000101100101010001011000010100000000010100100001001010000000000000000000000000"),
        ("10000000000000000000000000", 16, false, "84595161401484a000000"),
        ("10000000000000000000000000", 10, false, "10000000000000000000000000"),
        ("10000000000000000000000000", 10, true, "10000000000000000000000000"),
        ("10000000000000000000000000", 2, false, "100001000101100101010001011000010100000000010100100001001010000000000000000000000000"),
    ];
    // END GENERATED BASE_CASES
}
