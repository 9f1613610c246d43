//! Code generation: AST + symbol table → `CodeObject`.
//!
//! One `Compiler` walks a whole module. Each scope being compiled has a `Unit` on `units`: its
//! growing instruction list (with unresolved labels), constants, names and the stack of
//! "frame blocks" (loops, try bodies, handlers, with bodies) that `break`, `continue` and
//! `return` must unwind through. Statements live in `stmt.rs`, expressions in `expr.rs`,
//! try/with/loop unwinding in `blocks.rs`, and label resolution, `EXTENDED_ARG` and the
//! stack-depth pass in `assemble.rs`.
//!
//! Invariants: every instruction carries the source location current when it was emitted;
//! labels are bound exactly once; a jump to an already-bound label is a `JUMP_BACKWARD`.

mod assemble;
pub use assemble::has_jump_target;
mod async_;
mod blocks;
mod except_star;
mod expr;
mod pattern;
mod stmt;

use crate::code::{flags, CodeObject, Constant, Location};
use crate::error::{CompileError, ErrorKind};
use crate::opcode::Opcode;
use crate::source::LineIndex;
use crate::symtable::{self, Scope, ScopeKind, SymbolScope};
use rustpython_parser::ast::{self, text_size::{TextRange, TextSize}, Ranged};
use std::sync::Arc;

pub(crate) use blocks::FBlock;

/// What kind of source `compile()` was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

/// Options that change the generated code.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// 0: normal; 1 (`-O`): no asserts, `__debug__` is False; 2 (`-OO`): no docstrings either.
    pub optimize: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(u32);

#[derive(Clone, Copy, Debug)]
pub(crate) struct Instr {
    pub op: Opcode,
    pub arg: u32,
    pub target: Option<Label>,
    pub loc: Location,
}

/// The code object being built for one scope.
pub(crate) struct Unit<'s> {
    pub scope: &'s Scope,
    pub instrs: Vec<Instr>,
    pub labels: Vec<Option<u32>>,
    pub consts: Vec<Constant>,
    /// The first constant in `consts` with each `constant_hash`: where `add_const` looks
    /// first (the whole list is scanned only when two different constants share a hash).
    pub const_index: crate::fast_hash::FastMap<u64, u32>,
    pub names: Vec<String>,
    /// Index of each name in `names`, once there are more than `SCANNED_NAMES` of them (a
    /// short list is scanned faster than a name is hashed).
    pub name_index: crate::fast_hash::FastMap<String, u32>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub fblocks: Vec<FBlock<'s>>,
    pub name: String,
    pub qualname: String,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// Name of the innermost enclosing class, for private-name mangling.
    pub private: Option<String>,
}

pub(crate) struct Compiler<'a> {
    pub units: Vec<Unit<'a>>,
    pub filename: String,
    pub lines: &'a LineIndex<'a>,
    pub options: Options,
    pub loc: Location,
    /// What the module's future statements turned on.
    pub future: crate::future::Features,
}

pub(crate) type CResult<T = ()> = Result<T, CompileError>;

/// Parses and compiles source text.
pub fn compile_source(source: &str, filename: &str, mode: Mode, options: Options) -> Result<CodeObject, CompileError> {
    let parse_mode = match mode {
        Mode::Exec => rustpython_parser::Mode::Module,
        Mode::Eval => rustpython_parser::Mode::Expression,
        Mode::Single => rustpython_parser::Mode::Interactive,
    };
    let lines = LineIndex::new(source);
    crate::nesting::check_depth(source, filename, &lines)?;
    // rustpython-parser decides quickly whether the source is valid. When it is not, the
    // emulation of CPython's tokenizer and parser (`syntax_checks`) finds the error CPython
    // would report, in CPython's words; when the emulation finds the source valid after all
    // (whitespace rustpython-parser mis-reads), the normalized text is parsed again.
    // Single-statement input is rare (the interactive prompt, compile(..., 'single')) and its
    // rules are the emulation's alone ("multiple statements found ...").
    if mode == Mode::Single {
        crate::syntax_checks::check(source, filename, mode)?;
    }
    let normalized;
    // The fast parser builds the same AST as rustpython-parser, or bails (`None`) and leaves
    // the source, and every error, to it.
    let fast = if mode == Mode::Exec { crate::parser::parse_module(source, filename) } else { None };
    let (parsed, source) = match fast.map_or_else(|| rustpython_parser::parse(source, parse_mode, filename), Ok) {
        Ok(parsed) => (parsed, source),
        Err(first) => {
            normalized = crate::syntax_checks::check(source, filename, mode)?;
            if *normalized == *source {
                return Err(crate::parse_error::convert(first, source, filename, &lines));
            }
            let reparsed = rustpython_parser::parse(&normalized, parse_mode, filename)
                .map_err(|e| crate::parse_error::convert(e, &normalized, filename, &lines))?;
            (reparsed, &*normalized)
        }
    };
    let compiled = match parsed {
        ast::Mod::Module(m) => compile_module(&m.body, filename, &lines, options, false),
        ast::Mod::Interactive(m) => compile_module(&m.body, filename, &lines, options, true),
        ast::Mod::Expression(e) => compile_eval(&e.body, filename, &lines, options),
        ast::Mod::FunctionType(_) => Err(CompileError::new(ErrorKind::SyntaxError, "function type comments are not supported", filename)),
    };
    // rustpython-parser accepts some source that CPython's grammar rejects (`f() = 1`); the
    // compiler then finds it wrong, but CPython would have reported the parser's error, so the
    // emulation has the first word.
    let code = match compiled {
        Ok(code) => code,
        Err(e) => {
            crate::syntax_checks::check(source, filename, mode)?;
            return Err(e);
        }
    };
    // What the compiler makes must pass the verifier that guards loaded code; debug builds
    // (and so every test run) check that the two agree.
    #[cfg(debug_assertions)]
    if let Err(why) = crate::verify::verify(&code) {
        panic!("compiled code fails verification: {why}");
    }
    Ok(code)
}

/// Compiles a parsed module (or interactive input): future statements, the symbol table,
/// then the code. `compile_source` calls it after parsing; `examples/phase_times` times it.
pub fn compile_module(body: &[ast::Stmt], filename: &str, lines: &LineIndex, options: Options, interactive: bool) -> CResult<CodeObject> {
    let future = crate::future::parse(body, lines, filename)?;
    let table = symtable::build(body, filename, lines)?;
    if table.doubtful_grammar {
        let mode = if interactive { Mode::Single } else { Mode::Exec };
        crate::syntax_checks::check(lines.source(), filename, mode)?;
    }
    let mut c = Compiler::new(filename, lines, options);
    c.future = future;
    c.enter_unit(&table, "<module>".into(), "<module>".into(), 1);
    c.loc = Location { start: 0, line: 1, end_line: 1, col: 0, end_col: 0 };
    let body = c.emit_module_docstring(body)?;
    if body.iter().any(|s| matches!(s, ast::Stmt::AnnAssign(_))) || stmt::has_annotations(body) {
        c.emit(Opcode::SETUP_ANNOTATIONS, 0);
    }
    for s in body {
        if interactive {
            if let ast::Stmt::Expr(e) = s {
                c.set_loc(e.range);
                c.load_name("print");
                c.emit(Opcode::PUSH_NULL, 0);
                c.compile_expr(&e.value)?;
                c.emit(Opcode::CALL, 1);
                c.emit(Opcode::POP_TOP, 0);
                continue;
            }
        }
        c.compile_stmt(s)?;
    }
    c.emit_const(Constant::None);
    c.emit(Opcode::RETURN_VALUE, 0);
    c.leave_unit()
}

fn compile_eval(expr: &ast::Expr, filename: &str, lines: &LineIndex, options: Options) -> CResult<CodeObject> {
    let table = symtable::build_expression(expr, filename, lines)?;
    if table.doubtful_grammar {
        crate::syntax_checks::check(lines.source(), filename, Mode::Eval)?;
    }
    let mut c = Compiler::new(filename, lines, options);
    c.enter_unit(&table, "<module>".into(), "<module>".into(), 1);
    c.set_loc(expr.range());
    c.compile_expr(expr)?;
    c.emit(Opcode::RETURN_VALUE, 0);
    c.leave_unit()
}

impl<'a> Compiler<'a> {
    fn new(filename: &str, lines: &'a LineIndex<'a>, options: Options) -> Self {
        Compiler {
            units: Vec::new(),
            filename: filename.to_string(),
            lines,
            options,
            loc: Location { start: 0, line: 1, end_line: 1, col: 0, end_col: 0 },
            future: Default::default(),
        }
    }

    pub fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is open")
    }

    pub fn scope(&self) -> &'a Scope {
        self.units.last().expect("a unit is open").scope
    }

    pub fn enter_unit(&mut self, scope: &'a Scope, name: String, qualname: String, firstlineno: u32) {
        let cellvars = {
            let mut cells = scope.names_with(SymbolScope::Cell);
            if scope.needs_class_cell {
                cells.push("__class__".to_string());
                cells.sort();
            }
            cells
        };
        let freevars = scope.free_vars();
        let varnames = scope.params.clone();
        let mut flags = 0;
        if scope.kind.is_function_like() {
            flags |= flags::OPTIMIZED | flags::NEWLOCALS;
        }
        flags |= match (scope.is_coroutine, scope.is_generator) {
            (true, true) => flags::ASYNC_GENERATOR,
            (true, false) => flags::COROUTINE,
            (false, true) => flags::GENERATOR,
            (false, false) => 0,
        };
        if self.units.iter().any(|u| u.scope.kind.is_function_like()) {
            flags |= flags::NESTED;
        }
        let private = match scope.kind {
            ScopeKind::Class => Some(scope.name.clone()),
            _ => self.units.last().and_then(|u| u.private.clone()),
        };
        self.units.push(Unit {
            scope,
            // Room for a typical function body, so that the lists rarely grow.
            instrs: Vec::with_capacity(64),
            labels: Vec::with_capacity(16),
            consts: Vec::with_capacity(8),
            const_index: Default::default(),
            names: Vec::new(),
            name_index: Default::default(),
            varnames,
            cellvars,
            freevars,
            fblocks: Vec::new(),
            name,
            qualname,
            firstlineno,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags,
            private,
        });
    }

    pub fn leave_unit(&mut self) -> CResult<CodeObject> {
        let unit = self.units.pop().expect("unit to leave");
        assemble::assemble(unit, &self.filename)
    }

    // ----- locations -----

    pub fn set_loc(&mut self, range: TextRange) {
        let ((line, col), (end_line, end_col)) = self.lines.span(u32::from(range.start()) as usize, u32::from(range.end()) as usize);
        self.loc = Location { start: 0, line, end_line, col, end_col };
    }

    pub fn error(&self, message: impl Into<String>, range: TextRange) -> CompileError {
        let mut e = CompileError::new(ErrorKind::SyntaxError, message, &self.filename);
        // CPython's compiler reports AST columns, which count bytes.
        let byte_col = |off: TextSize| {
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

    // ----- emission -----

    pub fn emit(&mut self, op: Opcode, arg: u32) {
        let loc = self.loc;
        self.unit().instrs.push(Instr { op, arg, target: None, loc });
    }

    /// `return None` at the end of a function body, unless control cannot reach it (the body
    /// ends in a return, raise or jump that no label comes after): CPython drops that dead
    /// code, and with it the `None` constant nothing else uses.
    pub fn emit_implicit_return(&mut self) {
        let unit = self.unit();
        let end = unit.instrs.len() as u32;
        let ends_in_terminator = unit.instrs.last().is_some_and(|i| i.op.is_terminator());
        let targeted = unit.labels.iter().any(|l| *l == Some(end) || l.is_none());
        if ends_in_terminator && !targeted {
            return;
        }
        self.emit_const(Constant::None);
        self.emit(Opcode::RETURN_VALUE, 0);
    }

    pub fn new_label(&mut self) -> Label {
        let unit = self.unit();
        unit.labels.push(None);
        Label(unit.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, label: Label) {
        let unit = self.unit();
        debug_assert!(unit.labels[label.0 as usize].is_none(), "label bound twice");
        unit.labels[label.0 as usize] = Some(unit.instrs.len() as u32);
    }

    /// Emits a jump-like instruction to `label`; plain jumps become forward or backward.
    pub fn emit_jump(&mut self, op: Opcode, label: Label) {
        let op = match op {
            Opcode::JUMP_FORWARD | Opcode::JUMP_BACKWARD => {
                if self.unit().labels[label.0 as usize].is_some() {
                    Opcode::JUMP_BACKWARD
                } else {
                    Opcode::JUMP_FORWARD
                }
            }
            other => other,
        };
        let loc = self.loc;
        self.unit().instrs.push(Instr { op, arg: 0, target: Some(label), loc });
    }

    pub fn jump(&mut self, label: Label) {
        self.emit_jump(Opcode::JUMP_FORWARD, label);
    }

    pub fn add_const(&mut self, value: Constant) -> u32 {
        let unit = self.unit();
        let hash = constant_hash(&value);
        let found = match unit.const_index.get(&hash) {
            None => None,
            Some(&i) if unit.consts[i as usize].same_as(&value) => Some(i),
            Some(_) => unit.consts.iter().position(|c| c.same_as(&value)).map(|i| i as u32),
        };
        if let Some(i) = found {
            return i;
        }
        let index = unit.consts.len() as u32;
        unit.const_index.entry(hash).or_insert(index);
        unit.consts.push(value);
        index
    }

    pub fn emit_const(&mut self, value: Constant) {
        let i = self.add_const(value);
        self.emit(Opcode::LOAD_CONST, i);
    }

    pub fn add_name(&mut self, name: &str) -> u32 {
        let name = self.mangled(name);
        let unit = self.unit();
        let found = if unit.names.len() <= SCANNED_NAMES {
            unit.names.iter().position(|n| **n == *name).map(|i| i as u32)
        } else {
            unit.name_index.get(&*name).copied()
        };
        if let Some(i) = found {
            return i;
        }
        let index = unit.names.len() as u32;
        unit.names.push(name.into_owned());
        if unit.names.len() > SCANNED_NAMES {
            if unit.name_index.is_empty() {
                unit.name_index.extend(unit.names.iter().enumerate().map(|(i, n)| (n.clone(), i as u32)));
            } else {
                unit.name_index.insert(unit.names[index as usize].clone(), index);
            }
        }
        index
    }

    fn varname_index(&mut self, name: &str) -> u32 {
        let unit = self.unit();
        if let Some(i) = unit.varnames.iter().position(|n| n == name) {
            return i as u32;
        }
        unit.varnames.push(name.to_string());
        unit.varnames.len() as u32 - 1
    }

    fn deref_index(&mut self, name: &str) -> u32 {
        let unit = self.unit();
        if let Some(i) = unit.cellvars.iter().position(|n| n == name) {
            return i as u32;
        }
        let i = unit.freevars.iter().position(|n| n == name).expect("free variable is known");
        (unit.cellvars.len() + i) as u32
    }

    /// Private-name mangling: `__x` inside `class C` is `_C__x`.
    pub fn mangle(&self, name: &str) -> String {
        self.mangled(name).into_owned()
    }

    /// `mangle`, borrowing the name when it stays as it is (nearly always).
    fn mangled<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        let private = self.units.last().and_then(|u| u.private.as_deref());
        match private {
            Some(class) if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') => {
                let class = class.trim_start_matches('_');
                if class.is_empty() {
                    name.into()
                } else {
                    format!("_{class}{name}").into()
                }
            }
            _ => name.into(),
        }
    }

    // ----- names -----

    pub fn load_name(&mut self, name: &str) {
        self.name_op(name, NameAction::Load);
    }

    pub fn store_name(&mut self, name: &str) {
        self.name_op(name, NameAction::Store);
    }

    pub fn delete_name(&mut self, name: &str) {
        self.name_op(name, NameAction::Delete);
    }

    fn name_op(&mut self, name: &str, action: NameAction) {
        let mangled = self.mangled(name);
        let scope = self.scope();
        let symbol = scope.symbols.get(&*mangled);
        let sym_scope = symbol.and_then(|s| s.scope).unwrap_or(SymbolScope::GlobalImplicit);
        let is_class_passthrough = symbol.is_some_and(|s| s.free_class);
        use NameAction::*;
        let (op, arg) = match (scope.kind, sym_scope) {
            (_, SymbolScope::Cell) | (_, SymbolScope::Free) if !(scope.kind == ScopeKind::Class && is_class_passthrough) => {
                let i = self.deref_index(&mangled);
                let op = match action {
                    Load if scope.kind == ScopeKind::Class => Opcode::LOAD_CLASSDEREF,
                    Load => Opcode::LOAD_DEREF,
                    Store => Opcode::STORE_DEREF,
                    Delete => Opcode::DELETE_DEREF,
                };
                (op, i)
            }
            (kind, SymbolScope::Local) if kind.is_function_like() => {
                let i = self.varname_index(&mangled);
                (match action { Load => Opcode::LOAD_FAST, Store => Opcode::STORE_FAST, Delete => Opcode::DELETE_FAST }, i)
            }
            (kind, SymbolScope::GlobalImplicit) if kind.is_function_like() => {
                let i = self.add_name(name);
                (match action { Load => Opcode::LOAD_GLOBAL, Store => Opcode::STORE_GLOBAL, Delete => Opcode::DELETE_GLOBAL }, i)
            }
            (_, SymbolScope::GlobalExplicit) => {
                let i = self.add_name(name);
                (match action { Load => Opcode::LOAD_GLOBAL, Store => Opcode::STORE_GLOBAL, Delete => Opcode::DELETE_GLOBAL }, i)
            }
            _ => {
                let i = self.add_name(name);
                (match action { Load => Opcode::LOAD_NAME, Store => Opcode::STORE_NAME, Delete => Opcode::DELETE_NAME }, i)
            }
        };
        self.emit(op, arg);
    }

    /// The qualified name of a new function or class defined in the current unit.
    pub fn qualname_for(&self, name: &str) -> String {
        let unit = self.units.last().expect("a unit is open");
        match unit.scope.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", unit.qualname, name),
            _ => {
                if unit.scope.lookup(name) == SymbolScope::GlobalExplicit {
                    name.to_string()
                } else {
                    format!("{}.<locals>.{}", unit.qualname, name)
                }
            }
        }
    }

    /// Pushes the cells a new function needs (for MAKE_FUNCTION's closure tuple). Returns
    /// whether there were any.
    pub fn emit_closure(&mut self, child: &Scope) -> bool {
        let frees = child.free_vars();
        if frees.is_empty() {
            return false;
        }
        for name in &frees {
            let i = if self.scope().kind == ScopeKind::Class && name == "__class__" {
                self.unit().cellvars.iter().position(|n| n == "__class__").expect("class cell") as u32
            } else {
                self.deref_index(name)
            };
            self.emit(Opcode::LOAD_CLOSURE, i);
        }
        self.emit(Opcode::BUILD_TUPLE, frees.len() as u32);
        true
    }

    fn emit_module_docstring<'b>(&mut self, body: &'b [ast::Stmt]) -> CResult<&'b [ast::Stmt]> {
        if let Some(doc) = docstring_of(body) {
            if self.options.optimize < 2 {
                self.set_loc(body[0].range());
                self.emit_const(Constant::Str(doc.to_string()));
                self.store_name("__doc__");
            }
            return Ok(&body[1..]);
        }
        Ok(body)
    }

    pub fn code_constant(code: CodeObject) -> Constant {
        Constant::Code(Arc::new(code))
    }
}

/// How many names `add_name` finds by scanning before it keeps an index.
const SCANNED_NAMES: usize = 12;

#[derive(Clone, Copy)]
enum NameAction {
    Load,
    Store,
    Delete,
}

/// The docstring of a body: its first statement, when that is a string literal.
pub(crate) fn docstring_of(body: &[ast::Stmt]) -> Option<&str> {
    match body.first()? {
        ast::Stmt::Expr(e) => match e.value.as_ref() {
            ast::Expr::Constant(c) => match &c.value {
                ast::Constant::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// A hash of a constant that agrees with `Constant::same_as` (1, 1.0 and True differ; 0.0 and
/// -0.0 differ; code objects are the same only when they are one object).
fn constant_hash(c: &Constant) -> u64 {
    use std::hash::{Hash, Hasher};
    fn feed(c: &Constant, h: &mut crate::fast_hash::FxHasher) {
        std::mem::discriminant(c).hash(h);
        match c {
            Constant::None | Constant::Ellipsis => {}
            Constant::Bool(b) => b.hash(h),
            Constant::Int(i) => i.hash(h),
            Constant::Float(f) => f.to_bits().hash(h),
            Constant::Complex { re, im } => (re.to_bits(), im.to_bits()).hash(h),
            Constant::Str(s) => s.hash(h),
            Constant::Bytes(b) => b.hash(h),
            Constant::Tuple(items) | Constant::FrozenSet(items) => {
                items.len().hash(h);
                items.iter().for_each(|item| feed(item, h));
            }
            Constant::Code(code) => (Arc::as_ptr(code) as usize).hash(h),
        }
    }
    let mut h = crate::fast_hash::FxHasher::default();
    feed(c, &mut h);
    h.finish()
}
