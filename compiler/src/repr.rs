//! `repr()` of `str` and `bytes` as CPython 3.11 writes them, and `str.isprintable()` for one
//! character. Both crates need them: the compiler for constants in its messages (match
//! patterns, syntax errors), the VM for `repr`, `ascii` and `bytearray` (`vm::text::repr`
//! builds on these). Backed by the generated tables in `unicode_tables.rs`.

use std::fmt::Write;

/// Binary search of `c` in a sorted list of inclusive ranges.
pub fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// `Py_UNICODE_ISPRINTABLE`: false for categories Cc, Cf, Cs, Co, Cn, Zl, Zp and
/// Zs except the ASCII space.
pub fn is_printable(c: char) -> bool {
    if (c as u32) < 0x7f {
        return c >= ' ';
    }
    in_ranges(crate::unicode_tables::PRINTABLE, c)
}

/// Picks the quote CPython uses for a repr: `'` unless the text contains `'`
/// and no `"`.
fn choose_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

/// Appends the `\xNN`/`\uNNNN`/`\UNNNNNNNN` escape of `c` (lowercase hex, the
/// shortest of the three forms that fits).
pub fn push_hex_escape(out: &mut String, c: char) {
    let v = c as u32;
    // Writing to a String cannot fail.
    let _ = if v <= 0xff {
        write!(out, "\\x{v:02x}")
    } else if v <= 0xffff {
        write!(out, "\\u{v:04x}")
    } else {
        write!(out, "\\U{v:08x}")
    };
}

/// `repr(s)` for a `str`: single quotes unless `s` contains `'` and no `"`;
/// `\\`, the chosen quote, `\t`, `\n`, `\r` escaped; other ASCII controls and
/// DEL as `\xNN`; non-printable non-ASCII characters as `\xNN`, `\uNNNN` or
/// `\UNNNNNNNN`; printable non-ASCII characters kept as they are.
pub fn str_repr(s: &str) -> String {
    let quote = choose_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => push_hex_escape(&mut out, c),
            c if c.is_ascii() => out.push(c),
            c if is_printable(c) => out.push(c),
            c => push_hex_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// `repr()` of a bytes-like value. With an empty `prefix` this is the `bytes`
/// form `b'...'`; with a class name it is the `bytearray` form, e.g.
/// `bytes_repr(b"a", "bytearray") == "bytearray(b'a')"` (pass a subclass's
/// name for subclasses, as CPython 3.11 does). Quotes as `str_repr` does;
/// escapes `\\`, the quote, `\t`, `\n`, `\r`, and writes every other byte
/// outside `0x20..0x7f` as `\xNN`. Like CPython's `bytearray_repr`, the
/// bytearray form escapes `'` even inside double quotes:
/// `bytearray(b"\'")`.
pub fn bytes_repr(b: &[u8], prefix: &str) -> String {
    let quote = choose_quote(b.contains(&b'\''), b.contains(&b'"')) as u8;
    let mut out = String::with_capacity(
        b.len()
            + 3
            + if prefix.is_empty() {
                0
            } else {
                prefix.len() + 2
            },
    );
    if !prefix.is_empty() {
        out.push_str(prefix);
        out.push('(');
    }
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            // bytearray_repr escapes `'` even inside double quotes.
            c if c == quote || (c == b'\'' && !prefix.is_empty()) => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
    if !prefix.is_empty() {
        out.push(')');
    }
    out
}
