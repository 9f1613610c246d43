//! Where a traceback's caret line puts its `^`s: CPython re-parses the failing source segment
//! and, for a binary operation or a subscript, marks the operator (or the `[...]`) with `^` and
//! the operands with `~`. This does the same with our parser.

use rustpython_parser::ast::{self, Ranged};

/// `(start, end)` character offsets of the `^` part within `segment`, for binary operators and
/// subscripts; `None` for anything else (all `^`).
pub fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    let parsed = rustpython_parser::parse(segment, rustpython_parser::Mode::Module, "<segment>").ok()?;
    let ast::Mod::Module(m) = parsed else { return None };
    if m.body.len() != 1 {
        return None;
    }
    let ast::Stmt::Expr(e) = &m.body[0] else { return None };
    let to_chars = |byte: usize| segment[..byte.min(segment.len())].chars().count();
    match e.value.as_ref() {
        ast::Expr::BinOp(b) => {
            let op_start = u32::from(b.left.range().end()) as usize;
            let op_end = u32::from(b.right.range().start()) as usize;
            let op_str = segment.get(op_start..op_end)?;
            let offset = op_str.len() - op_str.trim_start().len();
            let left = op_start + offset;
            let mut right = left + 1;
            if offset + 1 < op_str.len() && !op_str.as_bytes()[offset + 1].is_ascii_whitespace() {
                right += 1;
            }
            Some((to_chars(left), to_chars(right)))
        }
        ast::Expr::Subscript(s) => {
            let start = u32::from(s.value.range().end()) as usize;
            let end = u32::from(s.slice.range().end()) as usize + 1;
            Some((to_chars(start), to_chars(end)))
        }
        _ => None,
    }
}
