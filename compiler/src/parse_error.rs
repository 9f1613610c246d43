//! Turns rustpython-parser's errors into `CompileError`s worded as CPython 3.11 words them.
//!
//! Source that CPython's parser rejects never gets here: `syntax_checks::check` runs first and
//! reports CPython's own error. What rustpython-parser still rejects is either an error CPython's
//! compiler (not its parser) raises — a repeated keyword argument, a duplicate parameter — or
//! code CPython accepts but rustpython-parser cannot parse. The mapping below covers both, and
//! falls back to CPython's plain "invalid syntax" with the offending token's position.

use crate::error::{CompileError, ErrorKind};
use crate::source::LineIndex;
use rustpython_parser::{lexer::LexicalErrorType, ParseError, ParseErrorType, Tok};

pub fn convert(err: ParseError, source: &str, filename: &str, lines: &LineIndex) -> CompileError {
    let offset = u32::from(err.offset) as usize;
    let (kind, message, at) = classify(&err.error, source, offset);
    let mut e = CompileError::new(kind, message, filename);
    // Columns count bytes, as CPython's for source read from a file and for compiler errors.
    let byte_col = |off: usize| {
        let off = off.min(source.len());
        let (line, _) = lines.line_col(off);
        let start = source[..off].rfind(['\n', '\r']).map_or(0, |i| i + 1);
        (line, (off - start) as u32)
    };
    let (line, col) = byte_col(at);
    e.line = line;
    e.col = col + 1;
    e.end_line = line;
    e.end_col = col + 2;
    // Errors CPython's compiler (not its parser) raises cover a whole argument.
    let span_end = match &err.error {
        ParseErrorType::Lexical(LexicalErrorType::DuplicateKeywordArgumentError(_)) => Some(argument_end(source, at, '=')),
        ParseErrorType::Lexical(LexicalErrorType::DuplicateArgumentError(_)) => {
            Some(argument_end(source, at, if in_lambda(source, at) { '\0' } else { ':' }))
        }
        _ => None,
    };
    if let Some(end) = span_end {
        let (end_line, end_col) = byte_col(end);
        e.end_line = end_line;
        e.end_col = end_col + 1;
    }
    e.text = lines.line_text(line).map(str::to_string);
    e
}

/// Whether the parameter at `at` belongs to a lambda (not a `def`): going back, `lambda` comes
/// before an unclosed `(`.
fn in_lambda(source: &str, at: usize) -> bool {
    let bytes = source.as_bytes();
    let mut depth = 0i32;
    let mut i = at.min(bytes.len());
    while i > 0 {
        i -= 1;
        match bytes[i] {
            b')' | b']' | b'}' => depth += 1,
            b'(' | b'[' | b'{' => {
                depth -= 1;
                if depth < 0 {
                    return false;
                }
            }
            b'a' if depth == 0 && i >= 5 && &bytes[i - 5..=i] == b"lambda" => {
                let before = if i >= 6 { bytes[i - 6] } else { b' ' };
                if !(before.is_ascii_alphanumeric() || before == b'_') {
                    return true;
                }
            }
            b'\n' if depth == 0 => return false,
            _ => {}
        }
    }
    false
}

/// The end of an argument starting at `start`: its name, then (after `joint`, `=` for a keyword
/// argument, `:` for an annotated parameter) an expression up to a `,` `)` or `=` outside brackets.
fn argument_end(source: &str, start: usize, joint: char) -> usize {
    let bytes = source.as_bytes();
    let mut i = start;
    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] >= 0x80) {
        i += 1;
    }
    let name_end = i;
    while i < bytes.len() && matches!(bytes[i], b' ' | b'\t') {
        i += 1;
    }
    if bytes.get(i) != Some(&(joint as u8)) {
        return name_end;
    }
    i += 1;
    let mut depth = 0i32;
    let mut last = i;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' if depth > 0 => depth -= 1,
            b')' | b']' | b'}' | b',' => break,
            b'=' if depth == 0 && joint == ':' => break,
            b'\'' | b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            _ => {}
        }
        if !matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
            last = i + 1;
        }
        i += 1;
    }
    last.min(bytes.len())
}

fn classify(err: &ParseErrorType, source: &str, offset: usize) -> (ErrorKind, String, usize) {
    use ErrorKind::*;
    let plain = |msg: &str| (SyntaxError, msg.to_string(), offset);
    match err {
        ParseErrorType::Eof | ParseErrorType::Lexical(LexicalErrorType::Eof) => match unclosed_bracket(source) {
            Some((pos, ch)) => (SyntaxError, format!("'{ch}' was never closed"), pos),
            None => plain("unexpected EOF while parsing"),
        },
        ParseErrorType::UnrecognizedToken(Tok::Indent, _) => (IndentationError, "unexpected indent".into(), offset),
        ParseErrorType::UnrecognizedToken(tok, expected) => {
            let expected = expected.as_deref().unwrap_or("");
            if expected == "Indent" {
                (IndentationError, "expected an indented block".into(), offset)
            } else if *tok == Tok::Dedent || *tok == Tok::EndOfFile {
                match unclosed_bracket(source) {
                    Some((pos, ch)) => (SyntaxError, format!("'{ch}' was never closed"), pos),
                    None => plain("invalid syntax"),
                }
            } else if expected.contains("':'") && matches!(tok, Tok::Newline) {
                plain("expected ':'")
            } else if matches!(tok, Tok::Rpar | Tok::Rsqb | Tok::Rbrace) && unmatched_closer(source, offset) {
                plain(&format!("unmatched '{}'", &source[offset..offset + 1]))
            } else {
                plain("invalid syntax")
            }
        }
        ParseErrorType::ExtraToken(_) | ParseErrorType::InvalidToken => plain("invalid syntax"),
        ParseErrorType::Lexical(lex) => match lex {
            LexicalErrorType::IndentationError => {
                (IndentationError, "unindent does not match any outer indentation level".into(), offset)
            }
            LexicalErrorType::TabError | LexicalErrorType::TabsAfterSpaces => {
                (TabError, "inconsistent use of tabs and spaces in indentation".into(), offset)
            }
            LexicalErrorType::NestingError => match source.get(offset..offset + 1) {
                Some(c) if ")]}".contains(c) => plain(&format!("unmatched '{c}'")),
                _ => plain("invalid syntax"),
            },
            LexicalErrorType::DefaultArgumentError => plain("non-default argument follows default argument"),
            LexicalErrorType::DuplicateArgumentError(name) => {
                plain(&format!("duplicate argument '{name}' in function definition"))
            }
            LexicalErrorType::PositionalArgumentError => plain("positional argument follows keyword argument"),
            LexicalErrorType::UnpackedArgumentError => {
                plain("iterable argument unpacking follows keyword argument unpacking")
            }
            LexicalErrorType::DuplicateKeywordArgumentError(name) => plain(&format!("keyword argument repeated: {name}")),
            LexicalErrorType::UnrecognizedToken { tok } => {
                if tok.is_ascii() {
                    plain("invalid syntax")
                } else {
                    plain(&format!("invalid character '{tok}' (U+{:04X})", *tok as u32))
                }
            }
            LexicalErrorType::LineContinuationError => plain("unexpected character after line continuation character"),
            LexicalErrorType::StringError | LexicalErrorType::UnicodeError => {
                plain("(unicode error) 'unicodeescape' codec can't decode bytes: malformed \\N character escape")
            }
            LexicalErrorType::FStringError(e) => plain(&format!("f-string: {e}")),
            LexicalErrorType::OtherError(msg) => plain(&cpython_wording(msg)),
            LexicalErrorType::Eof => plain("unexpected EOF while parsing"),
        },
    }
}

fn cpython_wording(msg: &str) -> String {
    if msg.starts_with("cannot assign to") || msg.starts_with("cannot delete") {
        return msg.to_string();
    }
    if msg.contains("unterminated string") || msg.contains("EOL while scanning") {
        return "unterminated string literal (detected at line 1)".to_string();
    }
    msg.to_string()
}

/// Walks the source outside strings and comments; returns the innermost bracket left open.
fn unclosed_bracket(source: &str) -> Option<(usize, char)> {
    let mut stack = Vec::new();
    scan_brackets(source, |pos, ch| {
        match ch {
            '(' | '[' | '{' => stack.push((pos, ch)),
            _ => {
                stack.pop();
            }
        }
        true
    });
    stack.first().copied()
}

/// Whether the closing bracket at `offset` has no opener.
fn unmatched_closer(source: &str, offset: usize) -> bool {
    let mut depth = 0i64;
    let mut unmatched = false;
    scan_brackets(source, |pos, ch| {
        if pos > offset {
            return false;
        }
        if "([{".contains(ch) {
            depth += 1;
        } else {
            depth -= 1;
            if pos == offset && depth < 0 {
                unmatched = true;
            }
        }
        true
    });
    unmatched
}

fn scan_brackets(source: &str, mut visit: impl FnMut(usize, char) -> bool) {
    let bytes = source.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                let triple = bytes.get(i + 1) == Some(&b) && bytes.get(i + 2) == Some(&b);
                let quote_len = if triple { 3 } else { 1 };
                i += quote_len;
                while i < bytes.len() {
                    if bytes[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if bytes[i] == b && (!triple || (bytes.get(i + 1) == Some(&b) && bytes.get(i + 2) == Some(&b))) {
                        i += quote_len;
                        break;
                    }
                    if !triple && bytes[i] == b'\n' {
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            b'(' | b'[' | b'{' | b')' | b']' | b'}' => {
                if !visit(i, b as char) {
                    return;
                }
            }
            _ => {}
        }
        i += 1;
    }
}
