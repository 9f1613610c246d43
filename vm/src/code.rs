//! Turning compiler output into runnable code: constants to values, names interned, and
//! running a code object in a namespace (module bodies, `exec`, `eval`).

use crate::frame::Frame;
use crate::object::{CodeData, Payload, PyObject};
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};
use ferropy_compiler::opcode::{Instruction, Opcode};
use ferropy_compiler::{CodeObject, CompileError, Constant};
use std::rc::Rc;
use std::sync::Arc;

fn constant_value(vm: &mut Vm, c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::bool(*b),
        Constant::Int(i) => vm.new_int(i.clone()),
        Constant::Float(f) => Value::float(*f),
        Constant::Complex { re, im } => vm.new_complex(*re, *im),
        Constant::Str(s) => Value::Obj(vm.intern(s)),
        Constant::Bytes(b) => vm.new_bytes(b.clone()),
        Constant::Tuple(items) => {
            let vals = items.iter().map(|x| constant_value(vm, x)).collect();
            vm.new_tuple(vals)
        }
        Constant::FrozenSet(items) => {
            let vals: Vec<Value> = items.iter().map(|x| constant_value(vm, x)).collect();
            let t = crate::object::set::frozenset_const_table(vm, vals).unwrap_or_default();
            vm.new_frozenset(t)
        }
        Constant::Code(code) => {
            let data = load_code(vm, code.clone());
            Value::Obj(PyObject::new(vm.ctx.types.code.clone(), Payload::Code(data)))
        }
        Constant::Ellipsis => vm.ctx.ellipsis.clone(),
    }
}

/// Decodes code units, folding `EXTENDED_ARG` prefixes (an unknown opcode byte, which only a
/// corrupt code object can hold, decodes as `NOP`).
fn decode(units: &[u32]) -> Box<[(Opcode, u32)]> {
    let mut out = Vec::with_capacity(units.len());
    let mut ext: u32 = 0;
    for unit in units {
        match Instruction::decode(*unit) {
            Some(Instruction { op: Opcode::EXTENDED_ARG, arg }) => {
                ext = (ext << 24) | arg;
                out.push((Opcode::NOP, 0));
            }
            Some(Instruction { op, arg }) => {
                out.push((op, (ext << 24) | arg));
                ext = 0;
            }
            None => {
                out.push((Opcode::NOP, 0));
                ext = 0;
            }
        }
    }
    out.into_boxed_slice()
}

/// Prepares a code object (and, recursively, those among its constants) for running.
pub fn load_code(vm: &mut Vm, code: Arc<CodeObject>) -> Rc<CodeData> {
    let consts = code.consts.iter().map(|c| constant_value(vm, c)).collect();
    let names = code.names.iter().map(|n| vm.intern(n)).collect();
    let varnames = code.varnames.iter().map(|n| vm.intern(n)).collect();
    let cell_to_arg = code.cell_to_arg();
    let ncells = code.cellvars.len();
    // Calling a generator, coroutine or async generator function makes an object that owns the frame.
    let is_generator = {
        use ferropy_compiler::code::flags;
        code.flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
    };
    let instrs: Rc<[_]> = decode(&code.code).into();
    let caches = crate::inline_cache::new_slots(instrs.len());
    Rc::new(CodeData { code, instrs, caches, consts, names, varnames, cell_to_arg, ncells, is_generator })
}

/// The `SyntaxError` (or subclass) instance for a compile error.
pub fn syntax_error(vm: &mut Vm, e: &CompileError) -> PyErr {
    if e.kind == ferropy_compiler::ErrorKind::RecursionError {
        return vm.new_exception_msg("RecursionError", e.message.as_str());
    }
    let cls = Value::Obj(vm.ctx.exc(e.kind.class_name()));
    let details = vec![
        vm.new_str(e.filename.as_str()),
        Value::Int(e.line as i64),
        if e.col > 0 { Value::Int(e.col as i64) } else { Value::None },
        e.text.as_ref().map(|t| vm.new_str(format!("{t}\n"))).unwrap_or(Value::None),
        if e.end_line > 0 { Value::Int(e.end_line as i64) } else { Value::None },
        if e.end_col > 0 { Value::Int(e.end_col as i64) } else { Value::None },
    ];
    let details = vm.new_tuple(details);
    let msg = vm.new_str(e.message.as_str());
    match vm.call(&cls, crate::object::function::Args::positional(&[msg, details])) {
        Ok(Value::Obj(o)) => o,
        Ok(_) => vm.new_exception_msg("SyntaxError", e.message.as_str()),
        Err(err) => err,
    }
}

/// Compiles source text with the interpreter's optimization level unless told otherwise.
pub fn compile(vm: &mut Vm, source: &str, filename: &str, mode: ferropy_compiler::Mode, optimize: Option<u8>) -> PyResult<Rc<CodeData>> {
    let optimize = optimize.unwrap_or_else(|| vm.ctx.options.borrow().optimize);
    match ferropy_compiler::compile_source(source, filename, mode, ferropy_compiler::Options { optimize }) {
        Ok(code) => Ok(load_code(vm, Arc::new(code))),
        Err(e) => Err(syntax_error(vm, &e)),
    }
}

/// The builtins dict a namespace uses: its `__builtins__` entry, or the interpreter's.
pub fn builtins_for(vm: &mut Vm, globals: &ObjRef) -> ObjRef {
    match crate::object::dict::dict_get_str(globals, &vm.intern("__builtins__")) {
        Some(Value::Obj(b)) => match &b.payload {
            Payload::Dict(_) => b,
            Payload::Module { .. } => b.dict.clone().unwrap_or_else(|| vm.builtins_dict.clone()),
            _ => vm.builtins_dict.clone(),
        },
        _ => vm.builtins_dict.clone(),
    }
}

/// Runs module-level code in `globals` (with `locals` as the name mapping).
pub fn run_code(vm: &mut Vm, code: Rc<CodeData>, globals: ObjRef, locals: Option<Value>) -> PyResult<Value> {
    if crate::object::dict::dict_get_str(&globals, &vm.intern("__builtins__")).is_none() {
        let key = Value::Obj(vm.intern("__builtins__"));
        crate::object::dict::dict_set(vm, &globals, key, Value::Obj(vm.builtins.clone()))?;
    }
    let builtins = builtins_for(vm, &globals);
    let locals = locals.unwrap_or_else(|| Value::Obj(globals.clone()));
    let frame = Box::new(Frame::new(code, globals, builtins, Some(locals)));
    match vm.run_frame(frame)? {
        crate::eval::FrameExit::Return(v) => Ok(v),
        crate::eval::FrameExit::Yield(..) => vm.err("SystemError", "module code yielded"),
    }
}
