//! A fallback for f-strings that rustpython-parser 0.4 rejects but CPython 3.11 accepts.
//!
//! rustpython's f-string parser (its private `string.rs`) skips a string nested in a
//! replacement field by looking for the next quote of the same kind, so a triple-quoted string
//! holding that quote (`f"{'''eric's'''}"`, from `test_fstring.py`) is reported as
//! "f-string: unterminated string". `strings::delegate_strings` calls [`parse_run`] only after
//! rustpython's own parse of the run has failed; nowhere else is it used.
//!
//! This module owns that second attempt. It follows CPython 3.11's `fstring_find_literal` /
//! `fstring_find_expr` (Parser/string_parser.c) over each f-string's undecoded source text:
//! - literal text: `{{`/`}}` are escapes at the top level only, a single `}` there is an
//!   error; escapes are decoded with `strings::unescape` (raw strings keep them);
//! - a replacement field's expression runs to the first `!`, `:`, `=` or `}` outside brackets
//!   and nested strings (`!=`, `==`, `<=`, `>=`, `<`, `>` do not end it); nested strings of any
//!   quote kind, triple-quoted ones included, are skipped as CPython's scanner skips them; a
//!   backslash or `#` anywhere in it, mismatched brackets or an all-whitespace expression are
//!   errors; the text is parsed by rustpython as `(` text `)` starting one byte before it, so
//!   the nodes inside carry their real ranges;
//! - `=` keeps the text up to and including the `=` and the whitespace after it as a literal
//!   and defaults the conversion to `!r` when there is neither a conversion nor a spec;
//!   a conversion is `!s`, `!r` or `!a` and must be followed by `:` or `}`; a format spec
//!   is itself an f-string one level down, and fields nest at most two levels.
//!
//! Invariants:
//! - Only valid 3.11 f-strings are accepted. On anything else, or anything this module does
//!   not handle (`\N{...}`, `\{`, `\}`, carriage returns, bytes in the run) it returns `None`
//!   and the caller bails, so rustpython's error is reported as before. When unsure, `None`.
//! - It never panics: every index into the text is checked, slices are taken at ASCII bytes.
//! - The nodes have the shapes rustpython builds for f-strings it accepts: a `JoinedStr` with
//!   the run's range whose values are `Constant::Str` parts (adjacent ones merged, `kind` from
//!   the run's first literal, the run's range) and `FormattedValue`s (the f-string token's
//!   range), a format spec being a `JoinedStr` (the token's range) of the same parts.

use rustpython_parser::ast::{self, ConversionFlag, Expr};
use rustpython_parser::text_size::{TextRange, TextSize};
use rustpython_parser::{Parse, StringKind};

use super::strings::unescape;

/// One string literal of a run: its prefix kind, whether triple-quoted, and its source range.
pub(super) struct Literal {
    pub kind: StringKind,
    pub triple: bool,
    pub range: TextRange,
}

/// Maximum bracket nesting inside a replacement field (CPython's `MAXLEVEL`).
const MAX_BRACKETS: usize = 200;

enum Part {
    Lit(String),
    Value(Expr),
}

/// The `JoinedStr` for a run of literals containing at least one f-string, or `None`.
pub(super) fn parse_run(source: &str, filename: &str, literals: &[Literal]) -> Option<Expr> {
    let first = literals.first()?;
    let run = TextRange::new(first.range.start(), literals.last()?.range.end());
    let mut parts = Vec::new();
    for literal in literals {
        if literal.kind.is_any_bytes() {
            return None;
        }
        let quotes = TextSize::from(if literal.triple { 3 } else { 1 });
        let body_start = literal.range.start() + literal.kind.prefix_len() + quotes;
        let body_end = literal.range.end().checked_sub(quotes)?;
        if body_end < body_start {
            return None;
        }
        let body = source.get(body_start.to_usize()..body_end.to_usize())?;
        if body.contains('\r') {
            return None;
        }
        if literal.kind.is_any_fstring() {
            let fstring = FString { body: body.as_bytes(), text: body, body_start, raw: literal.kind.is_raw(), range: literal.range, filename };
            let mut pos = 0;
            fstring.parts(&mut pos, 0, &mut parts)?;
            if pos != body.len() {
                return None;
            }
        } else if literal.kind.is_raw() {
            parts.push(Part::Lit(body.to_owned()));
        } else {
            let mut text = String::new();
            unescape(body, false, &mut text)?;
            parts.push(Part::Lit(text));
        }
    }
    let kind = (first.kind == StringKind::Unicode).then(|| "u".to_owned());
    Some(Expr::JoinedStr(ast::ExprJoinedStr { values: merge(parts, kind, run), range: run }))
}

/// Adjacent literal parts joined into one constant.
fn merge(parts: Vec<Part>, kind: Option<String>, range: TextRange) -> Vec<Expr> {
    let mut values = Vec::new();
    let mut current: Option<String> = None;
    let flush = |current: &mut Option<String>, values: &mut Vec<Expr>| {
        if let Some(text) = current.take() {
            values.push(Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(text), kind: kind.clone(), range }));
        }
    };
    for part in parts {
        match part {
            Part::Lit(text) => current.get_or_insert_with(String::new).push_str(&text),
            Part::Value(expr) => {
                flush(&mut current, &mut values);
                values.push(expr);
            }
        }
    }
    flush(&mut current, &mut values);
    values
}

/// One f-string literal's body (between the quotes, undecoded).
struct FString<'a> {
    body: &'a [u8],
    text: &'a str,
    body_start: TextSize,
    raw: bool,
    range: TextRange,
    filename: &'a str,
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

impl FString<'_> {
    /// Literal text and replacement fields from `pos`, up to the end of the body (level 0)
    /// or to the `}` closing the field whose spec this is (level 1, `pos` left on it).
    fn parts(&self, pos: &mut usize, level: u8, parts: &mut Vec<Part>) -> Option<()> {
        let b = self.body;
        loop {
            let mut literal = String::new();
            let mut segment = *pos;
            while let Some(&c) = b.get(*pos) {
                if c == b'\\' && !self.raw {
                    match b.get(*pos + 1) {
                        Some(b'N' | b'{' | b'}') | None => return None,
                        Some(_) => *pos += 2,
                    }
                    continue;
                }
                if c == b'{' || c == b'}' {
                    if level == 0 {
                        if b.get(*pos + 1) == Some(&c) {
                            self.decode(segment, *pos, &mut literal)?;
                            literal.push(c as char);
                            *pos += 2;
                            segment = *pos;
                            continue;
                        }
                        if c == b'}' {
                            return None;
                        }
                    }
                    break;
                }
                *pos += 1;
            }
            let end = (*pos).min(b.len());
            self.decode(segment, end, &mut literal)?;
            *pos = end;
            if !literal.is_empty() {
                parts.push(Part::Lit(literal));
            }
            match b.get(*pos) {
                None | Some(b'}') => return Some(()),
                _ => self.field(pos, level, parts)?,
            }
        }
    }

    /// Appends the literal text `start..end`, escapes decoded unless raw.
    fn decode(&self, start: usize, end: usize, out: &mut String) -> Option<()> {
        let text = self.text.get(start..end)?;
        if self.raw {
            out.push_str(text);
            Some(())
        } else {
            unescape(text, false, out)
        }
    }

    /// A replacement field; `pos` is on its `{` and is left after its `}`.
    fn field(&self, pos: &mut usize, level: u8, parts: &mut Vec<Part>) -> Option<()> {
        let b = self.body;
        if level >= 2 || b.get(*pos) != Some(&b'{') {
            return None;
        }
        *pos += 1;
        let expr_start = *pos;
        let mut quote: Option<(u8, bool)> = None;
        let mut brackets: Vec<u8> = Vec::new();
        loop {
            let c = *b.get(*pos)?;
            if c == b'\\' {
                return None;
            }
            if let Some((q, triple)) = quote {
                if c == q {
                    if !triple {
                        quote = None;
                    } else if b.get(*pos + 1) == Some(&q) && b.get(*pos + 2) == Some(&q) {
                        quote = None;
                        *pos += 3;
                        continue;
                    }
                }
                *pos += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    if *pos + 2 < b.len() && b[*pos + 1] == c && b[*pos + 2] == c {
                        quote = Some((c, true));
                        *pos += 2;
                    } else {
                        quote = Some((c, false));
                    }
                }
                b'[' | b'{' | b'(' => {
                    if brackets.len() >= MAX_BRACKETS {
                        return None;
                    }
                    brackets.push(c);
                }
                b'#' => return None,
                b'!' | b':' | b'}' | b'=' | b'>' | b'<' if brackets.is_empty() => {
                    if b.get(*pos + 1) == Some(&b'=') && c != b':' && c != b'}' {
                        *pos += 2;
                        continue;
                    }
                    if c == b'>' || c == b'<' {
                        *pos += 1;
                        continue;
                    }
                    break;
                }
                b']' | b'}' | b')' => {
                    let open = brackets.pop()?;
                    if !matches!((open, c), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                        return None;
                    }
                }
                _ => {}
            }
            *pos += 1;
        }
        let text = self.text.get(expr_start..*pos)?;
        if text.bytes().all(is_space) {
            return None;
        }
        let at = self.body_start + TextSize::try_from(expr_start).ok()?;
        let value = Expr::parse_starts_at(&format!("({text})"), self.filename, at.checked_sub(TextSize::from(1))?).ok()?;

        let mut debug_text = None;
        if b.get(*pos) == Some(&b'=') {
            *pos += 1;
            while b.get(*pos).is_some_and(|&c| is_space(c)) {
                *pos += 1;
            }
            debug_text = Some(self.text.get(expr_start..*pos)?.to_owned());
        }
        let mut conversion = ConversionFlag::None;
        if b.get(*pos) == Some(&b'!') {
            conversion = match b.get(*pos + 1)? {
                b's' => ConversionFlag::Str,
                b'r' => ConversionFlag::Repr,
                b'a' => ConversionFlag::Ascii,
                _ => return None,
            };
            *pos += 2;
        }
        let mut format_spec = None;
        if b.get(*pos) == Some(&b':') {
            *pos += 1;
            let mut spec = Vec::new();
            self.parts(pos, level + 1, &mut spec)?;
            let values = merge(spec, None, self.range);
            format_spec = Some(Box::new(Expr::JoinedStr(ast::ExprJoinedStr { values, range: self.range })));
        }
        if b.get(*pos) != Some(&b'}') {
            return None;
        }
        *pos += 1;
        if let Some(text) = debug_text {
            if conversion == ConversionFlag::None && format_spec.is_none() {
                conversion = ConversionFlag::Repr;
            }
            parts.push(Part::Lit(text));
        }
        parts.push(Part::Value(Expr::FormattedValue(ast::ExprFormattedValue {
            value: Box::new(value),
            conversion,
            format_spec,
            range: self.range,
        })));
        Some(())
    }
}
