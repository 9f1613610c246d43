//! Future statements: `from __future__ import ...`.
//!
//! They must come first in a module (after the docstring, and after other future statements),
//! name a feature that exists, and not ask for braces. Two passes check this, as in CPython:
//! `parse` walks the top of the module before anything else is compiled — it records the
//! features turned on and the line of the last well-placed future statement, and rejects
//! unknown features and a future statement that follows a plain statement on the same line;
//! code generation then rejects any future statement after that line
//! (`Features::late_import_error`). Only `annotations` (PEP 563: annotations are kept as
//! strings, never evaluated) changes how code is compiled; the others are no-ops in Python 3.

use crate::error::{CompileError, ErrorKind};
use crate::source::LineIndex;
use rustpython_parser::ast::{self, Ranged};

/// Every feature `__future__` has ever defined.
pub const FEATURES: &[&str] = &[
    "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
    "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
];

/// What a module's future statements turn on.
#[derive(Clone, Copy, Debug, Default)]
pub struct Features {
    /// `from __future__ import annotations`.
    pub annotations: bool,
    /// The line of the last future statement in its proper place (0 when none).
    pub last_line: u32,
}

pub const LATE_FUTURE: &str = "from __future__ imports must occur at the beginning of the file";

fn is_future(s: &ast::Stmt) -> Option<&ast::StmtImportFrom> {
    match s {
        ast::Stmt::ImportFrom(i) if i.module.as_ref().is_some_and(|m| m.as_str() == "__future__") && i.level.as_ref().map_or(0, |l| l.to_u32()) == 0 => Some(i),
        _ => None,
    }
}

/// An error at a statement's first column, with no end (CPython's future.c reports these with
/// a line and a column only).
fn error_at(message: String, s: &ast::Stmt, lines: &LineIndex, filename: &str) -> CompileError {
    let (line, col) = lines.line_col(usize::from(s.range().start()));
    let mut e = CompileError::new(ErrorKind::SyntaxError, message, filename);
    e.line = line;
    e.col = col + 1;
    e.end_line = line;
    e.text = lines.line_text(line).map(str::to_string);
    e
}

/// Checks the future statements at the top of a module and returns the features they enable.
pub fn parse(body: &[ast::Stmt], lines: &LineIndex, filename: &str) -> Result<Features, CompileError> {
    let mut features = Features::default();
    let mut done = false;
    let mut prev_line = 0;
    for (i, s) in body.iter().enumerate() {
        let line = lines.line_col(usize::from(s.range().start())).0;
        if done && line > prev_line {
            break;
        }
        prev_line = line;
        if let Some(import) = is_future(s) {
            if done {
                // This one error CPython places at the 0-based column.
                let mut e = error_at(LATE_FUTURE.into(), s, lines, filename);
                e.col -= 1;
                return Err(e);
            }
            for alias in &import.names {
                match alias.name.as_str() {
                    "annotations" => features.annotations = true,
                    "braces" => return Err(error_at("not a chance".into(), s, lines, filename)),
                    name if FEATURES.contains(&name) => {}
                    name => return Err(error_at(format!("future feature {name} is not defined"), s, lines, filename)),
                }
            }
            features.last_line = line;
            continue;
        }
        let docstring = i == 0
            && matches!(s, ast::Stmt::Expr(e) if matches!(e.value.as_ref(), ast::Expr::Constant(c) if matches!(c.value, ast::Constant::Str(_))));
        if !docstring {
            done = true;
        }
    }
    Ok(features)
}

/// Whether a `from __future__ import` at `line` comes too late.
pub fn is_late(import: &ast::StmtImportFrom, line: u32, features: &Features) -> bool {
    import.module.as_ref().is_some_and(|m| m.as_str() == "__future__") && line > features.last_line
}

/// An annotation as PEP 563 keeps it: the expression's source, normalized as CPython's
/// unparser writes it.
pub fn annotation_text(annotation: &ast::Expr) -> String {
    annotation.to_string()
}
