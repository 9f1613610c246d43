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
        let b = bytes[i];
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
        match b {
            b'\n' => at_line_start = true,
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
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_PAREN_DEPTH {
                    return Err(error(ErrorKind::SyntaxError, "too many nested parentheses", i));
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    Ok(())
}
