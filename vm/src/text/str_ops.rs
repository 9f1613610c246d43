//! The algorithms of Python's `str` methods, as pure functions on `&str`.
//!
//! All indices taken and returned are code point indices (see the module
//! essay in `text/mod.rs`); `start`/`end` arguments are clamped like CPython's
//! `ADJUST_INDICES` by [`adjust_indices`]. Results are owned values. Argument
//! type checks (e.g. "a tuple of prefixes", "fillchar must be exactly one
//! character") are the caller's job.
//!
//! Character classes come from [`super::unicode`], which reproduces CPython
//! 3.11's Unicode 14.0.0 database exactly, so the predicates and case
//! mappings here are not approximations.

use super::unicode::{self, is_space};
use super::TextError;

/// Number of code points in `s` (`len(s)` in Python).
pub fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Byte offset in `s` of the code point at index `index`; `s.len()` when
/// `index >= char_len(s)`.
pub fn byte_offset(s: &str, index: usize) -> usize {
    if s.is_ascii() {
        return index.min(s.len());
    }
    s.char_indices().nth(index).map_or(s.len(), |(b, _)| b)
}

/// The code point at index `index` of `s` (`s[index]` for `0 <= index < len`).
pub fn nth_char(s: &str, index: usize) -> Option<char> {
    if s.is_ascii() {
        return s.as_bytes().get(index).map(|&b| b as char);
    }
    s.chars().nth(index)
}

/// The substring of code points `start..end` (clamped to the string, and empty
/// when `start >= end`), as a borrowed slice.
pub fn substring(s: &str, start: usize, end: usize) -> &str {
    if start >= end {
        return "";
    }
    if s.is_ascii() {
        let e = end.min(s.len());
        let b = start.min(e);
        return &s[b..e];
    }
    let b = byte_offset(s, start);
    let e = b + byte_offset(&s[b..], end - start);
    &s[b..e]
}

/// CPython's `ADJUST_INDICES` for a sequence of length `len`: `None` start is
/// 0, `None` end is `len`; negative values count from the end and are clamped
/// at 0; `end` is clamped at `len`. The returned `start` may still exceed
/// `end` or `len` (callers treat that as an empty window).
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len_i = len.min(i64::MAX as usize) as i64;
    let mut e = end.unwrap_or(len_i);
    if e > len_i {
        e = len_i;
    } else if e < 0 {
        e = (e + len_i).max(0);
    }
    let mut st = start.unwrap_or(0);
    if st < 0 {
        st = (st + len_i).max(0);
    }
    (st as usize, e as usize)
}

/// Resolves `start`/`end` for `s` and returns `(start, end, window)` where
/// `window` is the slice of code points `start..end`, or `None` when the
/// window is shorter than `needle_len` code points (CPython's
/// `end - start < len(sub)` early exit).
fn window(
    s: &str,
    start: Option<i64>,
    end: Option<i64>,
    needle_len: usize,
) -> Option<(usize, &str)> {
    let len = char_len(s);
    let (st, en) = adjust_indices(start, end, len);
    if en < st || en - st < needle_len {
        return None;
    }
    Some((st, substring(s, st, en)))
}

/// `s.find(sub, start, end)`: lowest code point index where `sub` is found
/// within `s[start:end]`, or `None` (Python's `-1`). `'abc'.find('', 3) == 3`
/// but `'abc'.find('', 4) == -1`.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Option<usize> {
    let (st, hay) = window(s, start, end, char_len(sub))?;
    hay.find(sub).map(|b| st + char_len(&hay[..b]))
}

/// `s.rfind(sub, start, end)`: highest code point index where `sub` is found
/// within `s[start:end]`, or `None` (Python's `-1`).
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Option<usize> {
    let (st, hay) = window(s, start, end, char_len(sub))?;
    hay.rfind(sub).map(|b| st + char_len(&hay[..b]))
}

/// `s.index(sub, start, end)`: like [`find`] but a miss is
/// `ValueError: substring not found`.
pub fn index(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Result<usize, TextError> {
    find(s, sub, start, end).ok_or_else(|| TextError::value("substring not found"))
}

/// `s.rindex(sub, start, end)`: like [`rfind`] but a miss is
/// `ValueError: substring not found`.
pub fn rindex(
    s: &str,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, TextError> {
    rfind(s, sub, start, end).ok_or_else(|| TextError::value("substring not found"))
}

/// `s.count(sub, start, end)`: number of non-overlapping occurrences of `sub`
/// in `s[start:end]`; an empty `sub` counts the `len + 1` gaps of the window.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    let Some((_, hay)) = window(s, start, end, char_len(sub)) else {
        return 0;
    };
    if sub.is_empty() {
        char_len(hay) + 1
    } else {
        hay.matches(sub).count()
    }
}

/// Shared body of `startswith`/`endswith` (CPython's `tailmatch`).
fn tailmatch(s: &str, affix: &str, start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let len = char_len(s);
    let (st, en) = adjust_indices(start, end, len);
    let alen = char_len(affix);
    match st.checked_add(alen) {
        Some(need) if need <= en => {}
        _ => return false,
    }
    if affix.is_empty() {
        return true;
    }
    let hay = substring(s, st, en);
    if at_end {
        hay.ends_with(affix)
    } else {
        hay.starts_with(affix)
    }
}

/// `s.startswith(prefix, start, end)` for one prefix (the caller loops over a
/// tuple). `'abc'.startswith('', 3)` is true, `'abc'.startswith('', 4)` false.
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    tailmatch(s, prefix, start, end, false)
}

/// `s.endswith(suffix, start, end)` for one suffix.
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    tailmatch(s, suffix, start, end, true)
}

/// `s.removeprefix(prefix)`.
pub fn removeprefix(s: &str, prefix: &str) -> String {
    s.strip_prefix(prefix).unwrap_or(s).to_string()
}

/// `s.removesuffix(suffix)`.
pub fn removesuffix(s: &str, suffix: &str) -> String {
    s.strip_suffix(suffix).unwrap_or(s).to_string()
}

/// Converts Python's `maxsplit`/`count` convention (negative = unlimited).
fn max_count(n: i64) -> usize {
    if n < 0 {
        usize::MAX
    } else {
        n as usize
    }
}

/// `s.split(sep, maxsplit)`. With `sep == None`, splits on runs of Python
/// whitespace and drops empty strings at both ends; with a separator, splits
/// on each occurrence (an empty separator is `ValueError: empty separator`).
/// A negative `maxsplit` means no limit.
pub fn split(s: &str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<String>, TextError> {
    let mut remaining = max_count(maxsplit);
    let mut out = Vec::new();
    match sep {
        Some("") => return Err(TextError::value("empty separator")),
        Some(sep) => {
            let mut rest = s;
            while remaining > 0 {
                let Some(i) = rest.find(sep) else { break };
                out.push(rest[..i].to_string());
                rest = &rest[i + sep.len()..];
                remaining -= 1;
            }
            out.push(rest.to_string());
        }
        None => {
            let mut it = s.char_indices().peekable();
            loop {
                while it.next_if(|&(_, c)| is_space(c)).is_some() {}
                let Some(&(start, _)) = it.peek() else { break };
                if remaining == 0 {
                    out.push(s[start..].to_string());
                    break;
                }
                remaining -= 1;
                let mut end = s.len();
                while let Some(&(i, c)) = it.peek() {
                    if is_space(c) {
                        end = i;
                        break;
                    }
                    it.next();
                }
                out.push(s[start..end].to_string());
            }
        }
    }
    Ok(out)
}

/// `s.rsplit(sep, maxsplit)`: like [`split`] but the `maxsplit` splits are
/// done from the right.
pub fn rsplit(s: &str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<String>, TextError> {
    let mut remaining = max_count(maxsplit);
    let mut out = Vec::new();
    match sep {
        Some("") => return Err(TextError::value("empty separator")),
        Some(sep) => {
            let mut rest = s;
            while remaining > 0 {
                let Some(i) = rest.rfind(sep) else { break };
                out.push(rest[i + sep.len()..].to_string());
                rest = &rest[..i];
                remaining -= 1;
            }
            out.push(rest.to_string());
        }
        None => {
            let mut it = s.char_indices().rev().peekable();
            loop {
                while it.next_if(|&(_, c)| is_space(c)).is_some() {}
                let Some(&(i, c)) = it.peek() else { break };
                let end = i + c.len_utf8();
                if remaining == 0 {
                    out.push(s[..end].to_string());
                    break;
                }
                remaining -= 1;
                let mut start = 0;
                while let Some(&(i, c)) = it.peek() {
                    if is_space(c) {
                        start = i + c.len_utf8();
                        break;
                    }
                    it.next();
                }
                out.push(s[start..end].to_string());
            }
        }
    }
    out.reverse();
    Ok(out)
}

/// `s.splitlines(keepends)`: splits at every Python line boundary (`\n`, `\r`,
/// `\r\n`, `\v`, `\f`, `\x1c`, `\x1d`, `\x1e`, `\x85`, `\u2028`, `\u2029`); no
/// empty string is added for a trailing boundary.
pub fn splitlines(s: &str, keepends: bool) -> Vec<String> {
    let mut out = Vec::new();
    let bytes = s.as_bytes();
    let mut line_start = 0;
    let mut it = s.char_indices();
    while let Some((i, c)) = it.next() {
        if !unicode::is_linebreak(c) {
            continue;
        }
        let mut after = i + c.len_utf8();
        if c == '\r' && bytes.get(after) == Some(&b'\n') {
            it.next();
            after += 1;
        }
        out.push(s[line_start..if keepends { after } else { i }].to_string());
        line_start = after;
    }
    if line_start < s.len() {
        out.push(s[line_start..].to_string());
    }
    out
}

/// Index range kept by a strip: `left`/`right` say which ends are stripped;
/// `chars == None` strips Python whitespace, otherwise any char of `chars`.
fn strip_range<'a>(s: &'a str, chars: Option<&str>, left: bool, right: bool) -> &'a str {
    let strip_it = |c: char| match chars {
        None => is_space(c),
        Some(set) => set.contains(c),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(strip_it);
    }
    if right {
        r = r.trim_end_matches(strip_it);
    }
    r
}

/// `s.strip(chars)`: removes leading and trailing characters in `chars`
/// (Python whitespace when `None`; nothing when `Some("")`).
pub fn strip(s: &str, chars: Option<&str>) -> String {
    strip_range(s, chars, true, true).to_string()
}

/// `s.lstrip(chars)`.
pub fn lstrip(s: &str, chars: Option<&str>) -> String {
    strip_range(s, chars, true, false).to_string()
}

/// `s.rstrip(chars)`.
pub fn rstrip(s: &str, chars: Option<&str>) -> String {
    strip_range(s, chars, false, true).to_string()
}

/// `s.partition(sep)`: `(before, sep, after)` at the first occurrence, or
/// `(s, '', '')`; an empty `sep` is `ValueError: empty separator`.
pub fn partition(s: &str, sep: &str) -> Result<(String, String, String), TextError> {
    if sep.is_empty() {
        return Err(TextError::value("empty separator"));
    }
    Ok(match s.find(sep) {
        Some(i) => (
            s[..i].to_string(),
            sep.to_string(),
            s[i + sep.len()..].to_string(),
        ),
        None => (s.to_string(), String::new(), String::new()),
    })
}

/// `s.rpartition(sep)`: split at the last occurrence, or `('', '', s)`.
pub fn rpartition(s: &str, sep: &str) -> Result<(String, String, String), TextError> {
    if sep.is_empty() {
        return Err(TextError::value("empty separator"));
    }
    Ok(match s.rfind(sep) {
        Some(i) => (
            s[..i].to_string(),
            sep.to_string(),
            s[i + sep.len()..].to_string(),
        ),
        None => (String::new(), String::new(), s.to_string()),
    })
}

/// `s.replace(old, new, count)`: replaces the first `count` occurrences
/// (all when `count < 0`). An empty `old` inserts `new` before every code
/// point and at the end: `'ab'.replace('', '-') == '-a-b-'`.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> String {
    let maxcount = max_count(count);
    if maxcount == 0 {
        return s.to_string();
    }
    if !old.is_empty() {
        return s.replacen(old, new, maxcount);
    }
    let mut out = String::with_capacity(s.len() + new.len() * (char_len(s) + 1).min(maxcount));
    let mut done = 0usize;
    for c in s.chars() {
        if done < maxcount {
            out.push_str(new);
            done += 1;
        }
        out.push(c);
    }
    if done < maxcount {
        out.push_str(new);
    }
    out
}

/// `s.expandtabs(tabsize)`: replaces each tab by spaces up to the next
/// multiple of `tabsize` (the column restarts after `\n` and `\r`); tabs are
/// removed when `tabsize <= 0`. `OverflowError: new string is too long` if the
/// result would not fit in a `Py_ssize_t`.
pub fn expandtabs(s: &str, tabsize: i64) -> Result<String, TextError> {
    let overflow = || TextError::OverflowError("new string is too long".to_string());
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let incr = tabsize - col % tabsize;
                    col = col.checked_add(incr).ok_or_else(overflow)?;
                    if col > isize::MAX as i64 {
                        return Err(overflow());
                    }
                    out.extend(std::iter::repeat_n(' ', incr as usize));
                }
            }
            '\n' | '\r' => {
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

/// CPython's `handle_capital_sigma`: whether the `Σ` at byte offset `i` is in
/// the Final_Sigma context (preceded by a cased letter, skipping
/// case-ignorables, and not followed by one).
fn is_final_sigma(s: &str, i: usize) -> bool {
    let before = s[..i]
        .chars()
        .rev()
        .find(|&c| !unicode::is_case_ignorable(c));
    if !matches!(before, Some(c) if unicode::is_cased(c)) {
        return false;
    }
    let after = s[i + 'Σ'.len_utf8()..]
        .chars()
        .find(|&c| !unicode::is_case_ignorable(c));
    !matches!(after, Some(c) if unicode::is_cased(c))
}

/// CPython's `lower_ucs4`: full lowercase of the char `c` at byte offset `i`,
/// with the context-dependent final sigma.
fn push_lower_at(s: &str, i: usize, c: char, out: &mut String) {
    if c == '\u{3a3}' {
        out.push(if is_final_sigma(s, i) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
    } else {
        unicode::push_lower(c, out);
    }
}

/// `s.lower()`: full Unicode lowercase (`'İ'` becomes `'i̇'`, a final `'Σ'`
/// becomes `'ς'`).
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        push_lower_at(s, i, c, &mut out);
    }
    out
}

/// `s.upper()`: full Unicode uppercase (`'ß'` becomes `'SS'`).
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        unicode::push_upper(c, &mut out);
    }
    out
}

/// `s.casefold()`: full Unicode case folding (`'ß'` becomes `'ss'`; no final
/// sigma rule).
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        unicode::push_casefold(c, &mut out);
    }
    out
}

/// `s.swapcase()`: uppercase chars are lowercased (with the final sigma
/// rule), lowercase ones uppercased; titlecase chars such as `'ǅ'` are kept.
pub fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if unicode::is_upper(c) {
            push_lower_at(s, i, c, &mut out);
        } else if unicode::is_lower(c) {
            unicode::push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

/// `s.title()`: a char following a cased char is lowercased, any other char
/// titlecased (so `"they're"` becomes `"They'Re"`, as in CPython).
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, c) in s.char_indices() {
        if previous_is_cased {
            push_lower_at(s, i, c, &mut out);
        } else {
            unicode::push_title(c, &mut out);
        }
        previous_is_cased = unicode::is_cased(c);
    }
    out
}

/// `s.capitalize()`: since 3.8 the first char is *titlecased* (`'ǆa'` gives
/// `'ǅa'`) and the rest lowercased (with the final sigma rule).
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.char_indices();
    if let Some((_, c)) = it.next() {
        unicode::push_title(c, &mut out);
    }
    for (i, c) in it {
        push_lower_at(s, i, c, &mut out);
    }
    out
}

/// Builds `left` copies of `fill`, then `s`, then `right` copies of `fill`.
fn pad(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

/// `s.center(width, fillchar)`: CPython puts the odd extra fill char on the
/// left only when both the margin and `width` are odd.
pub fn center(s: &str, width: i64, fillchar: char) -> String {
    let len = char_len(s) as i64;
    if width <= len {
        return s.to_string();
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    pad(s, left as usize, (marg - left) as usize, fillchar)
}

/// `s.ljust(width, fillchar)`: pads on the right up to `width` code points.
pub fn ljust(s: &str, width: i64, fillchar: char) -> String {
    let len = char_len(s) as i64;
    if width <= len {
        return s.to_string();
    }
    pad(s, 0, (width - len) as usize, fillchar)
}

/// `s.rjust(width, fillchar)`: pads on the left up to `width` code points.
pub fn rjust(s: &str, width: i64, fillchar: char) -> String {
    let len = char_len(s) as i64;
    if width <= len {
        return s.to_string();
    }
    pad(s, (width - len) as usize, 0, fillchar)
}

/// `s.zfill(width)`: pads with `'0'` on the left, after a leading `+`/`-`.
pub fn zfill(s: &str, width: i64) -> String {
    let len = char_len(s) as i64;
    if width <= len {
        return s.to_string();
    }
    let fill = (width - len) as usize;
    match s.chars().next() {
        Some(sign @ ('+' | '-')) => {
            let mut out = String::with_capacity(s.len() + fill);
            out.push(sign);
            out.extend(std::iter::repeat_n('0', fill));
            out.push_str(&s[1..]);
            out
        }
        _ => pad(s, fill, 0, '0'),
    }
}

/// True when `s` is non-empty and every char satisfies `pred`.
fn all_nonempty(s: &str, pred: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(pred)
}

/// `s.isdigit()`: non-empty and all chars have Numeric_Type Digit or Decimal.
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, unicode::is_digit)
}

/// `s.isdecimal()`: non-empty and all chars are of category Nd.
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, unicode::is_decimal)
}

/// `s.isnumeric()`: non-empty and all chars have some Numeric_Type.
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, unicode::is_numeric)
}

/// `s.isalpha()`: non-empty and all chars are letters (categories L*).
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, unicode::is_alpha)
}

/// `s.isalnum()`: non-empty and every char is alpha, decimal, digit or numeric.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, unicode::is_alnum)
}

/// `s.isspace()`: non-empty and all chars are Python whitespace.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, is_space)
}

/// `s.islower()`: no uppercase or titlecase char and at least one lowercase.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if unicode::is_upper(c) || unicode::is_title(c) {
            return false;
        }
        cased |= unicode::is_lower(c);
    }
    cased
}

/// `s.isupper()`: no lowercase or titlecase char and at least one uppercase.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if unicode::is_lower(c) || unicode::is_title(c) {
            return false;
        }
        cased |= unicode::is_upper(c);
    }
    cased
}

/// `s.istitle()`: uppercase/titlecase chars only after uncased ones,
/// lowercase chars only after cased ones, and at least one cased char.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if unicode::is_upper(c) || unicode::is_title(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if unicode::is_lower(c) {
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

/// `s.isidentifier()`: first char XID_Start or `_`, the rest XID_Continue.
/// (Keywords count as identifiers, as in CPython.)
pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if unicode::is_xid_start(c) => it.all(unicode::is_xid_continue),
        _ => false,
    }
}

/// `s.isascii()`: true for the empty string too.
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

/// `s.isprintable()`: every char printable; true for the empty string.
pub fn isprintable(s: &str) -> bool {
    s.chars().all(unicode::is_printable)
}

/// `s.translate(table)` with the table lookup abstracted as `lookup(c)`:
/// `None` means the char is not in the table (kept as is), `Some(None)` maps
/// it to `None` (deleted), `Some(Some(r))` replaces it with `r`.
pub fn translate<F>(s: &str, mut lookup: F) -> String
where
    F: FnMut(char) -> Option<Option<String>>,
{
    match try_translate::<std::convert::Infallible, _>(s, |c| Ok(lookup(c))) {
        Ok(r) => r,
        Err(never) => match never {},
    }
}

/// [`translate`] with a fallible lookup (the VM's `__getitem__` may raise
/// something other than `LookupError`); the first error is returned.
pub fn try_translate<E, F>(s: &str, mut lookup: F) -> Result<String, E>
where
    F: FnMut(char) -> Result<Option<Option<String>>, E>,
{
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match lookup(c)? {
            None => out.push(c),
            Some(None) => {}
            Some(Some(r)) => out.push_str(&r),
        }
    }
    Ok(out)
}

// ---- tests below are generated by tests_gen.py from CPython 3.11; do not edit by hand ----
#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;

    #[rustfmt::skip]
    const SPLIT: &[(&str, Option<&str>, i64, &[&str], &[&str])] = &[
        ("", None, -1, &[], &[]),
        ("", None, 0, &[], &[]),
        ("", None, 1, &[], &[]),
        ("", None, 2, &[], &[]),
        ("", Some(","), 0, &[""], &[""]),
        ("", Some(" "), -1, &[""], &[""]),
        ("", Some(" "), 0, &[""], &[""]),
        ("", Some(" "), 1, &[""], &[""]),
        ("", Some("--"), 2, &[""], &[""]),
        ("", Some("a"), 2, &[""], &[""]),
        ("", Some("aa"), -1, &[""], &[""]),
        ("", Some("X"), -1, &[""], &[""]),
        ("", Some("X"), 0, &[""], &[""]),
        ("", Some("\u{65e5}\u{672c}"), 2, &[""], &[""]),
        ("", Some(",,"), -1, &[""], &[""]),
        ("", Some(",,"), 1, &[""], &[""]),
        ("", Some(",,"), 2, &[""], &[""]),
        ("", Some("\u{e9}"), 1, &[""], &[""]),
        ("", Some("\u{e9}"), 2, &[""], &[""]),
        (" ", None, -1, &[], &[]),
        (" ", None, 0, &[], &[]),
        (" ", Some(","), 0, &[" "], &[" "]),
        (" ", Some(","), 1, &[" "], &[" "]),
        (" ", Some(" "), 1, &["", ""], &["", ""]),
        (" ", Some(" "), 2, &["", ""], &["", ""]),
        (" ", Some("a"), -1, &[" "], &[" "]),
        (" ", Some("a"), 1, &[" "], &[" "]),
        (" ", Some("aa"), -1, &[" "], &[" "]),
        (" ", Some("aa"), 0, &[" "], &[" "]),
        (" ", Some("\u{65e5}\u{672c}"), 2, &[" "], &[" "]),
        (" ", Some(",,"), 2, &[" "], &[" "]),
        (" ", Some("\u{e9}"), -1, &[" "], &[" "]),
        (" ", Some("\u{e9}"), 0, &[" "], &[" "]),
        (" ", Some("\u{e9}"), 2, &[" "], &[" "]),
        ("a", None, -1, &["a"], &["a"]),
        ("a", None, 0, &["a"], &["a"]),
        ("a", None, 1, &["a"], &["a"]),
        ("a", Some(","), -1, &["a"], &["a"]),
        ("a", Some(","), 0, &["a"], &["a"]),
        ("a", Some(" "), -1, &["a"], &["a"]),
        ("a", Some(" "), 2, &["a"], &["a"]),
        ("a", Some("--"), -1, &["a"], &["a"]),
        ("a", Some("--"), 2, &["a"], &["a"]),
        ("a", Some("a"), -1, &["", ""], &["", ""]),
        ("a", Some("a"), 0, &["a"], &["a"]),
        ("a", Some("a"), 1, &["", ""], &["", ""]),
        ("a", Some("aa"), -1, &["a"], &["a"]),
        ("a", Some("aa"), 0, &["a"], &["a"]),
        ("a", Some("aa"), 1, &["a"], &["a"]),
        ("a", Some("X"), 0, &["a"], &["a"]),
        ("a", Some("\u{65e5}\u{672c}"), 1, &["a"], &["a"]),
        ("a", Some(",,"), 0, &["a"], &["a"]),
        ("a", Some(",,"), 1, &["a"], &["a"]),
        ("a", Some(",,"), 2, &["a"], &["a"]),
        ("a", Some("\u{e9}"), 0, &["a"], &["a"]),
        ("a b c", None, -1, &["a", "b", "c"], &["a", "b", "c"]),
        ("a b c", None, 0, &["a b c"], &["a b c"]),
        ("a b c", None, 1, &["a", "b c"], &["a b", "c"]),
        ("a b c", Some(","), 0, &["a b c"], &["a b c"]),
        ("a b c", Some(" "), 1, &["a", "b c"], &["a b", "c"]),
        ("a b c", Some(" "), 2, &["a", "b", "c"], &["a", "b", "c"]),
        ("a b c", Some("--"), -1, &["a b c"], &["a b c"]),
        ("a b c", Some("a"), 0, &["a b c"], &["a b c"]),
        ("a b c", Some("a"), 1, &["", " b c"], &["", " b c"]),
        ("a b c", Some("aa"), -1, &["a b c"], &["a b c"]),
        ("a b c", Some("aa"), 2, &["a b c"], &["a b c"]),
        ("a b c", Some("X"), -1, &["a b c"], &["a b c"]),
        ("a b c", Some("X"), 1, &["a b c"], &["a b c"]),
        ("a b c", Some("X"), 2, &["a b c"], &["a b c"]),
        ("a b c", Some("\u{65e5}\u{672c}"), 0, &["a b c"], &["a b c"]),
        ("a b c", Some("\u{65e5}\u{672c}"), 2, &["a b c"], &["a b c"]),
        ("a b c", Some(",,"), -1, &["a b c"], &["a b c"]),
        ("a b c", Some("\u{e9}"), -1, &["a b c"], &["a b c"]),
        ("a b c", Some("\u{e9}"), 2, &["a b c"], &["a b c"]),
        ("  a  b  c  ", None, -1, &["a", "b", "c"], &["a", "b", "c"]),
        ("  a  b  c  ", None, 0, &["a  b  c  "], &["  a  b  c"]),
        ("  a  b  c  ", None, 2, &["a", "b", "c  "], &["  a", "b", "c"]),
        ("  a  b  c  ", Some(","), 0, &["  a  b  c  "], &["  a  b  c  "]),
        ("  a  b  c  ", Some(","), 1, &["  a  b  c  "], &["  a  b  c  "]),
        ("  a  b  c  ", Some(","), 2, &["  a  b  c  "], &["  a  b  c  "]),
        ("  a  b  c  ", Some("a"), -1, &["  ", "  b  c  "], &["  ", "  b  c  "]),
        ("  a  b  c  ", Some("a"), 0, &["  a  b  c  "], &["  a  b  c  "]),
        ("  a  b  c  ", Some("a"), 1, &["  ", "  b  c  "], &["  ", "  b  c  "]),
        ("  a  b  c  ", Some("aa"), -1, &["  a  b  c  "], &["  a  b  c  "]),
        ("  a  b  c  ", Some("aa"), 1, &["  a  b  c  "], &["  a  b  c  "]),
        ("  a  b  c  ", Some("aa"), 2, &["  a  b  c  "], &["  a  b  c  "]),
        ("  a  b  c  ", Some("X"), 0, &["  a  b  c  "], &["  a  b  c  "]),
        ("  a  b  c  ", Some("\u{65e5}\u{672c}"), -1, &["  a  b  c  "], &["  a  b  c  "]),
        ("  a  b  c  ", Some("\u{65e5}\u{672c}"), 1, &["  a  b  c  "], &["  a  b  c  "]),
        ("  a  b  c  ", Some("\u{e9}"), 0, &["  a  b  c  "], &["  a  b  c  "]),
        ("  a  b  c  ", Some("\u{e9}"), 1, &["  a  b  c  "], &["  a  b  c  "]),
        ("  a  b  c  ", Some("\u{e9}"), 2, &["  a  b  c  "], &["  a  b  c  "]),
        ("a,b,,c,", None, -1, &["a,b,,c,"], &["a,b,,c,"]),
        ("a,b,,c,", None, 0, &["a,b,,c,"], &["a,b,,c,"]),
        ("a,b,,c,", None, 2, &["a,b,,c,"], &["a,b,,c,"]),
        ("a,b,,c,", Some(","), -1, &["a", "b", "", "c", ""], &["a", "b", "", "c", ""]),
        ("a,b,,c,", Some(" "), 0, &["a,b,,c,"], &["a,b,,c,"]),
        ("a,b,,c,", Some("--"), 2, &["a,b,,c,"], &["a,b,,c,"]),
        ("a,b,,c,", Some("a"), -1, &["", ",b,,c,"], &["", ",b,,c,"]),
        ("a,b,,c,", Some("a"), 1, &["", ",b,,c,"], &["", ",b,,c,"]),
        ("a,b,,c,", Some("a"), 2, &["", ",b,,c,"], &["", ",b,,c,"]),
        ("a,b,,c,", Some("aa"), 0, &["a,b,,c,"], &["a,b,,c,"]),
        ("a,b,,c,", Some("aa"), 1, &["a,b,,c,"], &["a,b,,c,"]),
        ("a,b,,c,", Some("X"), 1, &["a,b,,c,"], &["a,b,,c,"]),
        ("a,b,,c,", Some("\u{65e5}\u{672c}"), 2, &["a,b,,c,"], &["a,b,,c,"]),
        ("a,b,,c,", Some("\u{e9}"), -1, &["a,b,,c,"], &["a,b,,c,"]),
        ("a,b,,c,", Some("\u{e9}"), 0, &["a,b,,c,"], &["a,b,,c,"]),
        ("a,b,,c,", Some("\u{e9}"), 1, &["a,b,,c,"], &["a,b,,c,"]),
        (",a,b", None, -1, &[",a,b"], &[",a,b"]),
        (",a,b", None, 0, &[",a,b"], &[",a,b"]),
        (",a,b", None, 1, &[",a,b"], &[",a,b"]),
        (",a,b", None, 2, &[",a,b"], &[",a,b"]),
        (",a,b", Some(","), -1, &["", "a", "b"], &["", "a", "b"]),
        (",a,b", Some(" "), 0, &[",a,b"], &[",a,b"]),
        (",a,b", Some(" "), 2, &[",a,b"], &[",a,b"]),
        (",a,b", Some("--"), 0, &[",a,b"], &[",a,b"]),
        (",a,b", Some("a"), 2, &[",", ",b"], &[",", ",b"]),
        (",a,b", Some("aa"), -1, &[",a,b"], &[",a,b"]),
        (",a,b", Some("aa"), 0, &[",a,b"], &[",a,b"]),
        (",a,b", Some("aa"), 1, &[",a,b"], &[",a,b"]),
        (",a,b", Some("X"), -1, &[",a,b"], &[",a,b"]),
        (",a,b", Some("X"), 0, &[",a,b"], &[",a,b"]),
        (",a,b", Some("\u{65e5}\u{672c}"), -1, &[",a,b"], &[",a,b"]),
        (",a,b", Some("\u{65e5}\u{672c}"), 1, &[",a,b"], &[",a,b"]),
        (",a,b", Some(",,"), 1, &[",a,b"], &[",a,b"]),
        (",a,b", Some("\u{e9}"), 2, &[",a,b"], &[",a,b"]),
        ("a\tb\nc\u{b}d\u{c}e\rf", None, -1, &["a", "b", "c", "d", "e", "f"], &["a", "b", "c", "d", "e", "f"]),
        ("a\tb\nc\u{b}d\u{c}e\rf", None, 0, &["a\tb\nc\u{b}d\u{c}e\rf"], &["a\tb\nc\u{b}d\u{c}e\rf"]),
        ("a\tb\nc\u{b}d\u{c}e\rf", Some(","), 0, &["a\tb\nc\u{b}d\u{c}e\rf"], &["a\tb\nc\u{b}d\u{c}e\rf"]),
        ("a\tb\nc\u{b}d\u{c}e\rf", Some(" "), -1, &["a\tb\nc\u{b}d\u{c}e\rf"], &["a\tb\nc\u{b}d\u{c}e\rf"]),
        ("a\tb\nc\u{b}d\u{c}e\rf", Some(" "), 0, &["a\tb\nc\u{b}d\u{c}e\rf"], &["a\tb\nc\u{b}d\u{c}e\rf"]),
        ("a\tb\nc\u{b}d\u{c}e\rf", Some(" "), 1, &["a\tb\nc\u{b}d\u{c}e\rf"], &["a\tb\nc\u{b}d\u{c}e\rf"]),
        ("a\tb\nc\u{b}d\u{c}e\rf", Some("--"), 0, &["a\tb\nc\u{b}d\u{c}e\rf"], &["a\tb\nc\u{b}d\u{c}e\rf"]),
        ("a\tb\nc\u{b}d\u{c}e\rf", Some("--"), 1, &["a\tb\nc\u{b}d\u{c}e\rf"], &["a\tb\nc\u{b}d\u{c}e\rf"]),
        ("a\tb\nc\u{b}d\u{c}e\rf", Some("aa"), 2, &["a\tb\nc\u{b}d\u{c}e\rf"], &["a\tb\nc\u{b}d\u{c}e\rf"]),
        ("a\tb\nc\u{b}d\u{c}e\rf", Some("X"), -1, &["a\tb\nc\u{b}d\u{c}e\rf"], &["a\tb\nc\u{b}d\u{c}e\rf"]),
        ("a\tb\nc\u{b}d\u{c}e\rf", Some("X"), 0, &["a\tb\nc\u{b}d\u{c}e\rf"], &["a\tb\nc\u{b}d\u{c}e\rf"]),
        ("a\tb\nc\u{b}d\u{c}e\rf", Some("X"), 1, &["a\tb\nc\u{b}d\u{c}e\rf"], &["a\tb\nc\u{b}d\u{c}e\rf"]),
        ("a\tb\nc\u{b}d\u{c}e\rf", Some("\u{65e5}\u{672c}"), -1, &["a\tb\nc\u{b}d\u{c}e\rf"], &["a\tb\nc\u{b}d\u{c}e\rf"]),
        ("a\tb\nc\u{b}d\u{c}e\rf", Some("\u{65e5}\u{672c}"), 1, &["a\tb\nc\u{b}d\u{c}e\rf"], &["a\tb\nc\u{b}d\u{c}e\rf"]),
        ("a\tb\nc\u{b}d\u{c}e\rf", Some("\u{e9}"), -1, &["a\tb\nc\u{b}d\u{c}e\rf"], &["a\tb\nc\u{b}d\u{c}e\rf"]),
        ("a\tb\nc\u{b}d\u{c}e\rf", Some("\u{e9}"), 2, &["a\tb\nc\u{b}d\u{c}e\rf"], &["a\tb\nc\u{b}d\u{c}e\rf"]),
        ("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e", None, -1, &["a", "b", "c", "d", "e"], &["a", "b", "c", "d", "e"]),
        ("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e", None, 0, &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"], &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"]),
        ("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e", Some(","), 1, &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"], &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"]),
        ("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e", Some(" "), 0, &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"], &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"]),
        ("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e", Some(" "), 1, &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"], &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"]),
        ("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e", Some(" "), 2, &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"], &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"]),
        ("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e", Some("--"), -1, &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"], &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"]),
        ("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e", Some("--"), 1, &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"], &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"]),
        ("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e", Some("--"), 2, &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"], &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"]),
        ("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e", Some("aa"), 1, &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"], &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"]),
        ("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e", Some("aa"), 2, &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"], &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"]),
        ("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e", Some("X"), 0, &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"], &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"]),
        ("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e", Some("X"), 1, &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"], &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"]),
        ("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e", Some("X"), 2, &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"], &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"]),
        ("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e", Some("\u{65e5}\u{672c}"), 1, &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"], &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"]),
        ("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e", Some(",,"), 1, &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"], &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"]),
        ("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e", Some("\u{e9}"), 1, &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"], &["a\u{1c}b\u{1d}c\u{1e}d\u{1f}e"]),
        ("a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h", None, -1, &["a", "b", "c", "d", "e", "f", "g\u{200b}h"], &["a", "b", "c", "d", "e", "f", "g\u{200b}h"]),
        ("a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h", None, 0, &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"], &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"]),
        ("a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h", None, 1, &["a", "b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"], &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f", "g\u{200b}h"]),
        ("a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h", None, 2, &["a", "b", "c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"], &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e", "f", "g\u{200b}h"]),
        ("a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h", Some(","), 0, &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"], &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"]),
        ("a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h", Some(","), 1, &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"], &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"]),
        ("a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h", Some(","), 2, &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"], &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"]),
        ("a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h", Some(" "), -1, &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"], &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"]),
        ("a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h", Some(" "), 1, &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"], &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"]),
        ("a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h", Some(" "), 2, &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"], &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"]),
        ("a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h", Some("--"), 0, &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"], &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"]),
        ("a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h", Some("--"), 1, &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"], &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"]),
        ("a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h", Some("--"), 2, &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"], &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"]),
        ("a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h", Some("a"), 2, &["", "\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"], &["", "\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"]),
        ("a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h", Some("aa"), -1, &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"], &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"]),
        ("a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h", Some("\u{65e5}\u{672c}"), -1, &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"], &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"]),
        ("a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h", Some("\u{65e5}\u{672c}"), 1, &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"], &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"]),
        ("a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h", Some("\u{e9}"), -1, &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"], &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"]),
        ("a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h", Some("\u{e9}"), 0, &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"], &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"]),
        ("a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h", Some("\u{e9}"), 1, &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"], &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"]),
        ("a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h", Some("\u{e9}"), 2, &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"], &["a\u{85}b\u{a0}c\u{2028}d\u{2029}e\u{3000}f\u{2000}g\u{200b}h"]),
        ("aaa", None, -1, &["aaa"], &["aaa"]),
        ("aaa", None, 0, &["aaa"], &["aaa"]),
        ("aaa", None, 1, &["aaa"], &["aaa"]),
        ("aaa", None, 2, &["aaa"], &["aaa"]),
        ("aaa", Some(","), 1, &["aaa"], &["aaa"]),
        ("aaa", Some(" "), -1, &["aaa"], &["aaa"]),
        ("aaa", Some(" "), 1, &["aaa"], &["aaa"]),
        ("aaa", Some("a"), 0, &["aaa"], &["aaa"]),
        ("aaa", Some("a"), 2, &["", "", "a"], &["a", "", ""]),
        ("aaa", Some("aa"), 1, &["", "a"], &["a", ""]),
        ("aaa", Some("X"), 2, &["aaa"], &["aaa"]),
        ("aaa", Some("\u{65e5}\u{672c}"), -1, &["aaa"], &["aaa"]),
        ("aaa", Some(",,"), 2, &["aaa"], &["aaa"]),
        ("aaa", Some("\u{e9}"), -1, &["aaa"], &["aaa"]),
        ("aaa", Some("\u{e9}"), 0, &["aaa"], &["aaa"]),
        ("aaa", Some("\u{e9}"), 1, &["aaa"], &["aaa"]),
        ("aXbXc", None, -1, &["aXbXc"], &["aXbXc"]),
        ("aXbXc", None, 0, &["aXbXc"], &["aXbXc"]),
        ("aXbXc", None, 1, &["aXbXc"], &["aXbXc"]),
        ("aXbXc", None, 2, &["aXbXc"], &["aXbXc"]),
        ("aXbXc", Some(","), 0, &["aXbXc"], &["aXbXc"]),
        ("aXbXc", Some(","), 1, &["aXbXc"], &["aXbXc"]),
        ("aXbXc", Some(" "), 0, &["aXbXc"], &["aXbXc"]),
        ("aXbXc", Some(" "), 1, &["aXbXc"], &["aXbXc"]),
        ("aXbXc", Some("a"), 0, &["aXbXc"], &["aXbXc"]),
        ("aXbXc", Some("a"), 1, &["", "XbXc"], &["", "XbXc"]),
        ("aXbXc", Some("a"), 2, &["", "XbXc"], &["", "XbXc"]),
        ("aXbXc", Some("aa"), -1, &["aXbXc"], &["aXbXc"]),
        ("aXbXc", Some("aa"), 0, &["aXbXc"], &["aXbXc"]),
        ("aXbXc", Some("X"), -1, &["a", "b", "c"], &["a", "b", "c"]),
        ("aXbXc", Some("X"), 0, &["aXbXc"], &["aXbXc"]),
        ("aXbXc", Some(",,"), -1, &["aXbXc"], &["aXbXc"]),
        ("aXbXc", Some(",,"), 0, &["aXbXc"], &["aXbXc"]),
        ("aXbXc", Some("\u{e9}"), -1, &["aXbXc"], &["aXbXc"]),
        ("one--two--three", None, -1, &["one--two--three"], &["one--two--three"]),
        ("one--two--three", None, 0, &["one--two--three"], &["one--two--three"]),
        ("one--two--three", None, 2, &["one--two--three"], &["one--two--three"]),
        ("one--two--three", Some(","), 1, &["one--two--three"], &["one--two--three"]),
        ("one--two--three", Some(" "), -1, &["one--two--three"], &["one--two--three"]),
        ("one--two--three", Some(" "), 0, &["one--two--three"], &["one--two--three"]),
        ("one--two--three", Some(" "), 1, &["one--two--three"], &["one--two--three"]),
        ("one--two--three", Some(" "), 2, &["one--two--three"], &["one--two--three"]),
        ("one--two--three", Some("--"), -1, &["one", "two", "three"], &["one", "two", "three"]),
        ("one--two--three", Some("--"), 0, &["one--two--three"], &["one--two--three"]),
        ("one--two--three", Some("--"), 1, &["one", "two--three"], &["one--two", "three"]),
        ("one--two--three", Some("--"), 2, &["one", "two", "three"], &["one", "two", "three"]),
        ("one--two--three", Some("aa"), 0, &["one--two--three"], &["one--two--three"]),
        ("one--two--three", Some("aa"), 2, &["one--two--three"], &["one--two--three"]),
        ("one--two--three", Some("X"), -1, &["one--two--three"], &["one--two--three"]),
        ("one--two--three", Some("\u{65e5}\u{672c}"), -1, &["one--two--three"], &["one--two--three"]),
        ("one--two--three", Some(",,"), 1, &["one--two--three"], &["one--two--three"]),
        ("\u{65e5}\u{672c},\u{8a9e},,", None, -1, &["\u{65e5}\u{672c},\u{8a9e},,"], &["\u{65e5}\u{672c},\u{8a9e},,"]),
        ("\u{65e5}\u{672c},\u{8a9e},,", None, 0, &["\u{65e5}\u{672c},\u{8a9e},,"], &["\u{65e5}\u{672c},\u{8a9e},,"]),
        ("\u{65e5}\u{672c},\u{8a9e},,", None, 1, &["\u{65e5}\u{672c},\u{8a9e},,"], &["\u{65e5}\u{672c},\u{8a9e},,"]),
        ("\u{65e5}\u{672c},\u{8a9e},,", None, 2, &["\u{65e5}\u{672c},\u{8a9e},,"], &["\u{65e5}\u{672c},\u{8a9e},,"]),
        ("\u{65e5}\u{672c},\u{8a9e},,", Some("--"), -1, &["\u{65e5}\u{672c},\u{8a9e},,"], &["\u{65e5}\u{672c},\u{8a9e},,"]),
        ("\u{65e5}\u{672c},\u{8a9e},,", Some("a"), 2, &["\u{65e5}\u{672c},\u{8a9e},,"], &["\u{65e5}\u{672c},\u{8a9e},,"]),
        ("\u{65e5}\u{672c},\u{8a9e},,", Some("aa"), 1, &["\u{65e5}\u{672c},\u{8a9e},,"], &["\u{65e5}\u{672c},\u{8a9e},,"]),
        ("\u{65e5}\u{672c},\u{8a9e},,", Some("X"), 2, &["\u{65e5}\u{672c},\u{8a9e},,"], &["\u{65e5}\u{672c},\u{8a9e},,"]),
        ("\u{65e5}\u{672c},\u{8a9e},,", Some("\u{65e5}\u{672c}"), 0, &["\u{65e5}\u{672c},\u{8a9e},,"], &["\u{65e5}\u{672c},\u{8a9e},,"]),
        ("\u{65e5}\u{672c},\u{8a9e},,", Some("\u{65e5}\u{672c}"), 1, &["", ",\u{8a9e},,"], &["", ",\u{8a9e},,"]),
        ("\u{65e5}\u{672c},\u{8a9e},,", Some("\u{65e5}\u{672c}"), 2, &["", ",\u{8a9e},,"], &["", ",\u{8a9e},,"]),
        ("\u{65e5}\u{672c},\u{8a9e},,", Some(",,"), 1, &["\u{65e5}\u{672c},\u{8a9e}", ""], &["\u{65e5}\u{672c},\u{8a9e}", ""]),
        ("\u{65e5}\u{672c},\u{8a9e},,", Some("\u{e9}"), -1, &["\u{65e5}\u{672c},\u{8a9e},,"], &["\u{65e5}\u{672c},\u{8a9e},,"]),
        ("\u{e9} \u{e9}  \u{e9}", None, -1, &["\u{e9}", "\u{e9}", "\u{e9}"], &["\u{e9}", "\u{e9}", "\u{e9}"]),
        ("\u{e9} \u{e9}  \u{e9}", None, 0, &["\u{e9} \u{e9}  \u{e9}"], &["\u{e9} \u{e9}  \u{e9}"]),
        ("\u{e9} \u{e9}  \u{e9}", None, 1, &["\u{e9}", "\u{e9}  \u{e9}"], &["\u{e9} \u{e9}", "\u{e9}"]),
        ("\u{e9} \u{e9}  \u{e9}", None, 2, &["\u{e9}", "\u{e9}", "\u{e9}"], &["\u{e9}", "\u{e9}", "\u{e9}"]),
        ("\u{e9} \u{e9}  \u{e9}", Some(","), -1, &["\u{e9} \u{e9}  \u{e9}"], &["\u{e9} \u{e9}  \u{e9}"]),
        ("\u{e9} \u{e9}  \u{e9}", Some(","), 0, &["\u{e9} \u{e9}  \u{e9}"], &["\u{e9} \u{e9}  \u{e9}"]),
        ("\u{e9} \u{e9}  \u{e9}", Some(","), 2, &["\u{e9} \u{e9}  \u{e9}"], &["\u{e9} \u{e9}  \u{e9}"]),
        ("\u{e9} \u{e9}  \u{e9}", Some(" "), -1, &["\u{e9}", "\u{e9}", "", "\u{e9}"], &["\u{e9}", "\u{e9}", "", "\u{e9}"]),
        ("\u{e9} \u{e9}  \u{e9}", Some(" "), 0, &["\u{e9} \u{e9}  \u{e9}"], &["\u{e9} \u{e9}  \u{e9}"]),
        ("\u{e9} \u{e9}  \u{e9}", Some(" "), 1, &["\u{e9}", "\u{e9}  \u{e9}"], &["\u{e9} \u{e9} ", "\u{e9}"]),
        ("\u{e9} \u{e9}  \u{e9}", Some("--"), 1, &["\u{e9} \u{e9}  \u{e9}"], &["\u{e9} \u{e9}  \u{e9}"]),
        ("\u{e9} \u{e9}  \u{e9}", Some("a"), 1, &["\u{e9} \u{e9}  \u{e9}"], &["\u{e9} \u{e9}  \u{e9}"]),
        ("\u{e9} \u{e9}  \u{e9}", Some("aa"), -1, &["\u{e9} \u{e9}  \u{e9}"], &["\u{e9} \u{e9}  \u{e9}"]),
        ("\u{e9} \u{e9}  \u{e9}", Some("aa"), 1, &["\u{e9} \u{e9}  \u{e9}"], &["\u{e9} \u{e9}  \u{e9}"]),
        ("\u{e9} \u{e9}  \u{e9}", Some("aa"), 2, &["\u{e9} \u{e9}  \u{e9}"], &["\u{e9} \u{e9}  \u{e9}"]),
        ("\u{e9} \u{e9}  \u{e9}", Some("X"), 0, &["\u{e9} \u{e9}  \u{e9}"], &["\u{e9} \u{e9}  \u{e9}"]),
        ("\u{e9} \u{e9}  \u{e9}", Some("\u{65e5}\u{672c}"), 0, &["\u{e9} \u{e9}  \u{e9}"], &["\u{e9} \u{e9}  \u{e9}"]),
        ("\u{e9} \u{e9}  \u{e9}", Some("\u{65e5}\u{672c}"), 2, &["\u{e9} \u{e9}  \u{e9}"], &["\u{e9} \u{e9}  \u{e9}"]),
        ("\u{e9} \u{e9}  \u{e9}", Some("\u{e9}"), -1, &["", " ", "  ", ""], &["", " ", "  ", ""]),
        ("\u{e9} \u{e9}  \u{e9}", Some("\u{e9}"), 0, &["\u{e9} \u{e9}  \u{e9}"], &["\u{e9} \u{e9}  \u{e9}"]),
        ("abcabc", None, -1, &["abcabc"], &["abcabc"]),
        ("abcabc", None, 0, &["abcabc"], &["abcabc"]),
        ("abcabc", None, 2, &["abcabc"], &["abcabc"]),
        ("abcabc", Some(","), -1, &["abcabc"], &["abcabc"]),
        ("abcabc", Some(","), 1, &["abcabc"], &["abcabc"]),
        ("abcabc", Some(" "), 1, &["abcabc"], &["abcabc"]),
        ("abcabc", Some(" "), 2, &["abcabc"], &["abcabc"]),
        ("abcabc", Some("--"), 2, &["abcabc"], &["abcabc"]),
        ("abcabc", Some("a"), -1, &["", "bc", "bc"], &["", "bc", "bc"]),
        ("abcabc", Some("a"), 1, &["", "bcabc"], &["abc", "bc"]),
        ("abcabc", Some("a"), 2, &["", "bc", "bc"], &["", "bc", "bc"]),
        ("abcabc", Some("aa"), -1, &["abcabc"], &["abcabc"]),
        ("abcabc", Some("aa"), 2, &["abcabc"], &["abcabc"]),
        ("abcabc", Some("X"), 0, &["abcabc"], &["abcabc"]),
        ("abcabc", Some("\u{65e5}\u{672c}"), -1, &["abcabc"], &["abcabc"]),
        ("abcabc", Some("\u{65e5}\u{672c}"), 1, &["abcabc"], &["abcabc"]),
        ("abcabc", Some("\u{65e5}\u{672c}"), 2, &["abcabc"], &["abcabc"]),
        ("abcabc", Some(",,"), -1, &["abcabc"], &["abcabc"]),
        ("abcabc", Some(",,"), 0, &["abcabc"], &["abcabc"]),
        ("abcabc", Some(",,"), 1, &["abcabc"], &["abcabc"]),
        ("abcabc", Some("\u{e9}"), -1, &["abcabc"], &["abcabc"]),
        ("abcabc", Some("\u{e9}"), 0, &["abcabc"], &["abcabc"]),
        (" \u{3000} x \u{3000} ", None, -1, &["x"], &["x"]),
        (" \u{3000} x \u{3000} ", None, 0, &["x \u{3000} "], &[" \u{3000} x"]),
        (" \u{3000} x \u{3000} ", None, 2, &["x"], &["x"]),
        (" \u{3000} x \u{3000} ", Some(","), -1, &[" \u{3000} x \u{3000} "], &[" \u{3000} x \u{3000} "]),
        (" \u{3000} x \u{3000} ", Some(","), 0, &[" \u{3000} x \u{3000} "], &[" \u{3000} x \u{3000} "]),
        (" \u{3000} x \u{3000} ", Some(","), 1, &[" \u{3000} x \u{3000} "], &[" \u{3000} x \u{3000} "]),
        (" \u{3000} x \u{3000} ", Some(","), 2, &[" \u{3000} x \u{3000} "], &[" \u{3000} x \u{3000} "]),
        (" \u{3000} x \u{3000} ", Some(" "), -1, &["", "\u{3000}", "x", "\u{3000}", ""], &["", "\u{3000}", "x", "\u{3000}", ""]),
        (" \u{3000} x \u{3000} ", Some(" "), 0, &[" \u{3000} x \u{3000} "], &[" \u{3000} x \u{3000} "]),
        (" \u{3000} x \u{3000} ", Some(" "), 1, &["", "\u{3000} x \u{3000} "], &[" \u{3000} x \u{3000}", ""]),
        (" \u{3000} x \u{3000} ", Some(" "), 2, &["", "\u{3000}", "x \u{3000} "], &[" \u{3000} x", "\u{3000}", ""]),
        (" \u{3000} x \u{3000} ", Some("--"), -1, &[" \u{3000} x \u{3000} "], &[" \u{3000} x \u{3000} "]),
        (" \u{3000} x \u{3000} ", Some("--"), 1, &[" \u{3000} x \u{3000} "], &[" \u{3000} x \u{3000} "]),
        (" \u{3000} x \u{3000} ", Some("a"), 2, &[" \u{3000} x \u{3000} "], &[" \u{3000} x \u{3000} "]),
        (" \u{3000} x \u{3000} ", Some("aa"), 1, &[" \u{3000} x \u{3000} "], &[" \u{3000} x \u{3000} "]),
        (" \u{3000} x \u{3000} ", Some("X"), -1, &[" \u{3000} x \u{3000} "], &[" \u{3000} x \u{3000} "]),
        (" \u{3000} x \u{3000} ", Some("X"), 0, &[" \u{3000} x \u{3000} "], &[" \u{3000} x \u{3000} "]),
        (" \u{3000} x \u{3000} ", Some("X"), 1, &[" \u{3000} x \u{3000} "], &[" \u{3000} x \u{3000} "]),
        (" \u{3000} x \u{3000} ", Some("X"), 2, &[" \u{3000} x \u{3000} "], &[" \u{3000} x \u{3000} "]),
        (" \u{3000} x \u{3000} ", Some("\u{65e5}\u{672c}"), -1, &[" \u{3000} x \u{3000} "], &[" \u{3000} x \u{3000} "]),
        (" \u{3000} x \u{3000} ", Some(",,"), -1, &[" \u{3000} x \u{3000} "], &[" \u{3000} x \u{3000} "]),
        (" \u{3000} x \u{3000} ", Some(",,"), 0, &[" \u{3000} x \u{3000} "], &[" \u{3000} x \u{3000} "]),
        (" \u{3000} x \u{3000} ", Some("\u{e9}"), -1, &[" \u{3000} x \u{3000} "], &[" \u{3000} x \u{3000} "]),
        (" \u{3000} x \u{3000} ", Some("\u{e9}"), 0, &[" \u{3000} x \u{3000} "], &[" \u{3000} x \u{3000} "]),
        (" \u{3000} x \u{3000} ", Some("\u{e9}"), 2, &[" \u{3000} x \u{3000} "], &[" \u{3000} x \u{3000} "]),
        ("x\u{180e}y", None, -1, &["x\u{180e}y"], &["x\u{180e}y"]),
        ("x\u{180e}y", None, 0, &["x\u{180e}y"], &["x\u{180e}y"]),
        ("x\u{180e}y", None, 1, &["x\u{180e}y"], &["x\u{180e}y"]),
        ("x\u{180e}y", Some(","), 1, &["x\u{180e}y"], &["x\u{180e}y"]),
        ("x\u{180e}y", Some(" "), -1, &["x\u{180e}y"], &["x\u{180e}y"]),
        ("x\u{180e}y", Some("--"), 2, &["x\u{180e}y"], &["x\u{180e}y"]),
        ("x\u{180e}y", Some("a"), -1, &["x\u{180e}y"], &["x\u{180e}y"]),
        ("x\u{180e}y", Some("a"), 1, &["x\u{180e}y"], &["x\u{180e}y"]),
        ("x\u{180e}y", Some("a"), 2, &["x\u{180e}y"], &["x\u{180e}y"]),
        ("x\u{180e}y", Some("aa"), -1, &["x\u{180e}y"], &["x\u{180e}y"]),
        ("x\u{180e}y", Some("aa"), 2, &["x\u{180e}y"], &["x\u{180e}y"]),
        ("x\u{180e}y", Some("X"), -1, &["x\u{180e}y"], &["x\u{180e}y"]),
        ("x\u{180e}y", Some("X"), 0, &["x\u{180e}y"], &["x\u{180e}y"]),
        ("x\u{180e}y", Some("\u{65e5}\u{672c}"), -1, &["x\u{180e}y"], &["x\u{180e}y"]),
        ("x\u{180e}y", Some("\u{65e5}\u{672c}"), 1, &["x\u{180e}y"], &["x\u{180e}y"]),
        ("x\u{180e}y", Some("\u{65e5}\u{672c}"), 2, &["x\u{180e}y"], &["x\u{180e}y"]),
        ("x\u{180e}y", Some(",,"), 0, &["x\u{180e}y"], &["x\u{180e}y"]),
        ("x\u{180e}y", Some("\u{e9}"), -1, &["x\u{180e}y"], &["x\u{180e}y"]),
        ("x\u{180e}y", Some("\u{e9}"), 1, &["x\u{180e}y"], &["x\u{180e}y"]),
        ("x\u{180e}y", Some("\u{e9}"), 2, &["x\u{180e}y"], &["x\u{180e}y"]),
        ("\u{200a}\u{200a}end", None, -1, &["end"], &["end"]),
        ("\u{200a}\u{200a}end", None, 0, &["end"], &["\u{200a}\u{200a}end"]),
        ("\u{200a}\u{200a}end", None, 1, &["end"], &["end"]),
        ("\u{200a}\u{200a}end", None, 2, &["end"], &["end"]),
        ("\u{200a}\u{200a}end", Some(","), 2, &["\u{200a}\u{200a}end"], &["\u{200a}\u{200a}end"]),
        ("\u{200a}\u{200a}end", Some(" "), -1, &["\u{200a}\u{200a}end"], &["\u{200a}\u{200a}end"]),
        ("\u{200a}\u{200a}end", Some("--"), -1, &["\u{200a}\u{200a}end"], &["\u{200a}\u{200a}end"]),
        ("\u{200a}\u{200a}end", Some("--"), 0, &["\u{200a}\u{200a}end"], &["\u{200a}\u{200a}end"]),
        ("\u{200a}\u{200a}end", Some("--"), 1, &["\u{200a}\u{200a}end"], &["\u{200a}\u{200a}end"]),
        ("\u{200a}\u{200a}end", Some("a"), 1, &["\u{200a}\u{200a}end"], &["\u{200a}\u{200a}end"]),
        ("\u{200a}\u{200a}end", Some("aa"), 0, &["\u{200a}\u{200a}end"], &["\u{200a}\u{200a}end"]),
        ("\u{200a}\u{200a}end", Some("X"), 2, &["\u{200a}\u{200a}end"], &["\u{200a}\u{200a}end"]),
        ("\u{200a}\u{200a}end", Some("\u{65e5}\u{672c}"), 1, &["\u{200a}\u{200a}end"], &["\u{200a}\u{200a}end"]),
        ("\u{200a}\u{200a}end", Some(",,"), 0, &["\u{200a}\u{200a}end"], &["\u{200a}\u{200a}end"]),
        ("\u{200a}\u{200a}end", Some(",,"), 1, &["\u{200a}\u{200a}end"], &["\u{200a}\u{200a}end"]),
        ("\u{200a}\u{200a}end", Some(",,"), 2, &["\u{200a}\u{200a}end"], &["\u{200a}\u{200a}end"]),
        ("\u{200a}\u{200a}end", Some("\u{e9}"), -1, &["\u{200a}\u{200a}end"], &["\u{200a}\u{200a}end"]),
        ("\u{200a}\u{200a}end", Some("\u{e9}"), 0, &["\u{200a}\u{200a}end"], &["\u{200a}\u{200a}end"]),
    ];

    #[rustfmt::skip]
    const SPLITLINES: &[(&str, &[&str], &[&str])] = &[
        ("", &[], &[]),
        ("\n", &[""], &["\n"]),
        ("a", &["a"], &["a"]),
        ("a\n", &["a"], &["a\n"]),
        ("a\nb", &["a", "b"], &["a\n", "b"]),
        ("a\r\nb", &["a", "b"], &["a\r\n", "b"]),
        ("a\rb", &["a", "b"], &["a\r", "b"]),
        ("a\n\rb", &["a", "", "b"], &["a\n", "\r", "b"]),
        ("a\r\r\nb", &["a", "", "b"], &["a\r", "\r\n", "b"]),
        ("\r\n", &[""], &["\r\n"]),
        ("\n\n", &["", ""], &["\n", "\n"]),
        ("a\u{b}b\u{c}c", &["a", "b", "c"], &["a\u{b}", "b\u{c}", "c"]),
        ("a\u{1c}b\u{1d}c\u{1e}d\u{1f}e", &["a", "b", "c", "d\u{1f}e"], &["a\u{1c}", "b\u{1d}", "c\u{1e}", "d\u{1f}e"]),
        ("a\u{85}b", &["a", "b"], &["a\u{85}", "b"]),
        ("a\u{2028}b\u{2029}c", &["a", "b", "c"], &["a\u{2028}", "b\u{2029}", "c"]),
        ("a\u{2028}", &["a"], &["a\u{2028}"]),
        ("x\ry\n", &["x", "y"], &["x\r", "y\n"]),
        ("\r", &[""], &["\r"]),
        ("a\n\nb\n\n", &["a", "", "b", ""], &["a\n", "\n", "b\n", "\n"]),
        ("\u{65e5}\u{672c}\r\n\u{8a9e}", &["\u{65e5}\u{672c}", "\u{8a9e}"], &["\u{65e5}\u{672c}\r\n", "\u{8a9e}"]),
        ("abc\u{c}", &["abc"], &["abc\u{c}"]),
    ];

    #[rustfmt::skip]
    const STRIP: &[(&str, Option<&str>, &str, &str, &str)] = &[
        ("", None, "", "", ""),
        ("", Some(""), "", "", ""),
        ("", Some("x"), "", "", ""),
        ("", Some("\u{65e5}"), "", "", ""),
        ("", Some("\u{200b}"), "", "", ""),
        ("  ", None, "", "", ""),
        ("  ", Some(""), "  ", "  ", "  "),
        ("  ", Some("ab"), "  ", "  ", "  "),
        ("  ", Some(" \u{e9}"), "", "", ""),
        (" a ", None, "a", "a ", " a"),
        (" a ", Some("x"), " a ", " a ", " a "),
        (" a ", Some("\u{65e5}"), " a ", " a ", " a "),
        (" a ", Some("abc"), " a ", " a ", " a "),
        ("\t\n a b \r\u{b}\u{c}", None, "a b", "a b \r\u{b}\u{c}", "\t\n a b"),
        ("\t\n a b \r\u{b}\u{c}", Some(""), "\t\n a b \r\u{b}\u{c}", "\t\n a b \r\u{b}\u{c}", "\t\n a b \r\u{b}\u{c}"),
        ("\t\n a b \r\u{b}\u{c}", Some("x"), "\t\n a b \r\u{b}\u{c}", "\t\n a b \r\u{b}\u{c}", "\t\n a b \r\u{b}\u{c}"),
        ("\t\n a b \r\u{b}\u{c}", Some("\u{65e5}"), "\t\n a b \r\u{b}\u{c}", "\t\n a b \r\u{b}\u{c}", "\t\n a b \r\u{b}\u{c}"),
        ("\t\n a b \r\u{b}\u{c}", Some(" \u{e9}"), "\t\n a b \r\u{b}\u{c}", "\t\n a b \r\u{b}\u{c}", "\t\n a b \r\u{b}\u{c}"),
        ("\u{1c}\u{1f}a\u{1e}\u{1d}", None, "a", "a\u{1e}\u{1d}", "\u{1c}\u{1f}a"),
        ("\u{1c}\u{1f}a\u{1e}\u{1d}", Some(""), "\u{1c}\u{1f}a\u{1e}\u{1d}", "\u{1c}\u{1f}a\u{1e}\u{1d}", "\u{1c}\u{1f}a\u{1e}\u{1d}"),
        ("\u{1c}\u{1f}a\u{1e}\u{1d}", Some("ab"), "\u{1c}\u{1f}a\u{1e}\u{1d}", "\u{1c}\u{1f}a\u{1e}\u{1d}", "\u{1c}\u{1f}a\u{1e}\u{1d}"),
        ("\u{85}\u{a0}a\u{3000}\u{2028}", None, "a", "a\u{3000}\u{2028}", "\u{85}\u{a0}a"),
        ("\u{85}\u{a0}a\u{3000}\u{2028}", Some("x"), "\u{85}\u{a0}a\u{3000}\u{2028}", "\u{85}\u{a0}a\u{3000}\u{2028}", "\u{85}\u{a0}a\u{3000}\u{2028}"),
        ("\u{85}\u{a0}a\u{3000}\u{2028}", Some("\u{65e5}"), "\u{85}\u{a0}a\u{3000}\u{2028}", "\u{85}\u{a0}a\u{3000}\u{2028}", "\u{85}\u{a0}a\u{3000}\u{2028}"),
        ("xxaxx", None, "xxaxx", "xxaxx", "xxaxx"),
        ("xxaxx", Some(""), "xxaxx", "xxaxx", "xxaxx"),
        ("xxaxx", Some("\u{65e5}"), "xxaxx", "xxaxx", "xxaxx"),
        ("xxaxx", Some("abc"), "xxaxx", "xxaxx", "xxaxx"),
        ("xxaxx", Some("\u{200b}"), "xxaxx", "xxaxx", "xxaxx"),
        ("abcba", None, "abcba", "abcba", "abcba"),
        ("abcba", Some("x"), "abcba", "abcba", "abcba"),
        ("abcba", Some("\u{65e5}"), "abcba", "abcba", "abcba"),
        ("abcba", Some(" \u{e9}"), "abcba", "abcba", "abcba"),
        ("abcba", Some("\u{200b}"), "abcba", "abcba", "abcba"),
        ("\u{65e5}\u{672c}\u{8a9e}\u{65e5}", None, "\u{65e5}\u{672c}\u{8a9e}\u{65e5}", "\u{65e5}\u{672c}\u{8a9e}\u{65e5}", "\u{65e5}\u{672c}\u{8a9e}\u{65e5}"),
        ("\u{65e5}\u{672c}\u{8a9e}\u{65e5}", Some(""), "\u{65e5}\u{672c}\u{8a9e}\u{65e5}", "\u{65e5}\u{672c}\u{8a9e}\u{65e5}", "\u{65e5}\u{672c}\u{8a9e}\u{65e5}"),
        ("\u{65e5}\u{672c}\u{8a9e}\u{65e5}", Some("x"), "\u{65e5}\u{672c}\u{8a9e}\u{65e5}", "\u{65e5}\u{672c}\u{8a9e}\u{65e5}", "\u{65e5}\u{672c}\u{8a9e}\u{65e5}"),
        ("\u{65e5}\u{672c}\u{8a9e}\u{65e5}", Some("abc"), "\u{65e5}\u{672c}\u{8a9e}\u{65e5}", "\u{65e5}\u{672c}\u{8a9e}\u{65e5}", "\u{65e5}\u{672c}\u{8a9e}\u{65e5}"),
        ("\u{e9} a \u{e9}", None, "\u{e9} a \u{e9}", "\u{e9} a \u{e9}", "\u{e9} a \u{e9}"),
        ("\u{e9} a \u{e9}", Some(""), "\u{e9} a \u{e9}", "\u{e9} a \u{e9}", "\u{e9} a \u{e9}"),
        ("\u{e9} a \u{e9}", Some("\u{65e5}"), "\u{e9} a \u{e9}", "\u{e9} a \u{e9}", "\u{e9} a \u{e9}"),
        ("\u{e9} a \u{e9}", Some("\u{200b}"), "\u{e9} a \u{e9}", "\u{e9} a \u{e9}", "\u{e9} a \u{e9}"),
        ("\u{200b}x\u{200b}", None, "\u{200b}x\u{200b}", "\u{200b}x\u{200b}", "\u{200b}x\u{200b}"),
        ("\u{200b}x\u{200b}", Some(""), "\u{200b}x\u{200b}", "\u{200b}x\u{200b}", "\u{200b}x\u{200b}"),
        ("\u{200b}x\u{200b}", Some("x"), "\u{200b}x\u{200b}", "\u{200b}x\u{200b}", "\u{200b}x\u{200b}"),
        ("\u{200b}x\u{200b}", Some("ab"), "\u{200b}x\u{200b}", "\u{200b}x\u{200b}", "\u{200b}x\u{200b}"),
        ("\u{200b}x\u{200b}", Some("\u{200b}"), "x", "x\u{200b}", "\u{200b}x"),
        ("aaa", None, "aaa", "aaa", "aaa"),
        ("aaa", Some("ab"), "", "", ""),
        ("aaa", Some("abc"), "", "", ""),
        ("aaa", Some("\u{200b}"), "aaa", "aaa", "aaa"),
    ];

    #[rustfmt::skip]
    const PARTITION: &[(&str, &str, &str, &str, &str, &str, &str, &str)] = &[
        ("abc", "b", "a", "b", "c", "a", "b", "c"),
        ("abc", "x", "abc", "", "", "", "", "abc"),
        ("a,b,c", ",", "a", ",", "b,c", "a,b", ",", "c"),
        ("", "a", "", "", "", "", "", ""),
        ("aaa", "aa", "", "aa", "a", "a", "aa", ""),
        ("\u{65e5}\u{672c}\u{8a9e}\u{672c}", "\u{672c}", "\u{65e5}", "\u{672c}", "\u{8a9e}\u{672c}", "\u{65e5}\u{672c}\u{8a9e}", "\u{672c}", ""),
        ("x\u{e9}y\u{e9}z", "\u{e9}", "x", "\u{e9}", "y\u{e9}z", "x\u{e9}y", "\u{e9}", "z"),
        ("abc", "abc", "", "abc", "", "", "abc", ""),
        ("abcabc", "bc", "a", "bc", "abc", "abca", "bc", ""),
        ("ab", "abc", "ab", "", "", "", "", "ab"),
    ];

    #[rustfmt::skip]
    const FIND: &[(&str, &str, Option<i64>, Option<i64>, i64, i64, usize, bool, bool)] = &[
        ("", "", Some(-100), None, 0, 0, 1, true, true),
        ("", "", Some(-100), Some(0), 0, 0, 1, true, true),
        ("", "", Some(5), Some(-100), -1, -1, 0, false, false),
        ("", "", Some(5), Some(0), -1, -1, 0, false, false),
        ("", "", None, Some(3), 0, 0, 1, true, true),
        ("", "", Some(2), Some(100), -1, -1, 0, false, false),
        ("", "", None, Some(-100), 0, 0, 1, true, true),
        ("", "", None, None, 0, 0, 1, true, true),
        ("", "a", Some(5), Some(-100), -1, -1, 0, false, false),
        ("", "a", Some(-1), Some(100), -1, -1, 0, false, false),
        ("", "a", Some(2), Some(2), -1, -1, 0, false, false),
        ("", "a", Some(-2), Some(-2), -1, -1, 0, false, false),
        ("", "a", Some(1), Some(-2), -1, -1, 0, false, false),
        ("", "a", Some(5), Some(0), -1, -1, 0, false, false),
        ("", "a", Some(2), Some(100), -1, -1, 0, false, false),
        ("", "a", None, None, -1, -1, 0, false, false),
        ("", "b", Some(0), Some(2), -1, -1, 0, false, false),
        ("", "b", Some(3), Some(-100), -1, -1, 0, false, false),
        ("", "b", Some(-100), Some(-2), -1, -1, 0, false, false),
        ("", "b", Some(4), Some(-100), -1, -1, 0, false, false),
        ("", "b", Some(-1), Some(0), -1, -1, 0, false, false),
        ("", "b", Some(1), Some(0), -1, -1, 0, false, false),
        ("", "b", Some(-1), Some(-100), -1, -1, 0, false, false),
        ("", "b", None, None, -1, -1, 0, false, false),
        ("", "ab", Some(-2), Some(2), -1, -1, 0, false, false),
        ("", "ab", Some(5), Some(100), -1, -1, 0, false, false),
        ("", "ab", Some(3), Some(2), -1, -1, 0, false, false),
        ("", "ab", Some(1), Some(0), -1, -1, 0, false, false),
        ("", "ab", Some(-2), Some(-2), -1, -1, 0, false, false),
        ("", "ab", Some(-100), Some(1), -1, -1, 0, false, false),
        ("", "ab", Some(0), None, -1, -1, 0, false, false),
        ("", "ab", None, None, -1, -1, 0, false, false),
        ("", "\u{e9}", Some(100), Some(100), -1, -1, 0, false, false),
        ("", "\u{e9}", Some(-1), Some(2), -1, -1, 0, false, false),
        ("", "\u{e9}", Some(4), Some(3), -1, -1, 0, false, false),
        ("", "\u{e9}", None, None, -1, -1, 0, false, false),
        ("", "\u{e9}", Some(3), Some(-100), -1, -1, 0, false, false),
        ("", "\u{e9}", Some(1), Some(5), -1, -1, 0, false, false),
        ("", "\u{e9}", Some(-1), Some(4), -1, -1, 0, false, false),
        ("", "\u{e9}", None, None, -1, -1, 0, false, false),
        ("", "\u{65e5}\u{672c}", Some(3), Some(100), -1, -1, 0, false, false),
        ("", "\u{65e5}\u{672c}", Some(2), None, -1, -1, 0, false, false),
        ("", "\u{65e5}\u{672c}", Some(1), Some(-100), -1, -1, 0, false, false),
        ("", "\u{65e5}\u{672c}", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("", "\u{65e5}\u{672c}", Some(1), Some(3), -1, -1, 0, false, false),
        ("", "\u{65e5}\u{672c}", Some(-1), Some(1), -1, -1, 0, false, false),
        ("", "\u{65e5}\u{672c}", Some(5), Some(-100), -1, -1, 0, false, false),
        ("", "\u{65e5}\u{672c}", None, None, -1, -1, 0, false, false),
        ("", "x", Some(1), Some(2), -1, -1, 0, false, false),
        ("", "x", Some(0), Some(0), -1, -1, 0, false, false),
        ("", "x", Some(1), Some(0), -1, -1, 0, false, false),
        ("", "x", None, Some(1), -1, -1, 0, false, false),
        ("", "x", Some(-2), None, -1, -1, 0, false, false),
        ("", "x", None, None, -1, -1, 0, false, false),
        ("", "x", Some(3), Some(5), -1, -1, 0, false, false),
        ("", "x", None, None, -1, -1, 0, false, false),
        ("", "\u{1f600}y", Some(1), None, -1, -1, 0, false, false),
        ("", "\u{1f600}y", Some(5), Some(100), -1, -1, 0, false, false),
        ("", "\u{1f600}y", Some(-1), Some(4), -1, -1, 0, false, false),
        ("", "\u{1f600}y", Some(100), Some(5), -1, -1, 0, false, false),
        ("", "\u{1f600}y", Some(0), Some(100), -1, -1, 0, false, false),
        ("", "\u{1f600}y", None, Some(4), -1, -1, 0, false, false),
        ("", "\u{1f600}y", Some(5), Some(-1), -1, -1, 0, false, false),
        ("", "\u{1f600}y", None, None, -1, -1, 0, false, false),
        ("", "aa", Some(2), Some(100), -1, -1, 0, false, false),
        ("", "aa", Some(5), Some(5), -1, -1, 0, false, false),
        ("", "aa", Some(1), Some(5), -1, -1, 0, false, false),
        ("", "aa", Some(3), Some(4), -1, -1, 0, false, false),
        ("", "aa", Some(-2), Some(2), -1, -1, 0, false, false),
        ("", "aa", Some(-100), Some(-2), -1, -1, 0, false, false),
        ("", "aa", Some(3), Some(3), -1, -1, 0, false, false),
        ("", "aa", None, None, -1, -1, 0, false, false),
        ("", "abc", Some(0), Some(0), -1, -1, 0, false, false),
        ("", "abc", Some(-1), Some(100), -1, -1, 0, false, false),
        ("", "abc", None, Some(0), -1, -1, 0, false, false),
        ("", "abc", Some(-100), Some(1), -1, -1, 0, false, false),
        ("", "abc", Some(1), Some(-100), -1, -1, 0, false, false),
        ("", "abc", Some(3), None, -1, -1, 0, false, false),
        ("", "abc", Some(100), Some(100), -1, -1, 0, false, false),
        ("", "abc", None, None, -1, -1, 0, false, false),
        ("abc", "", Some(-100), Some(4), 0, 3, 4, true, true),
        ("abc", "", Some(1), Some(0), -1, -1, 0, false, false),
        ("abc", "", Some(-2), Some(1), 1, 1, 1, true, true),
        ("abc", "", Some(3), Some(100), 3, 3, 1, true, true),
        ("abc", "", Some(-2), Some(2), 1, 2, 2, true, true),
        ("abc", "", None, Some(0), 0, 0, 1, true, true),
        ("abc", "", Some(1), Some(1), 1, 1, 1, true, true),
        ("abc", "", None, None, 0, 3, 4, true, true),
        ("abc", "a", Some(-2), Some(5), -1, -1, 0, false, false),
        ("abc", "a", Some(-100), Some(4), 0, 0, 1, true, false),
        ("abc", "a", Some(1), Some(4), -1, -1, 0, false, false),
        ("abc", "a", Some(-100), Some(2), 0, 0, 1, true, false),
        ("abc", "a", Some(5), Some(2), -1, -1, 0, false, false),
        ("abc", "a", Some(-2), None, -1, -1, 0, false, false),
        ("abc", "a", Some(3), Some(5), -1, -1, 0, false, false),
        ("abc", "a", None, None, 0, 0, 1, true, false),
        ("abc", "b", Some(3), Some(-1), -1, -1, 0, false, false),
        ("abc", "b", Some(-100), Some(0), -1, -1, 0, false, false),
        ("abc", "b", Some(100), Some(-2), -1, -1, 0, false, false),
        ("abc", "b", Some(100), Some(5), -1, -1, 0, false, false),
        ("abc", "b", Some(100), Some(-100), -1, -1, 0, false, false),
        ("abc", "b", Some(100), Some(1), -1, -1, 0, false, false),
        ("abc", "b", Some(-1), Some(3), -1, -1, 0, false, false),
        ("abc", "b", None, None, 1, 1, 1, false, false),
        ("abc", "ab", None, Some(1), -1, -1, 0, false, false),
        ("abc", "ab", Some(-100), Some(3), 0, 0, 1, true, false),
        ("abc", "ab", Some(5), Some(1), -1, -1, 0, false, false),
        ("abc", "ab", Some(1), Some(-1), -1, -1, 0, false, false),
        ("abc", "ab", None, Some(-1), 0, 0, 1, true, true),
        ("abc", "ab", Some(0), Some(100), 0, 0, 1, true, false),
        ("abc", "ab", Some(4), Some(-100), -1, -1, 0, false, false),
        ("abc", "ab", None, None, 0, 0, 1, true, false),
        ("abc", "\u{e9}", Some(5), Some(-100), -1, -1, 0, false, false),
        ("abc", "\u{e9}", Some(-2), Some(1), -1, -1, 0, false, false),
        ("abc", "\u{e9}", Some(0), None, -1, -1, 0, false, false),
        ("abc", "\u{e9}", Some(0), Some(2), -1, -1, 0, false, false),
        ("abc", "\u{e9}", Some(2), Some(100), -1, -1, 0, false, false),
        ("abc", "\u{e9}", Some(100), Some(1), -1, -1, 0, false, false),
        ("abc", "\u{e9}", Some(4), Some(5), -1, -1, 0, false, false),
        ("abc", "\u{e9}", None, None, -1, -1, 0, false, false),
        ("abc", "\u{65e5}\u{672c}", Some(2), Some(1), -1, -1, 0, false, false),
        ("abc", "\u{65e5}\u{672c}", Some(5), Some(-100), -1, -1, 0, false, false),
        ("abc", "\u{65e5}\u{672c}", Some(0), Some(3), -1, -1, 0, false, false),
        ("abc", "\u{65e5}\u{672c}", Some(1), Some(1), -1, -1, 0, false, false),
        ("abc", "\u{65e5}\u{672c}", Some(100), None, -1, -1, 0, false, false),
        ("abc", "\u{65e5}\u{672c}", Some(-2), Some(2), -1, -1, 0, false, false),
        ("abc", "\u{65e5}\u{672c}", Some(100), Some(-100), -1, -1, 0, false, false),
        ("abc", "\u{65e5}\u{672c}", None, None, -1, -1, 0, false, false),
        ("abc", "x", Some(5), Some(5), -1, -1, 0, false, false),
        ("abc", "x", Some(5), Some(1), -1, -1, 0, false, false),
        ("abc", "x", Some(-100), Some(1), -1, -1, 0, false, false),
        ("abc", "x", Some(3), Some(-2), -1, -1, 0, false, false),
        ("abc", "x", Some(100), Some(-1), -1, -1, 0, false, false),
        ("abc", "x", Some(4), Some(-1), -1, -1, 0, false, false),
        ("abc", "x", Some(5), Some(2), -1, -1, 0, false, false),
        ("abc", "x", None, None, -1, -1, 0, false, false),
        ("abc", "\u{1f600}y", Some(100), Some(1), -1, -1, 0, false, false),
        ("abc", "\u{1f600}y", Some(5), Some(2), -1, -1, 0, false, false),
        ("abc", "\u{1f600}y", None, Some(-100), -1, -1, 0, false, false),
        ("abc", "\u{1f600}y", None, Some(-1), -1, -1, 0, false, false),
        ("abc", "\u{1f600}y", Some(-2), Some(2), -1, -1, 0, false, false),
        ("abc", "\u{1f600}y", Some(-2), Some(100), -1, -1, 0, false, false),
        ("abc", "\u{1f600}y", Some(-100), Some(2), -1, -1, 0, false, false),
        ("abc", "\u{1f600}y", None, None, -1, -1, 0, false, false),
        ("abc", "aa", Some(2), Some(-100), -1, -1, 0, false, false),
        ("abc", "aa", Some(-100), Some(-2), -1, -1, 0, false, false),
        ("abc", "aa", Some(1), Some(2), -1, -1, 0, false, false),
        ("abc", "aa", Some(-1), Some(5), -1, -1, 0, false, false),
        ("abc", "aa", None, Some(5), -1, -1, 0, false, false),
        ("abc", "aa", Some(-100), Some(0), -1, -1, 0, false, false),
        ("abc", "aa", Some(2), Some(1), -1, -1, 0, false, false),
        ("abc", "aa", None, None, -1, -1, 0, false, false),
        ("abc", "abc", Some(1), Some(-1), -1, -1, 0, false, false),
        ("abc", "abc", Some(0), Some(-2), -1, -1, 0, false, false),
        ("abc", "abc", Some(-2), Some(1), -1, -1, 0, false, false),
        ("abc", "abc", Some(-2), Some(3), -1, -1, 0, false, false),
        ("abc", "abc", Some(3), Some(1), -1, -1, 0, false, false),
        ("abc", "abc", Some(-1), Some(100), -1, -1, 0, false, false),
        ("abc", "abc", Some(3), Some(0), -1, -1, 0, false, false),
        ("abc", "abc", None, None, 0, 0, 1, true, true),
        ("a\u{e9}b\u{e9}c", "", Some(5), Some(3), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "", Some(-1), Some(-1), 4, 4, 1, true, true),
        ("a\u{e9}b\u{e9}c", "", Some(0), Some(-2), 0, 3, 4, true, true),
        ("a\u{e9}b\u{e9}c", "", Some(100), Some(100), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "", Some(100), Some(-2), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "", None, Some(-100), 0, 0, 1, true, true),
        ("a\u{e9}b\u{e9}c", "", Some(-2), Some(-100), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "", None, None, 0, 5, 6, true, true),
        ("a\u{e9}b\u{e9}c", "a", Some(1), Some(1), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "a", Some(5), Some(0), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "a", Some(1), Some(-1), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "a", Some(-100), Some(5), 0, 0, 1, true, false),
        ("a\u{e9}b\u{e9}c", "a", None, Some(100), 0, 0, 1, true, false),
        ("a\u{e9}b\u{e9}c", "a", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "a", Some(2), Some(-2), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "a", None, None, 0, 0, 1, true, false),
        ("a\u{e9}b\u{e9}c", "b", None, Some(-100), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "b", Some(5), Some(-100), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "b", Some(4), Some(2), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "b", Some(0), Some(-2), 2, 2, 1, false, true),
        ("a\u{e9}b\u{e9}c", "b", None, Some(-1), 2, 2, 1, false, false),
        ("a\u{e9}b\u{e9}c", "b", Some(2), Some(0), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "b", Some(5), Some(-1), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "b", None, None, 2, 2, 1, false, false),
        ("a\u{e9}b\u{e9}c", "ab", Some(-100), Some(-2), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "ab", Some(2), Some(5), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "ab", Some(5), Some(100), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "ab", None, Some(-1), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "ab", Some(5), None, -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "ab", Some(-1), Some(3), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "ab", Some(-1), Some(5), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "ab", None, None, -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "\u{e9}", Some(4), Some(2), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "\u{e9}", Some(4), Some(5), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "\u{e9}", Some(1), Some(-100), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "\u{e9}", Some(5), Some(1), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "\u{e9}", Some(1), Some(2), 1, 1, 1, true, true),
        ("a\u{e9}b\u{e9}c", "\u{e9}", Some(100), Some(0), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "\u{e9}", Some(100), Some(1), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "\u{e9}", None, None, 1, 3, 2, false, false),
        ("a\u{e9}b\u{e9}c", "\u{65e5}\u{672c}", Some(5), Some(1), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "\u{65e5}\u{672c}", Some(100), Some(-2), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "\u{65e5}\u{672c}", Some(1), Some(-2), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "\u{65e5}\u{672c}", Some(-100), Some(0), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "\u{65e5}\u{672c}", Some(5), Some(100), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "\u{65e5}\u{672c}", Some(0), Some(-100), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "\u{65e5}\u{672c}", None, Some(2), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "\u{65e5}\u{672c}", None, None, -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "x", Some(-2), Some(5), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "x", Some(3), Some(-2), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "x", Some(100), Some(1), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "x", Some(100), Some(-100), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "x", Some(-1), Some(2), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "x", None, Some(4), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "x", Some(2), Some(3), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "x", None, None, -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "\u{1f600}y", None, Some(1), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "\u{1f600}y", Some(1), Some(-1), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "\u{1f600}y", Some(-100), None, -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "\u{1f600}y", Some(0), None, -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "\u{1f600}y", Some(-100), Some(2), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "\u{1f600}y", Some(-1), None, -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "\u{1f600}y", Some(-1), Some(0), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "\u{1f600}y", None, None, -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "aa", Some(5), Some(5), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "aa", Some(5), Some(1), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "aa", Some(4), Some(-1), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "aa", Some(-1), Some(-2), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "aa", Some(0), Some(3), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "aa", None, Some(5), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "aa", Some(4), Some(0), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "aa", None, None, -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "abc", Some(1), Some(100), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "abc", Some(-100), Some(3), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "abc", None, Some(2), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "abc", Some(-1), Some(1), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "abc", Some(-2), Some(4), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "abc", Some(100), Some(5), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "abc", Some(5), Some(3), -1, -1, 0, false, false),
        ("a\u{e9}b\u{e9}c", "abc", None, None, -1, -1, 0, false, false),
        ("ababab", "", Some(1), Some(100), 1, 6, 6, true, true),
        ("ababab", "", Some(5), Some(-1), 5, 5, 1, true, true),
        ("ababab", "", Some(-2), Some(2), -1, -1, 0, false, false),
        ("ababab", "", Some(-1), Some(100), 5, 6, 2, true, true),
        ("ababab", "", Some(100), Some(4), -1, -1, 0, false, false),
        ("ababab", "", Some(-100), Some(2), 0, 2, 3, true, true),
        ("ababab", "", Some(3), Some(0), -1, -1, 0, false, false),
        ("ababab", "", None, None, 0, 6, 7, true, true),
        ("ababab", "a", Some(2), Some(5), 2, 4, 2, true, true),
        ("ababab", "a", Some(1), Some(-2), 2, 2, 1, false, false),
        ("ababab", "a", Some(3), Some(-2), -1, -1, 0, false, false),
        ("ababab", "a", Some(0), Some(4), 0, 2, 2, true, false),
        ("ababab", "a", Some(-100), Some(2), 0, 0, 1, true, false),
        ("ababab", "a", Some(1), Some(4), 2, 2, 1, false, false),
        ("ababab", "a", Some(5), None, -1, -1, 0, false, false),
        ("ababab", "a", None, None, 0, 4, 3, true, false),
        ("ababab", "b", Some(2), Some(100), 3, 5, 2, false, true),
        ("ababab", "b", Some(4), Some(3), -1, -1, 0, false, false),
        ("ababab", "b", None, Some(-1), 1, 3, 2, false, false),
        ("ababab", "b", Some(5), Some(5), -1, -1, 0, false, false),
        ("ababab", "b", None, None, 1, 5, 3, false, true),
        ("ababab", "b", Some(-2), Some(4), -1, -1, 0, false, false),
        ("ababab", "b", None, Some(1), -1, -1, 0, false, false),
        ("ababab", "b", None, None, 1, 5, 3, false, true),
        ("ababab", "ab", Some(-100), Some(-2), 0, 2, 2, true, true),
        ("ababab", "ab", None, Some(3), 0, 0, 1, true, false),
        ("ababab", "ab", Some(1), Some(-2), 2, 2, 1, false, true),
        ("ababab", "ab", Some(3), Some(0), -1, -1, 0, false, false),
        ("ababab", "ab", Some(1), Some(4), 2, 2, 1, false, true),
        ("ababab", "ab", Some(2), Some(100), 2, 4, 2, true, true),
        ("ababab", "ab", Some(2), Some(5), 2, 2, 1, true, false),
        ("ababab", "ab", None, None, 0, 4, 3, true, true),
        ("ababab", "\u{e9}", Some(5), Some(4), -1, -1, 0, false, false),
        ("ababab", "\u{e9}", Some(-100), Some(2), -1, -1, 0, false, false),
        ("ababab", "\u{e9}", Some(100), None, -1, -1, 0, false, false),
        ("ababab", "\u{e9}", Some(4), Some(-2), -1, -1, 0, false, false),
        ("ababab", "\u{e9}", Some(0), Some(0), -1, -1, 0, false, false),
        ("ababab", "\u{e9}", Some(-1), Some(4), -1, -1, 0, false, false),
        ("ababab", "\u{e9}", Some(-100), None, -1, -1, 0, false, false),
        ("ababab", "\u{e9}", None, None, -1, -1, 0, false, false),
        ("ababab", "\u{65e5}\u{672c}", Some(-1), Some(0), -1, -1, 0, false, false),
        ("ababab", "\u{65e5}\u{672c}", Some(5), Some(3), -1, -1, 0, false, false),
        ("ababab", "\u{65e5}\u{672c}", Some(0), Some(4), -1, -1, 0, false, false),
        ("ababab", "\u{65e5}\u{672c}", Some(0), Some(100), -1, -1, 0, false, false),
        ("ababab", "\u{65e5}\u{672c}", Some(0), Some(2), -1, -1, 0, false, false),
        ("ababab", "\u{65e5}\u{672c}", Some(-100), Some(2), -1, -1, 0, false, false),
        ("ababab", "\u{65e5}\u{672c}", Some(0), Some(0), -1, -1, 0, false, false),
        ("ababab", "\u{65e5}\u{672c}", None, None, -1, -1, 0, false, false),
        ("ababab", "x", Some(5), Some(4), -1, -1, 0, false, false),
        ("ababab", "x", Some(0), Some(-2), -1, -1, 0, false, false),
        ("ababab", "x", Some(-100), Some(1), -1, -1, 0, false, false),
        ("ababab", "x", Some(-100), Some(-1), -1, -1, 0, false, false),
        ("ababab", "x", Some(-2), Some(-100), -1, -1, 0, false, false),
        ("ababab", "x", Some(1), Some(5), -1, -1, 0, false, false),
        ("ababab", "x", Some(-1), Some(-2), -1, -1, 0, false, false),
        ("ababab", "x", None, None, -1, -1, 0, false, false),
        ("ababab", "\u{1f600}y", Some(0), None, -1, -1, 0, false, false),
        ("ababab", "\u{1f600}y", Some(3), Some(5), -1, -1, 0, false, false),
        ("ababab", "\u{1f600}y", Some(-1), Some(3), -1, -1, 0, false, false),
        ("ababab", "\u{1f600}y", Some(1), None, -1, -1, 0, false, false),
        ("ababab", "\u{1f600}y", Some(4), Some(-1), -1, -1, 0, false, false),
        ("ababab", "\u{1f600}y", Some(4), Some(1), -1, -1, 0, false, false),
        ("ababab", "\u{1f600}y", Some(-100), Some(4), -1, -1, 0, false, false),
        ("ababab", "\u{1f600}y", None, None, -1, -1, 0, false, false),
        ("ababab", "aa", Some(-2), Some(4), -1, -1, 0, false, false),
        ("ababab", "aa", Some(3), Some(-2), -1, -1, 0, false, false),
        ("ababab", "aa", Some(3), Some(1), -1, -1, 0, false, false),
        ("ababab", "aa", Some(1), Some(5), -1, -1, 0, false, false),
        ("ababab", "aa", Some(-1), Some(5), -1, -1, 0, false, false),
        ("ababab", "aa", Some(3), Some(100), -1, -1, 0, false, false),
        ("ababab", "aa", Some(1), Some(1), -1, -1, 0, false, false),
        ("ababab", "aa", None, None, -1, -1, 0, false, false),
        ("ababab", "abc", Some(-100), Some(-2), -1, -1, 0, false, false),
        ("ababab", "abc", Some(-100), Some(1), -1, -1, 0, false, false),
        ("ababab", "abc", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("ababab", "abc", Some(5), Some(5), -1, -1, 0, false, false),
        ("ababab", "abc", Some(100), Some(-1), -1, -1, 0, false, false),
        ("ababab", "abc", Some(5), Some(-100), -1, -1, 0, false, false),
        ("ababab", "abc", Some(-100), Some(100), -1, -1, 0, false, false),
        ("ababab", "abc", None, None, -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", Some(2), Some(4), 2, 4, 3, true, true),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", Some(-2), Some(1), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", Some(-2), Some(2), 2, 2, 1, true, true),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", Some(0), Some(0), 0, 0, 1, true, true),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", Some(4), Some(2), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", Some(100), Some(-1), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", Some(-100), Some(-1), 0, 3, 4, true, true),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", None, None, 0, 4, 5, true, true),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", Some(5), Some(4), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", None, Some(5), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", Some(3), Some(3), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", None, Some(3), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", Some(2), Some(-1), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", None, Some(-100), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", Some(-100), Some(-1), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", None, None, -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "b", Some(0), Some(-100), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "b", Some(-100), Some(5), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "b", Some(0), Some(4), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "b", None, Some(100), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "b", Some(4), Some(-1), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "b", Some(1), Some(5), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "b", Some(-1), Some(3), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "b", None, None, -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", Some(1), Some(0), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", Some(100), Some(5), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", Some(100), Some(-1), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", Some(-2), Some(2), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", Some(2), Some(4), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", Some(3), Some(0), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", None, Some(1), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", None, None, -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", Some(1), Some(4), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", Some(1), Some(-2), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", Some(1), Some(5), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", Some(5), Some(1), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", Some(0), Some(-2), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", Some(2), Some(4), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", Some(4), Some(100), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", None, None, -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", Some(2), Some(5), 2, 2, 1, true, true),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", Some(-2), Some(2), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", Some(4), Some(2), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", Some(100), Some(4), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", Some(5), Some(100), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", Some(-2), Some(5), 2, 2, 1, true, true),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", None, None, 0, 2, 2, true, true),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "x", Some(4), Some(100), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "x", None, Some(3), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "x", Some(4), Some(1), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "x", Some(0), Some(1), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "x", Some(4), Some(-1), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "x", Some(-2), Some(3), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "x", Some(-1), Some(3), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "x", None, None, -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{1f600}y", Some(-2), Some(4), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{1f600}y", Some(4), Some(1), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{1f600}y", Some(-100), Some(1), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{1f600}y", None, Some(100), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{1f600}y", Some(0), Some(-1), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{1f600}y", Some(2), Some(2), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{1f600}y", Some(5), Some(-100), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{1f600}y", None, None, -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "aa", None, None, -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "aa", Some(1), Some(100), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "aa", Some(2), Some(-2), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "aa", None, Some(1), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "aa", Some(-2), Some(0), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "aa", Some(3), Some(2), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "aa", Some(0), Some(4), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "aa", None, None, -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "abc", Some(4), Some(0), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "abc", Some(0), Some(1), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "abc", Some(4), Some(2), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "abc", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "abc", Some(0), Some(0), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "abc", Some(-2), Some(5), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "abc", Some(100), Some(100), -1, -1, 0, false, false),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "abc", None, None, -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "", Some(-100), Some(0), 0, 0, 1, true, true),
        ("xx\u{1f600}yy\u{1f600}", "", Some(5), None, 5, 6, 2, true, true),
        ("xx\u{1f600}yy\u{1f600}", "", Some(4), Some(0), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "", Some(0), Some(1), 0, 1, 2, true, true),
        ("xx\u{1f600}yy\u{1f600}", "", Some(4), Some(5), 4, 5, 2, true, true),
        ("xx\u{1f600}yy\u{1f600}", "", None, Some(100), 0, 6, 7, true, true),
        ("xx\u{1f600}yy\u{1f600}", "", Some(1), None, 1, 6, 6, true, true),
        ("xx\u{1f600}yy\u{1f600}", "", None, None, 0, 6, 7, true, true),
        ("xx\u{1f600}yy\u{1f600}", "a", Some(100), Some(-100), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "a", Some(-100), Some(-2), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "a", Some(-100), None, -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "a", Some(-100), Some(2), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "a", Some(3), Some(3), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "a", Some(5), Some(5), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "a", Some(2), Some(1), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "a", None, None, -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "b", Some(-2), Some(1), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "b", Some(5), Some(4), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "b", Some(4), Some(5), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "b", Some(2), Some(5), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "b", None, Some(4), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "b", Some(2), None, -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "b", Some(3), Some(-100), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "b", None, None, -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "ab", Some(1), Some(5), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "ab", Some(-1), Some(3), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "ab", None, Some(2), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "ab", Some(-100), Some(4), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "ab", Some(-2), Some(4), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "ab", Some(5), Some(5), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "ab", None, Some(-1), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "ab", None, None, -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "\u{e9}", Some(4), Some(4), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "\u{e9}", Some(-100), Some(100), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "\u{e9}", Some(1), Some(-2), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "\u{e9}", Some(-2), Some(-100), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "\u{e9}", Some(100), Some(0), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "\u{e9}", Some(2), Some(-1), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "\u{e9}", None, Some(-2), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "\u{e9}", None, None, -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "\u{65e5}\u{672c}", Some(0), Some(3), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "\u{65e5}\u{672c}", Some(3), Some(100), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "\u{65e5}\u{672c}", Some(5), Some(-1), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "\u{65e5}\u{672c}", Some(-2), Some(100), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "\u{65e5}\u{672c}", None, Some(1), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "\u{65e5}\u{672c}", Some(2), Some(3), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "\u{65e5}\u{672c}", Some(5), Some(100), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "\u{65e5}\u{672c}", None, None, -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "x", Some(2), None, -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "x", Some(2), Some(-2), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "x", Some(4), Some(-1), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "x", Some(0), None, 0, 1, 2, true, false),
        ("xx\u{1f600}yy\u{1f600}", "x", Some(1), Some(-1), 1, 1, 1, true, false),
        ("xx\u{1f600}yy\u{1f600}", "x", Some(-2), Some(3), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "x", Some(1), Some(2), 1, 1, 1, true, true),
        ("xx\u{1f600}yy\u{1f600}", "x", None, None, 0, 1, 2, true, false),
        ("xx\u{1f600}yy\u{1f600}", "\u{1f600}y", Some(100), Some(5), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "\u{1f600}y", None, Some(5), 2, 2, 1, false, false),
        ("xx\u{1f600}yy\u{1f600}", "\u{1f600}y", Some(5), None, -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "\u{1f600}y", Some(2), Some(-2), 2, 2, 1, true, true),
        ("xx\u{1f600}yy\u{1f600}", "\u{1f600}y", Some(0), Some(-2), 2, 2, 1, false, true),
        ("xx\u{1f600}yy\u{1f600}", "\u{1f600}y", Some(-2), Some(-100), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "\u{1f600}y", Some(100), Some(-2), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "\u{1f600}y", None, None, 2, 2, 1, false, false),
        ("xx\u{1f600}yy\u{1f600}", "aa", Some(1), Some(1), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "aa", Some(2), Some(3), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "aa", None, None, -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "aa", Some(1), Some(2), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "aa", Some(0), Some(100), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "aa", Some(-100), Some(100), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "aa", Some(0), Some(-2), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "aa", None, None, -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "abc", Some(-100), Some(4), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "abc", Some(0), Some(0), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "abc", Some(1), Some(4), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "abc", Some(-1), Some(3), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "abc", Some(-2), Some(-100), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "abc", Some(100), Some(-1), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "abc", Some(-1), Some(100), -1, -1, 0, false, false),
        ("xx\u{1f600}yy\u{1f600}", "abc", None, None, -1, -1, 0, false, false),
        ("aaaa", "", Some(1), Some(1), 1, 1, 1, true, true),
        ("aaaa", "", Some(100), Some(3), -1, -1, 0, false, false),
        ("aaaa", "", Some(-2), Some(4), 2, 4, 3, true, true),
        ("aaaa", "", None, Some(4), 0, 4, 5, true, true),
        ("aaaa", "", Some(3), Some(0), -1, -1, 0, false, false),
        ("aaaa", "", Some(4), Some(100), 4, 4, 1, true, true),
        ("aaaa", "", None, Some(-1), 0, 3, 4, true, true),
        ("aaaa", "", None, None, 0, 4, 5, true, true),
        ("aaaa", "a", Some(0), Some(-2), 0, 1, 2, true, true),
        ("aaaa", "a", Some(2), Some(100), 2, 3, 2, true, true),
        ("aaaa", "a", Some(1), Some(4), 1, 3, 3, true, true),
        ("aaaa", "a", Some(1), Some(-2), 1, 1, 1, true, true),
        ("aaaa", "a", Some(-2), Some(4), 2, 3, 2, true, true),
        ("aaaa", "a", Some(100), Some(0), -1, -1, 0, false, false),
        ("aaaa", "a", Some(3), Some(-1), -1, -1, 0, false, false),
        ("aaaa", "a", None, None, 0, 3, 4, true, true),
        ("aaaa", "b", Some(100), Some(-100), -1, -1, 0, false, false),
        ("aaaa", "b", Some(100), Some(-1), -1, -1, 0, false, false),
        ("aaaa", "b", Some(-100), Some(-1), -1, -1, 0, false, false),
        ("aaaa", "b", Some(1), Some(5), -1, -1, 0, false, false),
        ("aaaa", "b", Some(-2), Some(3), -1, -1, 0, false, false),
        ("aaaa", "b", Some(100), Some(4), -1, -1, 0, false, false),
        ("aaaa", "b", Some(0), Some(100), -1, -1, 0, false, false),
        ("aaaa", "b", None, None, -1, -1, 0, false, false),
        ("aaaa", "ab", Some(100), None, -1, -1, 0, false, false),
        ("aaaa", "ab", Some(5), Some(1), -1, -1, 0, false, false),
        ("aaaa", "ab", Some(-100), Some(-1), -1, -1, 0, false, false),
        ("aaaa", "ab", Some(-1), Some(2), -1, -1, 0, false, false),
        ("aaaa", "ab", None, Some(0), -1, -1, 0, false, false),
        ("aaaa", "ab", None, Some(-1), -1, -1, 0, false, false),
        ("aaaa", "ab", Some(5), Some(2), -1, -1, 0, false, false),
        ("aaaa", "ab", None, None, -1, -1, 0, false, false),
        ("aaaa", "\u{e9}", Some(100), Some(5), -1, -1, 0, false, false),
        ("aaaa", "\u{e9}", Some(1), Some(-1), -1, -1, 0, false, false),
        ("aaaa", "\u{e9}", None, Some(100), -1, -1, 0, false, false),
        ("aaaa", "\u{e9}", Some(-1), Some(4), -1, -1, 0, false, false),
        ("aaaa", "\u{e9}", Some(-1), Some(100), -1, -1, 0, false, false),
        ("aaaa", "\u{e9}", Some(100), Some(4), -1, -1, 0, false, false),
        ("aaaa", "\u{e9}", Some(3), Some(4), -1, -1, 0, false, false),
        ("aaaa", "\u{e9}", None, None, -1, -1, 0, false, false),
        ("aaaa", "\u{65e5}\u{672c}", Some(1), Some(3), -1, -1, 0, false, false),
        ("aaaa", "\u{65e5}\u{672c}", Some(0), Some(-2), -1, -1, 0, false, false),
        ("aaaa", "\u{65e5}\u{672c}", Some(0), Some(-100), -1, -1, 0, false, false),
        ("aaaa", "\u{65e5}\u{672c}", Some(3), None, -1, -1, 0, false, false),
        ("aaaa", "\u{65e5}\u{672c}", Some(1), Some(4), -1, -1, 0, false, false),
        ("aaaa", "\u{65e5}\u{672c}", Some(4), Some(4), -1, -1, 0, false, false),
        ("aaaa", "\u{65e5}\u{672c}", Some(2), Some(-1), -1, -1, 0, false, false),
        ("aaaa", "\u{65e5}\u{672c}", None, None, -1, -1, 0, false, false),
        ("aaaa", "x", Some(-1), Some(1), -1, -1, 0, false, false),
        ("aaaa", "x", Some(-1), Some(100), -1, -1, 0, false, false),
        ("aaaa", "x", Some(0), Some(-2), -1, -1, 0, false, false),
        ("aaaa", "x", Some(-2), Some(1), -1, -1, 0, false, false),
        ("aaaa", "x", Some(-1), Some(-2), -1, -1, 0, false, false),
        ("aaaa", "x", Some(0), Some(5), -1, -1, 0, false, false),
        ("aaaa", "x", Some(1), Some(4), -1, -1, 0, false, false),
        ("aaaa", "x", None, None, -1, -1, 0, false, false),
        ("aaaa", "\u{1f600}y", Some(-2), Some(3), -1, -1, 0, false, false),
        ("aaaa", "\u{1f600}y", Some(-1), Some(100), -1, -1, 0, false, false),
        ("aaaa", "\u{1f600}y", Some(100), Some(0), -1, -1, 0, false, false),
        ("aaaa", "\u{1f600}y", Some(2), Some(4), -1, -1, 0, false, false),
        ("aaaa", "\u{1f600}y", Some(-2), Some(-100), -1, -1, 0, false, false),
        ("aaaa", "\u{1f600}y", Some(2), Some(-100), -1, -1, 0, false, false),
        ("aaaa", "\u{1f600}y", Some(0), Some(-100), -1, -1, 0, false, false),
        ("aaaa", "\u{1f600}y", None, None, -1, -1, 0, false, false),
        ("aaaa", "aa", Some(2), Some(100), 2, 2, 1, true, true),
        ("aaaa", "aa", Some(-2), Some(1), -1, -1, 0, false, false),
        ("aaaa", "aa", Some(-1), Some(-100), -1, -1, 0, false, false),
        ("aaaa", "aa", Some(2), Some(1), -1, -1, 0, false, false),
        ("aaaa", "aa", Some(-100), Some(4), 0, 2, 2, true, true),
        ("aaaa", "aa", Some(1), None, 1, 2, 1, true, true),
        ("aaaa", "aa", Some(-1), None, -1, -1, 0, false, false),
        ("aaaa", "aa", None, None, 0, 2, 2, true, true),
        ("aaaa", "abc", Some(-1), Some(-100), -1, -1, 0, false, false),
        ("aaaa", "abc", None, Some(5), -1, -1, 0, false, false),
        ("aaaa", "abc", Some(1), Some(100), -1, -1, 0, false, false),
        ("aaaa", "abc", Some(2), Some(4), -1, -1, 0, false, false),
        ("aaaa", "abc", Some(3), Some(-100), -1, -1, 0, false, false),
        ("aaaa", "abc", Some(-2), Some(2), -1, -1, 0, false, false),
        ("aaaa", "abc", Some(-2), Some(3), -1, -1, 0, false, false),
        ("aaaa", "abc", None, None, -1, -1, 0, false, false),
    ];

    #[rustfmt::skip]
    const REPLACE: &[(&str, &str, &str, i64, &str)] = &[
        ("abc", "", "-", -1, "-a-b-c-"),
        ("abc", "", "-", 2, "-a-bc"),
        ("", "", "x", -1, "x"),
        ("", "", "x", 1, "x"),
        ("", "", "x", 0, ""),
        ("aaa", "a", "b", -1, "bbb"),
        ("aaa", "a", "b", 2, "bba"),
        ("aaa", "aa", "b", -1, "ba"),
        ("abc", "x", "y", -1, "abc"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}", "\u{306b}", -1, "\u{306b}\u{672c}\u{306b}\u{672c}"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", "|", 3, "|\u{65e5}|\u{672c}|\u{65e5}\u{672c}"),
        ("ab", "ab", "", -1, ""),
        ("aaaa", "a", "", 0, "aaaa"),
        ("\u{e9}\u{e9}", "\u{e9}", "e\u{301}", -1, "e\u{301}e\u{301}"),
        ("x\u{1f600}x", "\u{1f600}", "", -1, "xx"),
        ("abcabc", "bc", "BCD", 1, "aBCDabc"),
        ("a", "a", "aa", -5, "aa"),
    ];

    #[rustfmt::skip]
    const EXPANDTABS: &[(&str, i64, &str)] = &[
        ("a\tb", 8, "a       b"),
        ("a\tb", 4, "a   b"),
        ("a\tb", 0, "ab"),
        ("a\tb", -1, "ab"),
        ("\t", 1, " "),
        ("ab\tc\td", 3, "ab c  d"),
        ("abc\ndef\tg", 4, "abc\ndef g"),
        ("ab\rc\td", 4, "ab\rc   d"),
        ("\u{65e5}\u{672c}\t\u{8a9e}", 4, "\u{65e5}\u{672c}  \u{8a9e}"),
        ("\t\t", 2, "    "),
        ("no tabs", 8, "no tabs"),
        ("a\u{b}\tb", 4, "a\u{b}  b"),
        ("a\u{2028}\tb", 4, "a\u{2028}  b"),
    ];

    #[rustfmt::skip]
    const CASES: &[(&str, &str, &str, &str, &str, &str, &str)] = &[
        ("", "", "", "", "", "", ""),
        ("hello world", "hello world", "HELLO WORLD", "Hello World", "Hello world", "HELLO WORLD", "hello world"),
        ("Hello World", "hello world", "HELLO WORLD", "Hello World", "Hello world", "hELLO wORLD", "hello world"),
        ("HELLO", "hello", "HELLO", "Hello", "Hello", "hello", "hello"),
        ("they're bill's friends from the UK", "they're bill's friends from the uk", "THEY'RE BILL'S FRIENDS FROM THE UK", "They'Re Bill'S Friends From The Uk", "They're bill's friends from the uk", "THEY'RE BILL'S FRIENDS FROM THE uk", "they're bill's friends from the uk"),
        ("\u{1c6}a", "\u{1c6}a", "\u{1c4}A", "\u{1c5}a", "\u{1c5}a", "\u{1c4}A", "\u{1c6}a"),
        ("\u{1c5}ungla", "\u{1c6}ungla", "\u{1c4}UNGLA", "\u{1c5}ungla", "\u{1c5}ungla", "\u{1c5}UNGLA", "\u{1c6}ungla"),
        ("\u{1c4}UNGLA", "\u{1c6}ungla", "\u{1c4}UNGLA", "\u{1c5}ungla", "\u{1c5}ungla", "\u{1c6}ungla", "\u{1c6}ungla"),
        ("\u{df}tra\u{df}e", "\u{df}tra\u{df}e", "SSTRASSE", "Sstra\u{df}e", "Sstra\u{df}e", "SSTRASSE", "sstrasse"),
        ("\u{fb01}re \u{fb02}y", "\u{fb01}re \u{fb02}y", "FIRE FLY", "Fire Fly", "Fire \u{fb02}y", "FIRE FLY", "fire fly"),
        ("\u{130}stanbul", "i\u{307}stanbul", "\u{130}STANBUL", "\u{130}stanbul", "\u{130}stanbul", "i\u{307}STANBUL", "i\u{307}stanbul"),
        ("\u{391}\u{3a3}", "\u{3b1}\u{3c2}", "\u{391}\u{3a3}", "\u{391}\u{3c2}", "\u{391}\u{3c2}", "\u{3b1}\u{3c2}", "\u{3b1}\u{3c3}"),
        ("\u{391}\u{3a3} \u{391}\u{3a3}", "\u{3b1}\u{3c2} \u{3b1}\u{3c2}", "\u{391}\u{3a3} \u{391}\u{3a3}", "\u{391}\u{3c2} \u{391}\u{3c2}", "\u{391}\u{3c2} \u{3b1}\u{3c2}", "\u{3b1}\u{3c2} \u{3b1}\u{3c2}", "\u{3b1}\u{3c3} \u{3b1}\u{3c3}"),
        ("\u{3a3}", "\u{3c3}", "\u{3a3}", "\u{3a3}", "\u{3a3}", "\u{3c3}", "\u{3c3}"),
        ("a\u{3a3}", "a\u{3c2}", "A\u{3a3}", "A\u{3c2}", "A\u{3c2}", "A\u{3c2}", "a\u{3c3}"),
        ("\u{391}\u{3a3}.", "\u{3b1}\u{3c2}.", "\u{391}\u{3a3}.", "\u{391}\u{3c2}.", "\u{391}\u{3c2}.", "\u{3b1}\u{3c2}.", "\u{3b1}\u{3c3}."),
        ("\u{391}\u{3a3}'A", "\u{3b1}\u{3c3}'a", "\u{391}\u{3a3}'A", "\u{391}\u{3c3}'A", "\u{391}\u{3c3}'a", "\u{3b1}\u{3c3}'a", "\u{3b1}\u{3c3}'a"),
        ("\u{3a3}\u{3a3}", "\u{3c3}\u{3c2}", "\u{3a3}\u{3a3}", "\u{3a3}\u{3c2}", "\u{3a3}\u{3c2}", "\u{3c3}\u{3c2}", "\u{3c3}\u{3c3}"),
        ("A\u{3a3}\u{301}B", "a\u{3c3}\u{301}b", "A\u{3a3}\u{301}B", "A\u{3c3}\u{301}B", "A\u{3c3}\u{301}b", "a\u{3c3}\u{301}b", "a\u{3c3}\u{301}b"),
        ("A\u{3a3}\u{301}", "a\u{3c2}\u{301}", "A\u{3a3}\u{301}", "A\u{3c2}\u{301}", "A\u{3c2}\u{301}", "a\u{3c2}\u{301}", "a\u{3c3}\u{301}"),
        ("A.\u{3a3}", "a.\u{3c2}", "A.\u{3a3}", "A.\u{3a3}", "A.\u{3c2}", "a.\u{3c2}", "a.\u{3c3}"),
        ("1\u{3a3}", "1\u{3c3}", "1\u{3a3}", "1\u{3a3}", "1\u{3c3}", "1\u{3c3}", "1\u{3c3}"),
        ("\u{1f48}\u{394}\u{3a5}\u{3a3}\u{3a3}\u{395}\u{38e}\u{3a3}", "\u{1f40}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3cd}\u{3c2}", "\u{1f48}\u{394}\u{3a5}\u{3a3}\u{3a3}\u{395}\u{38e}\u{3a3}", "\u{1f48}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3cd}\u{3c2}", "\u{1f48}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3cd}\u{3c2}", "\u{1f40}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3cd}\u{3c2}", "\u{1f40}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3cd}\u{3c3}"),
        ("\u{1f88}", "\u{1f80}", "\u{1f08}\u{399}", "\u{1f88}", "\u{1f88}", "\u{1f88}", "\u{1f00}\u{3b9}"),
        ("\u{1f80}x", "\u{1f80}x", "\u{1f08}\u{399}X", "\u{1f88}x", "\u{1f88}x", "\u{1f08}\u{399}X", "\u{1f00}\u{3b9}x"),
        ("\u{149}n", "\u{149}n", "\u{2bc}NN", "\u{2bc}Nn", "\u{2bc}Nn", "\u{2bc}NN", "\u{2bc}nn"),
        ("\u{1f0}", "\u{1f0}", "J\u{30c}", "J\u{30c}", "J\u{30c}", "J\u{30c}", "j\u{30c}"),
        ("\u{390}", "\u{390}", "\u{399}\u{308}\u{301}", "\u{399}\u{308}\u{301}", "\u{399}\u{308}\u{301}", "\u{399}\u{308}\u{301}", "\u{3b9}\u{308}\u{301}"),
        ("\u{13f8}\u{13a0}", "\u{13f8}\u{ab70}", "\u{13f0}\u{13a0}", "\u{13f0}\u{ab70}", "\u{13f0}\u{ab70}", "\u{13f0}\u{ab70}", "\u{13f0}\u{13a0}"),
        ("\u{ab70}", "\u{ab70}", "\u{13a0}", "\u{13a0}", "\u{13a0}", "\u{13a0}", "\u{13a0}"),
        ("\u{10d0}\u{10d1} \u{1c90}", "\u{10d0}\u{10d1} \u{10d0}", "\u{1c90}\u{1c91} \u{1c90}", "\u{10d0}\u{10d1} \u{1c90}", "\u{10d0}\u{10d1} \u{10d0}", "\u{1c90}\u{1c91} \u{10d0}", "\u{10d0}\u{10d1} \u{10d0}"),
        ("\u{24d0}\u{24d1} \u{24b6}", "\u{24d0}\u{24d1} \u{24d0}", "\u{24b6}\u{24b7} \u{24b6}", "\u{24b6}\u{24d1} \u{24b6}", "\u{24b6}\u{24d1} \u{24d0}", "\u{24b6}\u{24b7} \u{24d0}", "\u{24d0}\u{24d1} \u{24d0}"),
        ("\u{aa}\u{2b0}a", "\u{aa}\u{2b0}a", "\u{aa}\u{2b0}A", "\u{aa}\u{2b0}a", "\u{aa}\u{2b0}a", "\u{aa}\u{2b0}A", "\u{aa}\u{2b0}a"),
        ("123abc", "123abc", "123ABC", "123Abc", "123abc", "123ABC", "123abc"),
        ("a1b2", "a1b2", "A1B2", "A1B2", "A1b2", "A1B2", "a1b2"),
        ("ABC def GHI", "abc def ghi", "ABC DEF GHI", "Abc Def Ghi", "Abc def ghi", "abc DEF ghi", "abc def ghi"),
        ("mIxEd CaSe", "mixed case", "MIXED CASE", "Mixed Case", "Mixed case", "MiXeD cAsE", "mixed case"),
        ("x\u{345}", "x\u{345}", "X\u{399}", "X\u{345}", "X\u{345}", "X\u{399}", "x\u{3b9}"),
        ("\u{1c4}\u{1c5}\u{1c6}", "\u{1c6}\u{1c6}\u{1c6}", "\u{1c4}\u{1c4}\u{1c4}", "\u{1c5}\u{1c6}\u{1c6}", "\u{1c5}\u{1c6}\u{1c6}", "\u{1c6}\u{1c5}\u{1c4}", "\u{1c6}\u{1c6}\u{1c6}"),
        ("\u{10428}\u{10400}", "\u{10428}\u{10428}", "\u{10400}\u{10400}", "\u{10400}\u{10428}", "\u{10400}\u{10428}", "\u{10400}\u{10428}", "\u{10428}\u{10428}"),
        ("\u{a7b5}\u{a7b4}", "\u{a7b5}\u{a7b5}", "\u{a7b4}\u{a7b4}", "\u{a7b4}\u{a7b5}", "\u{a7b4}\u{a7b5}", "\u{a7b4}\u{a7b5}", "\u{a7b5}\u{a7b5}"),
        ("hello\u{301}world", "hello\u{301}world", "HELLO\u{301}WORLD", "Hello\u{301}World", "Hello\u{301}world", "HELLO\u{301}WORLD", "hello\u{301}world"),
        ("a_b-c d.e", "a_b-c d.e", "A_B-C D.E", "A_B-C D.E", "A_b-c d.e", "A_B-C D.E", "a_b-c d.e"),
        ("\u{fb03}", "\u{fb03}", "FFI", "Ffi", "Ffi", "FFI", "ffi"),
        ("\u{587}", "\u{587}", "\u{535}\u{552}", "\u{535}\u{582}", "\u{535}\u{582}", "\u{535}\u{552}", "\u{565}\u{582}"),
        ("\u{2126}", "\u{3c9}", "\u{2126}", "\u{2126}", "\u{2126}", "\u{3c9}", "\u{3c9}"),
        ("\u{212a}", "k", "\u{212a}", "\u{212a}", "\u{212a}", "k", "k"),
        ("\u{b5}", "\u{b5}", "\u{39c}", "\u{39c}", "\u{39c}", "\u{39c}", "\u{3bc}"),
        ("\u{17f}", "\u{17f}", "S", "S", "S", "S", "s"),
        ("\u{ff}", "\u{ff}", "\u{178}", "\u{178}", "\u{178}", "\u{178}", "\u{ff}"),
        ("\u{131}", "\u{131}", "I", "I", "I", "I", "\u{131}"),
        ("\u{1e9e}", "\u{df}", "\u{1e9e}", "\u{1e9e}", "\u{1e9e}", "\u{df}", "ss"),
        ("o\u{308}ffi", "o\u{308}ffi", "O\u{308}FFI", "O\u{308}Ffi", "O\u{308}ffi", "O\u{308}FFI", "o\u{308}ffi"),
        ("don't stop", "don't stop", "DON'T STOP", "Don'T Stop", "Don't stop", "DON'T STOP", "don't stop"),
        ("x-ray", "x-ray", "X-RAY", "X-Ray", "X-ray", "X-RAY", "x-ray"),
        ("\u{3c3}\u{3c2}\u{3a3}", "\u{3c3}\u{3c2}\u{3c2}", "\u{3a3}\u{3a3}\u{3a3}", "\u{3a3}\u{3c2}\u{3c2}", "\u{3a3}\u{3c2}\u{3c2}", "\u{3a3}\u{3a3}\u{3c2}", "\u{3c3}\u{3c3}\u{3c3}"),
        ("\u{345}\u{3a3}", "\u{345}\u{3c3}", "\u{399}\u{3a3}", "\u{399}\u{3c3}", "\u{399}\u{3c3}", "\u{399}\u{3c3}", "\u{3b9}\u{3c3}"),
        ("\u{1c8}ubljana \u{1c9}", "\u{1c9}ubljana \u{1c9}", "\u{1c7}UBLJANA \u{1c7}", "\u{1c8}ubljana \u{1c8}", "\u{1c8}ubljana \u{1c9}", "\u{1c8}UBLJANA \u{1c7}", "\u{1c9}ubljana \u{1c9}"),
        ("\u{1fb3}\u{1fbc}", "\u{1fb3}\u{1fb3}", "\u{391}\u{399}\u{391}\u{399}", "\u{1fbc}\u{1fb3}", "\u{1fbc}\u{1fb3}", "\u{391}\u{399}\u{1fbc}", "\u{3b1}\u{3b9}\u{3b1}\u{3b9}"),
        ("\u{149} \u{149}", "\u{149} \u{149}", "\u{2bc}N \u{2bc}N", "\u{2bc}N \u{2bc}N", "\u{2bc}N \u{149}", "\u{2bc}N \u{2bc}N", "\u{2bc}n \u{2bc}n"),
        ("\u{df}\u{df}\u{df}x", "\u{df}\u{df}\u{df}x", "SSSSSSX", "Ss\u{df}\u{df}x", "Ss\u{df}\u{df}x", "SSSSSSX", "ssssssx"),
    ];

    #[rustfmt::skip]
    const PADDING: &[(&str, i64, char, &str, &str, &str, &str)] = &[
        ("", -1, '\u{20}', "", "", "", ""),
        ("", 0, '\u{2a}', "", "", "", ""),
        ("", 1, '\u{2a}', "*", "*", "*", "0"),
        ("", 2, '\u{20}', "  ", "  ", "  ", "00"),
        ("", 3, '\u{20}', "   ", "   ", "   ", "000"),
        ("", 4, '\u{20}', "    ", "    ", "    ", "0000"),
        ("", 5, '\u{2a}', "*****", "*****", "*****", "00000"),
        ("a", -1, '\u{2605}', "a", "a", "a", "a"),
        ("a", 2, '\u{20}', "a ", "a ", " a", "0a"),
        ("a", 4, '\u{20}', " a  ", "a   ", "   a", "000a"),
        ("a", 5, '\u{20}', "  a  ", "a    ", "    a", "0000a"),
        ("ab", -1, '\u{2605}', "ab", "ab", "ab", "ab"),
        ("ab", 0, '\u{20}', "ab", "ab", "ab", "ab"),
        ("ab", 1, '\u{2605}', "ab", "ab", "ab", "ab"),
        ("ab", 3, '\u{20}', " ab", "ab ", " ab", "0ab"),
        ("ab", 4, '\u{2a}', "*ab*", "ab**", "**ab", "00ab"),
        ("ab", 5, '\u{2a}', "**ab*", "ab***", "***ab", "000ab"),
        ("ab", 6, '\u{20}', "  ab  ", "ab    ", "    ab", "0000ab"),
        ("ab", 7, '\u{20}', "   ab  ", "ab     ", "     ab", "00000ab"),
        ("abc", 1, '\u{20}', "abc", "abc", "abc", "abc"),
        ("abc", 2, '\u{20}', "abc", "abc", "abc", "abc"),
        ("abc", 3, '\u{20}', "abc", "abc", "abc", "abc"),
        ("abc", 4, '\u{2a}', "abc*", "abc*", "*abc", "0abc"),
        ("abc", 5, '\u{2605}', "\u{2605}abc\u{2605}", "abc\u{2605}\u{2605}", "\u{2605}\u{2605}abc", "00abc"),
        ("abc", 6, '\u{2605}', "\u{2605}abc\u{2605}\u{2605}", "abc\u{2605}\u{2605}\u{2605}", "\u{2605}\u{2605}\u{2605}abc", "000abc"),
        ("\u{65e5}\u{672c}", -1, '\u{2a}', "\u{65e5}\u{672c}", "\u{65e5}\u{672c}", "\u{65e5}\u{672c}", "\u{65e5}\u{672c}"),
        ("\u{65e5}\u{672c}", 2, '\u{2a}', "\u{65e5}\u{672c}", "\u{65e5}\u{672c}", "\u{65e5}\u{672c}", "\u{65e5}\u{672c}"),
        ("\u{65e5}\u{672c}", 3, '\u{20}', " \u{65e5}\u{672c}", "\u{65e5}\u{672c} ", " \u{65e5}\u{672c}", "0\u{65e5}\u{672c}"),
        ("\u{65e5}\u{672c}", 4, '\u{20}', " \u{65e5}\u{672c} ", "\u{65e5}\u{672c}  ", "  \u{65e5}\u{672c}", "00\u{65e5}\u{672c}"),
        ("\u{65e5}\u{672c}", 6, '\u{2605}', "\u{2605}\u{2605}\u{65e5}\u{672c}\u{2605}\u{2605}", "\u{65e5}\u{672c}\u{2605}\u{2605}\u{2605}\u{2605}", "\u{2605}\u{2605}\u{2605}\u{2605}\u{65e5}\u{672c}", "0000\u{65e5}\u{672c}"),
        ("\u{65e5}\u{672c}", 7, '\u{2605}', "\u{2605}\u{2605}\u{2605}\u{65e5}\u{672c}\u{2605}\u{2605}", "\u{65e5}\u{672c}\u{2605}\u{2605}\u{2605}\u{2605}\u{2605}", "\u{2605}\u{2605}\u{2605}\u{2605}\u{2605}\u{65e5}\u{672c}", "00000\u{65e5}\u{672c}"),
        ("-42", -1, '\u{2a}', "-42", "-42", "-42", "-42"),
        ("-42", 3, '\u{2a}', "-42", "-42", "-42", "-42"),
        ("-42", 5, '\u{2605}', "\u{2605}-42\u{2605}", "-42\u{2605}\u{2605}", "\u{2605}\u{2605}-42", "-0042"),
        ("+7", -1, '\u{20}', "+7", "+7", "+7", "+7"),
        ("+7", 0, '\u{2a}', "+7", "+7", "+7", "+7"),
        ("+7", 1, '\u{2605}', "+7", "+7", "+7", "+7"),
        ("+7", 4, '\u{2a}', "*+7*", "+7**", "**+7", "+007"),
        ("+7", 5, '\u{2a}', "**+7*", "+7***", "***+7", "+0007"),
        ("+7", 6, '\u{2a}', "**+7**", "+7****", "****+7", "+00007"),
        ("+7", 7, '\u{2a}', "***+7**", "+7*****", "*****+7", "+000007"),
        ("-", -1, '\u{2a}', "-", "-", "-", "-"),
        ("-", 2, '\u{2a}', "-*", "-*", "*-", "-0"),
        ("-", 5, '\u{2a}', "**-**", "-****", "****-", "-0000"),
        ("-", 6, '\u{2605}', "\u{2605}\u{2605}-\u{2605}\u{2605}\u{2605}", "-\u{2605}\u{2605}\u{2605}\u{2605}\u{2605}", "\u{2605}\u{2605}\u{2605}\u{2605}\u{2605}-", "-00000"),
        ("42", -1, '\u{20}', "42", "42", "42", "42"),
        ("42", 1, '\u{2605}', "42", "42", "42", "42"),
        ("42", 2, '\u{2a}', "42", "42", "42", "42"),
        ("42", 3, '\u{20}', " 42", "42 ", " 42", "042"),
        ("42", 5, '\u{20}', "  42 ", "42   ", "   42", "00042"),
        ("42", 7, '\u{20}', "   42  ", "42     ", "     42", "0000042"),
        ("\u{e9}", 2, '\u{2a}', "\u{e9}*", "\u{e9}*", "*\u{e9}", "0\u{e9}"),
        ("\u{e9}", 4, '\u{20}', " \u{e9}  ", "\u{e9}   ", "   \u{e9}", "000\u{e9}"),
        ("\u{e9}", 6, '\u{20}', "  \u{e9}   ", "\u{e9}     ", "     \u{e9}", "00000\u{e9}"),
        ("\u{e9}", 7, '\u{2a}', "***\u{e9}***", "\u{e9}******", "******\u{e9}", "000000\u{e9}"),
    ];

    #[rustfmt::skip]
    const PREDICATES: &[(&str, &str)] = &[
        ("", "FFTFFFFFTFFF"),
        (" ", "FFTFFFFFTTFF"),
        ("\t\n", "FFTFFFFFFTFF"),
        ("\u{1c}\u{1d}\u{1e}\u{1f}", "FFTFFFFFFTFF"),
        ("\u{85}", "FFFFFFFFFTFF"),
        ("\u{a0}", "FFFFFFFFFTFF"),
        ("\u{2028}", "FFFFFFFFFTFF"),
        ("\u{200b}", "FFFFFFFFFFFF"),
        ("\u{3000}", "FFFFFFFFFTFF"),
        ("abc", "TTTFFTTFTFFF"),
        ("ABC", "TTTFFTFFTFFT"),
        ("Abc", "TTTFFTFFTFTF"),
        ("aBc", "TTTFFTFFTFFF"),
        ("123", "TFTTTFFTTFFF"),
        ("\u{661}\u{662}\u{663}", "TFFTTFFTTFFF"),
        ("\u{b2}", "TFFFTFFTTFFF"),
        ("\u{bd}", "TFFFFFFTTFFF"),
        ("\u{4e94}", "TTFFFTFTTFFF"),
        ("\u{2167}", "TFFFFTFTTFTT"),
        ("abc123", "TFTFFTTFTFFF"),
        ("ab c", "FFTFFFTFTFFF"),
        ("\u{e9}", "TTFFFTTFTFFF"),
        ("\u{1c5}", "TTFFFTFFTFTF"),
        ("\u{1c4}", "TTFFFTFFTFTT"),
        ("\u{1c6}", "TTFFFTTFTFFF"),
        ("\u{aa}", "TTFFFTTFTFFF"),
        ("\u{24d0}", "FFFFFFTFTFFF"),
        ("\u{24b6}", "FFFFFFFFTFTT"),
        ("Hello World", "FFTFFFFFTFTF"),
        ("Hello world", "FFTFFFFFTFFF"),
        ("HELLO WORLD", "FFTFFFFFTFFT"),
        ("hello", "TTTFFTTFTFFF"),
        ("_", "FFTFFTFFTFFF"),
        ("_a1", "FFTFFTTFTFFF"),
        ("1a", "TFTFFFTFTFFF"),
        ("a-b", "FFTFFFTFTFFF"),
        ("class", "TTTFFTTFTFFF"),
        ("\u{2115}", "TTFFFTFFTFTT"),
        ("\u{2118}", "FFFFFTFFTFFF"),
        ("\u{b7}", "FFFFFFFFTFFF"),
        ("a\u{b7}", "FFFFFTTFTFFF"),
        ("\u{0}", "FFTFFFFFFFFF"),
        ("\u{7f}", "FFTFFFFFFFFF"),
        ("abc\u{1}", "FFTFFFTFFFFF"),
        ("\u{ad}", "FFFFFFFFFFFF"),
        ("\u{feff}", "FFFFFFFFFFFF"),
        ("\u{1f600}", "FFFFFFFFTFFF"),
        ("\u{e0001}", "FFFFFFFFFFFF"),
        ("\u{e000}", "FFFFFFFFFFFF"),
        ("\u{3a3}", "TTFFFTFFTFTT"),
        ("\u{df}", "TTFFFTTFTFFF"),
        ("\u{1c5}a", "TTFFFTFFTFTF"),
        ("\u{1c5}A", "TTFFFTFFTFFF"),
        ("A\u{1c5}", "TTFFFTFFTFFF"),
        ("A1", "TFTFFTFFTFTT"),
        ("a1", "TFTFFTTFTFFF"),
        ("1", "TFTTTFFTTFFF"),
        ("A B", "FFTFFFFFTFTT"),
        ("A  b", "FFTFFFFFTFFF"),
        ("They're", "FFTFFFFFTFFF"),
        ("\u{1c8}a \u{1c7}", "FFFFFFFFTFTF"),
        ("\u{345}", "FFFFFFTFTFFF"),
        ("a\u{345}", "FFFFFTTFTFFF"),
        ("A\u{345}", "FFFFFTFFTFTF"),
        ("\u{2b0}", "TTFFFTTFTFFF"),
        ("\u{2167}", "TFFFFTFTTFTT"),
        ("\u{2177}", "TFFFFTTTTFFF"),
        ("\u{1d7d8}", "TFFTTFFTTFFF"),
        ("\u{f33}", "TFFFFFFTTFFF"),
        ("\u{1369}", "TFFFTFFTTFFF"),
        ("\u{2460}", "TFFFTFFTTFFF"),
        ("x\u{300}", "FFFFFTTFTFFF"),
        ("\u{300}x", "FFFFFFTFTFFF"),
        ("\u{3c0}", "TTFFFTTFTFFF"),
        ("\u{3a0}", "TTFFFTFFTFTT"),
        ("\u{3a0}\u{3a3}", "TTFFFTFFTFFT"),
        ("\u{3a0}\u{3c3}", "TTFFFTFFTFTF"),
        ("\u{1d2c}", "TTFFFTTFTFFF"),
        ("\u{2c7d}", "TTFFFTTFTFFF"),
        ("\u{10428}", "TTFFFTTFTFFF"),
        ("a\u{2029}", "FFFFFFTFFFFF"),
        ("\u{661}a", "TFFFFFTFTFFF"),
        ("\u{663}\u{664}\u{665}\u{666}", "TFFTTFFTTFFF"),
        ("\u{aa}1", "TFFFFTTFTFFF"),
        ("1\u{aa}", "TFFFFFTFTFFF"),
        ("A1b", "TFTFFTFFTFFF"),
        ("\u{3007}", "TFFFFTFTTFFF"),
        ("\u{1f1e6}", "FFFFFFFFTFFF"),
        ("\u{fb01}", "TTFFFTTFTFFF"),
        ("\u{1c4}\u{1c5}", "TTFFFTFFTFFF"),
        ("\u{212e}", "FFFFFTFFTFFF"),
        ("\u{309b}", "FFFFFFFFTFFF"),
        ("\u{b7}a", "FFFFFFTFTFFF"),
        ("a\u{b7}", "FFFFFTTFTFFF"),
        ("\u{387}", "FFFFFFFFTFFF"),
        ("\u{2118}x", "FFFFFTTFTFFF"),
        ("\u{212e}a", "FFFFFTTFTFFF"),
    ];

    #[rustfmt::skip]
    const TRANSLATE: &[(&str, &str)] = &[
        ("", ""),
        ("abc", "Ac"),
        ("bbb", ""),
        ("caf\u{e9}", "cAfe\u{301}"),
        ("\u{65e5}\u{672c}", "\u{672c}"),
        ("xyz", "xyz"),
    ];

    #[rustfmt::skip]
    const SUBSTRING: &[(&str, Option<i64>, Option<i64>, &str)] = &[
        ("abc", None, None, "abc"),
        ("abc", Some(-1), None, "c"),
        ("abc", Some(5), Some(1), ""),
        ("\u{65e5}\u{672c}\u{8a9e}", Some(1), Some(-1), "\u{672c}"),
        ("\u{65e5}\u{672c}\u{8a9e}", Some(-10), Some(10), "\u{65e5}\u{672c}\u{8a9e}"),
        ("", None, Some(-1), ""),
        ("abcdef", Some(2), Some(4), "cd"),
    ];

    #[rustfmt::skip]
    const REMOVEFIX: &[(&str, &str, &str, &str)] = &[
        ("abc", "a", "bc", "abc"),
        ("abc", "c", "abc", "ab"),
        ("abc", "", "abc", "abc"),
        ("aa", "a", "a", "a"),
        ("\u{65e5}\u{672c}", "\u{65e5}", "\u{672c}", "\u{65e5}\u{672c}"),
        ("\u{65e5}\u{672c}", "\u{672c}", "\u{65e5}\u{672c}", "\u{65e5}"),
        ("", "x", "", ""),
    ];

    fn sl(v: &[String]) -> Vec<&str> {
        v.iter().map(|s| s.as_str()).collect()
    }

    fn py_find(r: Option<usize>) -> i64 {
        r.map_or(-1, |i| i as i64)
    }

    #[test]
    fn split_and_rsplit() {
        for &(s, sep, maxsplit, want, rwant) in SPLIT {
            assert_eq!(
                sl(&split(s, sep, maxsplit).unwrap()),
                want,
                "{s:?}.split({sep:?}, {maxsplit})"
            );
            assert_eq!(
                sl(&rsplit(s, sep, maxsplit).unwrap()),
                rwant,
                "{s:?}.rsplit({sep:?}, {maxsplit})"
            );
        }
    }

    #[test]
    fn splitlines_cases() {
        for &(s, want, want_keep) in SPLITLINES {
            assert_eq!(sl(&splitlines(s, false)), want, "{s:?}.splitlines()");
            assert_eq!(
                sl(&splitlines(s, true)),
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
    fn partition_cases() {
        for &(s, sep, a, b, c, ra, rb, rc) in PARTITION {
            let p = partition(s, sep).unwrap();
            assert_eq!(
                (p.0.as_str(), p.1.as_str(), p.2.as_str()),
                (a, b, c),
                "{s:?}.partition({sep:?})"
            );
            let p = rpartition(s, sep).unwrap();
            assert_eq!(
                (p.0.as_str(), p.1.as_str(), p.2.as_str()),
                (ra, rb, rc),
                "{s:?}.rpartition({sep:?})"
            );
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
    fn expandtabs_cases() {
        for &(s, n, want) in EXPANDTABS {
            assert_eq!(expandtabs(s, n).unwrap(), want, "{s:?}.expandtabs({n})");
        }
    }

    #[test]
    fn case_mappings() {
        for &(s, lo, up, ti, cap, sw, cf) in CASES {
            assert_eq!(lower(s), lo, "{s:?}.lower()");
            assert_eq!(upper(s), up, "{s:?}.upper()");
            assert_eq!(title(s), ti, "{s:?}.title()");
            assert_eq!(capitalize(s), cap, "{s:?}.capitalize()");
            assert_eq!(swapcase(s), sw, "{s:?}.swapcase()");
            assert_eq!(casefold(s), cf, "{s:?}.casefold()");
        }
    }

    #[test]
    fn padding() {
        for &(s, w, fill, c, l, r, z) in PADDING {
            assert_eq!(center(s, w, fill), c, "{s:?}.center({w}, {fill:?})");
            assert_eq!(ljust(s, w, fill), l, "{s:?}.ljust({w}, {fill:?})");
            assert_eq!(rjust(s, w, fill), r, "{s:?}.rjust({w}, {fill:?})");
            assert_eq!(zfill(s, w), z, "{s:?}.zfill({w})");
        }
    }

    #[test]
    fn predicates() {
        let names = [
            "isalnum",
            "isalpha",
            "isascii",
            "isdecimal",
            "isdigit",
            "isidentifier",
            "islower",
            "isnumeric",
            "isprintable",
            "isspace",
            "istitle",
            "isupper",
        ];
        let preds: [fn(&str) -> bool; 12] = [
            isalnum,
            isalpha,
            isascii,
            isdecimal,
            isdigit,
            isidentifier,
            islower,
            isnumeric,
            isprintable,
            isspace,
            istitle,
            isupper,
        ];
        for &(s, flags) in PREDICATES {
            for (k, flag) in flags.chars().enumerate() {
                assert_eq!(preds[k](s), flag == 'T', "{s:?}.{}()", names[k]);
            }
        }
    }

    #[test]
    fn translate_cases() {
        let lookup = |c: char| match c {
            'a' => Some(Some("A".to_string())),
            'b' => Some(None),
            '\u{e9}' => Some(Some("e\u{301}".to_string())),
            '\u{65e5}' => Some(Some(String::new())),
            _ => None,
        };
        for &(s, want) in TRANSLATE {
            assert_eq!(translate(s, lookup), want, "{s:?}.translate(...)");
        }
        let failing: Result<String, &str> =
            try_translate("xyz", |c| if c == 'y' { Err("boom") } else { Ok(None) });
        assert_eq!(failing, Err("boom"));
    }

    #[test]
    fn substring_and_indices() {
        for &(s, start, end, want) in SUBSTRING {
            let (a, e) = adjust_indices(start, end, char_len(s));
            assert_eq!(substring(s, a, e), want, "{s:?}[{start:?}:{end:?}]");
        }
        assert_eq!(char_len("a\u{e9}\u{65e5}\u{1f600}"), 4);
        assert_eq!(byte_offset("a\u{e9}\u{65e5}\u{1f600}", 3), 6);
        assert_eq!(byte_offset("a\u{e9}", 9), 3);
        assert_eq!(nth_char("a\u{e9}\u{65e5}", 2), Some('\u{65e5}'));
        assert_eq!(nth_char("abc", 3), None);
    }

    #[test]
    fn removeprefix_removesuffix() {
        for &(s, affix, p, q) in REMOVEFIX {
            assert_eq!(removeprefix(s, affix), p, "{s:?}.removeprefix({affix:?})");
            assert_eq!(removesuffix(s, affix), q, "{s:?}.removesuffix({affix:?})");
        }
    }

    #[test]
    fn value_errors() {
        let empty = TextError::ValueError("empty separator".to_string());
        assert_eq!(split("abc", Some(""), -1), Err(empty.clone()));
        assert_eq!(rsplit("abc", Some(""), -1), Err(empty.clone()));
        assert_eq!(partition("abc", ""), Err(empty.clone()));
        assert_eq!(rpartition("abc", ""), Err(empty));
        let missing = TextError::ValueError("substring not found".to_string());
        assert_eq!(index("abc", "x", None, None), Err(missing.clone()));
        assert_eq!(rindex("abc", "x", None, None), Err(missing.clone()));
        assert_eq!(index("abc", "", Some(4), None), Err(missing.clone()));
        assert_eq!(missing.to_string(), "ValueError: substring not found");
    }
}
