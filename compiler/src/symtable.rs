//! The symbol table: which scope each name lives in.
//!
//! `build` walks the AST once and makes one `Scope` per module, class, function, lambda and
//! comprehension, recording for every name how it is used (assigned, read, a parameter, declared
//! `global`/`nonlocal`). `analyze` then classifies each name as CPython does:
//! - function-like scopes: `Local` (fast slot), `Cell` (local captured by an inner scope),
//!   `Free` (captured from an enclosing function), or global (`GlobalExplicit` when declared,
//!   `GlobalImplicit` otherwise);
//! - module and class scopes use name lookups for their own names; class bodies never provide
//!   names to the functions inside them, except the implicit `__class__` cell that makes
//!   zero-argument `super()` work.
//!
//! Scopes are found again by codegen through the source range of the node that created them,
//! so the two walks need not visit nodes in the same order.

use crate::error::{CompileError, ErrorKind};
use rustpython_parser::ast;
use crate::fast_hash::FastSet as HashSet;

mod pattern;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    pub fn is_function_like(self) -> bool {
        matches!(self, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymbolScope {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

#[derive(Clone, Debug, Default)]
pub struct Symbol {
    pub assigned: bool,
    pub referenced: bool,
    pub parameter: bool,
    pub global: bool,
    pub nonlocal: bool,
    pub annotated: bool,
    /// Set by `analyze`.
    pub scope: Option<SymbolScope>,
    /// A class scope binds this name itself, but inner functions take it from outside the class.
    pub free_class: bool,
    /// For a `nonlocal` name: the error to report, positioned at its declaration, if no
    /// enclosing function binds it (known only when the tree has been analysed).
    pub missing_nonlocal: Option<Box<CompileError>>,
    /// How many names the scope had seen before this one (errors about several names report
    /// the first).
    pub first_seen: u32,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub symbols: crate::fast_hash::FastMap<String, Symbol>,
    /// Parameters in declaration order.
    pub params: Vec<String>,
    pub children: Vec<Scope>,
    /// Child index by the (start, end) source range of the node that created it.
    pub child_at: crate::fast_hash::FastMap<(u32, u32), usize>,
    pub is_generator: bool,
    /// An `async def`, or a comprehension that awaits (`async for` or `await` inside it):
    /// with `is_generator`, an asynchronous generator.
    pub is_coroutine: bool,
    /// A class whose methods use `super()` or `__class__`: the body makes a `__class__` cell.
    pub needs_class_cell: bool,
    pub line: u32,
    /// On the top scope: the tree holds a construct CPython's grammar may reject though
    /// rustpython-parser accepted it (`grammar_gaps`), so CPython's parser must be consulted.
    pub doubtful_grammar: bool,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, line: u32) -> Scope {
        // Room for the names of a typical scope, so that the table rarely grows.
        let expected_names = if kind == ScopeKind::Module { 64 } else { 8 };
        Scope {
            kind,
            name: name.to_string(),
            symbols: crate::fast_hash::FastMap::with_capacity_and_hasher(expected_names, Default::default()),
            params: Vec::new(),
            children: Vec::new(),
            child_at: Default::default(),
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
            line,
            doubtful_grammar: false,
        }
    }

    fn symbol(&mut self, name: &str) -> &mut Symbol {
        if !self.symbols.contains_key(name) {
            self.add_symbol(name, Symbol::default());
        }
        self.symbols.get_mut(name).expect("just made")
    }

    fn add_symbol(&mut self, name: &str, symbol: Symbol) {
        let first_seen = self.symbols.len() as u32;
        self.symbols.insert(name.to_string(), Symbol { first_seen, ..symbol });
    }

    /// `f` applied to a name's symbol (made if new), with one lookup when the name is known.
    fn update_symbol(&mut self, name: &str, f: impl FnOnce(&mut Symbol)) {
        match self.symbols.get_mut(name) {
            Some(symbol) => f(symbol),
            None => {
                let mut symbol = Symbol::default();
                f(&mut symbol);
                self.add_symbol(name, symbol);
            }
        }
    }

    /// The scope of a name used in this scope (GlobalImplicit for names never seen).
    pub fn lookup(&self, name: &str) -> SymbolScope {
        self.symbols.get(name).and_then(|s| s.scope).unwrap_or(SymbolScope::GlobalImplicit)
    }

    /// The child scope created by the node with this range.
    pub fn child(&self, range: ast::text_size::TextRange) -> &Scope {
        let key = (u32::from(range.start()), u32::from(range.end()));
        &self.children[*self.child_at.get(&key).expect("symtable has a scope for every scope-creating node")]
    }

    /// Names with the given scope, sorted.
    pub fn names_with(&self, scope: SymbolScope) -> Vec<String> {
        self.sorted_names(|s| s.scope == Some(scope))
    }

    /// The names whose symbols `keep` accepts, sorted (so the table's order does not matter).
    fn sorted_names(&self, keep: impl Fn(&Symbol) -> bool) -> Vec<String> {
        let mut names: Vec<String> = self.symbols.iter().filter(|(_, s)| keep(s)).map(|(n, _)| n.clone()).collect();
        names.sort_unstable();
        names
    }

    /// Free variables, including class pass-throughs, sorted as CPython sorts them.
    pub fn free_vars(&self) -> Vec<String> {
        self.sorted_names(|s| s.scope == Some(SymbolScope::Free) || s.free_class)
    }
}

/// Builds and analyzes the symbol table of a module.
pub fn build(module: &[ast::Stmt], filename: &str, lines: &crate::source::LineIndex) -> Result<Scope, CompileError> {
    let mut builder = Builder { stack: vec![Scope::new(ScopeKind::Module, "top", 1)], filename, lines, doubtful_grammar: false };
    builder.visit_body(module)?;
    let mut top = builder.stack.pop().expect("module scope");
    top.doubtful_grammar = builder.doubtful_grammar;
    analyze(&mut top, &HashSet::default(), filename)?;
    Ok(top)
}

/// Builds the table of a single expression (`eval` mode).
pub fn build_expression(expr: &ast::Expr, filename: &str, lines: &crate::source::LineIndex) -> Result<Scope, CompileError> {
    let mut builder = Builder { stack: vec![Scope::new(ScopeKind::Module, "top", 1)], filename, lines, doubtful_grammar: false };
    builder.visit_expr(expr)?;
    let mut top = builder.stack.pop().expect("module scope");
    top.doubtful_grammar = builder.doubtful_grammar;
    analyze(&mut top, &HashSet::default(), filename)?;
    Ok(top)
}

struct Builder<'a> {
    stack: Vec<Scope>,
    filename: &'a str,
    lines: &'a crate::source::LineIndex<'a>,
    doubtful_grammar: bool,
}

type Result<T, E = CompileError> = std::result::Result<T, E>;

impl<'a> Builder<'a> {
    fn current(&mut self) -> &mut Scope {
        self.stack.last_mut().expect("a scope is open")
    }

    fn error(&self, message: String, range: ast::text_size::TextRange) -> CompileError {
        let mut e = CompileError::new(ErrorKind::SyntaxError, message, self.filename);
        // CPython's symtable reports AST columns, which count bytes.
        let byte_col = |off: ast::text_size::TextSize| {
            let (line, col) = self.lines.line_col(u32::from(off) as usize);
            let text = self.lines.line_text(line).unwrap_or("");
            (line, text.char_indices().nth(col as usize).map_or(text.len(), |(b, _)| b) as u32)
        };
        let (line, col) = byte_col(range.start());
        let (end_line, end_col) = byte_col(range.end());
        e.line = line;
        e.col = col + 1;
        e.end_line = end_line;
        e.end_col = end_col + 1;
        e.text = self.lines.line_text(line).map(str::to_string);
        e
    }

    fn push(&mut self, kind: ScopeKind, name: &str, range: ast::text_size::TextRange) {
        let line = self.lines.line(u32::from(range.start()) as usize);
        self.stack.push(Scope::new(kind, name, line));
    }

    fn pop(&mut self, range: ast::text_size::TextRange) {
        let scope = self.stack.pop().expect("scope to pop");
        let parent = self.current();
        parent.child_at.insert((u32::from(range.start()), u32::from(range.end())), parent.children.len());
        parent.children.push(scope);
    }

    fn bind(&mut self, name: &str, range: ast::text_size::TextRange) -> Result<()> {
        let mut global_parameter = false;
        self.current().update_symbol(name, |sym| {
            global_parameter = sym.global && sym.parameter;
            sym.assigned |= !global_parameter;
        });
        if global_parameter {
            return Err(self.error(format!("name '{name}' is parameter and global"), range));
        }
        Ok(())
    }

    fn use_name(&mut self, name: &str) {
        let scope = self.current();
        scope.update_symbol(name, |s| s.referenced = true);
        if name == "super" && scope.kind.is_function_like() {
            scope.update_symbol("__class__", |s| s.referenced = true);
        }
    }

    fn visit_body(&mut self, body: &[ast::Stmt]) -> Result<()> {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    /// Parameters in `co_varnames` order: positional, keyword-only, `*args`, `**kwargs`.
    fn visit_params(&mut self, args: &ast::Arguments) -> Result<()> {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .map(|a| &a.def)
            .chain(args.kwonlyargs.iter().map(|a| &a.def))
            .chain(args.vararg.as_deref())
            .chain(args.kwarg.as_deref());
        for arg in all {
            let name = arg.arg.as_str();
            if self.current().symbols.get(name).is_some_and(|s| s.parameter) {
                return Err(self.error(format!("duplicate argument '{name}' in function definition"), arg.range));
            }
            let sym = self.current().symbol(name);
            sym.parameter = true;
            sym.assigned = true;
            self.current().params.push(name.to_string());
        }
        Ok(())
    }

    /// Defaults and annotations are evaluated in the enclosing scope.
    fn visit_defaults_and_annotations(&mut self, args: &ast::Arguments, returns: Option<&ast::Expr>) -> Result<()> {
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            if let Some(d) = &a.default {
                self.visit_expr(d)?;
            }
        }
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
                self.visit_expr(ann)?;
            }
        }
        if let Some(r) = returns {
            self.visit_expr(r)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, stmt: &ast::Stmt) -> Result<()> {
        use ast::Stmt::*;
        match stmt {
            FunctionDef(f) => self.visit_function(&f.name, &f.args, &f.body, &f.decorator_list, f.returns.as_deref(), f.range, false),
            AsyncFunctionDef(f) => self.visit_function(&f.name, &f.args, &f.body, &f.decorator_list, f.returns.as_deref(), f.range, true),
            ClassDef(c) => {
                c.decorator_list.iter().try_for_each(|d| self.visit_expr(d))?;
                c.bases.iter().try_for_each(|b| self.visit_expr(b))?;
                c.keywords.iter().try_for_each(|k| self.visit_expr(&k.value))?;
                self.bind(c.name.as_str(), c.range)?;
                self.push(ScopeKind::Class, c.name.as_str(), c.range);
                self.visit_body(&c.body)?;
                self.pop(c.range);
                Ok(())
            }
            Return(r) => r.value.as_deref().map_or(Ok(()), |v| self.visit_expr(v)),
            Delete(d) => d.targets.iter().try_for_each(|t| self.visit_expr(t)),
            Assign(a) => {
                self.visit_expr(&a.value)?;
                a.targets.iter().try_for_each(|t| self.visit_expr(t))
            }
            AugAssign(a) => {
                self.visit_expr(&a.value)?;
                if let ast::Expr::Name(n) = a.target.as_ref() {
                    self.use_name(n.id.as_str());
                }
                self.visit_expr(&a.target)
            }
            AnnAssign(a) => {
                self.doubtful_grammar |= !crate::grammar_gaps::annotation_target_ok(&a.target);
                if let ast::Expr::Name(n) = a.target.as_ref() {
                    let sym = self.current().symbol(n.id.as_str());
                    if (sym.global || sym.nonlocal) && a.simple {
                        let kind = if sym.global { "global" } else { "nonlocal" };
                        return Err(self.error(format!("annotated name '{}' can't be {kind}", n.id.as_str()), a.range));
                    }
                    self.current().symbol(n.id.as_str()).annotated = true;
                }
                if !self.current().kind.is_function_like() {
                    self.visit_expr(&a.annotation)?;
                }
                if let Some(v) = &a.value {
                    self.visit_expr(v)?;
                }
                self.visit_expr(&a.target)
            }
            For(f) => {
                self.visit_expr(&f.iter)?;
                self.visit_expr(&f.target)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)
            }
            While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_body(&w.body)?;
                self.visit_body(&w.orelse)
            }
            If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                self.visit_body(&i.orelse)
            }
            With(w) => {
                for item in &w.items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(&w.body)
            }
            Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                }
                r.cause.as_deref().map_or(Ok(()), |c| self.visit_expr(c))
            }
            Try(t) => {
                self.visit_body(&t.body)?;
                self.visit_handlers(&t.handlers)?;
                self.visit_body(&t.orelse)?;
                self.visit_body(&t.finalbody)
            }
            Assert(a) => {
                self.visit_expr(&a.test)?;
                a.msg.as_deref().map_or(Ok(()), |m| self.visit_expr(m))
            }
            Import(i) => {
                for alias in &i.names {
                    let bound = match &alias.asname {
                        Some(a) => a.as_str(),
                        None => alias.name.as_str().split('.').next().unwrap_or(""),
                    };
                    self.bind(bound, alias.range)?;
                }
                Ok(())
            }
            ImportFrom(i) => {
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        if self.current().kind != ScopeKind::Module {
                            return Err(self.error("import * only allowed at module level".into(), alias.range));
                        }
                        continue;
                    }
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.bind(bound.as_str(), alias.range)?;
                }
                Ok(())
            }
            Global(g) => {
                for name in &g.names {
                    let name = name.as_str();
                    if let Some(sym) = self.current().symbols.get(name) {
                        // CPython's order: parameter, use, annotation, assignment.
                        let msg = if sym.parameter {
                            format!("name '{name}' is parameter and global")
                        } else if sym.nonlocal {
                            format!("name '{name}' is nonlocal and global")
                        } else if sym.referenced {
                            format!("name '{name}' is used prior to global declaration")
                        } else if sym.annotated {
                            format!("annotated name '{name}' can't be global")
                        } else if sym.assigned {
                            format!("name '{name}' is assigned to before global declaration")
                        } else {
                            String::new()
                        };
                        if !msg.is_empty() {
                            return Err(self.error(msg, g.range));
                        }
                    }
                    self.current().symbol(name).global = true;
                }
                Ok(())
            }
            Nonlocal(n) => {
                if self.current().kind == ScopeKind::Module {
                    return Err(self.error("nonlocal declaration not allowed at module level".into(), n.range));
                }
                for name in &n.names {
                    let name = name.as_str();
                    if let Some(sym) = self.current().symbols.get(name) {
                        if sym.parameter {
                            return Err(self.error(format!("name '{name}' is parameter and nonlocal"), n.range));
                        }
                        if sym.global {
                            return Err(self.error(format!("name '{name}' is nonlocal and global"), n.range));
                        }
                        let msg = if sym.referenced {
                            format!("name '{name}' is used prior to nonlocal declaration")
                        } else if sym.annotated {
                            format!("annotated name '{name}' can't be nonlocal")
                        } else if sym.assigned {
                            format!("name '{name}' is assigned to before nonlocal declaration")
                        } else {
                            String::new()
                        };
                        if !msg.is_empty() {
                            return Err(self.error(msg, n.range));
                        }
                    }
                    let missing = self.error(format!("no binding for nonlocal '{name}' found"), n.range);
                    let sym = self.current().symbol(name);
                    sym.nonlocal = true;
                    sym.missing_nonlocal = Some(Box::new(missing));
                }
                Ok(())
            }
            Expr(e) => self.visit_expr(&e.value),
            Pass(_) | Break(_) | Continue(_) => Ok(()),
            AsyncFor(f) => {
                self.visit_expr(&f.iter)?;
                self.visit_expr(&f.target)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)
            }
            AsyncWith(w) => {
                for item in &w.items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(&w.body)
            }
            Match(m) => {
                // rustpython-parser accepts patterns CPython's grammar rejects (`case 1 + 2`).
                self.doubtful_grammar = true;
                self.visit_match(m)
            }
            TryStar(t) => {
                self.visit_body(&t.body)?;
                self.visit_handlers(&t.handlers)?;
                self.visit_body(&t.orelse)?;
                self.visit_body(&t.finalbody)
            }
            TypeAlias(s) => Err(self.error("type aliases are not supported yet".into(), s.range)),
        }
    }

    fn visit_handlers(&mut self, handlers: &[ast::ExceptHandler]) -> Result<()> {
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            if let Some(ty) = &h.type_ {
                self.visit_expr(ty)?;
            }
            if let Some(name) = &h.name {
                self.bind(name.as_str(), h.range)?;
            }
            self.visit_body(&h.body)?;
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn visit_function(
        &mut self,
        name: &ast::Identifier,
        args: &ast::Arguments,
        body: &[ast::Stmt],
        decorators: &[ast::Expr],
        returns: Option<&ast::Expr>,
        range: ast::text_size::TextRange,
        is_async: bool,
    ) -> Result<()> {
        decorators.iter().try_for_each(|d| self.visit_expr(d))?;
        self.visit_defaults_and_annotations(args, returns)?;
        self.bind(name.as_str(), range)?;
        self.push(ScopeKind::Function, name.as_str(), range);
        self.current().is_coroutine = is_async;
        self.visit_params(args)?;
        self.visit_body(body)?;
        self.pop(range);
        Ok(())
    }

    fn visit_comprehension(
        &mut self,
        range: ast::text_size::TextRange,
        name: &str,
        generators: &[ast::Comprehension],
        elts: &[&ast::Expr],
        is_genexp: bool,
    ) -> Result<()> {
        let first = &generators[0];
        self.visit_expr(&first.iter)?;
        self.push(ScopeKind::Comprehension, name, range);
        if is_genexp {
            self.current().is_generator = true;
        }
        {
            let sym = self.current().symbol(".0");
            sym.parameter = true;
            sym.assigned = true;
        }
        self.current().params.push(".0".into());
        for (i, g) in generators.iter().enumerate() {
            if g.is_async {
                self.current().is_coroutine = true;
            }
            if i > 0 {
                self.visit_expr(&g.iter)?;
            }
            self.visit_expr(&g.target)?;
            g.ifs.iter().try_for_each(|c| self.visit_expr(c))?;
        }
        elts.iter().try_for_each(|e| self.visit_expr(e))?;
        // An awaiting list, set or dict comprehension is awaited where it is built, so a
        // comprehension around it awaits too (an async generator expression is not awaited).
        let awaits = self.current().is_coroutine && !is_genexp;
        self.pop(range);
        if awaits && self.current().kind == ScopeKind::Comprehension {
            self.current().is_coroutine = true;
        }
        Ok(())
    }

    /// A walrus target inside a comprehension binds in the nearest enclosing non-comprehension scope.
    fn bind_walrus(&mut self, name: &str, range: ast::text_size::TextRange) -> Result<()> {
        let depth = self.stack.iter().rposition(|s| s.kind != ScopeKind::Comprehension).expect("module scope");
        if depth + 1 == self.stack.len() {
            return self.bind(name, range);
        }
        if self.stack[depth].kind == ScopeKind::Class {
            return Err(self.error(
                "assignment expression within a comprehension cannot be used in a class body".into(),
                range,
            ));
        }
        // The target binds where the enclosing function (or module) binds it: a name that
        // function declares global is global in the comprehension too.
        let target_is_module = self.stack[depth].kind == ScopeKind::Module || self.stack[depth].symbol(name).global;
        self.stack[depth].symbol(name).assigned = true;
        for scope in &mut self.stack[depth + 1..] {
            let sym = scope.symbol(name);
            sym.referenced = true;
            if target_is_module {
                sym.global = true;
            } else {
                sym.nonlocal = true;
            }
        }
        Ok(())
    }

    fn visit_expr(&mut self, expr: &ast::Expr) -> Result<()> {
        use ast::Expr::*;
        match expr {
            BoolOp(b) => b.values.iter().try_for_each(|v| self.visit_expr(v)),
            NamedExpr(n) => {
                self.visit_expr(&n.value)?;
                match n.target.as_ref() {
                    Name(name) => self.bind_walrus(name.id.as_str(), n.range),
                    other => self.visit_expr(other),
                }
            }
            BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)
            }
            UnaryOp(u) => self.visit_expr(&u.operand),
            Lambda(l) => {
                self.visit_defaults_and_annotations(&l.args, None)?;
                self.push(ScopeKind::Lambda, "<lambda>", l.range);
                self.visit_params(&l.args)?;
                self.visit_expr(&l.body)?;
                self.pop(l.range);
                Ok(())
            }
            IfExp(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)
            }
            Dict(d) => {
                for (k, v) in d.keys.iter().zip(&d.values) {
                    if let Some(k) = k {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(v)?;
                }
                Ok(())
            }
            Set(s) => s.elts.iter().try_for_each(|e| self.visit_expr(e)),
            ListComp(c) => self.visit_comprehension(c.range, "<listcomp>", &c.generators, &[&c.elt], false),
            SetComp(c) => self.visit_comprehension(c.range, "<setcomp>", &c.generators, &[&c.elt], false),
            DictComp(c) => self.visit_comprehension(c.range, "<dictcomp>", &c.generators, &[&c.key, &c.value], false),
            GeneratorExp(c) => self.visit_comprehension(c.range, "<genexpr>", &c.generators, &[&c.elt], true),
            Await(a) => {
                self.visit_expr(&a.value)?;
                if self.current().kind == ScopeKind::Comprehension {
                    self.current().is_coroutine = true;
                }
                Ok(())
            }
            Yield(y) => {
                self.mark_generator(y.range)?;
                y.value.as_deref().map_or(Ok(()), |v| self.visit_expr(v))
            }
            YieldFrom(y) => {
                self.mark_generator(y.range)?;
                self.visit_expr(&y.value)
            }
            Compare(c) => {
                self.visit_expr(&c.left)?;
                c.comparators.iter().try_for_each(|e| self.visit_expr(e))
            }
            Call(c) => {
                self.doubtful_grammar |= crate::grammar_gaps::call_doubtful(c, self.lines.source());
                self.visit_expr(&c.func)?;
                c.args.iter().try_for_each(|a| self.visit_expr(a))?;
                c.keywords.iter().try_for_each(|k| self.visit_expr(&k.value))
            }
            FormattedValue(f) => {
                self.visit_expr(&f.value)?;
                f.format_spec.as_deref().map_or(Ok(()), |s| self.visit_expr(s))
            }
            JoinedStr(j) => {
                self.doubtful_grammar |= crate::grammar_gaps::fstring_doubtful(j, self.lines.source());
                j.values.iter().try_for_each(|v| self.visit_expr(v))
            }
            Constant(_) => Ok(()),
            Attribute(a) => self.visit_expr(&a.value),
            Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)
            }
            Starred(s) => self.visit_expr(&s.value),
            Name(n) => match n.ctx {
                ast::ExprContext::Load => {
                    self.use_name(n.id.as_str());
                    Ok(())
                }
                ast::ExprContext::Store | ast::ExprContext::Del => self.bind(n.id.as_str(), n.range),
            },
            List(l) => l.elts.iter().try_for_each(|e| self.visit_expr(e)),
            Tuple(t) => t.elts.iter().try_for_each(|e| self.visit_expr(e)),
            Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
                Ok(())
            }
        }
    }

    fn mark_generator(&mut self, range: ast::text_size::TextRange) -> Result<()> {
        let scope = self.current();
        match scope.kind {
            ScopeKind::Function | ScopeKind::Lambda => {
                scope.is_generator = true;
                Ok(())
            }
            ScopeKind::Comprehension => {
                let what = match scope.name.as_str() {
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    "<genexpr>" => "generator expression",
                    _ => "list comprehension",
                };
                Err(self.error(format!("'yield' inside {what}"), range))
            }
            ScopeKind::Module | ScopeKind::Class => Err(self.error("'yield' outside function".into(), range)),
        }
    }
}

/// The error for the first name (in first-seen order) declared `nonlocal` that no enclosing
/// function binds.
fn unbound_nonlocal_error(scope: &Scope, enclosing_bound: &HashSet<String>, filename: &str) -> CompileError {
    let (name, symbol) = scope
        .symbols
        .iter()
        .filter(|(n, s)| s.nonlocal && !s.global && !enclosing_bound.contains(*n))
        .min_by_key(|(_, s)| s.first_seen)
        .expect("an unbound nonlocal name");
    if let Some(e) = &symbol.missing_nonlocal {
        return (**e).clone();
    }
    let mut e = CompileError::new(ErrorKind::SyntaxError, format!("no binding for nonlocal '{name}' found"), filename);
    e.line = scope.line;
    e
}

/// Classifies every symbol of `scope` and its children; returns the free names it needs from
/// enclosing function scopes.
fn analyze(scope: &mut Scope, enclosing_bound: &HashSet<String>, filename: &str) -> Result<HashSet<String>> {
    let function_like = scope.kind.is_function_like();
    let mut needed_from_outside = HashSet::default();
    let mut unbound_nonlocal = false;
    // In table order: nothing below depends on the order except which error is reported,
    // and that is found in first-seen order afterwards.
    for (name, sym) in scope.symbols.iter_mut() {
        let class_scope_magic = scope.kind == ScopeKind::Class && name == "__class__";
        sym.scope = Some(if sym.global {
            SymbolScope::GlobalExplicit
        } else if sym.nonlocal {
            unbound_nonlocal |= !enclosing_bound.contains(name);
            SymbolScope::Free
        } else if sym.assigned && !class_scope_magic {
            SymbolScope::Local
        } else if function_like && enclosing_bound.contains(name) {
            SymbolScope::Free
        } else if scope.kind == ScopeKind::Class && enclosing_bound.contains(name) && !class_scope_magic {
            // A class body reads an enclosing function's variable through its cell.
            SymbolScope::Free
        } else {
            SymbolScope::GlobalImplicit
        });
        if sym.scope == Some(SymbolScope::Free) {
            needed_from_outside.insert(name.clone());
        }
    }
    if unbound_nonlocal {
        return Err(unbound_nonlocal_error(scope, enclosing_bound, filename));
    }
    if scope.children.is_empty() {
        return Ok(needed_from_outside);
    }
    let child_bound = bound_for_children(scope, enclosing_bound);
    let mut children = std::mem::take(&mut scope.children);
    for child in &mut children {
        for name in analyze(child, &child_bound, filename)? {
            if scope.kind == ScopeKind::Class && name == "__class__" {
                scope.needs_class_cell = true;
                continue;
            }
            let local_here = function_like
                && scope.symbols.get(&name).is_some_and(|s| matches!(s.scope, Some(SymbolScope::Local) | Some(SymbolScope::Cell)));
            if local_here {
                scope.symbols.get_mut(&name).expect("local").scope = Some(SymbolScope::Cell);
                continue;
            }
            let sym = scope.symbol(&name);
            match sym.scope {
                Some(SymbolScope::Cell) => {}
                Some(SymbolScope::Local) if !function_like => sym.free_class = true,
                _ => sym.scope = Some(SymbolScope::Free),
            }
            needed_from_outside.insert(name);
        }
    }
    scope.children = children;
    Ok(needed_from_outside)
}

/// The names an inner scope of `scope` may take from enclosing functions.
fn bound_for_children(scope: &Scope, enclosing_bound: &HashSet<String>) -> HashSet<String> {
    let mut child_bound = match scope.kind {
        ScopeKind::Module => HashSet::default(),
        ScopeKind::Class => {
            let mut b = enclosing_bound.clone();
            b.insert("__class__".to_string());
            b
        }
        _ => {
            let mut b = enclosing_bound.clone();
            for (name, sym) in &scope.symbols {
                match sym.scope {
                    Some(SymbolScope::Local) => {
                        b.insert(name.clone());
                    }
                    Some(SymbolScope::GlobalExplicit) | Some(SymbolScope::GlobalImplicit) => {
                        b.remove(name);
                    }
                    _ => {}
                }
            }
            b
        }
    };
    if scope.kind == ScopeKind::Class {
        // Names the class declares global are not visible as enclosing bindings.
        for (name, sym) in &scope.symbols {
            if sym.scope == Some(SymbolScope::GlobalExplicit) {
                child_bound.remove(name);
            }
        }
    }
    child_bound
}
