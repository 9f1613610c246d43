//! Functions: Python functions (code + globals + defaults + closure), native functions, and
//! the per-code-object data the loop needs (`CodeData`).

use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use ferropy_compiler::CodeObject;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

/// A code object plus its constants turned into values and its names interned, made once per
/// code object so `LOAD_CONST` and `LOAD_ATTR` never convert anything.
pub struct CodeData {
    pub code: Arc<CodeObject>,
    /// The instructions decoded once, with `EXTENDED_ARG` prefixes folded into the argument of
    /// the instruction they extend (the prefix itself becomes a `NOP`), so the loop never
    /// decodes.
    /// Shared with the frames running the code, which fetch from it without going through here.
    pub instrs: Rc<[(ferropy_compiler::opcode::Opcode, u32)]>,
    /// One inline cache slot per instruction (see `inline_cache.rs`).
    pub caches: Box<[crate::inline_cache::CacheSlot]>,
    pub consts: Vec<Value>,
    pub names: Vec<ObjRef>,
    pub varnames: Vec<ObjRef>,
    pub cell_to_arg: Vec<Option<usize>>,
    pub ncells: usize,
    pub is_generator: bool,
}

pub struct Function {
    pub code: Rc<CodeData>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub defaults: RefCell<Option<Vec<Value>>>,
    pub kwdefaults: RefCell<Option<ObjRef>>,
    pub closure: Vec<ObjRef>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    pub annotations: RefCell<Option<ObjRef>>,
}

/// The arguments of a native call: positional values, then keyword values named by `kwnames`.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kwnames: &'a [Value],
    pub kwvalues: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn positional(pos: &'a [Value]) -> Args<'a> {
        Args { pos, kwnames: &[], kwvalues: &[] }
    }

    pub fn len(&self) -> usize {
        self.pos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// The keyword argument with this name, if given.
    pub fn kw(&self, name: &str) -> Option<&'a Value> {
        self.kwnames
            .iter()
            .position(|n| n.as_obj().and_then(|o| o.as_str()) == Some(name))
            .map(|i| &self.kwvalues[i])
    }

    /// Keyword names and values.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        self.kwnames
            .iter()
            .zip(self.kwvalues)
            .map(|(n, v)| (n.as_obj().and_then(|o| o.as_str()).unwrap_or(""), v))
    }

    /// Positional argument `i`, or the keyword `name`.
    pub fn get(&self, i: usize, name: &str) -> Option<&'a Value> {
        self.pos.get(i).or_else(|| self.kw(name))
    }

    /// Drops the first positional argument (the receiver of a method).
    pub fn shift(&self) -> Args<'a> {
        Args { pos: &self.pos[1..], kwnames: self.kwnames, kwvalues: self.kwvalues }
    }
}

pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: NativeFn,
    /// For module-level functions: the module name (for repr); for methods: the owner type name.
    pub owner: &'static str,
    /// Whether this is a method (`<method 'x' of 'T' objects>`) rather than a function.
    pub is_method: bool,
    /// A bound receiver (e.g. `[].append`): passed as the first argument.
    pub receiver: Option<Value>,
}
