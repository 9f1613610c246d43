//! Expressions, assignment targets, calls, comprehensions and conditional jumps.

use super::stmt::{binary_op, expr_kind};
use super::{CResult, Compiler, Label};
use crate::code::Constant as Const;
use crate::code::Constant;
use crate::opcode::{CompareOp, Opcode};
use rustpython_parser::ast::{self, text_size::TextRange, Ranged};

/// Expression nesting at which compilation gives up, as CPython 3.11 does (its recursion limit
/// of 1000 times its compiler's stack-frame scale of 3).
const MAX_EXPR_DEPTH: usize = 3000;

thread_local! {
    static DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Converts a literal to a constant; `None` for tuples with non-literal parts.
pub(crate) fn literal(value: &ast::Constant) -> Constant {
    match value {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Str(s) => Constant::Str(s.clone()),
        ast::Constant::Bytes(b) => Constant::Bytes(b.clone()),
        ast::Constant::Int(i) => Constant::Int(i.clone()),
        ast::Constant::Tuple(t) => Constant::Tuple(t.iter().map(literal).collect()),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Complex { real, imag } => Constant::Complex { re: *real, im: *imag },
        ast::Constant::Ellipsis => Constant::Ellipsis,
    }
}

impl<'a> Compiler<'a> {
    /// The constant an expression folds to, if it is made only of literals.
    fn fold(&self, e: &ast::Expr) -> Option<Constant> {
        match e {
            ast::Expr::Constant(c) => Some(literal(&c.value)),
            ast::Expr::Tuple(t) if matches!(t.ctx, ast::ExprContext::Load) => {
                t.elts.iter().map(|x| self.fold(x)).collect::<Option<Vec<_>>>().map(Constant::Tuple)
            }
            ast::Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub) => match self.fold(&u.operand)? {
                Constant::Int(i) => Some(Constant::Int(-i)),
                Constant::Float(f) => Some(Constant::Float(-f)),
                Constant::Complex { re, im } => Some(Constant::Complex { re: -re, im: -im }),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn compile_expr(&mut self, e: &'a ast::Expr) -> CResult {
        let depth = DEPTH.with(|d| {
            d.set(d.get() + 1);
            d.get()
        });
        let result = if depth >= MAX_EXPR_DEPTH {
            Err(crate::error::CompileError::new(
                crate::error::ErrorKind::RecursionError,
                "maximum recursion depth exceeded during compilation",
                &self.filename,
            ))
        } else {
            self.compile_expr_inner(e)
        };
        DEPTH.with(|d| d.set(d.get() - 1));
        result
    }

    fn compile_expr_inner(&mut self, e: &'a ast::Expr) -> CResult {
        if let Some(c) = self.fold(e) {
            self.set_loc(e.range());
            self.emit_const(c);
            return Ok(());
        }
        use ast::Expr::*;
        match e {
            BoolOp(b) => {
                let end = self.new_label();
                let op = if matches!(b.op, ast::BoolOp::And) { Opcode::JUMP_IF_FALSE_OR_POP } else { Opcode::JUMP_IF_TRUE_OR_POP };
                for (i, v) in b.values.iter().enumerate() {
                    self.compile_expr(v)?;
                    if i + 1 < b.values.len() {
                        self.emit_jump(op, end);
                    }
                }
                self.bind(end);
            }
            NamedExpr(n) => {
                self.compile_expr(&n.value)?;
                self.emit(Opcode::COPY, 1);
                self.compile_store(&n.target)?;
            }
            BinOp(b) => {
                self.compile_expr(&b.left)?;
                self.compile_expr(&b.right)?;
                self.set_loc(b.range);
                self.emit(Opcode::BINARY_OP, binary_op(&b.op) as u32);
            }
            UnaryOp(u) => {
                self.compile_expr(&u.operand)?;
                self.set_loc(u.range);
                self.emit(
                    match u.op {
                        ast::UnaryOp::Invert => Opcode::UNARY_INVERT,
                        ast::UnaryOp::Not => Opcode::UNARY_NOT,
                        ast::UnaryOp::UAdd => Opcode::UNARY_POSITIVE,
                        ast::UnaryOp::USub => Opcode::UNARY_NEGATIVE,
                    },
                    0,
                );
            }
            Lambda(l) => self.compile_lambda(l)?,
            IfExp(i) => {
                let (orelse, end) = (self.new_label(), self.new_label());
                self.compile_jump_if(&i.test, false, orelse)?;
                self.compile_expr(&i.body)?;
                self.jump(end);
                self.bind(orelse);
                self.compile_expr(&i.orelse)?;
                self.bind(end);
            }
            Dict(d) => self.compile_dict(d)?,
            Set(s) => self.compile_sequence(&s.elts, Opcode::BUILD_SET)?,
            List(l) => self.compile_sequence(&l.elts, Opcode::BUILD_LIST)?,
            Tuple(t) => self.compile_sequence(&t.elts, Opcode::BUILD_TUPLE)?,
            ListComp(c) => self.compile_comprehension(c.range, "<listcomp>", &c.generators, Comp::List(&c.elt))?,
            SetComp(c) => self.compile_comprehension(c.range, "<setcomp>", &c.generators, Comp::Set(&c.elt))?,
            DictComp(c) => self.compile_comprehension(c.range, "<dictcomp>", &c.generators, Comp::Dict(&c.key, &c.value))?,
            GeneratorExp(c) => self.compile_comprehension(c.range, "<genexpr>", &c.generators, Comp::Gen(&c.elt))?,
            Await(a) => self.compile_await(a)?,
            Yield(y) => {
                self.check_yield_allowed(y.range)?;
                match &y.value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.emit_const(Const::None),
                }
                self.set_loc(y.range);
                self.emit_yield();
            }
            YieldFrom(y) => {
                self.check_yield_allowed(y.range)?;
                self.check_yield_from_allowed(y.range)?;
                self.compile_expr(&y.value)?;
                self.set_loc(y.range);
                self.emit(Opcode::GET_YIELD_FROM_ITER, 0);
                self.emit_const(Const::None);
                self.emit_yield_from_loop();
            }
            Compare(c) => self.compile_compare(c)?,
            Call(c) => self.compile_call(c)?,
            FormattedValue(f) => self.compile_formatted(f)?,
            JoinedStr(j) => {
                if j.values.is_empty() {
                    self.emit_const(Const::Str(String::new()));
                } else {
                    for v in &j.values {
                        self.compile_expr(v)?;
                    }
                    if j.values.len() > 1 || !matches!(j.values[0], FormattedValue(_)) {
                        self.emit(Opcode::BUILD_STRING, j.values.len() as u32);
                    }
                }
            }
            Constant(c) => self.emit_const(literal(&c.value)),
            Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.set_loc(a.range);
                let i = self.add_name(a.attr.as_str());
                self.emit(Opcode::LOAD_ATTR, i);
            }
            Subscript(s) => {
                self.compile_expr(&s.value)?;
                match s.slice.as_ref() {
                    // `tuple[*ts]` (PEP 646): the index is the tuple the star unpacks into.
                    Starred(_) => self.compile_sequence(std::slice::from_ref(&*s.slice), Opcode::BUILD_TUPLE)?,
                    slice => self.compile_expr(slice)?,
                }
                self.set_loc(s.range);
                self.emit(Opcode::BINARY_SUBSCR, 0);
            }
            Starred(s) => return Err(self.error("can't use starred expression here", s.range)),
            Name(n) => {
                self.set_loc(n.range);
                if n.id.as_str() == "__debug__" {
                    self.emit_const(Const::Bool(self.options.optimize == 0));
                } else {
                    self.load_name(n.id.as_str());
                }
            }
            Slice(s) => {
                let mut n = 2;
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(p) => self.compile_expr(p)?,
                        None => self.emit_const(Const::None),
                    }
                }
                if let Some(step) = &s.step {
                    self.compile_expr(step)?;
                    n = 3;
                }
                self.emit(Opcode::BUILD_SLICE, n);
            }
        }
        Ok(())
    }

    fn check_yield_allowed(&self, range: TextRange) -> CResult {
        if self.scope().kind.is_function_like() {
            Ok(())
        } else {
            Err(self.error("'yield' outside function", range))
        }
    }

    /// The delegation loop of `yield from` / `await`: [iter value] → [result].
    pub(crate) fn emit_yield_from_loop(&mut self) {
        let (send, exit) = (self.new_label(), self.new_label());
        self.bind(send);
        self.emit_jump(Opcode::SEND, exit);
        self.emit(Opcode::YIELD_VALUE, 0);
        self.emit_jump(Opcode::JUMP_BACKWARD, send);
        self.bind(exit);
    }

    fn compile_formatted(&mut self, f: &'a ast::ExprFormattedValue) -> CResult {
        self.compile_expr(&f.value)?;
        let mut flags = match f.conversion {
            ast::ConversionFlag::None => 0,
            ast::ConversionFlag::Str => 1,
            ast::ConversionFlag::Repr => 2,
            ast::ConversionFlag::Ascii => 3,
        };
        if let Some(spec) = &f.format_spec {
            self.compile_expr(spec)?;
            flags |= 4;
        }
        self.emit(Opcode::FORMAT_VALUE, flags);
        Ok(())
    }

    /// Lists, tuples and sets, with `*iterable` items.
    fn compile_sequence(&mut self, elts: &'a [ast::Expr], build: Opcode) -> CResult {
        if build == Opcode::BUILD_SET && elts.len() > 2 {
            // As CPython: a display of constants merges one frozenset constant, which also
            // decides the set's table layout (and so its iteration order).
            if let Some(items) = elts.iter().map(|e| self.fold(e)).collect::<Option<Vec<_>>>() {
                self.emit(Opcode::BUILD_SET, 0);
                self.emit_const(Const::FrozenSet(items));
                self.emit(Opcode::SET_UPDATE, 1);
                return Ok(());
            }
        }
        let starred_at = elts.iter().position(|e| matches!(e, ast::Expr::Starred(_)));
        let Some(first_star) = starred_at else {
            for e in elts {
                self.compile_expr(e)?;
            }
            self.emit(build, elts.len() as u32);
            return Ok(());
        };
        let (collect, add, extend) = match build {
            Opcode::BUILD_SET => (Opcode::BUILD_SET, Opcode::SET_ADD, Opcode::SET_UPDATE),
            _ => (Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND),
        };
        for e in &elts[..first_star] {
            self.compile_expr(e)?;
        }
        self.emit(collect, first_star as u32);
        for e in &elts[first_star..] {
            match e {
                ast::Expr::Starred(s) => {
                    self.compile_expr(&s.value)?;
                    self.emit(extend, 1);
                }
                other => {
                    self.compile_expr(other)?;
                    self.emit(add, 1);
                }
            }
        }
        if build == Opcode::BUILD_TUPLE {
            self.emit(Opcode::LIST_TO_TUPLE, 0);
        }
        Ok(())
    }

    fn compile_dict(&mut self, d: &'a ast::ExprDict) -> CResult {
        let mut pending = 0u32;
        let mut built = false;
        for (k, v) in d.keys.iter().zip(&d.values) {
            match k {
                Some(k) => {
                    self.compile_expr(k)?;
                    self.compile_expr(v)?;
                    pending += 1;
                }
                None => {
                    if !built || pending > 0 {
                        self.emit(Opcode::BUILD_MAP, pending);
                        if built {
                            self.emit(Opcode::DICT_UPDATE, 1);
                        }
                        built = true;
                        pending = 0;
                    }
                    self.compile_expr(v)?;
                    self.emit(Opcode::DICT_UPDATE, 1);
                }
            }
        }
        if !built || pending > 0 {
            self.emit(Opcode::BUILD_MAP, pending);
            if built {
                self.emit(Opcode::DICT_UPDATE, 1);
            }
        }
        Ok(())
    }

    fn compile_compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.compile_expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.compile_expr(&c.comparators[0])?;
            self.set_loc(c.range);
            self.emit_compare(&c.ops[0]);
            return Ok(());
        }
        let (cleanup, end) = (self.new_label(), self.new_label());
        for (i, (op, comp)) in c.ops.iter().zip(&c.comparators).enumerate() {
            self.compile_expr(comp)?;
            self.set_loc(c.range);
            if i + 1 < n {
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::COPY, 2);
                self.emit_compare(op);
                self.emit_jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
            } else {
                self.emit_compare(op);
                self.jump(end);
            }
        }
        self.bind(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_TOP, 0);
        self.bind(end);
        Ok(())
    }

    fn emit_compare(&mut self, op: &ast::CmpOp) {
        use ast::CmpOp::*;
        let (opcode, arg) = match op {
            Eq => (Opcode::COMPARE_OP, CompareOp::Eq as u32),
            NotEq => (Opcode::COMPARE_OP, CompareOp::Ne as u32),
            Lt => (Opcode::COMPARE_OP, CompareOp::Lt as u32),
            LtE => (Opcode::COMPARE_OP, CompareOp::Le as u32),
            Gt => (Opcode::COMPARE_OP, CompareOp::Gt as u32),
            GtE => (Opcode::COMPARE_OP, CompareOp::Ge as u32),
            Is => (Opcode::IS_OP, 0),
            IsNot => (Opcode::IS_OP, 1),
            In => (Opcode::CONTAINS_OP, 0),
            NotIn => (Opcode::CONTAINS_OP, 1),
        };
        self.emit(opcode, arg);
    }

    /// Jumps to `target` when the truth of `e` equals `when`; short-circuits `and`/`or`/`not`.
    pub fn compile_jump_if(&mut self, e: &'a ast::Expr, when: bool, target: Label) -> CResult {
        match e {
            ast::Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::Not) => self.compile_jump_if(&u.operand, !when, target),
            ast::Expr::BoolOp(b) => {
                let is_and = matches!(b.op, ast::BoolOp::And);
                let last = b.values.len() - 1;
                if is_and == when {
                    // (a and b) jumping when false... all must match: jump past on the first miss.
                    let skip = self.new_label();
                    for v in &b.values[..last] {
                        self.compile_jump_if(v, !when, skip)?;
                    }
                    self.compile_jump_if(&b.values[last], when, target)?;
                    self.bind(skip);
                } else {
                    for v in &b.values {
                        self.compile_jump_if(v, when, target)?;
                    }
                }
                Ok(())
            }
            _ => {
                self.compile_expr(e)?;
                self.emit_jump(if when { Opcode::POP_JUMP_IF_TRUE } else { Opcode::POP_JUMP_IF_FALSE }, target);
                Ok(())
            }
        }
    }

    // ----- calls -----

    /// Zero-argument `super()` inside a method becomes `super(__class__, <first argument>)`.
    fn compile_zero_arg_super(&mut self, c: &'a ast::ExprCall) -> CResult<bool> {
        let ast::Expr::Name(n) = c.func.as_ref() else { return Ok(false) };
        if n.id.as_str() != "super" || !c.args.is_empty() || !c.keywords.is_empty() {
            return Ok(false);
        }
        let scope = self.scope();
        if !scope.kind.is_function_like() || scope.lookup("__class__") != crate::symtable::SymbolScope::Free {
            return Ok(false);
        }
        let Some(first) = scope.params.first().cloned() else { return Ok(false) };
        self.set_loc(n.range);
        self.load_name("super");
        self.emit(Opcode::PUSH_NULL, 0);
        let class_cell = self.unit().freevars.iter().position(|f| f == "__class__").expect("__class__ is free");
        let ncells = self.unit().cellvars.len();
        self.emit(Opcode::LOAD_DEREF, (ncells + class_cell) as u32);
        self.load_name(&first);
        self.set_loc(c.range);
        self.emit(Opcode::CALL, 2);
        Ok(true)
    }

    fn compile_call(&mut self, c: &'a ast::ExprCall) -> CResult {
        if self.compile_zero_arg_super(c)? {
            return Ok(());
        }
        let simple_args = !c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) && c.keywords.iter().all(|k| k.arg.is_some());
        match c.func.as_ref() {
            ast::Expr::Attribute(attr) if simple_args => {
                self.compile_expr(&attr.value)?;
                self.set_loc(attr.range);
                let i = self.add_name(attr.attr.as_str());
                self.emit(Opcode::LOAD_METHOD, i);
            }
            func => {
                self.compile_expr(func)?;
                self.emit(Opcode::PUSH_NULL, 0);
            }
        }
        self.set_loc(c.range);
        self.compile_call_args(0, &c.args, &c.keywords)?;
        Ok(())
    }

    /// Emits the arguments and the call. `prefix` positional arguments are already on the stack.
    pub fn compile_call_args(&mut self, prefix: u32, args: &'a [ast::Expr], keywords: &'a [ast::Keyword]) -> CResult {
        let call_range = self.loc;
        let has_star = args.iter().any(|a| matches!(a, ast::Expr::Starred(_)));
        let has_double_star = keywords.iter().any(|k| k.arg.is_none());
        if !has_star && !has_double_star {
            for a in args {
                self.compile_expr(a)?;
            }
            for k in keywords {
                self.compile_expr(&k.value)?;
            }
            self.loc = call_range;
            let argc = prefix + (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.emit(Opcode::CALL, argc);
            } else {
                let names = keywords.iter().map(|k| Constant::Str(k.arg.as_ref().expect("named").as_str().to_string())).collect();
                self.emit_const(Constant::Tuple(names));
                self.emit(Opcode::CALL_KW, argc);
            }
            return Ok(());
        }
        // A lone `*iterable` is passed as it is, as CPython does: CALL_FUNCTION_EX makes the tuple
        // (and words the error when the value is not iterable).
        if let [ast::Expr::Starred(s)] = args {
            if prefix == 0 {
                self.compile_expr(&s.value)?;
                return self.compile_call_kwargs_and_call(keywords, call_range);
            }
        }
        self.emit(Opcode::BUILD_LIST, prefix);
        for a in args {
            match a {
                ast::Expr::Starred(s) => {
                    self.compile_expr(&s.value)?;
                    self.emit(Opcode::LIST_EXTEND, 1);
                }
                other => {
                    self.compile_expr(other)?;
                    self.emit(Opcode::LIST_APPEND, 1);
                }
            }
        }
        self.emit(Opcode::LIST_TO_TUPLE, 0);
        self.compile_call_kwargs_and_call(keywords, call_range)
    }

    /// The keyword part of a `CALL_FUNCTION_EX` call (a dict built from `name=value` and
    /// `**mapping` arguments), then the call itself.
    fn compile_call_kwargs_and_call(&mut self, keywords: &'a [ast::Keyword], call_range: crate::code::Location) -> CResult {
        if !keywords.is_empty() {
            self.emit(Opcode::BUILD_MAP, 0);
            let mut pending = 0;
            for k in keywords {
                match &k.arg {
                    Some(name) => {
                        self.emit_const(Constant::Str(name.as_str().to_string()));
                        self.compile_expr(&k.value)?;
                        pending += 1;
                    }
                    None => {
                        if pending > 0 {
                            self.emit(Opcode::BUILD_MAP, pending);
                            self.emit(Opcode::DICT_MERGE, 1);
                            pending = 0;
                        }
                        self.compile_expr(&k.value)?;
                        self.emit(Opcode::DICT_MERGE, 1);
                    }
                }
            }
            if pending > 0 {
                self.emit(Opcode::BUILD_MAP, pending);
                self.emit(Opcode::DICT_MERGE, 1);
            }
        }
        self.loc = call_range;
        self.emit(Opcode::CALL_FUNCTION_EX, (!keywords.is_empty()) as u32);
        Ok(())
    }

    // ----- lambdas and comprehensions -----

    fn compile_lambda(&mut self, l: &'a ast::ExprLambda) -> CResult {
        let make_flags = self.compile_function_prelude_for_lambda(&l.args)?;
        let child = self.scope().child(l.range);
        let qualname = self.qualname_for("<lambda>");
        let line = self.loc.line;
        self.enter_unit(child, "<lambda>".into(), qualname, line);
        self.set_lambda_counts(&l.args);
        self.add_const(Constant::None);
        self.compile_expr(&l.body)?;
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.leave_unit()?;
        self.set_loc(l.range);
        self.make_function(child, code, make_flags);
        Ok(())
    }

    fn compile_function_prelude_for_lambda(&mut self, args: &'a ast::Arguments) -> CResult<u32> {
        let mut make_flags = 0;
        let defaults: Vec<&'a ast::Expr> = args.posonlyargs.iter().chain(&args.args).filter_map(|a| a.default.as_deref()).collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.compile_expr(d)?;
            }
            self.emit(Opcode::BUILD_TUPLE, defaults.len() as u32);
            make_flags |= 1;
        }
        let kw: Vec<(&'a str, &'a ast::Expr)> =
            args.kwonlyargs.iter().filter_map(|a| a.default.as_deref().map(|d| (a.def.arg.as_str(), d))).collect();
        if !kw.is_empty() {
            for (name, d) in &kw {
                self.emit_const(Constant::Str(name.to_string()));
                self.compile_expr(d)?;
            }
            self.emit(Opcode::BUILD_MAP, kw.len() as u32);
            make_flags |= 2;
        }
        Ok(make_flags)
    }

    fn set_lambda_counts(&mut self, args: &ast::Arguments) {
        let unit = self.unit();
        unit.posonlyargcount = args.posonlyargs.len() as u32;
        unit.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        unit.kwonlyargcount = args.kwonlyargs.len() as u32;
        if args.vararg.is_some() {
            unit.flags |= crate::code::flags::VARARGS;
        }
        if args.kwarg.is_some() {
            unit.flags |= crate::code::flags::VARKEYWORDS;
        }
    }

    fn compile_comprehension(&mut self, range: TextRange, name: &str, generators: &'a [ast::Comprehension], kind: Comp<'a>) -> CResult {
        let child = self.scope().child(range);
        let awaited = child.is_coroutine && !matches!(kind, Comp::Gen(_));
        if awaited {
            self.check_async_comprehension(range)?;
        }
        let qualname = self.qualname_for(name);
        let line = self.loc.line;
        self.enter_unit(child, name.to_string(), qualname, line);
        self.unit().argcount = 1;
        match kind {
            Comp::List(_) => self.emit(Opcode::BUILD_LIST, 0),
            Comp::Set(_) => self.emit(Opcode::BUILD_SET, 0),
            Comp::Dict(..) => self.emit(Opcode::BUILD_MAP, 0),
            Comp::Gen(_) => {}
        }
        self.compile_generators(generators, 0, &kind)?;
        if matches!(kind, Comp::Gen(_)) {
            self.emit_const(Constant::None);
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.leave_unit()?;
        self.set_loc(range);
        self.make_function(child, code, 0);
        self.emit(Opcode::PUSH_NULL, 0);
        self.compile_expr(&generators[0].iter)?;
        self.emit(if generators[0].is_async { Opcode::GET_AITER } else { Opcode::GET_ITER }, 0);
        self.set_loc(range);
        self.emit(Opcode::CALL, 1);
        if awaited {
            self.emit_await();
        }
        Ok(())
    }

    pub(crate) fn compile_generators(&mut self, generators: &'a [ast::Comprehension], index: usize, kind: &Comp<'a>) -> CResult {
        let g = &generators[index];
        if g.is_async {
            return self.compile_async_generators(generators, index, kind);
        }
        let (start, end) = (self.new_label(), self.new_label());
        if index == 0 {
            self.emit(Opcode::LOAD_FAST, 0);
        } else {
            self.compile_expr(&g.iter)?;
            self.emit(Opcode::GET_ITER, 0);
        }
        self.bind(start);
        self.emit_jump(Opcode::FOR_ITER, end);
        self.compile_store(&g.target)?;
        for cond in &g.ifs {
            self.compile_jump_if(cond, false, start)?;
        }
        self.compile_comprehension_body(generators, index, kind)?;
        self.jump(start);
        self.bind(end);
        Ok(())
    }

    /// The next `for` of a comprehension, or (after the last) the element added to the result.
    pub(crate) fn compile_comprehension_body(&mut self, generators: &'a [ast::Comprehension], index: usize, kind: &Comp<'a>) -> CResult {
        if index + 1 < generators.len() {
            self.compile_generators(generators, index + 1, kind)?;
        } else {
            let depth = generators.len() as u32 + 1;
            match kind {
                Comp::List(elt) => {
                    self.compile_expr(elt)?;
                    self.emit(Opcode::LIST_APPEND, depth);
                }
                Comp::Set(elt) => {
                    self.compile_expr(elt)?;
                    self.emit(Opcode::SET_ADD, depth);
                }
                Comp::Dict(k, v) => {
                    self.compile_expr(k)?;
                    self.compile_expr(v)?;
                    self.emit(Opcode::MAP_ADD, depth);
                }
                Comp::Gen(elt) => {
                    self.compile_expr(elt)?;
                    self.emit_yield();
                    self.emit(Opcode::POP_TOP, 0);
                }
            }
        }
        Ok(())
    }

    // ----- targets -----

    pub fn compile_store(&mut self, target: &'a ast::Expr) -> CResult {
        use ast::Expr::*;
        match target {
            Name(n) => {
                if n.id.as_str() == "__debug__" {
                    return Err(self.error("cannot assign to __debug__", n.range));
                }
                self.set_loc(n.range);
                self.store_name(n.id.as_str());
            }
            Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.set_loc(a.range);
                let i = self.add_name(a.attr.as_str());
                self.emit(Opcode::STORE_ATTR, i);
            }
            Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_expr(&s.slice)?;
                self.set_loc(s.range);
                self.emit(Opcode::STORE_SUBSCR, 0);
            }
            Tuple(ast::ExprTuple { elts, range, .. }) | List(ast::ExprList { elts, range, .. }) => {
                self.set_loc(*range);
                let stars: Vec<usize> = elts.iter().enumerate().filter(|(_, e)| matches!(e, Starred(_))).map(|(i, _)| i).collect();
                match stars.as_slice() {
                    [] => self.emit(Opcode::UNPACK_SEQUENCE, elts.len() as u32),
                    [star] => {
                        let after = elts.len() - star - 1;
                        if *star > 255 || after > 255 {
                            return Err(self.error("too many expressions in star-unpacking assignment", *range));
                        }
                        self.emit(Opcode::UNPACK_EX, (*star | (after << 8)) as u32);
                    }
                    _ => return Err(self.error("multiple starred expressions in assignment", *range)),
                }
                for e in elts {
                    match e {
                        Starred(s) => self.compile_store(&s.value)?,
                        other => self.compile_store(other)?,
                    }
                }
            }
            Starred(s) => return Err(self.error("starred assignment target must be in a list or tuple", s.range)),
            other => {
                let what = expr_kind(other);
                let msg = if matches!(other, Call(_)) || matches!(other, Compare(_)) {
                    format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
                } else {
                    format!("cannot assign to {what}")
                };
                return Err(self.error(msg, other.range()));
            }
        }
        Ok(())
    }

    pub fn compile_delete(&mut self, target: &'a ast::Expr) -> CResult {
        use ast::Expr::*;
        match target {
            Name(n) => {
                self.set_loc(n.range);
                self.delete_name(n.id.as_str());
            }
            Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.set_loc(a.range);
                let i = self.add_name(a.attr.as_str());
                self.emit(Opcode::DELETE_ATTR, i);
            }
            Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_expr(&s.slice)?;
                self.set_loc(s.range);
                self.emit(Opcode::DELETE_SUBSCR, 0);
            }
            Tuple(t) => t.elts.iter().try_for_each(|e| self.compile_delete(e))?,
            List(l) => l.elts.iter().try_for_each(|e| self.compile_delete(e))?,
            other => return Err(self.error(format!("cannot delete {}", expr_kind(other)), other.range())),
        }
        Ok(())
    }
}

pub(crate) enum Comp<'a> {
    List(&'a ast::Expr),
    Set(&'a ast::Expr),
    Dict(&'a ast::Expr, &'a ast::Expr),
    Gen(&'a ast::Expr),
}
