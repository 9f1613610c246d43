//! Coroutines: `async def`, `await`, `async for`, `async with`, asynchronous comprehensions and
//! the `yield` of asynchronous generators.
//!
//! What this module owns:
//! - `FunctionDef`, the one view of `def` and `async def` that `compile_function_def` compiles
//!   (the code flags come from the symbol table: `CO_COROUTINE` for an `async def` or an
//!   awaiting comprehension, `CO_ASYNC_GENERATOR` when it also yields);
//! - the await sequence, `GET_AWAITABLE where; LOAD_CONST None; <SEND/YIELD_VALUE loop>`, the
//!   same delegation loop `yield from` uses (so `throw`/`close` reach the awaited object the
//!   way they reach a `yield from` sub-iterator);
//! - the loop shapes of `async for` (and of `async for` inside comprehensions) and the
//!   `async with` statement;
//! - CPython's compile-time errors for these constructs, with its words and positions.
//!
//! Invariants. An `async for` loop keeps its asynchronous iterator on the stack exactly where a
//! `for` loop keeps its iterator, so `break`/`continue`/`return` unwind it as a `ForLoop`; the
//! handler block that catches `StopAsyncIteration` covers only `GET_ANEXT` and its await, and
//! `END_ASYNC_FOR` finds `[aiter exc]` there. An `async with` keeps the bound `__aexit__`
//! where `with` keeps `__exit__`; leaving it early awaits `__aexit__(None, None, None)`. Values
//! an asynchronous generator yields pass through `ASYNC_GEN_WRAP`, which is what tells them
//! apart from the values its awaits pass up to the event loop.

use super::{CResult, Compiler};
use super::blocks::FBlock;
use super::expr::Comp;
use crate::code::Constant;
use crate::opcode::Opcode;
use crate::symtable::ScopeKind;
use rustpython_parser::ast::{self, text_size::TextRange};

/// A `def` or `async def` statement, as the function compiler reads it.
pub(crate) struct FunctionDef<'a> {
    pub name: &'a ast::Identifier,
    pub args: &'a ast::Arguments,
    pub body: &'a [ast::Stmt],
    pub decorator_list: &'a [ast::Expr],
    pub returns: Option<&'a ast::Expr>,
    pub range: TextRange,
}

impl<'a> From<&'a ast::StmtFunctionDef> for FunctionDef<'a> {
    fn from(f: &'a ast::StmtFunctionDef) -> Self {
        FunctionDef { name: &f.name, args: &f.args, body: &f.body, decorator_list: &f.decorator_list, returns: f.returns.as_deref(), range: f.range }
    }
}

impl<'a> From<&'a ast::StmtAsyncFunctionDef> for FunctionDef<'a> {
    fn from(f: &'a ast::StmtAsyncFunctionDef) -> Self {
        FunctionDef { name: &f.name, args: &f.args, body: &f.body, decorator_list: &f.decorator_list, returns: f.returns.as_deref(), range: f.range }
    }
}

impl<'a> Compiler<'a> {
    /// Whether the unit being compiled is an `async def` body.
    fn in_async_function(&self) -> bool {
        let scope = self.scope();
        scope.kind == ScopeKind::Function && scope.is_coroutine
    }

    /// `await value`.
    pub fn compile_await(&mut self, a: &'a ast::ExprAwait) -> CResult {
        let kind = self.scope().kind;
        if !kind.is_function_like() {
            return Err(self.error("'await' outside function", a.range));
        }
        if kind != ScopeKind::Comprehension && !self.in_async_function() {
            return Err(self.error("'await' outside async function", a.range));
        }
        self.compile_expr(&a.value)?;
        self.set_loc(a.range);
        self.emit_await_where(0);
        Ok(())
    }

    /// Awaits the value on top of the stack, leaving the result.
    pub fn emit_await(&mut self) {
        self.emit_await_where(0);
    }

    /// `where` is GET_AWAITABLE's operand: 1 after `__aenter__`, 2 after `__aexit__`.
    pub(crate) fn emit_await_where(&mut self, place: u32) {
        self.emit(Opcode::GET_AWAITABLE, place);
        self.emit_const(Constant::None);
        self.emit_yield_from_loop();
    }

    /// A `yield` expression's suspension: asynchronous generators wrap what they yield.
    pub fn emit_yield(&mut self) {
        if self.scope().is_coroutine {
            self.emit(Opcode::ASYNC_GEN_WRAP, 0);
        }
        self.emit(Opcode::YIELD_VALUE, 0);
    }

    pub fn check_yield_from_allowed(&self, range: TextRange) -> CResult {
        if self.in_async_function() {
            return Err(self.error("'yield from' inside async function", range));
        }
        Ok(())
    }

    /// `return value` is not allowed in an asynchronous generator.
    pub fn check_async_return(&self, r: &ast::StmtReturn) -> CResult {
        let scope = self.scope();
        if r.value.is_some() && scope.is_coroutine && scope.is_generator && scope.kind.is_function_like() {
            return Err(self.error("'return' with value in async generator", r.range));
        }
        Ok(())
    }

    /// A list, set or dict comprehension that awaits is itself awaited where it is built,
    /// which only an `async def` (or another comprehension) may do.
    pub fn check_async_comprehension(&self, range: TextRange) -> CResult {
        if self.scope().kind != ScopeKind::Comprehension && !self.in_async_function() {
            return Err(self.error("asynchronous comprehension outside of an asynchronous function", range));
        }
        Ok(())
    }

    /// Calls the `__aexit__` on top of the stack with three Nones, awaits it and drops the result.
    pub fn emit_async_exit_call(&mut self) {
        self.emit(Opcode::PUSH_NULL, 0);
        for _ in 0..3 {
            self.emit_const(Constant::None);
        }
        self.emit(Opcode::CALL, 3);
        self.emit_await_where(2);
        self.emit(Opcode::POP_TOP, 0);
    }

    /// One step of an `async for`: `[aiter]` becomes `[aiter item]`, or control goes to
    /// `done` with `[aiter exc]` (where END_ASYNC_FOR ends the loop on StopAsyncIteration).
    fn emit_async_next(&mut self, done: super::Label) {
        self.emit_jump(Opcode::SETUP_FINALLY, done);
        self.emit(Opcode::GET_ANEXT, 0);
        self.emit_const(Constant::None);
        self.emit_yield_from_loop();
        self.emit(Opcode::POP_BLOCK, 0);
    }

    pub fn compile_async_for(&mut self, f: &'a ast::StmtAsyncFor) -> CResult {
        if !self.in_async_function() {
            return Err(self.error("'async for' outside async function", f.range));
        }
        let (start, end, done) = (self.new_label(), self.new_label(), self.new_label());
        self.compile_expr(&f.iter)?;
        self.set_loc(f.range);
        self.emit(Opcode::GET_AITER, 0);
        self.bind(start);
        self.set_loc(f.range);
        self.emit_async_next(done);
        self.compile_store(&f.target)?;
        self.push_fblock(FBlock::ForLoop { start, end });
        self.compile_body(&f.body)?;
        self.pop_fblock();
        self.jump(start);
        self.bind(done);
        self.set_loc(f.range);
        self.emit(Opcode::END_ASYNC_FOR, 0);
        self.compile_body(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// The `async for` clause `generators[index]` of a comprehension (its iterator is
    /// already made by `GET_AITER`: the outermost one by the caller, passed as `.0`).
    pub fn compile_async_generators(&mut self, generators: &'a [ast::Comprehension], index: usize, kind: &Comp<'a>) -> CResult {
        let g = &generators[index];
        let (start, done) = (self.new_label(), self.new_label());
        if index == 0 {
            self.emit(Opcode::LOAD_FAST, 0);
        } else {
            self.compile_expr(&g.iter)?;
            self.emit(Opcode::GET_AITER, 0);
        }
        self.bind(start);
        self.emit_async_next(done);
        self.compile_store(&g.target)?;
        for cond in &g.ifs {
            self.compile_jump_if(cond, false, start)?;
        }
        self.compile_comprehension_body(generators, index, kind)?;
        self.jump(start);
        self.bind(done);
        self.emit(Opcode::END_ASYNC_FOR, 0);
        Ok(())
    }

    pub fn compile_async_with(&mut self, w: &'a ast::StmtAsyncWith) -> CResult {
        if !self.in_async_function() {
            return Err(self.error("'async with' outside async function", w.range));
        }
        self.compile_with_items(&w.items, &w.body, w.range, true)
    }
}
