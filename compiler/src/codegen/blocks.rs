//! Frame blocks: loops, `try`, `except` handlers and `with` bodies, and how `break`,
//! `continue` and `return` leave them.
//!
//! Runtime handler blocks (pushed by `SETUP_FINALLY`/`SETUP_CLEANUP`) must be popped on every way
//! out; codegen mirrors them in `Unit::fblocks` so a jump out of a block can emit the right
//! `POP_BLOCK`s, inline `finally` bodies and `__exit__` calls first. The value-stack layout each
//! block adds is fixed:
//! - `ForLoop`: the iterator;
//! - `With`: the bound `__exit__`;
//! - `ExceptHandler`: the previously handled exception (`prev`), with the exception being
//!   matched above it until it is stored or popped;
//! - `FinallyEnd`: `prev` and the exception.

use super::{CResult, Compiler, Label};
use crate::code::Constant;
use crate::opcode::Opcode;
use rustpython_parser::ast::{self, text_size::TextRange};

#[derive(Clone)]
pub(crate) enum FBlock<'a> {
    WhileLoop { start: Label, end: Label },
    ForLoop { start: Label, end: Label },
    /// The body of a `try` that has `except` clauses.
    TryExcept,
    /// The body of a `try` with a `finally`: the finally body runs on every way out.
    FinallyTry { body: &'a [ast::Stmt] },
    /// Running the finally body after an exception.
    FinallyEnd,
    /// Inside an `except` clause (after the match): the cleanup block is active.
    ExceptHandler,
    /// Inside `except E as name:`: the name is cleared on every way out.
    HandlerCleanup { name: Option<String> },
    With,
    /// An `async with` body: leaving it awaits `__aexit__`.
    AsyncWith,
    /// An `except*` clause's body, which `break`, `continue` and `return` may not leave.
    ExceptStarHandler,
    /// A finally body run because of `return`: the return value waits below it on the stack,
    /// and a `break` or `continue` out of the finally body drops it.
    PopValue,
}

impl<'a> Compiler<'a> {
    pub fn push_fblock(&mut self, block: FBlock<'a>) {
        self.unit().fblocks.push(block);
    }

    pub fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }

    /// Emits what leaving `block` early needs. With `preserve_tos`, the top of the stack (a
    /// return value) is kept on top.
    fn unwind_fblock(&mut self, block: &FBlock<'a>, preserve_tos: bool) -> CResult {
        match block {
            FBlock::WhileLoop { .. } | FBlock::HandlerCleanup { name: None } | FBlock::ExceptStarHandler => {}
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
            FBlock::TryExcept => self.emit(Opcode::POP_BLOCK, 0),
            FBlock::FinallyTry { body } => {
                self.emit(Opcode::POP_BLOCK, 0);
                if preserve_tos {
                    self.push_fblock(FBlock::PopValue);
                }
                let result = self.compile_body(body);
                if preserve_tos {
                    self.pop_fblock();
                }
                result?;
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
            FBlock::FinallyEnd => {
                self.emit(Opcode::POP_BLOCK, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_EXCEPT, 0);
            }
            FBlock::ExceptHandler => {
                self.emit(Opcode::POP_BLOCK, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_EXCEPT, 0);
            }
            FBlock::HandlerCleanup { name: Some(name) } => {
                self.emit(Opcode::POP_BLOCK, 0);
                let name = name.clone();
                self.emit_const(Constant::None);
                self.store_name(&name);
                self.delete_name(&name);
            }
            FBlock::With => {
                self.emit(Opcode::POP_BLOCK, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit_exit_call();
            }
            FBlock::AsyncWith => {
                self.emit(Opcode::POP_BLOCK, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit_async_exit_call();
            }
        }
        Ok(())
    }

    /// Calls the `__exit__` on top of the stack with three Nones and drops the result.
    pub fn emit_exit_call(&mut self) {
        self.emit(Opcode::PUSH_NULL, 0);
        for _ in 0..3 {
            self.emit_const(Constant::None);
        }
        self.emit(Opcode::CALL, 3);
        self.emit(Opcode::POP_TOP, 0);
    }

    /// Unwinds every block up to (not including) the innermost loop; returns that loop.
    fn unwind_to_loop(&mut self, range: TextRange, what: &str) -> CResult<FBlock<'a>> {
        let blocks = self.unit().fblocks.clone();
        for (i, block) in blocks.iter().enumerate().rev() {
            match block {
                FBlock::WhileLoop { .. } | FBlock::ForLoop { .. } => return Ok(block.clone()),
                FBlock::ExceptStarHandler => return Err(self.error(super::except_star::EXCEPT_STAR_EXIT, range)),
                _ => {
                    // The finally body compiled here must not see the blocks it is leaving.
                    let saved = std::mem::replace(&mut self.unit().fblocks, blocks[..i].to_vec());
                    let result = self.unwind_fblock(block, false);
                    self.unit().fblocks = saved;
                    result?;
                }
            }
        }
        let message = if what == "break" { "'break' outside loop" } else { "'continue' not properly in loop" };
        Err(self.error(message, range))
    }

    pub fn compile_break(&mut self, range: TextRange) -> CResult {
        let loop_block = self.unwind_to_loop(range, "break")?;
        if let FBlock::ForLoop { end, .. } | FBlock::WhileLoop { end, .. } = loop_block {
            if matches!(loop_block, FBlock::ForLoop { .. }) {
                self.emit(Opcode::POP_TOP, 0);
            }
            self.jump(end);
        }
        Ok(())
    }

    pub fn compile_continue(&mut self, range: TextRange) -> CResult {
        if let FBlock::ForLoop { start, .. } | FBlock::WhileLoop { start, .. } = self.unwind_to_loop(range, "continue")? {
            self.jump(start);
        }
        Ok(())
    }

    /// `return value`: the value is on the stack; unwind every block, keeping it on top.
    pub fn compile_return_unwind(&mut self) -> CResult {
        let blocks = self.unit().fblocks.clone();
        for (i, block) in blocks.iter().enumerate().rev() {
            let saved = std::mem::replace(&mut self.unit().fblocks, blocks[..i].to_vec());
            let result = self.unwind_fblock(block, true);
            self.unit().fblocks = saved;
            result?;
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        Ok(())
    }

    // ----- loops -----

    pub fn compile_while(&mut self, w: &'a ast::StmtWhile) -> CResult {
        let (start, end, orelse) = (self.new_label(), self.new_label(), self.new_label());
        self.bind(start);
        self.compile_jump_if(&w.test, false, orelse)?;
        self.push_fblock(FBlock::WhileLoop { start, end });
        self.compile_body(&w.body)?;
        self.pop_fblock();
        self.jump(start);
        self.bind(orelse);
        self.compile_body(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    pub fn compile_for(&mut self, f: &'a ast::StmtFor) -> CResult {
        let (start, end, cleanup) = (self.new_label(), self.new_label(), self.new_label());
        self.compile_expr(&f.iter)?;
        self.emit(Opcode::GET_ITER, 0);
        self.bind(start);
        self.set_loc(f.range);
        self.emit_jump(Opcode::FOR_ITER, cleanup);
        self.compile_store(&f.target)?;
        self.push_fblock(FBlock::ForLoop { start, end });
        self.compile_body(&f.body)?;
        self.pop_fblock();
        self.jump(start);
        self.bind(cleanup);
        self.compile_body(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    // ----- try -----

    pub fn compile_try(&mut self, t: &'a ast::StmtTry) -> CResult {
        if t.finalbody.is_empty() {
            return self.compile_try_except(t);
        }
        self.compile_finally(&t.finalbody, |c| if t.handlers.is_empty() { c.compile_body(&t.body) } else { c.compile_try_except(t) })
    }

    /// `try: <inner> finally: <finalbody>`.
    pub fn compile_finally(&mut self, finalbody: &'a [ast::Stmt], inner: impl FnOnce(&mut Self) -> CResult) -> CResult {
        let (handler, end, cleanup) = (self.new_label(), self.new_label(), self.new_label());
        self.emit_jump(Opcode::SETUP_FINALLY, handler);
        self.push_fblock(FBlock::FinallyTry { body: finalbody });
        inner(self)?;
        self.pop_fblock();
        self.emit(Opcode::POP_BLOCK, 0);
        self.compile_body(finalbody)?;
        self.jump(end);
        // Exceptional path: [exc]
        self.bind(handler);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.emit_jump(Opcode::SETUP_CLEANUP, cleanup);
        self.push_fblock(FBlock::FinallyEnd);
        self.compile_body(finalbody)?;
        self.pop_fblock();
        self.emit(Opcode::RERAISE, 0);
        self.emit_cleanup(cleanup);
        self.bind(end);
        Ok(())
    }

    /// The handler that restores the previously handled exception and re-raises: [prev exc2].
    pub(crate) fn emit_cleanup(&mut self, cleanup: Label) {
        self.bind(cleanup);
        self.emit(Opcode::COPY, 2);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 0);
    }

    fn compile_try_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        let (handler, end, cleanup) = (self.new_label(), self.new_label(), self.new_label());
        self.emit_jump(Opcode::SETUP_FINALLY, handler);
        self.push_fblock(FBlock::TryExcept);
        self.compile_body(&t.body)?;
        self.pop_fblock();
        self.emit(Opcode::POP_BLOCK, 0);
        self.compile_body(&t.orelse)?;
        self.jump(end);
        self.bind(handler);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.emit_jump(Opcode::SETUP_CLEANUP, cleanup);
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.compile_expr(ty)?;
                    self.emit(Opcode::CHECK_EXC_MATCH, 0);
                    self.emit_jump(Opcode::POP_JUMP_IF_FALSE, next);
                }
                None if i + 1 < t.handlers.len() => {
                    return Err(self.error("default 'except:' must be last", h.range));
                }
                None => {}
            }
            self.push_fblock(FBlock::ExceptHandler);
            match &h.name {
                Some(name) => {
                    let name = name.as_str().to_string();
                    let name_cleanup = self.new_label();
                    self.store_name(&name);
                    self.emit_jump(Opcode::SETUP_FINALLY, name_cleanup);
                    self.push_fblock(FBlock::HandlerCleanup { name: Some(name.clone()) });
                    self.compile_body(&h.body)?;
                    self.pop_fblock();
                    self.emit(Opcode::POP_BLOCK, 0);
                    self.emit(Opcode::POP_BLOCK, 0);
                    self.emit(Opcode::POP_EXCEPT, 0);
                    self.emit_const(Constant::None);
                    self.store_name(&name);
                    self.delete_name(&name);
                    self.jump(end);
                    // An exception inside the handler body: [prev exc2]
                    self.bind(name_cleanup);
                    self.emit_const(Constant::None);
                    self.store_name(&name);
                    self.delete_name(&name);
                    self.emit(Opcode::RERAISE, 0);
                }
                None => {
                    self.emit(Opcode::POP_TOP, 0);
                    self.push_fblock(FBlock::HandlerCleanup { name: None });
                    self.compile_body(&h.body)?;
                    self.pop_fblock();
                    self.emit(Opcode::POP_BLOCK, 0);
                    self.emit(Opcode::POP_EXCEPT, 0);
                    self.jump(end);
                }
            }
            self.pop_fblock();
            self.bind(next);
        }
        // No clause matched: [prev exc]
        self.emit(Opcode::RERAISE, 0);
        self.emit_cleanup(cleanup);
        self.bind(end);
        Ok(())
    }

    // ----- with -----

    pub fn compile_with(&mut self, w: &'a ast::StmtWith) -> CResult {
        self.compile_with_items(&w.items, &w.body, w.range, false)
    }

    /// `with` and `async with`, one item at a time (the rest nest inside the first). The async
    /// form awaits `__aenter__` and `__aexit__` and unwinds through `FBlock::AsyncWith`.
    pub fn compile_with_items(&mut self, items: &'a [ast::WithItem], body: &'a [ast::Stmt], range: TextRange, is_async: bool) -> CResult {
        let Some((it, rest)) = items.split_first() else {
            return self.compile_body(body);
        };
        let (handler, end, cleanup, suppress) = (self.new_label(), self.new_label(), self.new_label(), self.new_label());
        self.compile_expr(&it.context_expr)?;
        self.set_loc(range);
        if is_async {
            self.emit(Opcode::BEFORE_ASYNC_WITH, 0);
            self.emit_await_where(1);
        } else {
            self.emit(Opcode::BEFORE_WITH, 0);
        }
        self.emit_jump(Opcode::SETUP_CLEANUP, handler);
        match &it.optional_vars {
            Some(target) => self.compile_store(target)?,
            None => self.emit(Opcode::POP_TOP, 0),
        }
        self.push_fblock(if is_async { FBlock::AsyncWith } else { FBlock::With });
        self.compile_with_items(rest, body, range, is_async)?;
        self.pop_fblock();
        self.set_loc(range);
        self.emit(Opcode::POP_BLOCK, 0);
        if is_async {
            self.emit_async_exit_call();
        } else {
            self.emit_exit_call();
        }
        self.jump(end);
        // [exit exc]
        self.bind(handler);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.emit_jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::WITH_EXCEPT_START, 0);
        if is_async {
            self.emit_await_where(2);
        }
        self.emit_jump(Opcode::POP_JUMP_IF_TRUE, suppress);
        self.emit(Opcode::RERAISE, 0);
        self.bind(suppress);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_BLOCK, 0);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::POP_TOP, 0);
        self.jump(end);
        self.emit_cleanup(cleanup);
        self.bind(end);
        Ok(())
    }
}
