//! `CompileError`: everything that stops source from becoming a code object.
//!
//! The message is CPython's wording; the location is 1-based line and 1-based column (as
//! `SyntaxError.lineno`/`offset`), plus optional end positions for `^^^` ranges. The VM turns a
//! `CompileError` into a `SyntaxError` (or one of its subclasses, named by `kind`).

use std::fmt;

/// Which exception class the error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Source nested too deeply to compile (CPython: "maximum recursion depth exceeded during
    /// compilation").
    RecursionError,
}

impl ErrorKind {
    pub fn class_name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::RecursionError => "RecursionError",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: ErrorKind,
    pub message: String,
    pub filename: String,
    /// 1-based line (0 when unknown).
    pub line: u32,
    /// 1-based column (0 when unknown).
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    /// The text of the offending line, when known.
    pub text: Option<String>,
}

impl CompileError {
    pub fn new(kind: ErrorKind, message: impl Into<String>, filename: &str) -> Self {
        CompileError {
            kind,
            message: message.into(),
            filename: filename.to_string(),
            line: 0,
            col: 0,
            end_line: 0,
            end_col: 0,
            text: None,
        }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} ({}, line {})", self.message, self.filename, self.line)
    }
}

impl std::error::Error for CompileError {}
