//! Limits on source nesting, checked before parsing.
//!
//! Parsing and compiling recurse over the tree, so absurdly nested source ("(" * 100000, ten
//! thousand nested `if`s) must be refused up front with CPython's errors instead of exhausting
//! the native stack: more than 200 open brackets is "too many nested parentheses" (CPython's
//! tokenizer limit) and more than 100 indentation levels is "too many levels of indentation".

use crate::error::{CompileError, ErrorKind};
use crate::source::LineIndex;

const MAX_PAREN_DEPTH: usize = 200;
const MAX_INDENT_LEVELS: usize = 100;

pub fn check_depth(source: &str, filename: &str, lines: &LineIndex) -> Result<(), CompileError> {
    let error = |kind, msg: &str, pos: usize| {
        let mut e = CompileError::new(kind, msg, filename);
        let (line, col) = lines.line_col(pos);
        e.line = line;
        e.col = col + 1;
        e.end_line = line;
        e.end_col = col + 2;
        e.text = lines.line_text(line).map(str::to_string);
        e
    };
    let bytes = source.as_bytes();
    let mut depth = 0usize;
    let mut indents: Vec<usize> = vec![0];
    let mut at_line_start = true;
    let mut i = 0;
    while i < bytes.len() {
        if at_line_start && depth == 0 {
            let start = i;
            let mut width = 0;
            while i < bytes.len() && (bytes[i] == b' ' || bytes[i] == b'\t') {
                width += if bytes[i] == b'\t' { 8 - width % 8 } else { 1 };
                i += 1;
            }
            at_line_start = false;
            let blank = i >= bytes.len() || matches!(bytes[i], b'\n' | b'\r' | b'#');
            if !blank {
                while indents.last().is_some_and(|&w| w > width) {
                    indents.pop();
                }
                if indents.last() != Some(&width) {
                    indents.push(width);
                    if indents.len() > MAX_INDENT_LEVELS {
                        return Err(error(ErrorKind::IndentationError, "too many levels of indentation", start));
                    }
                }
            }
            continue;
        }
        i = skip_plain(bytes, i);
        let Some(&b) = bytes.get(i) else { break };
        match b {
            b'\n' => at_line_start = true,
            b'#' => {
                i = find_from(bytes, i, |c| c == b'\n');
                continue;
            }
            b'\'' | b'"' => {
                i = skip_string(bytes, i, b);
                continue;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_PAREN_DEPTH {
                    return Err(error(ErrorKind::SyntaxError, "too many nested parentheses", i));
                }
            }
            _ => depth = depth.saturating_sub(1),
        }
        i += 1;
    }
    Ok(())
}

/// The bytes the scan stops at: line ends, comments, quotes and brackets.
const SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    let special = b"\n#'\"()[]{}";
    let mut k = 0;
    while k < special.len() {
        table[special[k] as usize] = true;
        k += 1;
    }
    table
};

/// The index of the first byte at or after `i` that `stop` accepts (the length if none).
fn find_from(bytes: &[u8], i: usize, stop: impl Fn(u8) -> bool) -> usize {
    bytes[i..].iter().position(|&c| stop(c)).map_or(bytes.len(), |p| i + p)
}

/// The first byte at or after `i` that the scan must look at.
fn skip_plain(bytes: &[u8], i: usize) -> usize {
    find_from(bytes, i, |c| SPECIAL[c as usize])
}

/// Skips the string literal whose opening `quote` is at `i`; returns the index after it (or
/// after the line end that leaves a one-line string unterminated, or the end of the text).
fn skip_string(bytes: &[u8], mut i: usize, quote: u8) -> usize {
    let triple = bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote);
    let quote_len = if triple { 3 } else { 1 };
    i += quote_len;
    while i < bytes.len() {
        i = find_from(bytes, i, |c| c == quote || c == b'\\' || c == b'\n');
        match bytes.get(i) {
            None => break,
            Some(b'\\') => i += 2,
            Some(b'\n') if !triple => break,
            Some(b'\n') => i += 1,
            Some(_) if !triple || (bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote)) => return i + quote_len,
            Some(_) => i += 1,
        }
    }
    i
}
