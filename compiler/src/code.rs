//! `CodeObject`: the compiler's output and the VM's input, and its constants.
//!
//! A code object is immutable once built and shared between threads (`Arc`). Constants are a
//! plain enum, never VM objects: the compiler knows nothing of the VM. The VM turns constants
//! into values once per code object, not on every `LOAD_CONST`.
//!
//! Invariants: `varnames` starts with the parameters in order (positional, keyword-only,
//! `*args`, `**kwargs`); every `LOAD_FAST`/`STORE_FAST` argument indexes `varnames`; deref
//! arguments index `cellvars` followed by `freevars`; `locations` is sorted by `start` and its
//! first entry starts at instruction 0 whenever the code is non-empty.

use num_bigint::BigInt;
use std::sync::Arc;

/// `co_flags` bits, as CPython 3.11 numbers them (it no longer has CO_NOFREE, 0x40).
pub mod flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const COROUTINE: u32 = 0x80;
    pub const ASYNC_GENERATOR: u32 = 0x200;
}

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Complex { re: f64, im: f64 },
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    FrozenSet(Vec<Constant>),
    Code(Arc<CodeObject>),
    Ellipsis,
}

impl Constant {
    /// Same constant for the purpose of de-duplicating `co_consts` (1 and 1.0 and True differ,
    /// 0.0 and -0.0 differ).
    pub fn same_as(&self, other: &Constant) -> bool {
        match (self, other) {
            (Constant::Float(a), Constant::Float(b)) => a.to_bits() == b.to_bits(),
            (Constant::Complex { re: a, im: b }, Constant::Complex { re: c, im: d }) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Constant::Tuple(a), Constant::Tuple(b)) | (Constant::FrozenSet(a), Constant::FrozenSet(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.same_as(y))
            }
            (Constant::Code(a), Constant::Code(b)) => Arc::ptr_eq(a, b),
            _ => std::mem::discriminant(self) == std::mem::discriminant(other) && self == other,
        }
    }
}

/// Where the instructions from `start` on came from in the source (1-based lines, 0-based
/// UTF-8 character columns, as CPython's `co_positions`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Location {
    pub start: u32,
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// A compiled function body, class body, module or comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub stacksize: u32,
    pub flags: u32,
    pub code: Vec<u32>,
    pub consts: Vec<Constant>,
    pub names: Vec<String>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub filename: String,
    pub name: String,
    pub qualname: String,
    pub firstlineno: u32,
    pub locations: Vec<Location>,
}

impl CodeObject {
    pub fn has_flag(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }

    /// Number of parameters, counting `*args` and `**kwargs`.
    pub fn total_args(&self) -> usize {
        (self.argcount
            + self.kwonlyargcount
            + self.has_flag(flags::VARARGS) as u32
            + self.has_flag(flags::VARKEYWORDS) as u32) as usize
    }

    /// For each cell variable that is also a parameter, the parameter's index.
    pub fn cell_to_arg(&self) -> Vec<Option<usize>> {
        let nargs = self.total_args();
        self.cellvars
            .iter()
            .map(|cell| self.varnames[..nargs.min(self.varnames.len())].iter().position(|v| v == cell))
            .collect()
    }

    /// The source location of instruction `index`.
    pub fn location(&self, index: usize) -> Option<Location> {
        let at = self.locations.partition_point(|l| l.start as usize <= index);
        at.checked_sub(1).map(|i| self.locations[i])
    }

    /// The source line of instruction `index` (the first line when unknown).
    pub fn line_of(&self, index: usize) -> u32 {
        self.location(index).map_or(self.firstlineno, |l| l.line)
    }

    /// The docstring: `co_consts[0]` when it is a str and the code is a function or module
    /// that has one (codegen puts it there).
    pub fn docstring(&self) -> Option<&str> {
        match self.consts.first() {
            Some(Constant::Str(s)) => Some(s),
            _ => None,
        }
    }
}
