//! The algorithms of Python's `bytes`/`bytearray` methods, as pure functions
//! on `&[u8]`.
//!
//! Semantics are CPython 3.11's: character classes and case changes are
//! ASCII-only (`Py_ISSPACE` is `b' \t\n\r\x0b\x0c'` — unlike `str`, `\x1c`-
//! `\x1f` are not whitespace), `splitlines` knows only `\n`, `\r` and `\r\n`,
//! and indices are byte indices clamped like CPython's `ADJUST_INDICES`
//! (shared with `str_ops`). A single int argument (`b'abc'.find(98)`) is the
//! caller's to turn into a one-byte slice.

use super::str_ops::adjust_indices;
use super::TextError;

/// `Py_ISSPACE`: ASCII whitespace as `bytes` methods define it.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Lowest index of `needle` in `hay` (0 for an empty needle).
pub fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let Some((&first, rest)) = needle.split_first() else {
        return Some(0);
    };
    if needle.len() > hay.len() {
        return None;
    }
    let last_start = hay.len() - needle.len();
    let mut i = 0;
    while i <= last_start {
        let off = hay[i..=last_start].iter().position(|&b| b == first)?;
        i += off;
        if &hay[i + 1..i + needle.len()] == rest {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Highest index of `needle` in `hay` (`hay.len()` for an empty needle).
pub fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len())
        .rev()
        .find(|&i| &hay[i..i + needle.len()] == needle)
}

/// Resolves `start`/`end` and returns `(start, window)`, or `None` when the
/// window is shorter than `needle_len`.
fn window(
    b: &[u8],
    start: Option<i64>,
    end: Option<i64>,
    needle_len: usize,
) -> Option<(usize, &[u8])> {
    let (st, en) = adjust_indices(start, end, b.len());
    if en < st || en - st < needle_len {
        return None;
    }
    Some((st, &b[st..en]))
}

/// `b.find(sub, start, end)`: lowest index of `sub` in `b[start:end]`, or
/// `None` (Python's `-1`).
pub fn find(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> Option<usize> {
    let (st, hay) = window(b, start, end, sub.len())?;
    find_sub(hay, sub).map(|i| st + i)
}

/// `b.rfind(sub, start, end)`: highest index of `sub` in `b[start:end]`, or
/// `None` (Python's `-1`).
pub fn rfind(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> Option<usize> {
    let (st, hay) = window(b, start, end, sub.len())?;
    rfind_sub(hay, sub).map(|i| st + i)
}

/// `b.index(sub, start, end)`: [`find`], with `ValueError: subsection not
/// found` on a miss (the `bytes` wording).
pub fn index(
    b: &[u8],
    sub: &[u8],
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, TextError> {
    find(b, sub, start, end).ok_or_else(|| TextError::value("subsection not found"))
}

/// `b.rindex(sub, start, end)`: [`rfind`], with `ValueError: subsection not
/// found` on a miss.
pub fn rindex(
    b: &[u8],
    sub: &[u8],
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, TextError> {
    rfind(b, sub, start, end).ok_or_else(|| TextError::value("subsection not found"))
}

/// `b.count(sub, start, end)`: non-overlapping occurrences of `sub` in
/// `b[start:end]`; an empty `sub` counts `len + 1`.
pub fn count(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> usize {
    let Some((_, mut hay)) = window(b, start, end, sub.len()) else {
        return 0;
    };
    if sub.is_empty() {
        return hay.len() + 1;
    }
    let mut n = 0;
    while let Some(i) = find_sub(hay, sub) {
        n += 1;
        hay = &hay[i + sub.len()..];
    }
    n
}

/// Shared body of `startswith`/`endswith` (CPython's `tailmatch`).
fn tailmatch(b: &[u8], affix: &[u8], start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let (st, en) = adjust_indices(start, end, b.len());
    match st.checked_add(affix.len()) {
        Some(need) if need <= en => {}
        _ => return false,
    }
    let hay = &b[st..en];
    if at_end {
        hay.ends_with(affix)
    } else {
        hay.starts_with(affix)
    }
}

/// `b.startswith(prefix, start, end)` for one prefix.
pub fn startswith(b: &[u8], prefix: &[u8], start: Option<i64>, end: Option<i64>) -> bool {
    tailmatch(b, prefix, start, end, false)
}

/// `b.endswith(suffix, start, end)` for one suffix.
pub fn endswith(b: &[u8], suffix: &[u8], start: Option<i64>, end: Option<i64>) -> bool {
    tailmatch(b, suffix, start, end, true)
}

/// `b.removeprefix(prefix)`.
pub fn removeprefix(b: &[u8], prefix: &[u8]) -> Vec<u8> {
    b.strip_prefix(prefix).unwrap_or(b).to_vec()
}

/// `b.removesuffix(suffix)`.
pub fn removesuffix(b: &[u8], suffix: &[u8]) -> Vec<u8> {
    b.strip_suffix(suffix).unwrap_or(b).to_vec()
}

/// Python's negative-means-unlimited convention.
fn max_count(n: i64) -> usize {
    if n < 0 {
        usize::MAX
    } else {
        n as usize
    }
}

/// `b.split(sep, maxsplit)`: on runs of ASCII whitespace when `sep` is `None`
/// (no empty pieces), else on each occurrence of `sep` (`ValueError: empty
/// separator` if it is empty).
pub fn split(b: &[u8], sep: Option<&[u8]>, maxsplit: i64) -> Result<Vec<Vec<u8>>, TextError> {
    let mut remaining = max_count(maxsplit);
    let mut out = Vec::new();
    match sep {
        Some([]) => return Err(TextError::value("empty separator")),
        Some(sep) => {
            let mut rest = b;
            while remaining > 0 {
                let Some(i) = find_sub(rest, sep) else { break };
                out.push(rest[..i].to_vec());
                rest = &rest[i + sep.len()..];
                remaining -= 1;
            }
            out.push(rest.to_vec());
        }
        None => {
            let n = b.len();
            let mut i = 0;
            loop {
                while i < n && is_space(b[i]) {
                    i += 1;
                }
                if i == n {
                    break;
                }
                if remaining == 0 {
                    out.push(b[i..].to_vec());
                    break;
                }
                remaining -= 1;
                let j = i;
                while i < n && !is_space(b[i]) {
                    i += 1;
                }
                out.push(b[j..i].to_vec());
            }
        }
    }
    Ok(out)
}

/// `b.rsplit(sep, maxsplit)`: like [`split`], splitting from the right.
pub fn rsplit(b: &[u8], sep: Option<&[u8]>, maxsplit: i64) -> Result<Vec<Vec<u8>>, TextError> {
    let mut remaining = max_count(maxsplit);
    let mut out = Vec::new();
    match sep {
        Some([]) => return Err(TextError::value("empty separator")),
        Some(sep) => {
            let mut rest = b;
            while remaining > 0 {
                let Some(i) = rfind_sub(rest, sep) else { break };
                out.push(rest[i + sep.len()..].to_vec());
                rest = &rest[..i];
                remaining -= 1;
            }
            out.push(rest.to_vec());
        }
        None => {
            // `i` is one past the char being examined.
            let mut i = b.len();
            loop {
                while i > 0 && is_space(b[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if remaining == 0 {
                    out.push(b[..i].to_vec());
                    break;
                }
                remaining -= 1;
                let j = i;
                while i > 0 && !is_space(b[i - 1]) {
                    i -= 1;
                }
                out.push(b[i..j].to_vec());
            }
        }
    }
    out.reverse();
    Ok(out)
}

/// `b.splitlines(keepends)`: splits at `\n`, `\r` and `\r\n` only.
pub fn splitlines(b: &[u8], keepends: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let n = b.len();
    let (mut i, mut j) = (0, 0);
    while i < n {
        while i < n && b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            if b[i] == b'\r' && i + 1 < n && b[i + 1] == b'\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        out.push(b[j..eol].to_vec());
        j = i;
    }
    out
}

/// Strip helper: `chars == None` strips ASCII whitespace.
fn strip_range<'a>(b: &'a [u8], chars: Option<&[u8]>, left: bool, right: bool) -> &'a [u8] {
    let strip_it = |c: u8| match chars {
        None => is_space(c),
        Some(set) => set.contains(&c),
    };
    let mut s = 0;
    let mut e = b.len();
    if left {
        while s < e && strip_it(b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip_it(b[e - 1]) {
            e -= 1;
        }
    }
    &b[s..e]
}

/// `b.strip(chars)`: removes leading and trailing bytes in `chars` (ASCII
/// whitespace when `None`).
pub fn strip(b: &[u8], chars: Option<&[u8]>) -> Vec<u8> {
    strip_range(b, chars, true, true).to_vec()
}

/// `b.lstrip(chars)`.
pub fn lstrip(b: &[u8], chars: Option<&[u8]>) -> Vec<u8> {
    strip_range(b, chars, true, false).to_vec()
}

/// `b.rstrip(chars)`.
pub fn rstrip(b: &[u8], chars: Option<&[u8]>) -> Vec<u8> {
    strip_range(b, chars, false, true).to_vec()
}

/// The `(before, sep, after)` triple returned by [`partition`]/[`rpartition`].
pub type Parts = (Vec<u8>, Vec<u8>, Vec<u8>);

/// `b.partition(sep)`: `(before, sep, after)` or `(b, b'', b'')`.
pub fn partition(b: &[u8], sep: &[u8]) -> Result<Parts, TextError> {
    if sep.is_empty() {
        return Err(TextError::value("empty separator"));
    }
    Ok(match find_sub(b, sep) {
        Some(i) => (b[..i].to_vec(), sep.to_vec(), b[i + sep.len()..].to_vec()),
        None => (b.to_vec(), Vec::new(), Vec::new()),
    })
}

/// `b.rpartition(sep)`: split at the last `sep`, or `(b'', b'', b)`.
pub fn rpartition(b: &[u8], sep: &[u8]) -> Result<Parts, TextError> {
    if sep.is_empty() {
        return Err(TextError::value("empty separator"));
    }
    Ok(match rfind_sub(b, sep) {
        Some(i) => (b[..i].to_vec(), sep.to_vec(), b[i + sep.len()..].to_vec()),
        None => (Vec::new(), Vec::new(), b.to_vec()),
    })
}

/// `b.replace(old, new, count)`: first `count` occurrences (all if negative);
/// an empty `old` inserts `new` before each byte and at the end.
pub fn replace(b: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let mut remaining = max_count(count);
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        for &c in b {
            if remaining > 0 {
                out.extend_from_slice(new);
                remaining -= 1;
            }
            out.push(c);
        }
        if remaining > 0 {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut rest = b;
    while remaining > 0 {
        let Some(i) = find_sub(rest, old) else { break };
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(new);
        rest = &rest[i + old.len()..];
        remaining -= 1;
    }
    out.extend_from_slice(rest);
    out
}

/// `b.expandtabs(tabsize)`: as `str.expandtabs`, on bytes.
pub fn expandtabs(b: &[u8], tabsize: i64) -> Result<Vec<u8>, TextError> {
    let overflow = || TextError::OverflowError("result too long".to_string());
    let mut out = Vec::with_capacity(b.len());
    let mut col: i64 = 0;
    for &c in b {
        match c {
            b'\t' => {
                if tabsize > 0 {
                    let incr = tabsize - col % tabsize;
                    col = col.checked_add(incr).ok_or_else(overflow)?;
                    if col > isize::MAX as i64 {
                        return Err(overflow());
                    }
                    out.resize(out.len() + incr as usize, b' ');
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(out)
}

/// `b.upper()` (ASCII only).
pub fn upper(b: &[u8]) -> Vec<u8> {
    b.to_ascii_uppercase()
}

/// `b.lower()` (ASCII only).
pub fn lower(b: &[u8]) -> Vec<u8> {
    b.to_ascii_lowercase()
}

/// `b.swapcase()` (ASCII only).
pub fn swapcase(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&c| {
            if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect()
}

/// `b.title()`: ASCII letters after a letter are lowercased, others
/// uppercased.
pub fn title(b: &[u8]) -> Vec<u8> {
    let mut previous_is_cased = false;
    b.iter()
        .map(|&c| {
            if c.is_ascii_lowercase() {
                let r = if previous_is_cased {
                    c
                } else {
                    c.to_ascii_uppercase()
                };
                previous_is_cased = true;
                r
            } else if c.is_ascii_uppercase() {
                let r = if previous_is_cased {
                    c.to_ascii_lowercase()
                } else {
                    c
                };
                previous_is_cased = true;
                r
            } else {
                previous_is_cased = false;
                c
            }
        })
        .collect()
}

/// `b.capitalize()`: first byte uppercased, the rest lowercased (ASCII).
pub fn capitalize(b: &[u8]) -> Vec<u8> {
    b.iter()
        .enumerate()
        .map(|(i, &c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

/// Non-empty and all bytes satisfy `pred`.
fn all_nonempty(b: &[u8], pred: impl Fn(&u8) -> bool) -> bool {
    !b.is_empty() && b.iter().all(pred)
}

/// `b.isalnum()` (ASCII letters and digits; false when empty).
pub fn isalnum(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_alphanumeric)
}

/// `b.isalpha()` (ASCII letters; false when empty).
pub fn isalpha(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_alphabetic)
}

/// `b.isdigit()` (ASCII digits; false when empty).
pub fn isdigit(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_digit)
}

/// `b.isspace()` (`Py_ISSPACE`; false when empty).
pub fn isspace(b: &[u8]) -> bool {
    all_nonempty(b, |&c| is_space(c))
}

/// `b.isascii()` (true when empty).
pub fn isascii(b: &[u8]) -> bool {
    b.is_ascii()
}

/// `b.islower()`: no ASCII uppercase and at least one ASCII lowercase.
pub fn islower(b: &[u8]) -> bool {
    !b.iter().any(u8::is_ascii_uppercase) && b.iter().any(u8::is_ascii_lowercase)
}

/// `b.isupper()`: no ASCII lowercase and at least one ASCII uppercase.
pub fn isupper(b: &[u8]) -> bool {
    !b.iter().any(u8::is_ascii_lowercase) && b.iter().any(u8::is_ascii_uppercase)
}

/// `b.istitle()`: as `str.istitle` with ASCII case classes.
pub fn istitle(b: &[u8]) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for &c in b {
        if c.is_ascii_uppercase() {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

/// `left` fill bytes, `b`, `right` fill bytes.
fn pad(b: &[u8], left: usize, right: usize, fill: u8) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len() + left + right);
    out.resize(left, fill);
    out.extend_from_slice(b);
    out.resize(out.len() + right, fill);
    out
}

/// `b.center(width, fillbyte)` (same odd-margin rule as `str.center`).
pub fn center(b: &[u8], width: i64, fill: u8) -> Vec<u8> {
    let len = b.len() as i64;
    if width <= len {
        return b.to_vec();
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    pad(b, left as usize, (marg - left) as usize, fill)
}

/// `b.ljust(width, fillbyte)`.
pub fn ljust(b: &[u8], width: i64, fill: u8) -> Vec<u8> {
    let len = b.len() as i64;
    if width <= len {
        return b.to_vec();
    }
    pad(b, 0, (width - len) as usize, fill)
}

/// `b.rjust(width, fillbyte)`.
pub fn rjust(b: &[u8], width: i64, fill: u8) -> Vec<u8> {
    let len = b.len() as i64;
    if width <= len {
        return b.to_vec();
    }
    pad(b, (width - len) as usize, 0, fill)
}

/// `b.zfill(width)`: left-pads with `b'0'` after a leading `+`/`-`.
pub fn zfill(b: &[u8], width: i64) -> Vec<u8> {
    let len = b.len() as i64;
    if width <= len {
        return b.to_vec();
    }
    let fill = (width - len) as usize;
    let mut out = pad(b, fill, 0, b'0');
    if let Some(&sign @ (b'+' | b'-')) = b.first() {
        out[0] = sign;
        out[fill] = b'0';
    }
    out
}

/// `b.hex(sep, bytes_per_sep)`. `sep` is the separator as a `str`; a `bytes`
/// separator should be passed latin-1-decoded (each byte as the char of the
/// same value) so that the checks give CPython's messages: `ValueError: sep
/// must be length 1.` / `sep must be ASCII.`. A positive `bytes_per_sep`
/// groups from the right, a negative one from the left, 0 means no separator.
pub fn hex(b: &[u8], sep: Option<&str>, bytes_per_sep: i64) -> Result<String, TextError> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let sep_char = match sep {
        None => None,
        Some(s) => {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) if c.is_ascii() => Some(c),
                (Some(_), None) => return Err(TextError::value("sep must be ASCII.")),
                _ => return Err(TextError::value("sep must be length 1.")),
            }
        }
    };
    let group = bytes_per_sep.unsigned_abs() as usize;
    let mut out = String::with_capacity(b.len() * 3);
    for (i, &c) in b.iter().enumerate() {
        if let Some(sep) = sep_char {
            if i > 0 && group > 0 {
                let boundary = if bytes_per_sep < 0 {
                    i.is_multiple_of(group)
                } else {
                    (b.len() - i).is_multiple_of(group)
                };
                if boundary {
                    out.push(sep);
                }
            }
        }
        out.push(DIGITS[(c >> 4) as usize] as char);
        out.push(DIGITS[(c & 15) as usize] as char);
    }
    Ok(out)
}

/// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed between
/// pairs. Errors are `ValueError: non-hexadecimal number found in fromhex()
/// arg at position N` with CPython's `N` (a code point index; for a non-ASCII
/// string CPython reports the first non-ASCII character, even if an earlier
/// character is also invalid; an odd trailing digit reports `len(s)`).
pub fn fromhex(s: &str) -> Result<Vec<u8>, TextError> {
    let err = |pos: usize| {
        TextError::ValueError(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    if !s.is_ascii() {
        let pos = s.chars().position(|c| !c.is_ascii()).unwrap_or(0);
        return Err(err(pos));
    }
    let b = s.as_bytes();
    let n = b.len();
    let mut out = Vec::with_capacity(n / 2);
    let mut i = 0;
    while i < n {
        if is_space(b[i]) {
            while i < n && is_space(b[i]) {
                i += 1;
            }
            if i >= n {
                break;
            }
        }
        let top = (b[i] as char).to_digit(16).ok_or_else(|| err(i))?;
        i += 1;
        let bot = b
            .get(i)
            .and_then(|&c| (c as char).to_digit(16))
            .ok_or_else(|| err(i))?;
        i += 1;
        out.push((top * 16 + bot) as u8);
    }
    Ok(out)
}

/// `bytes.maketrans(from, to)`: the 256-byte table mapping each byte of
/// `from` to the byte of `to` at the same position.
pub fn maketrans(from: &[u8], to: &[u8]) -> Result<Vec<u8>, TextError> {
    if from.len() != to.len() {
        return Err(TextError::value(
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in from.iter().zip(to) {
        table[f as usize] = t;
    }
    Ok(table)
}

/// `b.translate(table, delete)`: drops bytes in `delete`, then maps the rest
/// through `table` (identity when `None`); a table that is not 256 bytes long
/// is `ValueError: translation table must be 256 characters long`.
pub fn translate(b: &[u8], table: Option<&[u8]>, delete: &[u8]) -> Result<Vec<u8>, TextError> {
    if let Some(t) = table {
        if t.len() != 256 {
            return Err(TextError::value(
                "translation table must be 256 characters long",
            ));
        }
    }
    let mut deleted = [false; 256];
    for &d in delete {
        deleted[d as usize] = true;
    }
    Ok(b.iter()
        .filter(|&&c| !deleted[c as usize])
        .map(|&c| table.map_or(c, |t| t[c as usize]))
        .collect())
}

// ---- tests below are generated by tests_gen.py from CPython 3.11; do not edit by hand ----
#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;

    #[rustfmt::skip]
    const SPLIT: &[(&[u8], Option<&[u8]>, i64, &[&[u8]], &[&[u8]])] = &[
        (b"", None, -1, &[], &[]),
        (b"", None, 0, &[], &[]),
        (b"", None, 1, &[], &[]),
        (b"", None, 2, &[], &[]),
        (b"", Some(b","), 2, &[b""], &[b""]),
        (b"", Some(b" "), 1, &[b""], &[b""]),
        (b"", Some(b" "), 2, &[b""], &[b""]),
        (b"", Some(b"--"), 1, &[b""], &[b""]),
        (b"", Some(b"--"), 2, &[b""], &[b""]),
        (b"", Some(b"a"), -1, &[b""], &[b""]),
        (b"", Some(b"a"), 0, &[b""], &[b""]),
        (b"", Some(b"a"), 2, &[b""], &[b""]),
        (b"", Some(b"aa"), 2, &[b""], &[b""]),
        (b"", Some(b"\xfe"), -1, &[b""], &[b""]),
        (b" ", None, -1, &[], &[]),
        (b" ", None, 1, &[], &[]),
        (b" ", Some(b","), 2, &[b" "], &[b" "]),
        (b" ", Some(b"--"), -1, &[b" "], &[b" "]),
        (b" ", Some(b"--"), 0, &[b" "], &[b" "]),
        (b" ", Some(b"aa"), -1, &[b" "], &[b" "]),
        (b" ", Some(b"\xfe"), -1, &[b" "], &[b" "]),
        (b" ", Some(b"\xfe"), 1, &[b" "], &[b" "]),
        (b" ", Some(b"\xfe"), 2, &[b" "], &[b" "]),
        (b"a b c", None, -1, &[b"a", b"b", b"c"], &[b"a", b"b", b"c"]),
        (b"a b c", None, 1, &[b"a", b"b c"], &[b"a b", b"c"]),
        (b"a b c", None, 2, &[b"a", b"b", b"c"], &[b"a", b"b", b"c"]),
        (b"a b c", Some(b" "), -1, &[b"a", b"b", b"c"], &[b"a", b"b", b"c"]),
        (b"a b c", Some(b"--"), 0, &[b"a b c"], &[b"a b c"]),
        (b"a b c", Some(b"a"), 0, &[b"a b c"], &[b"a b c"]),
        (b"a b c", Some(b"a"), 2, &[b"", b" b c"], &[b"", b" b c"]),
        (b"a b c", Some(b"\xfe"), -1, &[b"a b c"], &[b"a b c"]),
        (b"  a  b  c  ", None, -1, &[b"a", b"b", b"c"], &[b"a", b"b", b"c"]),
        (b"  a  b  c  ", None, 0, &[b"a  b  c  "], &[b"  a  b  c"]),
        (b"  a  b  c  ", None, 1, &[b"a", b"b  c  "], &[b"  a  b", b"c"]),
        (b"  a  b  c  ", Some(b","), -1, &[b"  a  b  c  "], &[b"  a  b  c  "]),
        (b"  a  b  c  ", Some(b","), 1, &[b"  a  b  c  "], &[b"  a  b  c  "]),
        (b"  a  b  c  ", Some(b","), 2, &[b"  a  b  c  "], &[b"  a  b  c  "]),
        (b"  a  b  c  ", Some(b" "), 2, &[b"", b"", b"a  b  c  "], &[b"  a  b  c", b"", b""]),
        (b"  a  b  c  ", Some(b"--"), -1, &[b"  a  b  c  "], &[b"  a  b  c  "]),
        (b"  a  b  c  ", Some(b"--"), 2, &[b"  a  b  c  "], &[b"  a  b  c  "]),
        (b"  a  b  c  ", Some(b"a"), 0, &[b"  a  b  c  "], &[b"  a  b  c  "]),
        (b"  a  b  c  ", Some(b"aa"), -1, &[b"  a  b  c  "], &[b"  a  b  c  "]),
        (b"  a  b  c  ", Some(b"aa"), 2, &[b"  a  b  c  "], &[b"  a  b  c  "]),
        (b"  a  b  c  ", Some(b"\xfe"), 0, &[b"  a  b  c  "], &[b"  a  b  c  "]),
        (b"a,b,,c,", None, -1, &[b"a,b,,c,"], &[b"a,b,,c,"]),
        (b"a,b,,c,", None, 1, &[b"a,b,,c,"], &[b"a,b,,c,"]),
        (b"a,b,,c,", None, 2, &[b"a,b,,c,"], &[b"a,b,,c,"]),
        (b"a,b,,c,", Some(b","), -1, &[b"a", b"b", b"", b"c", b""], &[b"a", b"b", b"", b"c", b""]),
        (b"a,b,,c,", Some(b","), 0, &[b"a,b,,c,"], &[b"a,b,,c,"]),
        (b"a,b,,c,", Some(b","), 1, &[b"a", b"b,,c,"], &[b"a,b,,c", b""]),
        (b"a,b,,c,", Some(b" "), -1, &[b"a,b,,c,"], &[b"a,b,,c,"]),
        (b"a,b,,c,", Some(b" "), 0, &[b"a,b,,c,"], &[b"a,b,,c,"]),
        (b"a,b,,c,", Some(b"--"), -1, &[b"a,b,,c,"], &[b"a,b,,c,"]),
        (b"a,b,,c,", Some(b"a"), -1, &[b"", b",b,,c,"], &[b"", b",b,,c,"]),
        (b"a,b,,c,", Some(b"a"), 0, &[b"a,b,,c,"], &[b"a,b,,c,"]),
        (b"a,b,,c,", Some(b"aa"), 1, &[b"a,b,,c,"], &[b"a,b,,c,"]),
        (b"a,b,,c,", Some(b"\xfe"), -1, &[b"a,b,,c,"], &[b"a,b,,c,"]),
        (b"a,b,,c,", Some(b"\xfe"), 0, &[b"a,b,,c,"], &[b"a,b,,c,"]),
        (b"a,b,,c,", Some(b"\xfe"), 1, &[b"a,b,,c,"], &[b"a,b,,c,"]),
        (b"a,b,,c,", Some(b"\xfe"), 2, &[b"a,b,,c,"], &[b"a,b,,c,"]),
        (b"a\tb\nc\x0bd\x0ce\rf", None, -1, &[b"a", b"b", b"c", b"d", b"e", b"f"], &[b"a", b"b", b"c", b"d", b"e", b"f"]),
        (b"a\tb\nc\x0bd\x0ce\rf", None, 0, &[b"a\tb\nc\x0bd\x0ce\rf"], &[b"a\tb\nc\x0bd\x0ce\rf"]),
        (b"a\tb\nc\x0bd\x0ce\rf", None, 1, &[b"a", b"b\nc\x0bd\x0ce\rf"], &[b"a\tb\nc\x0bd\x0ce", b"f"]),
        (b"a\tb\nc\x0bd\x0ce\rf", None, 2, &[b"a", b"b", b"c\x0bd\x0ce\rf"], &[b"a\tb\nc\x0bd", b"e", b"f"]),
        (b"a\tb\nc\x0bd\x0ce\rf", Some(b" "), -1, &[b"a\tb\nc\x0bd\x0ce\rf"], &[b"a\tb\nc\x0bd\x0ce\rf"]),
        (b"a\tb\nc\x0bd\x0ce\rf", Some(b" "), 1, &[b"a\tb\nc\x0bd\x0ce\rf"], &[b"a\tb\nc\x0bd\x0ce\rf"]),
        (b"a\tb\nc\x0bd\x0ce\rf", Some(b"--"), -1, &[b"a\tb\nc\x0bd\x0ce\rf"], &[b"a\tb\nc\x0bd\x0ce\rf"]),
        (b"a\tb\nc\x0bd\x0ce\rf", Some(b"--"), 1, &[b"a\tb\nc\x0bd\x0ce\rf"], &[b"a\tb\nc\x0bd\x0ce\rf"]),
        (b"a\tb\nc\x0bd\x0ce\rf", Some(b"a"), -1, &[b"", b"\tb\nc\x0bd\x0ce\rf"], &[b"", b"\tb\nc\x0bd\x0ce\rf"]),
        (b"a\tb\nc\x0bd\x0ce\rf", Some(b"a"), 2, &[b"", b"\tb\nc\x0bd\x0ce\rf"], &[b"", b"\tb\nc\x0bd\x0ce\rf"]),
        (b"a\tb\nc\x0bd\x0ce\rf", Some(b"aa"), 2, &[b"a\tb\nc\x0bd\x0ce\rf"], &[b"a\tb\nc\x0bd\x0ce\rf"]),
        (b"a\tb\nc\x0bd\x0ce\rf", Some(b"\xfe"), 1, &[b"a\tb\nc\x0bd\x0ce\rf"], &[b"a\tb\nc\x0bd\x0ce\rf"]),
        (b"a\x1cb\x1fc", None, -1, &[b"a\x1cb\x1fc"], &[b"a\x1cb\x1fc"]),
        (b"a\x1cb\x1fc", None, 0, &[b"a\x1cb\x1fc"], &[b"a\x1cb\x1fc"]),
        (b"a\x1cb\x1fc", None, 1, &[b"a\x1cb\x1fc"], &[b"a\x1cb\x1fc"]),
        (b"a\x1cb\x1fc", None, 2, &[b"a\x1cb\x1fc"], &[b"a\x1cb\x1fc"]),
        (b"a\x1cb\x1fc", Some(b","), 0, &[b"a\x1cb\x1fc"], &[b"a\x1cb\x1fc"]),
        (b"a\x1cb\x1fc", Some(b","), 2, &[b"a\x1cb\x1fc"], &[b"a\x1cb\x1fc"]),
        (b"a\x1cb\x1fc", Some(b" "), -1, &[b"a\x1cb\x1fc"], &[b"a\x1cb\x1fc"]),
        (b"a\x1cb\x1fc", Some(b"a"), -1, &[b"", b"\x1cb\x1fc"], &[b"", b"\x1cb\x1fc"]),
        (b"a\x1cb\x1fc", Some(b"a"), 2, &[b"", b"\x1cb\x1fc"], &[b"", b"\x1cb\x1fc"]),
        (b"a\x1cb\x1fc", Some(b"\xfe"), 0, &[b"a\x1cb\x1fc"], &[b"a\x1cb\x1fc"]),
        (b"a\x85b\xa0c", None, -1, &[b"a\x85b\xa0c"], &[b"a\x85b\xa0c"]),
        (b"a\x85b\xa0c", None, 1, &[b"a\x85b\xa0c"], &[b"a\x85b\xa0c"]),
        (b"a\x85b\xa0c", None, 2, &[b"a\x85b\xa0c"], &[b"a\x85b\xa0c"]),
        (b"a\x85b\xa0c", Some(b","), -1, &[b"a\x85b\xa0c"], &[b"a\x85b\xa0c"]),
        (b"a\x85b\xa0c", Some(b","), 0, &[b"a\x85b\xa0c"], &[b"a\x85b\xa0c"]),
        (b"a\x85b\xa0c", Some(b","), 2, &[b"a\x85b\xa0c"], &[b"a\x85b\xa0c"]),
        (b"a\x85b\xa0c", Some(b" "), -1, &[b"a\x85b\xa0c"], &[b"a\x85b\xa0c"]),
        (b"a\x85b\xa0c", Some(b" "), 1, &[b"a\x85b\xa0c"], &[b"a\x85b\xa0c"]),
        (b"a\x85b\xa0c", Some(b"a"), 1, &[b"", b"\x85b\xa0c"], &[b"", b"\x85b\xa0c"]),
        (b"a\x85b\xa0c", Some(b"a"), 2, &[b"", b"\x85b\xa0c"], &[b"", b"\x85b\xa0c"]),
        (b"a\x85b\xa0c", Some(b"aa"), -1, &[b"a\x85b\xa0c"], &[b"a\x85b\xa0c"]),
        (b"a\x85b\xa0c", Some(b"\xfe"), 0, &[b"a\x85b\xa0c"], &[b"a\x85b\xa0c"]),
        (b"aaa", None, -1, &[b"aaa"], &[b"aaa"]),
        (b"aaa", None, 0, &[b"aaa"], &[b"aaa"]),
        (b"aaa", None, 1, &[b"aaa"], &[b"aaa"]),
        (b"aaa", Some(b","), -1, &[b"aaa"], &[b"aaa"]),
        (b"aaa", Some(b","), 0, &[b"aaa"], &[b"aaa"]),
        (b"aaa", Some(b","), 1, &[b"aaa"], &[b"aaa"]),
        (b"aaa", Some(b" "), 1, &[b"aaa"], &[b"aaa"]),
        (b"aaa", Some(b"a"), -1, &[b"", b"", b"", b""], &[b"", b"", b"", b""]),
        (b"aaa", Some(b"a"), 2, &[b"", b"", b"a"], &[b"a", b"", b""]),
        (b"aaa", Some(b"aa"), -1, &[b"", b"a"], &[b"a", b""]),
        (b"aaa", Some(b"aa"), 0, &[b"aaa"], &[b"aaa"]),
        (b"one--two", None, -1, &[b"one--two"], &[b"one--two"]),
        (b"one--two", None, 0, &[b"one--two"], &[b"one--two"]),
        (b"one--two", None, 1, &[b"one--two"], &[b"one--two"]),
        (b"one--two", None, 2, &[b"one--two"], &[b"one--two"]),
        (b"one--two", Some(b","), 0, &[b"one--two"], &[b"one--two"]),
        (b"one--two", Some(b","), 2, &[b"one--two"], &[b"one--two"]),
        (b"one--two", Some(b" "), 0, &[b"one--two"], &[b"one--two"]),
        (b"one--two", Some(b" "), 2, &[b"one--two"], &[b"one--two"]),
        (b"one--two", Some(b"--"), 1, &[b"one", b"two"], &[b"one", b"two"]),
        (b"one--two", Some(b"a"), 1, &[b"one--two"], &[b"one--two"]),
        (b"one--two", Some(b"a"), 2, &[b"one--two"], &[b"one--two"]),
        (b"one--two", Some(b"aa"), -1, &[b"one--two"], &[b"one--two"]),
        (b"one--two", Some(b"aa"), 2, &[b"one--two"], &[b"one--two"]),
        (b"one--two", Some(b"\xfe"), -1, &[b"one--two"], &[b"one--two"]),
        (b"one--two", Some(b"\xfe"), 1, &[b"one--two"], &[b"one--two"]),
        (b"\xff,\xfe", None, -1, &[b"\xff,\xfe"], &[b"\xff,\xfe"]),
        (b"\xff,\xfe", None, 0, &[b"\xff,\xfe"], &[b"\xff,\xfe"]),
        (b"\xff,\xfe", None, 1, &[b"\xff,\xfe"], &[b"\xff,\xfe"]),
        (b"\xff,\xfe", Some(b" "), -1, &[b"\xff,\xfe"], &[b"\xff,\xfe"]),
        (b"\xff,\xfe", Some(b" "), 0, &[b"\xff,\xfe"], &[b"\xff,\xfe"]),
        (b"\xff,\xfe", Some(b" "), 1, &[b"\xff,\xfe"], &[b"\xff,\xfe"]),
        (b"\xff,\xfe", Some(b"--"), 1, &[b"\xff,\xfe"], &[b"\xff,\xfe"]),
        (b"\xff,\xfe", Some(b"a"), -1, &[b"\xff,\xfe"], &[b"\xff,\xfe"]),
        (b"\xff,\xfe", Some(b"aa"), -1, &[b"\xff,\xfe"], &[b"\xff,\xfe"]),
        (b"\xff,\xfe", Some(b"\xfe"), -1, &[b"\xff,", b""], &[b"\xff,", b""]),
        (b"\xff,\xfe", Some(b"\xfe"), 2, &[b"\xff,", b""], &[b"\xff,", b""]),
    ];

    #[rustfmt::skip]
    const SPLITLINES: &[(&[u8], &[&[u8]], &[&[u8]])] = &[
        (b"", &[], &[]),
        (b"\n", &[b""], &[b"\n"]),
        (b"a\nb", &[b"a", b"b"], &[b"a\n", b"b"]),
        (b"a\r\nb", &[b"a", b"b"], &[b"a\r\n", b"b"]),
        (b"a\rb", &[b"a", b"b"], &[b"a\r", b"b"]),
        (b"a\n\rb", &[b"a", b"", b"b"], &[b"a\n", b"\r", b"b"]),
        (b"a\x0bb\x0cc\x1cd", &[b"a\x0bb\x0cc\x1cd"], &[b"a\x0bb\x0cc\x1cd"]),
        (b"a\r", &[b"a"], &[b"a\r"]),
        (b"\r\n\r\n", &[b"", b""], &[b"\r\n", b"\r\n"]),
        (b"a\x85b", &[b"a\x85b"], &[b"a\x85b"]),
    ];

    #[rustfmt::skip]
    const STRIP: &[(&[u8], Option<&[u8]>, &[u8], &[u8], &[u8])] = &[
        (b"", None, b"", b"", b""),
        (b"", Some(b""), b"", b"", b""),
        (b"", Some(b"x"), b"", b"", b""),
        (b"", Some(b"ab"), b"", b"", b""),
        (b"", Some(b"\xa0\x1c"), b"", b"", b""),
        (b"  ", None, b"", b"", b""),
        (b"  ", Some(b""), b"  ", b"  ", b"  "),
        (b"  ", Some(b"x"), b"  ", b"  ", b"  "),
        (b"  ", Some(b"ab"), b"  ", b"  ", b"  "),
        (b"  ", Some(b"\xa0\x1c"), b"  ", b"  ", b"  "),
        (b" \t\n\r\x0b\x0ca\x0c ", None, b"a", b"a\x0c ", b" \t\n\r\x0b\x0ca"),
        (b" \t\n\r\x0b\x0ca\x0c ", Some(b""), b" \t\n\r\x0b\x0ca\x0c ", b" \t\n\r\x0b\x0ca\x0c ", b" \t\n\r\x0b\x0ca\x0c "),
        (b" \t\n\r\x0b\x0ca\x0c ", Some(b"x"), b" \t\n\r\x0b\x0ca\x0c ", b" \t\n\r\x0b\x0ca\x0c ", b" \t\n\r\x0b\x0ca\x0c "),
        (b" \t\n\r\x0b\x0ca\x0c ", Some(b"ab"), b" \t\n\r\x0b\x0ca\x0c ", b" \t\n\r\x0b\x0ca\x0c ", b" \t\n\r\x0b\x0ca\x0c "),
        (b" \t\n\r\x0b\x0ca\x0c ", Some(b"\xa0\x1c"), b" \t\n\r\x0b\x0ca\x0c ", b" \t\n\r\x0b\x0ca\x0c ", b" \t\n\r\x0b\x0ca\x0c "),
        (b"\x1ca\x1c", None, b"\x1ca\x1c", b"\x1ca\x1c", b"\x1ca\x1c"),
        (b"\x1ca\x1c", Some(b""), b"\x1ca\x1c", b"\x1ca\x1c", b"\x1ca\x1c"),
        (b"\x1ca\x1c", Some(b"x"), b"\x1ca\x1c", b"\x1ca\x1c", b"\x1ca\x1c"),
        (b"\x1ca\x1c", Some(b"ab"), b"\x1ca\x1c", b"\x1ca\x1c", b"\x1ca\x1c"),
        (b"\x1ca\x1c", Some(b"\xa0\x1c"), b"a", b"a\x1c", b"\x1ca"),
        (b"\xa0a\xa0", None, b"\xa0a\xa0", b"\xa0a\xa0", b"\xa0a\xa0"),
        (b"\xa0a\xa0", Some(b""), b"\xa0a\xa0", b"\xa0a\xa0", b"\xa0a\xa0"),
        (b"\xa0a\xa0", Some(b"x"), b"\xa0a\xa0", b"\xa0a\xa0", b"\xa0a\xa0"),
        (b"\xa0a\xa0", Some(b"ab"), b"\xa0a\xa0", b"\xa0a\xa0", b"\xa0a\xa0"),
        (b"\xa0a\xa0", Some(b"\xa0\x1c"), b"a", b"a\xa0", b"\xa0a"),
        (b"xxaxx", None, b"xxaxx", b"xxaxx", b"xxaxx"),
        (b"xxaxx", Some(b""), b"xxaxx", b"xxaxx", b"xxaxx"),
        (b"xxaxx", Some(b"x"), b"a", b"axx", b"xxa"),
        (b"xxaxx", Some(b"ab"), b"xxaxx", b"xxaxx", b"xxaxx"),
        (b"xxaxx", Some(b"\xa0\x1c"), b"xxaxx", b"xxaxx", b"xxaxx"),
        (b"abcba", None, b"abcba", b"abcba", b"abcba"),
        (b"abcba", Some(b""), b"abcba", b"abcba", b"abcba"),
        (b"abcba", Some(b"x"), b"abcba", b"abcba", b"abcba"),
        (b"abcba", Some(b"ab"), b"c", b"cba", b"abc"),
        (b"abcba", Some(b"\xa0\x1c"), b"abcba", b"abcba", b"abcba"),
    ];

    #[rustfmt::skip]
    const FIND: &[(&[u8], &[u8], Option<i64>, Option<i64>, i64, i64, usize, bool, bool)] = &[
        (b"", b"", Some(-2), Some(-2), 0, 0, 1, true, true),
        (b"", b"", Some(5), Some(1), -1, -1, 0, false, false),
        (b"", b"", None, Some(2), 0, 0, 1, true, true),
        (b"", b"", None, Some(3), 0, 0, 1, true, true),
        (b"", b"", Some(-2), Some(2), 0, 0, 1, true, true),
        (b"", b"", None, None, 0, 0, 1, true, true),
        (b"", b"a", Some(-100), None, -1, -1, 0, false, false),
        (b"", b"a", Some(100), Some(-100), -1, -1, 0, false, false),
        (b"", b"a", Some(-2), Some(100), -1, -1, 0, false, false),
        (b"", b"a", Some(100), Some(5), -1, -1, 0, false, false),
        (b"", b"a", Some(1), Some(-1), -1, -1, 0, false, false),
        (b"", b"a", None, None, -1, -1, 0, false, false),
        (b"", b"b", Some(3), Some(-2), -1, -1, 0, false, false),
        (b"", b"b", Some(-1), Some(2), -1, -1, 0, false, false),
        (b"", b"b", Some(-2), Some(5), -1, -1, 0, false, false),
        (b"", b"b", Some(5), None, -1, -1, 0, false, false),
        (b"", b"b", Some(-2), Some(3), -1, -1, 0, false, false),
        (b"", b"b", None, None, -1, -1, 0, false, false),
        (b"", b"ab", Some(0), Some(3), -1, -1, 0, false, false),
        (b"", b"ab", Some(-2), Some(1), -1, -1, 0, false, false),
        (b"", b"ab", Some(-2), Some(3), -1, -1, 0, false, false),
        (b"", b"ab", None, Some(-2), -1, -1, 0, false, false),
        (b"", b"ab", Some(0), Some(2), -1, -1, 0, false, false),
        (b"", b"ab", None, None, -1, -1, 0, false, false),
        (b"", b"\xff", Some(-1), Some(1), -1, -1, 0, false, false),
        (b"", b"\xff", Some(3), Some(2), -1, -1, 0, false, false),
        (b"", b"\xff", Some(100), Some(0), -1, -1, 0, false, false),
        (b"", b"\xff", Some(-2), Some(2), -1, -1, 0, false, false),
        (b"", b"\xff", Some(-1), Some(5), -1, -1, 0, false, false),
        (b"", b"\xff", None, None, -1, -1, 0, false, false),
        (b"", b"x", Some(-2), Some(1), -1, -1, 0, false, false),
        (b"", b"x", Some(2), Some(3), -1, -1, 0, false, false),
        (b"", b"x", Some(2), Some(-100), -1, -1, 0, false, false),
        (b"", b"x", Some(2), Some(0), -1, -1, 0, false, false),
        (b"", b"x", Some(-1), Some(-1), -1, -1, 0, false, false),
        (b"", b"x", None, None, -1, -1, 0, false, false),
        (b"", b"aa", Some(-1), Some(100), -1, -1, 0, false, false),
        (b"", b"aa", Some(-1), Some(0), -1, -1, 0, false, false),
        (b"", b"aa", Some(0), Some(2), -1, -1, 0, false, false),
        (b"", b"aa", Some(0), Some(-2), -1, -1, 0, false, false),
        (b"", b"aa", Some(5), Some(100), -1, -1, 0, false, false),
        (b"", b"aa", None, None, -1, -1, 0, false, false),
        (b"", b"abc", Some(0), Some(2), -1, -1, 0, false, false),
        (b"", b"abc", Some(2), Some(5), -1, -1, 0, false, false),
        (b"", b"abc", None, Some(0), -1, -1, 0, false, false),
        (b"", b"abc", Some(-2), Some(100), -1, -1, 0, false, false),
        (b"", b"abc", Some(-100), Some(100), -1, -1, 0, false, false),
        (b"", b"abc", None, None, -1, -1, 0, false, false),
        (b"", b"bab", Some(100), Some(-1), -1, -1, 0, false, false),
        (b"", b"bab", Some(-2), Some(-2), -1, -1, 0, false, false),
        (b"", b"bab", Some(1), Some(2), -1, -1, 0, false, false),
        (b"", b"bab", Some(3), Some(2), -1, -1, 0, false, false),
        (b"", b"bab", Some(1), Some(5), -1, -1, 0, false, false),
        (b"", b"bab", None, None, -1, -1, 0, false, false),
        (b"abc", b"", Some(0), Some(2), 0, 2, 3, true, true),
        (b"abc", b"", Some(1), Some(3), 1, 3, 3, true, true),
        (b"abc", b"", Some(-2), Some(5), 1, 3, 3, true, true),
        (b"abc", b"", Some(-2), Some(3), 1, 3, 3, true, true),
        (b"abc", b"", Some(-1), Some(-1), 2, 2, 1, true, true),
        (b"abc", b"", None, None, 0, 3, 4, true, true),
        (b"abc", b"a", None, Some(-2), 0, 0, 1, true, true),
        (b"abc", b"a", Some(5), Some(0), -1, -1, 0, false, false),
        (b"abc", b"a", Some(100), Some(100), -1, -1, 0, false, false),
        (b"abc", b"a", Some(0), Some(5), 0, 0, 1, true, false),
        (b"abc", b"a", Some(100), Some(-1), -1, -1, 0, false, false),
        (b"abc", b"a", None, None, 0, 0, 1, true, false),
        (b"abc", b"b", Some(-2), Some(3), 1, 1, 1, true, false),
        (b"abc", b"b", Some(5), Some(3), -1, -1, 0, false, false),
        (b"abc", b"b", Some(1), Some(-2), -1, -1, 0, false, false),
        (b"abc", b"b", Some(-1), Some(0), -1, -1, 0, false, false),
        (b"abc", b"b", Some(-1), Some(3), -1, -1, 0, false, false),
        (b"abc", b"b", None, None, 1, 1, 1, false, false),
        (b"abc", b"ab", Some(100), Some(3), -1, -1, 0, false, false),
        (b"abc", b"ab", Some(5), Some(100), -1, -1, 0, false, false),
        (b"abc", b"ab", Some(100), Some(5), -1, -1, 0, false, false),
        (b"abc", b"ab", Some(-2), Some(-1), -1, -1, 0, false, false),
        (b"abc", b"ab", Some(0), Some(-2), -1, -1, 0, false, false),
        (b"abc", b"ab", None, None, 0, 0, 1, true, false),
        (b"abc", b"\xff", Some(3), Some(100), -1, -1, 0, false, false),
        (b"abc", b"\xff", Some(100), Some(-100), -1, -1, 0, false, false),
        (b"abc", b"\xff", Some(-1), None, -1, -1, 0, false, false),
        (b"abc", b"\xff", Some(5), Some(1), -1, -1, 0, false, false),
        (b"abc", b"\xff", Some(1), Some(5), -1, -1, 0, false, false),
        (b"abc", b"\xff", None, None, -1, -1, 0, false, false),
        (b"abc", b"x", Some(2), Some(0), -1, -1, 0, false, false),
        (b"abc", b"x", Some(0), Some(-1), -1, -1, 0, false, false),
        (b"abc", b"x", Some(0), Some(3), -1, -1, 0, false, false),
        (b"abc", b"x", Some(-2), None, -1, -1, 0, false, false),
        (b"abc", b"x", Some(3), Some(100), -1, -1, 0, false, false),
        (b"abc", b"x", None, None, -1, -1, 0, false, false),
        (b"abc", b"aa", Some(100), Some(1), -1, -1, 0, false, false),
        (b"abc", b"aa", Some(2), Some(-100), -1, -1, 0, false, false),
        (b"abc", b"aa", Some(0), Some(100), -1, -1, 0, false, false),
        (b"abc", b"aa", Some(-2), Some(0), -1, -1, 0, false, false),
        (b"abc", b"aa", Some(-2), Some(100), -1, -1, 0, false, false),
        (b"abc", b"aa", None, None, -1, -1, 0, false, false),
        (b"abc", b"abc", Some(100), Some(-1), -1, -1, 0, false, false),
        (b"abc", b"abc", Some(-2), Some(-2), -1, -1, 0, false, false),
        (b"abc", b"abc", Some(5), Some(5), -1, -1, 0, false, false),
        (b"abc", b"abc", Some(100), Some(5), -1, -1, 0, false, false),
        (b"abc", b"abc", Some(2), Some(100), -1, -1, 0, false, false),
        (b"abc", b"abc", None, None, 0, 0, 1, true, true),
        (b"abc", b"bab", Some(1), Some(1), -1, -1, 0, false, false),
        (b"abc", b"bab", Some(2), Some(3), -1, -1, 0, false, false),
        (b"abc", b"bab", Some(100), None, -1, -1, 0, false, false),
        (b"abc", b"bab", Some(2), Some(1), -1, -1, 0, false, false),
        (b"abc", b"bab", Some(0), Some(-2), -1, -1, 0, false, false),
        (b"abc", b"bab", None, None, -1, -1, 0, false, false),
        (b"ababab", b"", Some(1), Some(3), 1, 3, 3, true, true),
        (b"ababab", b"", Some(-1), Some(-2), -1, -1, 0, false, false),
        (b"ababab", b"", Some(3), Some(-2), 3, 4, 2, true, true),
        (b"ababab", b"", Some(-1), Some(2), -1, -1, 0, false, false),
        (b"ababab", b"", None, Some(100), 0, 6, 7, true, true),
        (b"ababab", b"", None, None, 0, 6, 7, true, true),
        (b"ababab", b"a", Some(-100), Some(-2), 0, 2, 2, true, false),
        (b"ababab", b"a", Some(1), Some(-1), 2, 4, 2, false, true),
        (b"ababab", b"a", Some(100), Some(-2), -1, -1, 0, false, false),
        (b"ababab", b"a", Some(2), Some(1), -1, -1, 0, false, false),
        (b"ababab", b"a", None, Some(-2), 0, 2, 2, true, false),
        (b"ababab", b"a", None, None, 0, 4, 3, true, false),
        (b"ababab", b"b", Some(-1), Some(3), -1, -1, 0, false, false),
        (b"ababab", b"b", Some(5), Some(2), -1, -1, 0, false, false),
        (b"ababab", b"b", Some(100), Some(-2), -1, -1, 0, false, false),
        (b"ababab", b"b", Some(-100), Some(-100), -1, -1, 0, false, false),
        (b"ababab", b"b", Some(0), Some(0), -1, -1, 0, false, false),
        (b"ababab", b"b", None, None, 1, 5, 3, false, true),
        (b"ababab", b"ab", Some(3), None, 4, 4, 1, false, true),
        (b"ababab", b"ab", Some(-1), Some(100), -1, -1, 0, false, false),
        (b"ababab", b"ab", None, Some(-100), -1, -1, 0, false, false),
        (b"ababab", b"ab", Some(3), Some(1), -1, -1, 0, false, false),
        (b"ababab", b"ab", Some(3), Some(-100), -1, -1, 0, false, false),
        (b"ababab", b"ab", None, None, 0, 4, 3, true, true),
        (b"ababab", b"\xff", Some(-1), Some(5), -1, -1, 0, false, false),
        (b"ababab", b"\xff", Some(100), None, -1, -1, 0, false, false),
        (b"ababab", b"\xff", Some(2), Some(3), -1, -1, 0, false, false),
        (b"ababab", b"\xff", Some(100), Some(5), -1, -1, 0, false, false),
        (b"ababab", b"\xff", Some(5), Some(2), -1, -1, 0, false, false),
        (b"ababab", b"\xff", None, None, -1, -1, 0, false, false),
        (b"ababab", b"x", Some(-1), Some(1), -1, -1, 0, false, false),
        (b"ababab", b"x", Some(0), Some(-1), -1, -1, 0, false, false),
        (b"ababab", b"x", Some(5), None, -1, -1, 0, false, false),
        (b"ababab", b"x", Some(-1), Some(3), -1, -1, 0, false, false),
        (b"ababab", b"x", Some(-100), Some(100), -1, -1, 0, false, false),
        (b"ababab", b"x", None, None, -1, -1, 0, false, false),
        (b"ababab", b"aa", Some(3), None, -1, -1, 0, false, false),
        (b"ababab", b"aa", Some(-2), Some(5), -1, -1, 0, false, false),
        (b"ababab", b"aa", Some(100), Some(-1), -1, -1, 0, false, false),
        (b"ababab", b"aa", Some(2), Some(-1), -1, -1, 0, false, false),
        (b"ababab", b"aa", Some(1), Some(1), -1, -1, 0, false, false),
        (b"ababab", b"aa", None, None, -1, -1, 0, false, false),
        (b"ababab", b"abc", Some(0), Some(5), -1, -1, 0, false, false),
        (b"ababab", b"abc", Some(-1), Some(-2), -1, -1, 0, false, false),
        (b"ababab", b"abc", Some(2), Some(-1), -1, -1, 0, false, false),
        (b"ababab", b"abc", Some(100), Some(-1), -1, -1, 0, false, false),
        (b"ababab", b"abc", Some(0), Some(2), -1, -1, 0, false, false),
        (b"ababab", b"abc", None, None, -1, -1, 0, false, false),
        (b"ababab", b"bab", Some(100), Some(5), -1, -1, 0, false, false),
        (b"ababab", b"bab", Some(100), None, -1, -1, 0, false, false),
        (b"ababab", b"bab", Some(1), Some(0), -1, -1, 0, false, false),
        (b"ababab", b"bab", Some(5), Some(3), -1, -1, 0, false, false),
        (b"ababab", b"bab", Some(3), Some(5), -1, -1, 0, false, false),
        (b"ababab", b"bab", None, None, 1, 3, 1, false, true),
        (b"a\xffb\xffc", b"", None, Some(0), 0, 0, 1, true, true),
        (b"a\xffb\xffc", b"", Some(-1), Some(100), 4, 5, 2, true, true),
        (b"a\xffb\xffc", b"", Some(2), Some(0), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"", None, Some(5), 0, 5, 6, true, true),
        (b"a\xffb\xffc", b"", None, Some(-100), 0, 0, 1, true, true),
        (b"a\xffb\xffc", b"", None, None, 0, 5, 6, true, true),
        (b"a\xffb\xffc", b"a", Some(3), Some(-2), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"a", Some(5), Some(-100), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"a", Some(-1), Some(-2), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"a", Some(100), Some(0), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"a", Some(5), None, -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"a", None, None, 0, 0, 1, true, false),
        (b"a\xffb\xffc", b"b", Some(5), Some(100), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"b", Some(-100), Some(1), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"b", Some(3), Some(-2), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"b", Some(5), None, -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"b", Some(-2), Some(-2), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"b", None, None, 2, 2, 1, false, false),
        (b"a\xffb\xffc", b"ab", None, Some(3), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"ab", Some(-100), Some(-2), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"ab", Some(3), Some(2), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"ab", Some(5), Some(2), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"ab", Some(0), Some(-1), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"ab", None, None, -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"\xff", Some(-1), Some(1), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"\xff", Some(5), Some(3), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"\xff", Some(-1), Some(5), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"\xff", Some(2), Some(-1), 3, 3, 1, false, true),
        (b"a\xffb\xffc", b"\xff", Some(100), Some(-1), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"\xff", None, None, 1, 3, 2, false, false),
        (b"a\xffb\xffc", b"x", Some(-1), Some(-100), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"x", Some(3), Some(1), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"x", Some(-1), None, -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"x", Some(0), Some(5), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"x", Some(3), Some(2), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"x", None, None, -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"aa", Some(-100), Some(3), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"aa", Some(2), Some(1), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"aa", Some(1), Some(-100), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"aa", Some(-100), None, -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"aa", None, Some(0), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"aa", None, None, -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"abc", Some(-100), Some(0), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"abc", Some(0), Some(-1), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"abc", Some(5), Some(100), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"abc", Some(100), Some(3), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"abc", Some(0), Some(-100), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"abc", None, None, -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"bab", Some(-1), Some(-100), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"bab", Some(100), Some(2), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"bab", None, Some(-100), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"bab", Some(1), Some(1), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"bab", Some(2), Some(2), -1, -1, 0, false, false),
        (b"a\xffb\xffc", b"bab", None, None, -1, -1, 0, false, false),
        (b"aaaa", b"", Some(0), Some(-2), 0, 2, 3, true, true),
        (b"aaaa", b"", Some(-100), None, 0, 4, 5, true, true),
        (b"aaaa", b"", Some(100), Some(100), -1, -1, 0, false, false),
        (b"aaaa", b"", Some(1), Some(-2), 1, 2, 2, true, true),
        (b"aaaa", b"", Some(3), Some(5), 3, 4, 2, true, true),
        (b"aaaa", b"", None, None, 0, 4, 5, true, true),
        (b"aaaa", b"a", Some(3), Some(1), -1, -1, 0, false, false),
        (b"aaaa", b"a", None, Some(0), -1, -1, 0, false, false),
        (b"aaaa", b"a", Some(1), Some(0), -1, -1, 0, false, false),
        (b"aaaa", b"a", Some(100), Some(5), -1, -1, 0, false, false),
        (b"aaaa", b"a", Some(-100), Some(-100), -1, -1, 0, false, false),
        (b"aaaa", b"a", None, None, 0, 3, 4, true, true),
        (b"aaaa", b"b", Some(1), Some(5), -1, -1, 0, false, false),
        (b"aaaa", b"b", Some(0), Some(100), -1, -1, 0, false, false),
        (b"aaaa", b"b", None, Some(0), -1, -1, 0, false, false),
        (b"aaaa", b"b", Some(100), Some(-100), -1, -1, 0, false, false),
        (b"aaaa", b"b", Some(3), Some(5), -1, -1, 0, false, false),
        (b"aaaa", b"b", None, None, -1, -1, 0, false, false),
        (b"aaaa", b"ab", Some(100), Some(0), -1, -1, 0, false, false),
        (b"aaaa", b"ab", Some(0), Some(3), -1, -1, 0, false, false),
        (b"aaaa", b"ab", Some(100), Some(100), -1, -1, 0, false, false),
        (b"aaaa", b"ab", Some(100), Some(2), -1, -1, 0, false, false),
        (b"aaaa", b"ab", Some(-1), Some(0), -1, -1, 0, false, false),
        (b"aaaa", b"ab", None, None, -1, -1, 0, false, false),
        (b"aaaa", b"\xff", Some(-2), Some(0), -1, -1, 0, false, false),
        (b"aaaa", b"\xff", Some(-100), Some(0), -1, -1, 0, false, false),
        (b"aaaa", b"\xff", Some(-2), Some(-2), -1, -1, 0, false, false),
        (b"aaaa", b"\xff", Some(-100), None, -1, -1, 0, false, false),
        (b"aaaa", b"\xff", Some(5), Some(-1), -1, -1, 0, false, false),
        (b"aaaa", b"\xff", None, None, -1, -1, 0, false, false),
        (b"aaaa", b"x", None, None, -1, -1, 0, false, false),
        (b"aaaa", b"x", Some(0), Some(-2), -1, -1, 0, false, false),
        (b"aaaa", b"x", Some(0), Some(-100), -1, -1, 0, false, false),
        (b"aaaa", b"x", None, Some(100), -1, -1, 0, false, false),
        (b"aaaa", b"x", Some(100), Some(100), -1, -1, 0, false, false),
        (b"aaaa", b"x", None, None, -1, -1, 0, false, false),
        (b"aaaa", b"aa", None, Some(3), 0, 1, 1, true, true),
        (b"aaaa", b"aa", Some(1), Some(5), 1, 2, 1, true, true),
        (b"aaaa", b"aa", Some(2), Some(1), -1, -1, 0, false, false),
        (b"aaaa", b"aa", Some(1), Some(100), 1, 2, 1, true, true),
        (b"aaaa", b"aa", Some(-100), Some(-2), 0, 0, 1, true, true),
        (b"aaaa", b"aa", None, None, 0, 2, 2, true, true),
        (b"aaaa", b"abc", Some(0), Some(5), -1, -1, 0, false, false),
        (b"aaaa", b"abc", Some(100), Some(1), -1, -1, 0, false, false),
        (b"aaaa", b"abc", Some(-2), Some(3), -1, -1, 0, false, false),
        (b"aaaa", b"abc", Some(-100), Some(3), -1, -1, 0, false, false),
        (b"aaaa", b"abc", Some(0), Some(-1), -1, -1, 0, false, false),
        (b"aaaa", b"abc", None, None, -1, -1, 0, false, false),
        (b"aaaa", b"bab", Some(-100), Some(5), -1, -1, 0, false, false),
        (b"aaaa", b"bab", Some(5), Some(5), -1, -1, 0, false, false),
        (b"aaaa", b"bab", Some(-100), Some(-2), -1, -1, 0, false, false),
        (b"aaaa", b"bab", None, Some(-100), -1, -1, 0, false, false),
        (b"aaaa", b"bab", Some(2), Some(5), -1, -1, 0, false, false),
        (b"aaaa", b"bab", None, None, -1, -1, 0, false, false),
    ];

    #[rustfmt::skip]
    const PARTITION: &[(&[u8], &[u8], &[u8], &[u8], &[u8], &[u8], &[u8], &[u8])] = &[
        (b"abc", b"b", b"a", b"b", b"c", b"a", b"b", b"c"),
        (b"abc", b"x", b"abc", b"", b"", b"", b"", b"abc"),
        (b"aaa", b"aa", b"", b"aa", b"a", b"a", b"aa", b""),
        (b"", b"a", b"", b"", b"", b"", b"", b""),
        (b"a\xffb\xff", b"\xff", b"a", b"\xff", b"b\xff", b"a\xffb", b"\xff", b""),
    ];

    #[rustfmt::skip]
    const REPLACE: &[(&[u8], &[u8], &[u8], i64, &[u8])] = &[
        (b"abc", b"", b"-", -1, b"-a-b-c-"),
        (b"abc", b"", b"-", 2, b"-a-bc"),
        (b"", b"", b"x", -1, b"x"),
        (b"", b"", b"x", 1, b"x"),
        (b"aaa", b"a", b"b", 2, b"bba"),
        (b"aaa", b"aa", b"b", -1, b"ba"),
        (b"abc", b"x", b"y", -1, b"abc"),
        (b"a\xffa", b"\xff", b"\x00\x00", -1, b"a\x00\x00a"),
        (b"abab", b"ab", b"", 0, b"abab"),
    ];

    #[rustfmt::skip]
    const CASES: &[(&[u8], &[u8], &[u8], &[u8], &[u8], &[u8])] = &[
        (b"", b"", b"", b"", b"", b""),
        (b"hello world", b"hello world", b"HELLO WORLD", b"Hello World", b"Hello world", b"HELLO WORLD"),
        (b"Hello World", b"hello world", b"HELLO WORLD", b"Hello World", b"Hello world", b"hELLO wORLD"),
        (b"they're bill's", b"they're bill's", b"THEY'RE BILL'S", b"They'Re Bill'S", b"They're bill's", b"THEY'RE BILL'S"),
        (b"\xe9t\xe9 ABC", b"\xe9t\xe9 abc", b"\xe9T\xe9 ABC", b"\xe9T\xe9 Abc", b"\xe9t\xe9 abc", b"\xe9T\xe9 abc"),
        (b"mIxEd 123 cAsE", b"mixed 123 case", b"MIXED 123 CASE", b"Mixed 123 Case", b"Mixed 123 case", b"MiXeD 123 CaSe"),
        (b"a1b2c3", b"a1b2c3", b"A1B2C3", b"A1B2C3", b"A1b2c3", b"A1B2C3"),
        (b"\xff\xdfabc", b"\xff\xdfabc", b"\xff\xdfABC", b"\xff\xdfAbc", b"\xff\xdfabc", b"\xff\xdfABC"),
        (b"HELLO", b"hello", b"HELLO", b"Hello", b"Hello", b"hello"),
        (b"123", b"123", b"123", b"123", b"123", b"123"),
    ];

    #[rustfmt::skip]
    const PREDICATES: &[(&[u8], &str)] = &[
        (b"", "FFTFFFFF"),
        (b" ", "FFTFFTFF"),
        (b"\t\n\r\x0b\x0c", "FFTFFTFF"),
        (b"\x1c", "FFTFFFFF"),
        (b"\xa0", "FFFFFFFF"),
        (b"abc", "TTTFTFFF"),
        (b"ABC", "TTTFFFFT"),
        (b"Abc", "TTTFFFTF"),
        (b"aBc", "TTTFFFFF"),
        (b"123", "TFTTFFFF"),
        (b"abc123", "TFTFTFFF"),
        (b"a b", "FFTFTFFF"),
        (b"\xe9", "FFFFFFFF"),
        (b"Hello World", "FFTFFFTF"),
        (b"Hello world", "FFTFFFFF"),
        (b"A1", "TFTFFFTT"),
        (b"1", "TFTTFFFF"),
        (b"\x7f", "FFTFFFFF"),
        (b"\x80", "FFFFFFFF"),
        (b"a\xe9", "FFFFTFFF"),
        (b"A B", "FFTFFFTT"),
        (b"They're", "FFTFFFFF"),
    ];

    #[rustfmt::skip]
    const PADDING: &[(&[u8], i64, u8, &[u8], &[u8], &[u8], &[u8])] = &[
        (b"", -1, b' ', b"", b"", b"", b""),
        (b"", 0, b'\xff', b"", b"", b"", b""),
        (b"", 1, b' ', b" ", b" ", b" ", b"0"),
        (b"", 2, b'\xff', b"\xff\xff", b"\xff\xff", b"\xff\xff", b"00"),
        (b"", 3, b' ', b"   ", b"   ", b"   ", b"000"),
        (b"", 4, b'\xff', b"\xff\xff\xff\xff", b"\xff\xff\xff\xff", b"\xff\xff\xff\xff", b"0000"),
        (b"", 5, b'*', b"*****", b"*****", b"*****", b"00000"),
        (b"", 6, b'*', b"******", b"******", b"******", b"000000"),
        (b"a", -1, b'\xff', b"a", b"a", b"a", b"a"),
        (b"a", 0, b'*', b"a", b"a", b"a", b"a"),
        (b"a", 1, b' ', b"a", b"a", b"a", b"a"),
        (b"a", 2, b'*', b"a*", b"a*", b"*a", b"0a"),
        (b"a", 3, b'*', b"*a*", b"a**", b"**a", b"00a"),
        (b"a", 4, b'\xff', b"\xffa\xff\xff", b"a\xff\xff\xff", b"\xff\xff\xffa", b"000a"),
        (b"a", 5, b'\xff', b"\xff\xffa\xff\xff", b"a\xff\xff\xff\xff", b"\xff\xff\xff\xffa", b"0000a"),
        (b"a", 6, b'*', b"**a***", b"a*****", b"*****a", b"00000a"),
        (b"ab", -1, b'*', b"ab", b"ab", b"ab", b"ab"),
        (b"ab", 0, b' ', b"ab", b"ab", b"ab", b"ab"),
        (b"ab", 1, b' ', b"ab", b"ab", b"ab", b"ab"),
        (b"ab", 2, b' ', b"ab", b"ab", b"ab", b"ab"),
        (b"ab", 3, b' ', b" ab", b"ab ", b" ab", b"0ab"),
        (b"ab", 4, b'*', b"*ab*", b"ab**", b"**ab", b"00ab"),
        (b"ab", 5, b'\xff', b"\xff\xffab\xff", b"ab\xff\xff\xff", b"\xff\xff\xffab", b"000ab"),
        (b"ab", 6, b'\xff', b"\xff\xffab\xff\xff", b"ab\xff\xff\xff\xff", b"\xff\xff\xff\xffab", b"0000ab"),
        (b"abc", -1, b'\xff', b"abc", b"abc", b"abc", b"abc"),
        (b"abc", 0, b'*', b"abc", b"abc", b"abc", b"abc"),
        (b"abc", 1, b' ', b"abc", b"abc", b"abc", b"abc"),
        (b"abc", 2, b' ', b"abc", b"abc", b"abc", b"abc"),
        (b"abc", 3, b'\xff', b"abc", b"abc", b"abc", b"abc"),
        (b"abc", 4, b'\xff', b"abc\xff", b"abc\xff", b"\xffabc", b"0abc"),
        (b"abc", 5, b' ', b" abc ", b"abc  ", b"  abc", b"00abc"),
        (b"abc", 6, b' ', b" abc  ", b"abc   ", b"   abc", b"000abc"),
        (b"-42", -1, b'\xff', b"-42", b"-42", b"-42", b"-42"),
        (b"-42", 0, b'*', b"-42", b"-42", b"-42", b"-42"),
        (b"-42", 1, b'*', b"-42", b"-42", b"-42", b"-42"),
        (b"-42", 2, b'*', b"-42", b"-42", b"-42", b"-42"),
        (b"-42", 3, b'*', b"-42", b"-42", b"-42", b"-42"),
        (b"-42", 4, b'*', b"-42*", b"-42*", b"*-42", b"-042"),
        (b"-42", 5, b'\xff', b"\xff-42\xff", b"-42\xff\xff", b"\xff\xff-42", b"-0042"),
        (b"-42", 6, b'\xff', b"\xff-42\xff\xff", b"-42\xff\xff\xff", b"\xff\xff\xff-42", b"-00042"),
        (b"+7", -1, b'*', b"+7", b"+7", b"+7", b"+7"),
        (b"+7", 0, b'*', b"+7", b"+7", b"+7", b"+7"),
        (b"+7", 1, b'*', b"+7", b"+7", b"+7", b"+7"),
        (b"+7", 2, b'*', b"+7", b"+7", b"+7", b"+7"),
        (b"+7", 3, b' ', b" +7", b"+7 ", b" +7", b"+07"),
        (b"+7", 4, b'*', b"*+7*", b"+7**", b"**+7", b"+007"),
        (b"+7", 5, b' ', b"  +7 ", b"+7   ", b"   +7", b"+0007"),
        (b"+7", 6, b' ', b"  +7  ", b"+7    ", b"    +7", b"+00007"),
        (b"-", -1, b'\xff', b"-", b"-", b"-", b"-"),
        (b"-", 0, b'\xff', b"-", b"-", b"-", b"-"),
        (b"-", 1, b'\xff', b"-", b"-", b"-", b"-"),
        (b"-", 2, b' ', b"- ", b"- ", b" -", b"-0"),
        (b"-", 3, b' ', b" - ", b"-  ", b"  -", b"-00"),
        (b"-", 4, b'*', b"*-**", b"-***", b"***-", b"-000"),
        (b"-", 5, b' ', b"  -  ", b"-    ", b"    -", b"-0000"),
        (b"-", 6, b' ', b"  -   ", b"-     ", b"     -", b"-00000"),
    ];

    #[rustfmt::skip]
    const EXPANDTABS: &[(&[u8], i64, &[u8])] = &[
        (b"a\tb", 8, b"a       b"),
        (b"a\tb", 0, b"ab"),
        (b"ab\tc\td", 3, b"ab c  d"),
        (b"abc\ndef\tg", 4, b"abc\ndef g"),
        (b"ab\rc\td", 4, b"ab\rc   d"),
        (b"\xff\t", 4, b"\xff   "),
    ];

    #[rustfmt::skip]
    const HEX: &[(&[u8], Option<&str>, i64, Result<&str, &str>)] = &[
        (b"", None, 1, Ok("")),
        (b"\x01\x02\x03", None, 1, Ok("010203")),
        (b"\xde\xad\xbe\xef", Some(":"), 1, Ok("de:ad:be:ef")),
        (b"\x01\x02\x03\x04\x05", Some(":"), 2, Ok("01:0203:0405")),
        (b"\x01\x02\x03\x04\x05", Some(":"), -2, Ok("0102:0304:05")),
        (b"\x01\x02\x03", Some("-"), 0, Ok("010203")),
        (b"\x01\x02\x03", Some(" "), 3, Ok("010203")),
        (b"\x01\x02\x03", Some(" "), 4, Ok("010203")),
        (b"\x01\x02\x03\x04\x05\x06\x07", Some("_"), -3, Ok("010203_040506_07")),
        (b"\x01\x02\x03\x04\x05\x06\x07", Some("_"), 3, Ok("01_020304_050607")),
        (b"\x01", Some(":"), 1, Ok("01")),
        (b"\x01\x02", Some("\u{e9}"), 1, Err("sep must be ASCII.")),
        (b"\x01\x02", Some("::"), 1, Err("sep must be length 1.")),
        (b"\x01\x02", Some(""), 1, Err("sep must be length 1.")),
        (b"\x01\x02", Some("\u{20ac}"), 1, Err("sep must be ASCII.")),
        (b"\xff\x00", Some("."), -1, Ok("ff.00")),
    ];

    #[rustfmt::skip]
    const FROMHEX: &[(&str, Result<&[u8], &str>)] = &[
        ("", Ok(b"")),
        ("00", Ok(b"\x00")),
        ("deadBEEF", Ok(b"\xde\xad\xbe\xef")),
        ("de ad be ef", Ok(b"\xde\xad\xbe\xef")),
        (" 01 02 ", Ok(b"\x01\x02")),
        ("0 1", Err("non-hexadecimal number found in fromhex() arg at position 1")),
        ("abc", Err("non-hexadecimal number found in fromhex() arg at position 3")),
        ("zz", Err("non-hexadecimal number found in fromhex() arg at position 0")),
        ("0g", Err("non-hexadecimal number found in fromhex() arg at position 1")),
        ("\t01\n02\u{b}03\u{c}\r", Ok(b"\x01\x02\x03")),
        ("01\u{1c}02", Err("non-hexadecimal number found in fromhex() arg at position 2")),
        ("zz \u{e9}", Err("non-hexadecimal number found in fromhex() arg at position 3")),
        ("\u{e9}", Err("non-hexadecimal number found in fromhex() arg at position 0")),
        ("0102\u{20ac}", Err("non-hexadecimal number found in fromhex() arg at position 4")),
        ("1", Err("non-hexadecimal number found in fromhex() arg at position 1")),
        ("  ", Ok(b"")),
        (" a", Err("non-hexadecimal number found in fromhex() arg at position 2")),
    ];

    #[rustfmt::skip]
    const TRANSLATE: &[(&[u8], bool, &[u8], &[u8])] = &[
        (b"aabbcc", true, b"", b"xxyyzz"),
        (b"aabbcc", true, b"b", b"xxzz"),
        (b"abc\xff", false, b"\xffa", b"bc"),
        (b"", true, b"", b""),
    ];

    fn bl(v: &[Vec<u8>]) -> Vec<&[u8]> {
        v.iter().map(|s| s.as_slice()).collect()
    }

    fn py_find(r: Option<usize>) -> i64 {
        r.map_or(-1, |i| i as i64)
    }

    #[test]
    fn split_and_rsplit() {
        for &(s, sep, maxsplit, want, rwant) in SPLIT {
            assert_eq!(
                bl(&split(s, sep, maxsplit).unwrap()),
                want,
                "{s:?}.split({sep:?}, {maxsplit})"
            );
            assert_eq!(
                bl(&rsplit(s, sep, maxsplit).unwrap()),
                rwant,
                "{s:?}.rsplit({sep:?}, {maxsplit})"
            );
        }
    }

    #[test]
    fn splitlines_cases() {
        for &(s, want, want_keep) in SPLITLINES {
            assert_eq!(bl(&splitlines(s, false)), want, "{s:?}.splitlines()");
            assert_eq!(
                bl(&splitlines(s, true)),
                want_keep,
                "{s:?}.splitlines(True)"
            );
        }
    }

    #[test]
    fn strip_cases() {
        for &(s, chars, both, left, right) in STRIP {
            assert_eq!(strip(s, chars), both, "{s:?}.strip({chars:?})");
            assert_eq!(lstrip(s, chars), left, "{s:?}.lstrip({chars:?})");
            assert_eq!(rstrip(s, chars), right, "{s:?}.rstrip({chars:?})");
        }
    }

    #[test]
    fn find_count_startswith() {
        for &(s, sub, start, end, f, rf, n, sw, ew) in FIND {
            let ctx = format!("{s:?} {sub:?} {start:?} {end:?}");
            assert_eq!(py_find(find(s, sub, start, end)), f, "find {ctx}");
            assert_eq!(py_find(rfind(s, sub, start, end)), rf, "rfind {ctx}");
            assert_eq!(count(s, sub, start, end), n, "count {ctx}");
            assert_eq!(startswith(s, sub, start, end), sw, "startswith {ctx}");
            assert_eq!(endswith(s, sub, start, end), ew, "endswith {ctx}");
            assert_eq!(
                index(s, sub, start, end).ok(),
                find(s, sub, start, end),
                "index {ctx}"
            );
            assert_eq!(
                rindex(s, sub, start, end).ok(),
                rfind(s, sub, start, end),
                "rindex {ctx}"
            );
        }
    }

    #[test]
    fn partition_cases() {
        for &(s, sep, a, b, c, ra, rb, rc) in PARTITION {
            let p = partition(s, sep).unwrap();
            assert_eq!(
                (p.0.as_slice(), p.1.as_slice(), p.2.as_slice()),
                (a, b, c),
                "{s:?}.partition({sep:?})"
            );
            let p = rpartition(s, sep).unwrap();
            assert_eq!(
                (p.0.as_slice(), p.1.as_slice(), p.2.as_slice()),
                (ra, rb, rc),
                "{s:?}.rpartition({sep:?})"
            );
        }
    }

    #[test]
    fn replace_cases() {
        for &(s, old, new, n, want) in REPLACE {
            assert_eq!(
                replace(s, old, new, n),
                want,
                "{s:?}.replace({old:?}, {new:?}, {n})"
            );
        }
    }

    #[test]
    fn case_mappings() {
        for &(s, lo, up, ti, cap, sw) in CASES {
            assert_eq!(lower(s), lo, "{s:?}.lower()");
            assert_eq!(upper(s), up, "{s:?}.upper()");
            assert_eq!(title(s), ti, "{s:?}.title()");
            assert_eq!(capitalize(s), cap, "{s:?}.capitalize()");
            assert_eq!(swapcase(s), sw, "{s:?}.swapcase()");
        }
    }

    #[test]
    fn predicates() {
        let names = [
            "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper",
        ];
        let preds: [fn(&[u8]) -> bool; 8] = [
            isalnum, isalpha, isascii, isdigit, islower, isspace, istitle, isupper,
        ];
        for &(s, flags) in PREDICATES {
            for (k, flag) in flags.chars().enumerate() {
                assert_eq!(preds[k](s), flag == 'T', "{s:?}.{}()", names[k]);
            }
        }
    }

    #[test]
    fn padding() {
        for &(s, w, fill, c, l, r, z) in PADDING {
            assert_eq!(center(s, w, fill), c, "{s:?}.center({w}, {fill})");
            assert_eq!(ljust(s, w, fill), l, "{s:?}.ljust({w}, {fill})");
            assert_eq!(rjust(s, w, fill), r, "{s:?}.rjust({w}, {fill})");
            assert_eq!(zfill(s, w), z, "{s:?}.zfill({w})");
        }
    }

    #[test]
    fn expandtabs_cases() {
        for &(s, n, want) in EXPANDTABS {
            assert_eq!(expandtabs(s, n).unwrap(), want, "{s:?}.expandtabs({n})");
        }
    }

    #[test]
    fn hex_cases() {
        for &(v, sep, n, want) in HEX {
            let got = hex(v, sep, n);
            match want {
                Ok(w) => assert_eq!(got.unwrap(), w, "{v:?}.hex({sep:?}, {n})"),
                Err(m) => assert_eq!(
                    got,
                    Err(TextError::ValueError(m.to_string())),
                    "{v:?}.hex({sep:?}, {n})"
                ),
            }
        }
    }

    #[test]
    fn fromhex_cases() {
        for &(s, want) in FROMHEX {
            let got = fromhex(s);
            match want {
                Ok(w) => assert_eq!(got.unwrap(), w, "fromhex({s:?})"),
                Err(m) => assert_eq!(
                    got,
                    Err(TextError::ValueError(m.to_string())),
                    "fromhex({s:?})"
                ),
            }
        }
    }

    #[test]
    fn translate_and_maketrans() {
        let table = maketrans(b"abc", b"xyz").unwrap();
        for &(s, with_table, delete, want) in TRANSLATE {
            let t = if with_table {
                Some(table.as_slice())
            } else {
                None
            };
            assert_eq!(
                translate(s, t, delete).unwrap(),
                want,
                "{s:?}.translate(.., {delete:?})"
            );
        }
    }

    #[test]
    fn value_errors() {
        assert_eq!(
            split(b"a", Some(b""), -1),
            Err(TextError::ValueError("empty separator".to_string()))
        );
        assert_eq!(
            rsplit(b"a", Some(b""), -1),
            Err(TextError::ValueError("empty separator".to_string()))
        );
        assert_eq!(
            index(b"a", b"x", None, None),
            Err(TextError::ValueError("subsection not found".to_string()))
        );
        assert_eq!(
            translate(b"a", Some(b"ab"), b""),
            Err(TextError::ValueError(
                "translation table must be 256 characters long".to_string()
            ))
        );
        assert_eq!(
            maketrans(b"a", b""),
            Err(TextError::ValueError(
                "maketrans arguments must have same length".to_string()
            ))
        );
        assert_eq!(
            partition(b"a", b""),
            Err(TextError::ValueError("empty separator".to_string()))
        );
    }
}
