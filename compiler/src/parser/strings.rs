//! String literals: a run of adjacent `Tok::String` tokens becomes one node, as rustpython's
//! `parse_strings` makes it.
//!
//! The lexer hands over each literal's text between the quotes, escapes undecoded. Plain
//! strings and bytes (by far the most common) are decoded here: the run's range spans all its
//! tokens; `kind` is `Some("u")` when the first literal is `u''`; bytes and non-bytes may not
//! mix. Anything else (f-strings, `\N{...}` escapes, anything the decoder refuses) is handed
//! to rustpython itself: the run's source text, wrapped in parentheses (it may span lines
//! inside brackets) and parsed as an expression starting one byte earlier, gives exactly the node (and ranges) the full parse
//! would, since a parenthesized expression keeps its inner range. When that fails, so would
//! the full parse: the fast parser bails, unless the run holds an f-string that rustpython
//! wrongly rejects and `fstring::parse_run` accepts (see that module).

use rustpython_parser::ast::{Constant, Expr};
use rustpython_parser::text_size::{TextRange, TextSize};
use rustpython_parser::{Parse, StringKind, Tok};

use super::expr::constant;
use super::fstring::{self, Literal};
use super::tokens::Parser;

/// A run's decoded value.
enum Decoded {
    Str(String),
    Bytes(Vec<u8>),
}

impl Parser<'_> {
    /// A run of adjacent string literals.
    pub(super) fn strings(&mut self) -> Option<Expr> {
        let start = self.start();
        let mut count = 0;
        let mut bytes = 0;
        while let Tok::String { kind, .. } = self.peek_at(count) {
            if kind.is_any_fstring() {
                return self.delegate_strings(start);
            }
            bytes += usize::from(kind.is_any_bytes());
            count += 1;
        }
        if bytes != 0 && bytes != count {
            return None;
        }
        let unicode = matches!(self.peek(), Tok::String { kind: StringKind::Unicode, .. });
        let Some(decoded) = self.decode_run(count, bytes != 0) else {
            return self.delegate_strings(start);
        };
        let range = self.range_from(start);
        Some(match decoded {
            Decoded::Bytes(value) => constant(Constant::Bytes(value), range),
            Decoded::Str(value) => Expr::Constant(rustpython_parser::ast::ExprConstant {
                value: Constant::Str(value),
                kind: unicode.then(|| "u".to_owned()),
                range,
            }),
        })
    }

    /// Decodes and consumes the `count` literals of a run, or consumes nothing and returns
    /// `None` when one of them needs rustpython.
    fn decode_run(&mut self, count: usize, bytes: bool) -> Option<Decoded> {
        if count == 1 && !bytes {
            if let Tok::String { value, kind, .. } = self.peek() {
                if kind.is_raw() || !value.contains('\\') {
                    return match self.take() {
                        Tok::String { value, .. } => Some(Decoded::Str(value)),
                        _ => None,
                    };
                }
            }
        }
        let mut text = String::new();
        for n in 0..count {
            let Tok::String { value, kind, .. } = self.peek_at(n) else { return None };
            if kind.is_raw() || !value.contains('\\') {
                if bytes && !value.is_ascii() {
                    return None;
                }
                text.push_str(value);
            } else {
                unescape(value, bytes, &mut text)?;
            }
        }
        for _ in 0..count {
            self.bump();
        }
        Some(if bytes { Decoded::Bytes(text.chars().map(|c| c as u8).collect()) } else { Decoded::Str(text) })
    }

    /// Consumes the run starting here and has rustpython parse its source text.
    fn delegate_strings(&mut self, start: TextSize) -> Option<Expr> {
        let mut literals = Vec::new();
        while let Tok::String { kind, triple_quoted, .. } = self.peek() {
            literals.push(Literal { kind: *kind, triple: *triple_quoted, range: self.range() });
            self.bump();
        }
        let end = self.prev_end();
        let text = self.source.get(start.to_usize()..end.to_usize())?;
        // At offset 0 there is no room for the parenthesis; the run then starts a statement,
        // outside brackets, so it is on one logical line and parses as it is.
        let parsed = match start.checked_sub(TextSize::from(1)) {
            Some(before) => Expr::parse_starts_at(&format!("({text})"), self.filename, before),
            None => Expr::parse_starts_at(text, self.filename, start),
        };
        let expr = match parsed {
            Ok(expr) => expr,
            // rustpython rejects some valid 3.11 f-strings (`fstring`'s docs); try ours.
            Err(_) if literals.iter().any(|l| l.kind.is_any_fstring()) => {
                return fstring::parse_run(self.source, self.filename, &literals);
            }
            Err(_) => return None,
        };
        // The node must be exactly the run (a stray token inside would make it something else).
        (rustpython_parser::ast::Ranged::range(&expr) == TextRange::new(start, end)).then_some(expr)
    }
}

/// Decodes the escapes of one non-raw literal into `out`, as rustpython's `StringParser`
/// does; `None` for `\N{...}` and anything malformed (rustpython then decides).
pub(super) fn unescape(value: &str, bytes: bool, out: &mut String) -> Option<()> {
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            if bytes && !c.is_ascii() {
                return None;
            }
            out.push(c);
            continue;
        }
        let escaped = chars.next()?;
        let decoded = match escaped {
            '\\' => '\\',
            '\'' => '\'',
            '"' => '"',
            'a' => '\x07',
            'b' => '\x08',
            'f' => '\x0c',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\x0b',
            '0'..='7' => octal(escaped, &mut chars)?,
            'x' => hex(&mut chars, 2)?,
            'u' if !bytes => hex(&mut chars, 4)?,
            'U' if !bytes => hex(&mut chars, 8)?,
            'N' if !bytes => return None,
            '\n' => continue,
            other => {
                if bytes && !other.is_ascii() {
                    return None;
                }
                out.push('\\');
                other
            }
        };
        out.push(decoded);
    }
    Some(())
}

/// Up to three octal digits, the first already read.
fn octal(first: char, chars: &mut std::str::Chars) -> Option<char> {
    let mut value = first.to_digit(8)?;
    for _ in 0..2 {
        let next = chars.clone().next();
        match next.and_then(|c| c.to_digit(8)) {
            Some(digit) => {
                value = value * 8 + digit;
                chars.next();
            }
            None => break,
        }
    }
    char::from_u32(value)
}

/// Exactly `digits` hex digits; surrogates become U+FFFD as in rustpython.
fn hex(chars: &mut std::str::Chars, digits: usize) -> Option<char> {
    let mut value: u32 = 0;
    for _ in 0..digits {
        value = value.checked_mul(16)?.checked_add(chars.next()?.to_digit(16)?)?;
    }
    match value {
        0xD800..=0xDFFF => Some(char::REPLACEMENT_CHARACTER),
        _ => char::from_u32(value),
    }
}
