//! Exception instances: args, traceback entries, cause and context.
//!
//! Attributes specific to a class (`StopIteration.value`, `SystemExit.code`, `OSError.errno`,
//! `SyntaxError.lineno` …) live in the instance dict, set by the class's `__init__`.
//! The traceback is a list of (code, instruction) entries in the order the exception passed
//! through frames: innermost first. `__traceback__` builds traceback objects from it on demand.

use super::function::CodeData;
use crate::value::Value;
use std::rc::Rc;

#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<CodeData>,
    pub instr: u32,
    /// The frame's globals (NameError suggestions look at them).
    pub globals: Option<crate::value::ObjRef>,
}

impl TbEntry {
    pub fn line(&self) -> u32 {
        self.code.code.line_of(self.instr as usize)
    }
}

pub struct ExceptionData {
    pub args: Value,
    pub traceback: Vec<TbEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

impl ExceptionData {
    pub fn new(args: Value) -> ExceptionData {
        ExceptionData { args, traceback: Vec::new(), cause: Value::None, context: Value::None, suppress_context: false }
    }
}

/// A traceback object: the entries from `pos` outward (tb_next is `pos - 1`).
pub struct TracebackData {
    pub entries: Rc<Vec<TbEntry>>,
    pub pos: usize,
}
