//! `try` ... `except*`: handlers that each take their part of an exception group.
//!
//! The layout while the handlers run (after `PUSH_EXC_INFO`, under the cleanup block that
//! restores the previously handled exception) is `[prev raised orig rest]`:
//! - `orig` is the exception that entered the handlers;
//! - `rest` is what no clause has matched yet (None once everything has been matched);
//! - `raised` is a list collecting what each clause raised (its own exception, or its match
//!   re-raised) and, at the end, the unmatched rest.
//!
//! Each clause runs `CHECK_EG_MATCH` on `rest` (`[... rest type]` → `[... rest' match]`),
//! skips its body when `match` is None, and otherwise binds the match (which the VM has made
//! the exception being handled) and runs the body inside a `SETUP_FINALLY` whose handler
//! appends whatever the body raised to `raised`. After the last clause `PREP_RERAISE_STAR`
//! turns `orig` and `raised` into the exception that leaves the statement, or None.
//!
//! `break`, `continue` and `return` cannot leave a clause body (`FBlock::ExceptStarHandler`).

use super::blocks::FBlock;
use super::{CResult, Compiler};
use crate::code::Constant;
use crate::opcode::Opcode;
use rustpython_parser::ast::{self, Ranged};

/// CPython's error for `break`, `continue` or `return` inside an `except*` clause.
pub(crate) const EXCEPT_STAR_EXIT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

impl<'a> Compiler<'a> {
    pub fn compile_try_star(&mut self, t: &'a ast::StmtTryStar) -> CResult {
        if t.finalbody.is_empty() {
            return self.compile_try_star_except(t);
        }
        self.compile_finally(&t.finalbody, |c| c.compile_try_star_except(t))
    }

    /// `return` may not leave an `except*` clause (its position is its value's, as CPython's).
    pub fn check_return_in_except_star(&self, r: &ast::StmtReturn) -> CResult {
        let inside = self.units.last().is_some_and(|u| u.fblocks.iter().any(|b| matches!(b, FBlock::ExceptStarHandler)));
        if inside {
            let range = r.value.as_ref().map_or(r.range, |v| v.range());
            return Err(self.error(EXCEPT_STAR_EXIT, range));
        }
        Ok(())
    }

    fn compile_try_star_except(&mut self, t: &'a ast::StmtTryStar) -> CResult {
        let (handler, end, cleanup, reraise) = (self.new_label(), self.new_label(), self.new_label(), self.new_label());
        self.emit_jump(Opcode::SETUP_FINALLY, handler);
        self.push_fblock(FBlock::TryExcept);
        self.compile_body(&t.body)?;
        self.pop_fblock();
        self.emit(Opcode::POP_BLOCK, 0);
        self.compile_body(&t.orelse)?;
        self.jump(end);
        // [orig]
        self.bind(handler);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.emit_jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::BUILD_LIST, 0);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::COPY, 1);
        // [prev raised orig rest]
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.compile_star_clause(h)?;
        }
        self.emit(Opcode::LIST_APPEND, 2);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::PREP_RERAISE_STAR, 0);
        self.emit(Opcode::COPY, 1);
        self.emit_jump(Opcode::POP_JUMP_IF_NOT_NONE, reraise);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_BLOCK, 0);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.jump(end);
        // [prev exc]: the cleanup block restores prev on the way out.
        self.bind(reraise);
        self.emit(Opcode::RERAISE, 0);
        self.emit_cleanup(cleanup);
        self.bind(end);
        Ok(())
    }

    /// One `except* T [as name]:` clause: `[prev raised orig rest]` in and out.
    fn compile_star_clause(&mut self, h: &'a ast::ExceptHandlerExceptHandler) -> CResult {
        let (next, no_match, raised) = (self.new_label(), self.new_label(), self.new_label());
        self.set_loc(h.range);
        match &h.type_ {
            Some(ty) => self.compile_expr(ty)?,
            None => return Err(self.error("expected one or more exception types", h.range)),
        }
        self.set_loc(h.range);
        self.emit(Opcode::CHECK_EG_MATCH, 0);
        self.emit(Opcode::COPY, 1);
        self.emit_jump(Opcode::POP_JUMP_IF_NONE, no_match);
        let name = h.name.as_ref().map(|n| n.as_str().to_string());
        match &name {
            Some(name) => self.store_name(name),
            None => self.emit(Opcode::POP_TOP, 0),
        }
        self.emit_jump(Opcode::SETUP_FINALLY, raised);
        self.push_fblock(FBlock::ExceptStarHandler);
        self.compile_body(&h.body)?;
        self.pop_fblock();
        self.emit(Opcode::POP_BLOCK, 0);
        self.clear_handler_name(name.as_deref());
        self.jump(next);
        // [prev raised orig rest exc]
        self.bind(raised);
        self.clear_handler_name(name.as_deref());
        self.emit(Opcode::LIST_APPEND, 3);
        self.jump(next);
        self.bind(no_match);
        self.emit(Opcode::POP_TOP, 0);
        self.bind(next);
        Ok(())
    }

    fn clear_handler_name(&mut self, name: Option<&str>) {
        if let Some(name) = name {
            self.emit_const(Constant::None);
            self.store_name(name);
            self.delete_name(name);
        }
    }
}
