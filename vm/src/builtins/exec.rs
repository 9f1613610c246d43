//! `compile`, `exec`, `eval`, `globals`, `locals` and `__import__`.

use crate::object::function::Args;
use crate::object::{NativeFn, Payload};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use ferropy_compiler::Mode;

/// The calling frame's locals as a mapping (a snapshot dict for function frames).
pub fn current_locals(vm: &mut Vm) -> PyResult<Value> {
    let Some(frame) = vm.frames.last() else { return Ok(Value::Obj(vm.builtins_dict.clone())) };
    if let Some(l) = &frame.locals {
        return Ok(l.clone());
    }
    let code = frame.code.clone();
    let fast = frame.fast.clone();
    let cells = frame.cells.clone();
    let d = vm.new_dict_obj();
    for (name, v) in code.varnames.iter().zip(fast) {
        if !v.is_null() {
            crate::object::dict::dict_set(vm, &d, Value::Obj(name.clone()), v)?;
        }
    }
    let deref_names: Vec<String> = code.code.cellvars.iter().chain(&code.code.freevars).cloned().collect();
    for (name, cell) in deref_names.iter().zip(cells) {
        if let Payload::Cell(c) = &cell.payload {
            if let Some(v) = c.borrow().clone() {
                let key = Value::Obj(vm.intern(name));
                crate::object::dict::dict_set(vm, &d, key, v)?;
            }
        }
    }
    Ok(Value::Obj(d))
}

fn globals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    match vm.frames.last() {
        Some(f) => Ok(Value::Obj(f.globals.clone())),
        None => Ok(Value::Obj(vm.builtins_dict.clone())),
    }
}

fn locals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    current_locals(vm)
}

fn source_text(vm: &mut Vm, v: &Value, name: &str) -> PyResult<String> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => Ok(s.as_str().to_string()),
            Payload::Bytes(b) => match ferropy_compiler::source::decode_source(b, "<string>") {
                Ok(s) => Ok(s),
                Err(e) => Err(crate::code::syntax_error(vm, &e)),
            },
            _ => vm.type_error(format!("{name}() arg 1 must be a string, bytes or code object")),
        },
        _ => vm.type_error(format!("{name}() arg 1 must be a string, bytes or code object")),
    }
}

fn compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Some(src), Some(filename), Some(mode)) = (args.get(0, "source"), args.get(1, "filename"), args.get(2, "mode")) else {
        return vm.type_error("compile() missing required argument");
    };
    let (src, filename, mode) = (src.clone(), filename.clone(), mode.clone());
    if let Value::Obj(o) = &src {
        if matches!(o.payload, Payload::Code(_)) {
            return Ok(src);
        }
    }
    let text = source_text(vm, &src, "compile")?;
    let filename = vm.str_string(&filename)?;
    let mode = match vm.str_of(&mode) {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        _ => return vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"),
    };
    let optimize = match args.get(5, "optimize") {
        Some(o) => {
            let o = vm.index_value(o)?;
            if o < 0 { None } else { Some(o.min(2) as u8) }
        }
        None => None,
    };
    let code = crate::code::compile(vm, &text, &filename, mode, optimize)?;
    Ok(Value::Obj(crate::object::PyObject::new(vm.ctx.types.code.clone(), Payload::Code(code))))
}

fn run(vm: &mut Vm, args: Args, mode: Mode, name: &str) -> PyResult<Value> {
    let Some(src) = args.get(0, "source").cloned() else { return vm.type_error(format!("{name}() missing required argument 'source' (pos 1)")) };
    let globals = args.get(1, "globals").cloned().filter(|g| !g.is_none());
    let locals = args.get(2, "locals").cloned().filter(|l| !l.is_none());
    let (globals, locals) = match globals {
        Some(Value::Obj(g)) if matches!(g.payload, Payload::Dict(_)) => (g, locals),
        Some(other) => {
            return vm.type_error(format!("{name}() globals must be a dict, not {}", vm.type_name(&other)));
        }
        None => {
            let f = vm.frames.last();
            let g = f.map(|f| f.globals.clone()).unwrap_or_else(|| vm.builtins_dict.clone());
            let l = match locals {
                Some(l) => Some(l),
                None => Some(current_locals(vm)?),
            };
            (g, l)
        }
    };
    let code = match &src {
        Value::Obj(o) if matches!(o.payload, Payload::Code(_)) => match &o.payload {
            Payload::Code(c) => c.clone(),
            _ => unreachable!(),
        },
        _ => {
            let text = source_text(vm, &src, name)?;
            let text = if mode == Mode::Eval { text.trim_start_matches([' ', '\t']).to_string() } else { text };
            crate::code::compile(vm, &text, "<string>", mode, None)?
        }
    };
    let result = crate::code::run_code(vm, code, globals, locals)?;
    Ok(if mode == Mode::Exec { Value::None } else { result })
}

fn exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    run(vm, args, Mode::Exec, "exec")
}

fn eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    run(vm, args, Mode::Eval, "eval")
}

fn import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(name) = args.get(0, "name").cloned() else { return vm.type_error("__import__() missing required argument 'name' (pos 1)") };
    let Some(name_s) = vm.str_of(&name).map(str::to_string) else { return vm.type_error("__import__() argument 1 must be str") };
    let globals = match args.get(1, "globals") {
        Some(Value::Obj(g)) if matches!(g.payload, Payload::Dict(_)) => g.clone(),
        _ => vm.new_dict_obj(),
    };
    let fromlist = match args.get(3, "fromlist").cloned() {
        Some(f) if !f.is_none() => {
            let items = vm.collect(&f)?;
            vm.new_tuple(items)
        }
        _ => Value::None,
    };
    let level = args.get(4, "level").cloned().unwrap_or(Value::Int(0));
    let key = vm.intern(&name_s);
    vm.import_name(&key, &globals, &fromlist, &level)
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("globals", globals),
    ("locals", locals),
    ("compile", compile),
    ("exec", exec),
    ("eval", eval),
    ("__import__", import),
    ("__build_class__", super::classes::build_class),
];
