//! `Frame`: one activation of a code object.
//!
//! A frame owns its operand stack, its fast locals (one slot per `co_varnames` entry, `None`
//! while unbound), its cells (cell variables first, then the closure's free variables), and its
//! block stack of exception handlers. Module and class bodies (and `exec`) also have a `locals`
//! mapping for the `*_NAME` instructions.
//!
//! Frames live on the thread's frame stack (`Vm::frames`) while they run; a suspended
//! generator's frame lives in the generator object.

use crate::object::CodeData;
use crate::value::{ObjRef, Value};
use std::rc::Rc;

#[derive(Clone, Copy, Debug)]
pub struct Block {
    /// Instruction index of the handler.
    pub handler: u32,
    /// Operand-stack depth to cut back to before pushing the exception.
    pub level: u32,
}

pub struct Frame {
    pub code: Rc<CodeData>,
    /// `code.instrs`, held here too so that fetching an instruction is one pointer chase
    /// shorter (the loop's fetch is a chain of dependent loads).
    pub instrs: Rc<[(ferropy_compiler::opcode::Opcode, u32)]>,
    /// Index of the next instruction.
    pub pc: usize,
    pub stack: Vec<Value>,
    /// Fast locals; `Value::Null` marks an unbound one (so arguments move in as plain values).
    pub fast: Vec<Value>,
    pub cells: Vec<ObjRef>,
    pub blocks: Vec<Block>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub locals: Option<Value>,
    /// The exception being handled by the caller when this generator frame was resumed.
    pub outer_handled: Option<Value>,
    /// For an `__init__` frame pushed by instantiating a class in the loop: the new instance,
    /// which the call produces instead of `__init__`'s (None) return value.
    pub init_instance: Option<Value>,
}

impl Frame {
    pub fn new(code: Rc<CodeData>, globals: ObjRef, builtins: ObjRef, locals: Option<Value>) -> Frame {
        let nfast = code.code.varnames.len();
        let stacksize = code.code.stacksize as usize;
        Frame {
            instrs: code.instrs.clone(),
            pc: 0,
            stack: Vec::with_capacity(stacksize + 1),
            fast: vec![Value::Null; nfast],
            cells: Vec::with_capacity(code.ncells + code.code.freevars.len()),
            blocks: Vec::new(),
            globals,
            builtins,
            locals,
            outer_handled: None,
            init_instance: None,
            code,
        }
    }

    /// Makes a recycled frame ready to run `code` (keeping its vectors' capacity). The fast
    /// locals are left empty: callers fill them (`fill_fast`) as they bind arguments, and
    /// `locals` is None (a caller that has a mapping stores it after: passing `None` in by
    /// reference made every call wait on a store-forwarding stall). A pooled frame usually
    /// last ran code of the same module (or the same function), so the globals, builtins and
    /// code it holds are often the very ones asked for; keeping them spares a reference-count
    /// update each.
    #[inline]
    pub fn reset(&mut self, code: &Rc<CodeData>, globals: &ObjRef, builtins: &ObjRef) {
        self.pc = 0;
        self.stack.clear();
        self.fast.clear();
        self.cells.clear();
        self.blocks.clear();
        if !Rc::ptr_eq(&self.globals, globals) {
            self.globals = globals.clone();
        }
        if !Rc::ptr_eq(&self.builtins, builtins) {
            self.builtins = builtins.clone();
        }
        self.locals = None;
        self.outer_handled = None;
        self.init_instance = None;
        if !Rc::ptr_eq(&self.code, code) {
            self.code = code.clone();
            self.instrs = code.instrs.clone();
        }
    }

    /// Gives the frame its full set of fast-local slots, unbound beyond those already filled.
    #[inline]
    pub fn fill_fast(&mut self) {
        let nfast = self.code.code.varnames.len();
        if self.fast.len() < nfast {
            self.fast.resize(nfast, Value::Null);
        }
    }

    /// Drops everything the frame refers to except its code (before it goes back to the pool).
    pub fn clear(&mut self) {
        self.stack.clear();
        self.fast.clear();
        self.cells.clear();
        self.blocks.clear();
        self.locals = None;
        self.outer_handled = None;
        self.init_instance = None;
    }

    /// Index of the instruction being executed (the loop advances `pc` as it fetches, and a
    /// suspended or calling frame's `pc` is just past the instruction it stopped at).
    #[inline]
    pub fn lasti(&self) -> usize {
        self.pc.saturating_sub(1)
    }

    /// The source line being executed.
    pub fn line(&self) -> u32 {
        self.code.code.line_of(self.lasti())
    }
}
