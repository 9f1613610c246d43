//! Statements: definitions, assignment, control flow, imports.

use super::{docstring_of, CResult, Compiler};
use crate::code::{flags, Constant};
use crate::opcode::{BinaryOp, Opcode, INPLACE};
use rustpython_parser::ast::{self, Ranged};

/// Whether a class or module body has annotated assignments that need `__annotations__`.
pub(crate) fn has_annotations(body: &[ast::Stmt]) -> bool {
    body.iter().any(|s| match s {
        ast::Stmt::AnnAssign(_) => true,
        ast::Stmt::If(i) => has_annotations(&i.body) || has_annotations(&i.orelse),
        ast::Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        ast::Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        ast::Stmt::With(w) => has_annotations(&w.body),
        ast::Stmt::Try(ast::StmtTry { body, orelse, finalbody, handlers, .. })
        | ast::Stmt::TryStar(ast::StmtTryStar { body, orelse, finalbody, handlers, .. }) => {
            has_annotations(body)
                || has_annotations(orelse)
                || has_annotations(finalbody)
                || handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}

pub(crate) fn binary_op(op: &ast::Operator) -> BinaryOp {
    use ast::Operator::*;
    match op {
        Add => BinaryOp::Add,
        Sub => BinaryOp::Subtract,
        Mult => BinaryOp::Multiply,
        MatMult => BinaryOp::MatrixMultiply,
        Div => BinaryOp::TrueDivide,
        Mod => BinaryOp::Remainder,
        Pow => BinaryOp::Power,
        LShift => BinaryOp::LShift,
        RShift => BinaryOp::RShift,
        BitOr => BinaryOp::Or,
        BitXor => BinaryOp::Xor,
        BitAnd => BinaryOp::And,
        FloorDiv => BinaryOp::FloorDivide,
    }
}

impl<'a> Compiler<'a> {
    pub fn compile_body(&mut self, body: &'a [ast::Stmt]) -> CResult {
        body.iter().try_for_each(|s| self.compile_stmt(s))
    }

    pub fn compile_stmt(&mut self, stmt: &'a ast::Stmt) -> CResult {
        self.set_loc(stmt.range());
        use ast::Stmt::*;
        match stmt {
            FunctionDef(f) => self.compile_function_def(f.into()),
            ClassDef(c) => self.compile_class_def(c),
            Return(r) => self.compile_return(r),
            Delete(d) => d.targets.iter().try_for_each(|t| self.compile_delete(t)),
            Assign(a) => self.compile_assign(a),
            AugAssign(a) => self.compile_aug_assign(a),
            AnnAssign(a) => self.compile_ann_assign(a),
            For(f) => self.compile_for(f),
            While(w) => self.compile_while(w),
            If(i) => self.compile_if(i),
            With(w) => self.compile_with(w),
            Raise(r) => self.compile_raise(r),
            Try(t) => self.compile_try(t),
            Assert(a) => self.compile_assert(a),
            Import(i) => self.compile_import(i),
            ImportFrom(i) => self.compile_import_from(i),
            Global(_) | Nonlocal(_) | Pass(_) => Ok(()),
            Expr(e) => {
                if matches!(e.value.as_ref(), ast::Expr::Constant(_)) {
                    return Ok(());
                }
                self.compile_expr(&e.value)?;
                self.emit(Opcode::POP_TOP, 0);
                Ok(())
            }
            Break(b) => self.compile_break(b.range),
            Continue(c) => self.compile_continue(c.range),
            AsyncFunctionDef(f) => self.compile_function_def(f.into()),
            AsyncFor(f) => self.compile_async_for(f),
            AsyncWith(w) => self.compile_async_with(w),
            Match(m) => self.compile_match(m),
            TryStar(t) => self.compile_try_star(t),
            TypeAlias(s) => Err(self.error("type aliases are not supported yet", s.range)),
        }
    }

    fn compile_return(&mut self, r: &'a ast::StmtReturn) -> CResult {
        if !self.scope().kind.is_function_like() {
            return Err(self.error("'return' outside function", r.range));
        }
        self.check_async_return(r)?;
        match &r.value {
            Some(v) => self.compile_expr(v)?,
            None => self.emit_const(Constant::None),
        }
        self.check_return_in_except_star(r)?;
        self.set_loc(r.range);
        self.compile_return_unwind()
    }

    fn compile_assign(&mut self, a: &'a ast::StmtAssign) -> CResult {
        self.compile_expr(&a.value)?;
        for (i, target) in a.targets.iter().enumerate() {
            if i + 1 < a.targets.len() {
                self.emit(Opcode::COPY, 1);
            }
            self.compile_store(target)?;
        }
        Ok(())
    }

    fn compile_aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let op = binary_op(&a.op) as u32 + INPLACE;
        match a.target.as_ref() {
            ast::Expr::Name(n) => {
                self.set_loc(n.range);
                self.load_name(n.id.as_str());
                self.compile_expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Opcode::BINARY_OP, op);
                self.store_name(n.id.as_str());
            }
            ast::Expr::Attribute(attr) => {
                self.compile_expr(&attr.value)?;
                self.emit(Opcode::COPY, 1);
                let i = self.add_name(attr.attr.as_str());
                self.emit(Opcode::LOAD_ATTR, i);
                self.compile_expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Opcode::BINARY_OP, op);
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_ATTR, i);
            }
            ast::Expr::Subscript(sub) => {
                self.compile_expr(&sub.value)?;
                self.compile_expr(&sub.slice)?;
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::BINARY_SUBSCR, 0);
                self.compile_expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Opcode::BINARY_OP, op);
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_SUBSCR, 0);
            }
            other => return Err(self.error(format!("'{}' is an illegal expression for augmented assignment", expr_kind(other)), a.range)),
        }
        Ok(())
    }

    fn compile_ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult {
        if let Some(v) = &a.value {
            self.compile_expr(v)?;
            self.compile_store(&a.target)?;
        }
        if let ast::Expr::Name(n) = a.target.as_ref() {
            if a.simple && !self.scope().kind.is_function_like() {
                self.compile_annotation(&a.annotation)?;
                self.load_name("__annotations__");
                let name = self.mangle(n.id.as_str());
                self.emit_const(Constant::Str(name));
                self.emit(Opcode::STORE_SUBSCR, 0);
            }
        }
        Ok(())
    }

    /// An annotation's value: evaluated, or under `from __future__ import annotations` its
    /// text (PEP 563).
    fn compile_annotation(&mut self, annotation: &'a ast::Expr) -> CResult {
        if self.future.annotations {
            self.emit_const(Constant::Str(crate::future::annotation_text(annotation)));
            return Ok(());
        }
        // `*args: *Ts` (PEP 646): the annotation is the one item the star unpacks.
        if let ast::Expr::Starred(star) = annotation {
            self.compile_expr(&star.value)?;
            self.emit(Opcode::UNPACK_SEQUENCE, 1);
            return Ok(());
        }
        self.compile_expr(annotation)
    }

    fn compile_if(&mut self, i: &'a ast::StmtIf) -> CResult {
        if let Some(value) = self.constant_truth(&i.test) {
            return if value { self.compile_body(&i.body) } else { self.compile_body(&i.orelse) };
        }
        let (orelse, end) = (self.new_label(), self.new_label());
        self.compile_jump_if(&i.test, false, orelse)?;
        self.compile_body(&i.body)?;
        if !i.orelse.is_empty() {
            self.jump(end);
        }
        self.bind(orelse);
        self.compile_body(&i.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_raise(&mut self, r: &'a ast::StmtRaise) -> CResult {
        let mut n = 0;
        if let Some(exc) = &r.exc {
            self.compile_expr(exc)?;
            n = 1;
            if let Some(cause) = &r.cause {
                self.compile_expr(cause)?;
                n = 2;
            }
        }
        self.set_loc(r.range);
        self.emit(Opcode::RAISE_VARARGS, n);
        Ok(())
    }

    fn compile_assert(&mut self, a: &'a ast::StmtAssert) -> CResult {
        if self.options.optimize > 0 {
            return Ok(());
        }
        let end = self.new_label();
        self.compile_jump_if(&a.test, true, end)?;
        self.set_loc(a.test.range());
        self.emit(Opcode::LOAD_ASSERTION_ERROR, 0);
        if let Some(msg) = &a.msg {
            self.emit(Opcode::PUSH_NULL, 0);
            self.compile_expr(msg)?;
            self.set_loc(a.test.range());
            self.emit(Opcode::CALL, 1);
        }
        self.emit(Opcode::RAISE_VARARGS, 1);
        self.bind(end);
        Ok(())
    }

    fn compile_import(&mut self, i: &'a ast::StmtImport) -> CResult {
        for alias in &i.names {
            if i.names.len() > 1 {
                self.set_loc(alias.range);
            }
            let name = alias.name.as_str();
            self.emit_const(Constant::Int(0.into()));
            self.emit_const(Constant::None);
            let idx = self.add_name(name);
            self.emit(Opcode::IMPORT_NAME, idx);
            match &alias.asname {
                Some(asname) => {
                    for part in name.split('.').skip(1) {
                        let p = self.add_name(part);
                        self.emit(Opcode::IMPORT_FROM, p);
                        self.emit(Opcode::SWAP, 2);
                        self.emit(Opcode::POP_TOP, 0);
                    }
                    self.store_name(asname.as_str());
                }
                None => {
                    let top = name.split('.').next().unwrap_or(name);
                    self.store_name(top);
                }
            }
        }
        Ok(())
    }

    fn compile_import_from(&mut self, i: &'a ast::StmtImportFrom) -> CResult {
        let level = i.level.as_ref().map_or(0, |l| l.to_u32());
        let line = self.lines.line_col(u32::from(i.range.start()) as usize).0;
        if level == 0 && crate::future::is_late(i, line, &self.future) {
            return Err(self.error(crate::future::LATE_FUTURE, i.range));
        }
        self.emit_const(Constant::Int(level.into()));
        let names: Vec<Constant> = i.names.iter().map(|a| Constant::Str(a.name.as_str().to_string())).collect();
        self.emit_const(Constant::Tuple(names));
        let module = i.module.as_ref().map_or("", |m| m.as_str());
        let idx = self.add_name(module);
        self.emit(Opcode::IMPORT_NAME, idx);
        for alias in &i.names {
            if alias.name.as_str() == "*" {
                self.emit(Opcode::IMPORT_STAR, 0);
                return Ok(());
            }
            let n = self.add_name(alias.name.as_str());
            self.emit(Opcode::IMPORT_FROM, n);
            self.store_name(alias.asname.as_ref().unwrap_or(&alias.name).as_str());
        }
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }

    // ----- functions and classes -----

    /// Pushes defaults, keyword defaults and annotations; returns the MAKE_FUNCTION flags.
    fn compile_function_prelude(&mut self, args: &'a ast::Arguments, returns: Option<&'a ast::Expr>) -> CResult<u32> {
        let mut make_flags = 0;
        let defaults: Vec<&ast::Expr> =
            args.posonlyargs.iter().chain(&args.args).filter_map(|a| a.default.as_deref()).collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.compile_expr(d)?;
            }
            self.emit(Opcode::BUILD_TUPLE, defaults.len() as u32);
            make_flags |= 1;
        }
        let kwdefaults: Vec<(&str, &ast::Expr)> = args
            .kwonlyargs
            .iter()
            .filter_map(|a| a.default.as_deref().map(|d| (a.def.arg.as_str(), d)))
            .collect();
        if !kwdefaults.is_empty() {
            for (name, d) in &kwdefaults {
                let name = self.mangle(name);
                self.emit_const(Constant::Str(name));
                self.compile_expr(d)?;
            }
            self.emit(Opcode::BUILD_MAP, kwdefaults.len() as u32);
            make_flags |= 2;
        }
        let mut annotations = 0;
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .map(|a| &a.def)
            .chain(args.vararg.as_deref())
            .chain(args.kwonlyargs.iter().map(|a| &a.def))
            .chain(args.kwarg.as_deref());
        for arg in all {
            if let Some(ann) = &arg.annotation {
                let name = self.mangle(arg.arg.as_str());
                self.emit_const(Constant::Str(name));
                self.compile_annotation(ann)?;
                annotations += 1;
            }
        }
        if let Some(r) = returns {
            self.emit_const(Constant::Str("return".into()));
            self.compile_annotation(r)?;
            annotations += 1;
        }
        if annotations > 0 {
            self.emit(Opcode::BUILD_MAP, annotations);
            make_flags |= 4;
        }
        Ok(make_flags)
    }

    fn set_arg_counts(&mut self, args: &ast::Arguments) {
        let unit = self.unit();
        unit.posonlyargcount = args.posonlyargs.len() as u32;
        unit.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        unit.kwonlyargcount = args.kwonlyargs.len() as u32;
        if args.vararg.is_some() {
            unit.flags |= flags::VARARGS;
        }
        if args.kwarg.is_some() {
            unit.flags |= flags::VARKEYWORDS;
        }
    }

    fn compile_decorators(&mut self, decorators: &'a [ast::Expr]) -> CResult {
        for d in decorators {
            self.compile_expr(d)?;
            self.emit(Opcode::PUSH_NULL, 0);
        }
        Ok(())
    }

    fn apply_decorators(&mut self, count: usize) {
        for _ in 0..count {
            self.emit(Opcode::CALL, 1);
        }
    }

    fn compile_function_def(&mut self, f: super::async_::FunctionDef<'a>) -> CResult {
        self.compile_decorators(f.decorator_list)?;
        let firstlineno = match f.decorator_list.first() {
            Some(d) => self.lines.line(u32::from(d.range().start()) as usize),
            None => self.loc.line,
        };
        self.set_loc(f.range);
        let make_flags = self.compile_function_prelude(f.args, f.returns)?;
        let child = self.scope().child(f.range);
        let qualname = self.qualname_for(f.name.as_str());
        self.enter_unit(child, f.name.as_str().to_string(), qualname, firstlineno);
        self.set_arg_counts(f.args);
        let doc = docstring_of(f.body).filter(|_| self.options.optimize < 2);
        self.add_const(doc.map_or(Constant::None, |d| Constant::Str(d.to_string())));
        let body = if docstring_of(f.body).is_some() { &f.body[1..] } else { f.body };
        self.compile_body(body)?;
        self.emit_implicit_return();
        let code = self.leave_unit()?;
        self.set_loc(f.range);
        self.make_function(child, code, make_flags);
        self.apply_decorators(f.decorator_list.len());
        self.store_name(f.name.as_str());
        Ok(())
    }

    pub fn make_function(&mut self, child: &'a crate::symtable::Scope, code: crate::code::CodeObject, mut make_flags: u32) {
        if self.emit_closure(child) {
            make_flags |= 8;
        }
        self.emit_const(Self::code_constant(code));
        self.emit(Opcode::MAKE_FUNCTION, make_flags);
    }

    fn compile_class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        self.compile_decorators(&c.decorator_list)?;
        let firstlineno = match c.decorator_list.first() {
            Some(d) => self.lines.line(u32::from(d.range().start()) as usize),
            None => self.loc.line,
        };
        self.set_loc(c.range);
        self.emit(Opcode::LOAD_BUILD_CLASS, 0);
        self.emit(Opcode::PUSH_NULL, 0);
        let child = self.scope().child(c.range);
        let qualname = self.qualname_for(c.name.as_str());
        self.enter_unit(child, c.name.as_str().to_string(), qualname.clone(), firstlineno);
        self.load_name("__name__");
        self.store_name("__module__");
        self.emit_const(Constant::Str(qualname));
        self.store_name("__qualname__");
        let mut body = &c.body[..];
        if let Some(doc) = docstring_of(body) {
            if self.options.optimize < 2 {
                self.set_loc(body[0].range());
                self.emit_const(Constant::Str(doc.to_string()));
                self.store_name("__doc__");
            }
            body = &body[1..];
        }
        if has_annotations(body) {
            self.emit(Opcode::SETUP_ANNOTATIONS, 0);
        }
        self.compile_body(body)?;
        if child.needs_class_cell {
            let i = self.unit().cellvars.iter().position(|n| n == "__class__").expect("class cell") as u32;
            self.emit(Opcode::LOAD_CLOSURE, i);
            self.emit(Opcode::COPY, 1);
            self.store_name("__classcell__");
        } else {
            self.emit_const(Constant::None);
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.leave_unit()?;
        self.set_loc(c.range);
        self.make_function(child, code, 0);
        self.emit_const(Constant::Str(c.name.as_str().to_string()));
        self.compile_call_args(2, &c.bases, &c.keywords)?;
        self.apply_decorators(c.decorator_list.len());
        self.store_name(c.name.as_str());
        Ok(())
    }

    /// True/False when a test's value is known at compile time (`if __debug__:`, `while 1:`).
    pub fn constant_truth(&self, test: &ast::Expr) -> Option<bool> {
        match test {
            ast::Expr::Name(n) if n.id.as_str() == "__debug__" => Some(self.options.optimize == 0),
            ast::Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::Not) => self.constant_truth(&u.operand).map(|b| !b),
            ast::Expr::Constant(c) => match &c.value {
                ast::Constant::Bool(b) => Some(*b),
                ast::Constant::None => Some(false),
                ast::Constant::Int(i) => Some(i != &0.into()),
                ast::Constant::Str(s) => Some(!s.is_empty()),
                _ => None,
            },
            _ => None,
        }
    }
}

/// CPython's name for an expression kind in "cannot assign to …" messages.
pub(crate) fn expr_kind(e: &ast::Expr) -> &'static str {
    use ast::Expr::*;
    match e {
        BoolOp(_) | BinOp(_) | UnaryOp(_) => "expression",
        NamedExpr(_) => "named expression",
        Lambda(_) => "lambda",
        IfExp(_) => "conditional expression",
        Dict(_) => "dict literal",
        Set(_) => "set display",
        ListComp(_) => "list comprehension",
        SetComp(_) => "set comprehension",
        DictComp(_) => "dict comprehension",
        GeneratorExp(_) => "generator expression",
        Await(_) => "await expression",
        Yield(_) | YieldFrom(_) => "yield expression",
        Compare(_) => "comparison",
        Call(_) => "function call",
        FormattedValue(_) | JoinedStr(_) => "f-string expression",
        Constant(_) => "literal",
        Attribute(_) => "attribute",
        Subscript(_) => "subscript",
        Starred(_) => "starred",
        Name(_) => "name",
        List(_) => "list",
        Tuple(_) => "tuple",
        Slice(_) => "slice",
    }
}
