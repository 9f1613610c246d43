//! Character-level Unicode properties and case mappings, exactly as CPython 3.11
//! sees them (Unicode 14.0.0).
//!
//! Everything here is backed by the generated tables in `unicode_tables.rs`,
//! which were dumped from CPython 3.11's own `unicodedata`/`str` methods, so the
//! answers match CPython code point for code point (Rust's `char` methods follow
//! a newer Unicode version and lack titlecase and case folding, so they are not
//! used for anything observable).
//!
//! The predicates mirror the `Py_UNICODE_IS*` macros of CPython; the mappings
//! mirror `_PyUnicode_To*Full` and yield up to three code points.

use super::unicode_tables as t;

pub use super::unicode_tables::UNICODE_VERSION;

use ferropy_compiler::repr::in_ranges;

/// `Py_UNICODE_ISPRINTABLE`: false for categories Cc, Cf, Cs, Co, Cn, Zl, Zp and
/// Zs except the ASCII space.
pub use ferropy_compiler::repr::is_printable;

/// `Py_UNICODE_ISSPACE`: Python's whitespace (bidi classes WS, B, S or category
/// Zs), which includes `\x1c`-`\x1f`, `\x85`, `\xa0`, `\u2028`, `\u2029`, ...
pub fn is_space(c: char) -> bool {
    match c as u32 {
        0x09..=0x0d | 0x1c..=0x20 => true,
        0..=0x7f => false,
        _ => in_ranges(t::WHITESPACE, c),
    }
}

/// `Py_UNICODE_ISLINEBREAK`: the line boundaries used by `str.splitlines`:
/// `\n \r \v \f \x1c \x1d \x1e \x85 \u2028 \u2029`.
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `Py_UNICODE_ISALPHA`: general category Lm, Lt, Lu, Ll or Lo.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(t::ALPHA, c)
}

/// `Py_UNICODE_ISDECIMAL`: general category Nd.
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(t::DECIMAL, c)
}

/// `Py_UNICODE_TODECIMAL`: the value 0..=9 of a decimal digit (category Nd), as
/// used by `int()` and `float()` on non-ASCII digits; `None` for other chars.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let v = c as u32;
    let i = t::DECIMAL.partition_point(|&(_, hi)| hi < v);
    match t::DECIMAL.get(i) {
        Some(&(lo, hi)) if lo <= v && v <= hi => Some((v - lo) % 10),
        _ => None,
    }
}

/// `Py_UNICODE_ISDIGIT`: Numeric_Type Decimal or Digit (so `'²'` is a digit but
/// not a decimal).
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(t::DIGIT, c)
}

/// `Py_UNICODE_ISNUMERIC`: any Numeric_Type (so `'½'` and `'五'` are numeric).
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(t::NUMERIC, c)
}

/// `Py_UNICODE_ISALNUM`: alpha, decimal, digit or numeric.
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// `Py_UNICODE_ISLOWER`: the Lowercase derived property (includes `ª`, `ʰ`, `ⓐ`).
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_ranges(t::LOWERCASE, c)
}

/// `Py_UNICODE_ISUPPER`: the Uppercase derived property (includes `Ⓐ`).
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_ranges(t::UPPERCASE, c)
}

/// `Py_UNICODE_ISTITLE`: general category Lt (`ǅ`, `ᾈ`, ...).
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_ranges(t::TITLECASE, c)
}

/// `_PyUnicode_IsCased`: lowercase, uppercase or titlecase.
pub fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_title(c)
}

/// `_PyUnicode_IsCaseIgnorable`: the Case_Ignorable property (apostrophe,
/// period, colon, modifier letters, combining marks, ...).
pub fn is_case_ignorable(c: char) -> bool {
    in_ranges(t::CASE_IGNORABLE, c)
}

/// `_PyUnicode_IsXidStart` or `_`: may start an identifier.
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_ranges(t::XID_START, c)
}

/// `_PyUnicode_IsXidContinue`: may continue an identifier.
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_ranges(t::XID_CONTINUE, c)
}

/// Looks `c` up in a generated (simple, multi) mapping pair and pushes the
/// result onto `out`; returns false when `c` is in neither table.
fn map_lookup(simple: &[(u32, u32)], multi: &[(u32, &str)], c: char, out: &mut String) -> bool {
    let v = c as u32;
    if let Ok(i) = simple.binary_search_by_key(&v, |&(k, _)| k) {
        // The tables only hold valid scalar values.
        out.push(char::from_u32(simple[i].1).unwrap_or(c));
        return true;
    }
    if let Ok(i) = multi.binary_search_by_key(&v, |&(k, _)| k) {
        out.push_str(multi[i].1);
        return true;
    }
    false
}

/// `_PyUnicode_ToLowerFull`: appends the full lowercase mapping of `c` to `out`
/// (`'İ'` gives two code points). The context-dependent final sigma is handled
/// by `str_ops::lower`, not here.
pub fn push_lower(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if !map_lookup(t::TO_LOWER_SIMPLE, t::TO_LOWER_MULTI, c, out) {
        out.push(c);
    }
}

/// `_PyUnicode_ToUpperFull`: appends the full uppercase mapping of `c` to `out`
/// (`'ß'` gives `"SS"`).
pub fn push_upper(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if !map_lookup(t::TO_UPPER_SIMPLE, t::TO_UPPER_MULTI, c, out) {
        out.push(c);
    }
}

/// `_PyUnicode_ToTitleFull`: appends the full titlecase mapping of `c` to `out`
/// (`'ǆ'` gives `'ǅ'`, `'ß'` gives `"Ss"`).
pub fn push_title(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if !map_lookup(t::TO_TITLE_SIMPLE, t::TO_TITLE_MULTI, c, out) {
        push_upper(c, out);
    }
}

/// `_PyUnicode_ToFoldedFull`: appends the full case folding of `c` to `out`
/// (`'ß'` gives `"ss"`, `'Σ'` and `'ς'` give `'σ'`).
pub fn push_casefold(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if !map_lookup(t::TO_FOLD_SIMPLE, t::TO_FOLD_MULTI, c, out) {
        push_lower(c, out);
    }
}

// ---- tests below are generated by tests_gen.py from CPython 3.11; do not edit by hand ----
#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;

    fn check_sorted(name: &str, table: &[(u32, u32)]) {
        for w in table.windows(2) {
            assert!(w[0].1 < w[1].0, "{name} not sorted at {:x}", w[1].0);
        }
        for &(lo, hi) in table {
            assert!(lo <= hi, "{name} bad range {lo:x}");
        }
    }

    #[test]
    fn tables_are_sorted() {
        check_sorted("PRINTABLE", t::PRINTABLE);
        check_sorted("ALPHA", t::ALPHA);
        check_sorted("DECIMAL", t::DECIMAL);
        check_sorted("DIGIT", t::DIGIT);
        check_sorted("NUMERIC", t::NUMERIC);
        check_sorted("LOWERCASE", t::LOWERCASE);
        check_sorted("UPPERCASE", t::UPPERCASE);
        check_sorted("TITLECASE", t::TITLECASE);
        check_sorted("CASE_IGNORABLE", t::CASE_IGNORABLE);
        check_sorted("XID_START", t::XID_START);
        check_sorted("XID_CONTINUE", t::XID_CONTINUE);
        check_sorted("WHITESPACE", t::WHITESPACE);
        for tab in [
            t::TO_LOWER_SIMPLE,
            t::TO_UPPER_SIMPLE,
            t::TO_TITLE_SIMPLE,
            t::TO_FOLD_SIMPLE,
        ] {
            assert!(tab.windows(2).all(|w| w[0].0 < w[1].0));
            assert!(tab.iter().all(|&(_, v)| char::from_u32(v).is_some()));
        }
        for tab in [
            t::TO_LOWER_MULTI,
            t::TO_UPPER_MULTI,
            t::TO_TITLE_MULTI,
            t::TO_FOLD_MULTI,
        ] {
            assert!(tab.windows(2).all(|w| w[0].0 < w[1].0));
        }
    }

    #[test]
    fn ascii_fast_paths_agree_with_tables() {
        for b in 0u8..128 {
            let c = b as char;
            assert_eq!(is_alpha(c), in_ranges(t::ALPHA, c), "alpha {b}");
            assert_eq!(is_decimal(c), in_ranges(t::DECIMAL, c), "decimal {b}");
            assert_eq!(is_digit(c), in_ranges(t::DIGIT, c), "digit {b}");
            assert_eq!(is_numeric(c), in_ranges(t::NUMERIC, c), "numeric {b}");
            assert_eq!(is_lower(c), in_ranges(t::LOWERCASE, c), "lower {b}");
            assert_eq!(is_upper(c), in_ranges(t::UPPERCASE, c), "upper {b}");
            assert_eq!(is_title(c), in_ranges(t::TITLECASE, c), "title {b}");
            assert_eq!(is_space(c), in_ranges(t::WHITESPACE, c), "space {b}");
            assert_eq!(is_printable(c), in_ranges(t::PRINTABLE, c), "printable {b}");
            assert_eq!(is_xid_start(c), in_ranges(t::XID_START, c), "xid_start {b}");
            assert_eq!(
                is_xid_continue(c),
                in_ranges(t::XID_CONTINUE, c),
                "xid_continue {b}"
            );
            let mut a = String::new();
            if map_lookup(t::TO_LOWER_SIMPLE, t::TO_LOWER_MULTI, c, &mut a) {
                assert_eq!(a, c.to_ascii_lowercase().to_string());
            } else {
                assert!(!c.is_ascii_uppercase());
            }
            let mut u = String::new();
            if map_lookup(t::TO_UPPER_SIMPLE, t::TO_UPPER_MULTI, c, &mut u) {
                assert_eq!(u, c.to_ascii_uppercase().to_string());
            } else {
                assert!(!c.is_ascii_lowercase());
            }
        }
    }

    fn mapped(f: fn(char, &mut String), c: char) -> String {
        let mut s = String::new();
        f(c, &mut s);
        s
    }

    /// Per-character properties and mappings of a sample of code points.
    /// Flags, in order: printable, alpha, decimal, digit, numeric, lower, upper, title, space, xid_start, xid_continue, case_ignorable, alnum, linebreak.
    #[rustfmt::skip]
    const CHARS: &[(char, &str, Option<u32>, &str, &str, &str, &str)] = &[
        ('\u{61}', "TTFFFTFFFTTFTF", None, "a", "A", "A", "a"),
        ('\u{5a}', "TTFFFFTFFTTFTF", None, "z", "Z", "Z", "z"),
        ('\u{30}', "TFTTTFFFFFTFTF", Some(0), "0", "0", "0", "0"),
        ('\u{5f}', "TFFFFFFFFTTFFF", None, "_", "_", "_", "_"),
        ('\u{20}', "TFFFFFFFTFFFFF", None, " ", " ", " ", " "),
        ('\u{9}', "FFFFFFFFTFFFFF", None, "\t", "\t", "\t", "\t"),
        ('\u{1c}', "FFFFFFFFTFFFFT", None, "\u{1c}", "\u{1c}", "\u{1c}", "\u{1c}"),
        ('\u{1f}', "FFFFFFFFTFFFFF", None, "\u{1f}", "\u{1f}", "\u{1f}", "\u{1f}"),
        ('\u{85}', "FFFFFFFFTFFFFT", None, "\u{85}", "\u{85}", "\u{85}", "\u{85}"),
        ('\u{a0}', "FFFFFFFFTFFFFF", None, "\u{a0}", "\u{a0}", "\u{a0}", "\u{a0}"),
        ('\u{ad}', "FFFFFFFFFFFTFF", None, "\u{ad}", "\u{ad}", "\u{ad}", "\u{ad}"),
        ('\u{aa}', "TTFFFTFFFTTFTF", None, "\u{aa}", "\u{aa}", "\u{aa}", "\u{aa}"),
        ('\u{b2}', "TFFTTFFFFFFFTF", None, "\u{b2}", "\u{b2}", "\u{b2}", "\u{b2}"),
        ('\u{b5}', "TTFFFTFFFTTFTF", None, "\u{b5}", "\u{39c}", "\u{39c}", "\u{3bc}"),
        ('\u{bd}', "TFFFTFFFFFFFTF", None, "\u{bd}", "\u{bd}", "\u{bd}", "\u{bd}"),
        ('\u{df}', "TTFFFTFFFTTFTF", None, "\u{df}", "SS", "Ss", "ss"),
        ('\u{e9}', "TTFFFTFFFTTFTF", None, "\u{e9}", "\u{c9}", "\u{c9}", "\u{e9}"),
        ('\u{ff}', "TTFFFTFFFTTFTF", None, "\u{ff}", "\u{178}", "\u{178}", "\u{ff}"),
        ('\u{130}', "TTFFFFTFFTTFTF", None, "i\u{307}", "\u{130}", "\u{130}", "i\u{307}"),
        ('\u{131}', "TTFFFTFFFTTFTF", None, "\u{131}", "I", "I", "\u{131}"),
        ('\u{149}', "TTFFFTFFFTTFTF", None, "\u{149}", "\u{2bc}N", "\u{2bc}N", "\u{2bc}n"),
        ('\u{17f}', "TTFFFTFFFTTFTF", None, "\u{17f}", "S", "S", "s"),
        ('\u{1c4}', "TTFFFFTFFTTFTF", None, "\u{1c6}", "\u{1c4}", "\u{1c5}", "\u{1c6}"),
        ('\u{1c5}', "TTFFFFFTFTTFTF", None, "\u{1c6}", "\u{1c4}", "\u{1c5}", "\u{1c6}"),
        ('\u{1c6}', "TTFFFTFFFTTFTF", None, "\u{1c6}", "\u{1c4}", "\u{1c5}", "\u{1c6}"),
        ('\u{1f0}', "TTFFFTFFFTTFTF", None, "\u{1f0}", "J\u{30c}", "J\u{30c}", "j\u{30c}"),
        ('\u{2b0}', "TTFFFTFFFTTTTF", None, "\u{2b0}", "\u{2b0}", "\u{2b0}", "\u{2b0}"),
        ('\u{300}', "TFFFFFFFFFTTFF", None, "\u{300}", "\u{300}", "\u{300}", "\u{300}"),
        ('\u{345}', "TFFFFTFFFFTTFF", None, "\u{345}", "\u{399}", "\u{399}", "\u{3b9}"),
        ('\u{390}', "TTFFFTFFFTTFTF", None, "\u{390}", "\u{399}\u{308}\u{301}", "\u{399}\u{308}\u{301}", "\u{3b9}\u{308}\u{301}"),
        ('\u{3a3}', "TTFFFFTFFTTFTF", None, "\u{3c3}", "\u{3a3}", "\u{3a3}", "\u{3c3}"),
        ('\u{3c2}', "TTFFFTFFFTTFTF", None, "\u{3c2}", "\u{3a3}", "\u{3a3}", "\u{3c3}"),
        ('\u{3c3}', "TTFFFTFFFTTFTF", None, "\u{3c3}", "\u{3a3}", "\u{3a3}", "\u{3c3}"),
        ('\u{587}', "TTFFFTFFFTTFTF", None, "\u{587}", "\u{535}\u{552}", "\u{535}\u{582}", "\u{565}\u{582}"),
        ('\u{660}', "TFTTTFFFFFTFTF", Some(0), "\u{660}", "\u{660}", "\u{660}", "\u{660}"),
        ('\u{669}', "TFTTTFFFFFTFTF", Some(9), "\u{669}", "\u{669}", "\u{669}", "\u{669}"),
        ('\u{6f5}', "TFTTTFFFFFTFTF", Some(5), "\u{6f5}", "\u{6f5}", "\u{6f5}", "\u{6f5}"),
        ('\u{903}', "TFFFFFFFFFTFFF", None, "\u{903}", "\u{903}", "\u{903}", "\u{903}"),
        ('\u{966}', "TFTTTFFFFFTFTF", Some(0), "\u{966}", "\u{966}", "\u{966}", "\u{966}"),
        ('\u{10a0}', "TTFFFFTFFTTFTF", None, "\u{2d00}", "\u{10a0}", "\u{10a0}", "\u{2d00}"),
        ('\u{10d0}', "TTFFFTFFFTTFTF", None, "\u{10d0}", "\u{1c90}", "\u{10d0}", "\u{10d0}"),
        ('\u{13a0}', "TTFFFFTFFTTFTF", None, "\u{ab70}", "\u{13a0}", "\u{13a0}", "\u{13a0}"),
        ('\u{13f8}', "TTFFFTFFFTTFTF", None, "\u{13f8}", "\u{13f0}", "\u{13f0}", "\u{13f0}"),
        ('\u{1680}', "FFFFFFFFTFFFFF", None, "\u{1680}", "\u{1680}", "\u{1680}", "\u{1680}"),
        ('\u{1c90}', "TTFFFFTFFTTFTF", None, "\u{10d0}", "\u{1c90}", "\u{1c90}", "\u{10d0}"),
        ('\u{1e9e}', "TTFFFFTFFTTFTF", None, "\u{df}", "\u{1e9e}", "\u{1e9e}", "ss"),
        ('\u{1f80}', "TTFFFTFFFTTFTF", None, "\u{1f80}", "\u{1f08}\u{399}", "\u{1f88}", "\u{1f00}\u{3b9}"),
        ('\u{1f88}', "TTFFFFFTFTTFTF", None, "\u{1f80}", "\u{1f08}\u{399}", "\u{1f88}", "\u{1f00}\u{3b9}"),
        ('\u{1fbc}', "TTFFFFFTFTTFTF", None, "\u{1fb3}", "\u{391}\u{399}", "\u{1fbc}", "\u{3b1}\u{3b9}"),
        ('\u{1fb3}', "TTFFFTFFFTTFTF", None, "\u{1fb3}", "\u{391}\u{399}", "\u{1fbc}", "\u{3b1}\u{3b9}"),
        ('\u{2000}', "FFFFFFFFTFFFFF", None, "\u{2000}", "\u{2000}", "\u{2000}", "\u{2000}"),
        ('\u{200b}', "FFFFFFFFFFFTFF", None, "\u{200b}", "\u{200b}", "\u{200b}", "\u{200b}"),
        ('\u{200d}', "FFFFFFFFFFFTFF", None, "\u{200d}", "\u{200d}", "\u{200d}", "\u{200d}"),
        ('\u{2028}', "FFFFFFFFTFFFFT", None, "\u{2028}", "\u{2028}", "\u{2028}", "\u{2028}"),
        ('\u{2029}', "FFFFFFFFTFFFFT", None, "\u{2029}", "\u{2029}", "\u{2029}", "\u{2029}"),
        ('\u{202f}', "FFFFFFFFTFFFFF", None, "\u{202f}", "\u{202f}", "\u{202f}", "\u{202f}"),
        ('\u{2070}', "TFFTTFFFFFFFTF", None, "\u{2070}", "\u{2070}", "\u{2070}", "\u{2070}"),
        ('\u{2119}', "TTFFFFTFFTTFTF", None, "\u{2119}", "\u{2119}", "\u{2119}", "\u{2119}"),
        ('\u{2160}', "TFFFTFTFFTTFTF", None, "\u{2170}", "\u{2160}", "\u{2160}", "\u{2170}"),
        ('\u{2170}', "TFFFTTFFFTTFTF", None, "\u{2170}", "\u{2160}", "\u{2160}", "\u{2170}"),
        ('\u{216f}', "TFFFTFTFFTTFTF", None, "\u{217f}", "\u{216f}", "\u{216f}", "\u{217f}"),
        ('\u{2189}', "TFFFTFFFFFFFTF", None, "\u{2189}", "\u{2189}", "\u{2189}", "\u{2189}"),
        ('\u{24b6}', "TFFFFFTFFFFFFF", None, "\u{24d0}", "\u{24b6}", "\u{24b6}", "\u{24d0}"),
        ('\u{24d0}', "TFFFFTFFFFFFFF", None, "\u{24d0}", "\u{24b6}", "\u{24b6}", "\u{24d0}"),
        ('\u{2e2f}', "TTFFFFFFFFFTTF", None, "\u{2e2f}", "\u{2e2f}", "\u{2e2f}", "\u{2e2f}"),
        ('\u{3000}', "FFFFFFFFTFFFFF", None, "\u{3000}", "\u{3000}", "\u{3000}", "\u{3000}"),
        ('\u{3005}', "TTFFFFFFFTTTTF", None, "\u{3005}", "\u{3005}", "\u{3005}", "\u{3005}"),
        ('\u{3007}', "TFFFTFFFFTTFTF", None, "\u{3007}", "\u{3007}", "\u{3007}", "\u{3007}"),
        ('\u{4e94}', "TTFFTFFFFTTFTF", None, "\u{4e94}", "\u{4e94}", "\u{4e94}", "\u{4e94}"),
        ('\u{ab70}', "TTFFFTFFFTTFTF", None, "\u{ab70}", "\u{13a0}", "\u{13a0}", "\u{13a0}"),
        ('\u{a7c0}', "TTFFFFTFFTTFTF", None, "\u{a7c1}", "\u{a7c0}", "\u{a7c0}", "\u{a7c1}"),
        ('\u{fb00}', "TTFFFTFFFTTFTF", None, "\u{fb00}", "FF", "Ff", "ff"),
        ('\u{fb03}', "TTFFFTFFFTTFTF", None, "\u{fb03}", "FFI", "Ffi", "ffi"),
        ('\u{fb06}', "TTFFFTFFFTTFTF", None, "\u{fb06}", "ST", "St", "st"),
        ('\u{feff}', "FFFFFFFFFFFTFF", None, "\u{feff}", "\u{feff}", "\u{feff}", "\u{feff}"),
        ('\u{ff10}', "TFTTTFFFFFTFTF", Some(0), "\u{ff10}", "\u{ff10}", "\u{ff10}", "\u{ff10}"),
        ('\u{ff21}', "TTFFFFTFFTTFTF", None, "\u{ff41}", "\u{ff21}", "\u{ff21}", "\u{ff41}"),
        ('\u{ffff}', "FFFFFFFFFFFFFF", None, "\u{ffff}", "\u{ffff}", "\u{ffff}", "\u{ffff}"),
        ('\u{10400}', "TTFFFFTFFTTFTF", None, "\u{10428}", "\u{10400}", "\u{10400}", "\u{10428}"),
        ('\u{10428}', "TTFFFTFFFTTFTF", None, "\u{10428}", "\u{10400}", "\u{10400}", "\u{10428}"),
        ('\u{1d7ce}', "TFTTTFFFFFTFTF", Some(0), "\u{1d7ce}", "\u{1d7ce}", "\u{1d7ce}", "\u{1d7ce}"),
        ('\u{1d7d8}', "TFTTTFFFFFTFTF", Some(0), "\u{1d7d8}", "\u{1d7d8}", "\u{1d7d8}", "\u{1d7d8}"),
        ('\u{1f600}', "TFFFFFFFFFFFFF", None, "\u{1f600}", "\u{1f600}", "\u{1f600}", "\u{1f600}"),
        ('\u{e0001}', "FFFFFFFFFFFTFF", None, "\u{e0001}", "\u{e0001}", "\u{e0001}", "\u{e0001}"),
        ('\u{e0100}', "TFFFFFFFFFTTFF", None, "\u{e0100}", "\u{e0100}", "\u{e0100}", "\u{e0100}"),
        ('\u{f0000}', "FFFFFFFFFFFFFF", None, "\u{f0000}", "\u{f0000}", "\u{f0000}", "\u{f0000}"),
        ('\u{10ffff}', "FFFFFFFFFFFFFF", None, "\u{10ffff}", "\u{10ffff}", "\u{10ffff}", "\u{10ffff}"),
        ('\u{e000}', "FFFFFFFFFFFFFF", None, "\u{e000}", "\u{e000}", "\u{e000}", "\u{e000}"),
        ('\u{378}', "FFFFFFFFFFFFFF", None, "\u{378}", "\u{378}", "\u{378}", "\u{378}"),
        ('\u{b7}', "TFFFFFFFFFTTFF", None, "\u{b7}", "\u{b7}", "\u{b7}", "\u{b7}"),
        ('\u{387}', "TFFFFFFFFFTTFF", None, "\u{387}", "\u{387}", "\u{387}", "\u{387}"),
        ('\u{1369}', "TFFTTFFFFFTFTF", None, "\u{1369}", "\u{1369}", "\u{1369}", "\u{1369}"),
        ('\u{19da}', "TFFTTFFFFFTFTF", None, "\u{19da}", "\u{19da}", "\u{19da}", "\u{19da}"),
        ('\u{2118}', "TFFFFFFFFTTFFF", None, "\u{2118}", "\u{2118}", "\u{2118}", "\u{2118}"),
        ('\u{212e}', "TFFFFFFFFTTFFF", None, "\u{212e}", "\u{212e}", "\u{212e}", "\u{212e}"),
        ('\u{309b}', "TFFFFFFFFFFTFF", None, "\u{309b}", "\u{309b}", "\u{309b}", "\u{309b}"),
        ('\u{30fb}', "TFFFFFFFFFFFFF", None, "\u{30fb}", "\u{30fb}", "\u{30fb}", "\u{30fb}"),
        ('\u{ff65}', "TFFFFFFFFFFFFF", None, "\u{ff65}", "\u{ff65}", "\u{ff65}", "\u{ff65}"),
        ('\u{1885}', "TFFFFFFFFTTTFF", None, "\u{1885}", "\u{1885}", "\u{1885}", "\u{1885}"),
    ];

    #[test]
    fn char_properties_match_cpython() {
        let preds: [fn(char) -> bool; 14] = [
            is_printable,
            is_alpha,
            is_decimal,
            is_digit,
            is_numeric,
            is_lower,
            is_upper,
            is_title,
            is_space,
            is_xid_start,
            is_xid_continue,
            is_case_ignorable,
            is_alnum,
            is_linebreak,
        ];
        let names = [
            "printable",
            "alpha",
            "decimal",
            "digit",
            "numeric",
            "lower",
            "upper",
            "title",
            "space",
            "xid_start",
            "xid_continue",
            "case_ignorable",
            "alnum",
            "linebreak",
        ];
        for &(c, flags, dec, lo, up, ti, cf) in CHARS {
            for (k, flag) in flags.chars().enumerate() {
                assert_eq!(
                    preds[k](c),
                    flag == 'T',
                    "{} of U+{:04X}",
                    names[k],
                    c as u32
                );
            }
            assert_eq!(decimal_value(c), dec, "decimal_value of U+{:04X}", c as u32);
            assert_eq!(mapped(push_lower, c), lo, "lower of U+{:04X}", c as u32);
            assert_eq!(mapped(push_upper, c), up, "upper of U+{:04X}", c as u32);
            assert_eq!(mapped(push_title, c), ti, "title of U+{:04X}", c as u32);
            assert_eq!(
                mapped(push_casefold, c),
                cf,
                "casefold of U+{:04X}",
                c as u32
            );
        }
        assert_eq!(UNICODE_VERSION, "14.0.0");
    }
}
