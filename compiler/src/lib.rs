//! ferropy's compiler: Python source → `CodeObject`, and the bytecode format around it.
//!
//! The pipeline is `source` (decoding, line index) → rustpython-parser → `symtable` (scopes)
//! → `codegen` (instructions, constants, locations) → `CodeObject`. `dis` renders code objects
//! as text in CPython's column layout. This crate knows nothing of the VM: constants are the
//! plain `code::Constant` enum.

pub mod anchors;
pub mod code;
pub mod codegen;
pub mod dis;
pub mod error;
pub mod fast_hash;
pub mod future;
mod grammar_gaps;
pub mod marshal;
pub mod nesting;
pub mod opcode;
pub mod parser;
pub mod pyc;
pub mod repr;
mod parse_error;
mod syntax_checks;
pub mod source;
pub mod symtable;
pub mod unicode_tables;
pub mod verify;

pub use code::{CodeObject, Constant};
pub use codegen::{compile_source, Mode, Options};
pub use error::{CompileError, ErrorKind};
