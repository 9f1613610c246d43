//! Methods and attributes of functions, bound methods, builtin functions, cells and code
//! objects.

use super::{Payload, PyObject};
use crate::context::Context;
use crate::object::function::Args;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

fn func<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a super::Function> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Function(f) => Ok(f),
            _ => vm.type_error("descriptor requires a 'function' object"),
        },
        _ => vm.type_error("descriptor requires a 'function' object"),
    }
}

fn f_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = func(vm, &args.pos[0])?;
    let q = f.qualname.borrow().clone();
    Ok(vm.new_str(format!("<function {q} at {:#x}>", args.pos[0].id())))
}

fn f_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = args.pos.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(args.pos[0].clone());
    }
    Ok(vm.new_bound_method(args.pos[0].clone(), obj))
}

fn f_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = func(vm, &args.pos[0])?;
    if let Some(v) = args.pos.get(1) {
        let Some(s) = vm.str_of(v) else { return vm.type_error("__name__ must be set to a string object") };
        *f.name.borrow_mut() = s.to_string();
        return Ok(Value::None);
    }
    let n = f.name.borrow().clone();
    Ok(vm.new_str(n))
}

fn f_qualname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = func(vm, &args.pos[0])?;
    if let Some(v) = args.pos.get(1) {
        let Some(s) = vm.str_of(v) else { return vm.type_error("__qualname__ must be set to a string object") };
        *f.qualname.borrow_mut() = s.to_string();
        return Ok(Value::None);
    }
    let n = f.qualname.borrow().clone();
    Ok(vm.new_str(n))
}

fn f_doc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = func(vm, &args.pos[0])?;
    if let Some(v) = args.pos.get(1) {
        *f.doc.borrow_mut() = v.clone();
        return Ok(Value::None);
    }
    Ok(f.doc.borrow().clone())
}

fn f_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = func(vm, &args.pos[0])?;
    if let Some(v) = args.pos.get(1) {
        *f.module.borrow_mut() = v.clone();
        return Ok(Value::None);
    }
    Ok(f.module.borrow().clone())
}

fn f_defaults(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = func(vm, &args.pos[0])?;
    if let Some(v) = args.pos.get(1) {
        *f.defaults.borrow_mut() = if v.is_none() { None } else { Some(super::tuple::tuple_items(v).to_vec()) };
        return Ok(Value::None);
    }
    let d = f.defaults.borrow().clone();
    Ok(d.map(|d| vm.new_tuple(d)).unwrap_or(Value::None))
}

fn f_kwdefaults(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = func(vm, &args.pos[0])?;
    if let Some(v) = args.pos.get(1) {
        *f.kwdefaults.borrow_mut() = v.as_obj().cloned();
        return Ok(Value::None);
    }
    Ok(f.kwdefaults.borrow().clone().map(Value::Obj).unwrap_or(Value::None))
}

fn f_annotations(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = func(vm, &args.pos[0])?;
    if let Some(v) = args.pos.get(1) {
        *f.annotations.borrow_mut() = v.as_obj().cloned();
        return Ok(Value::None);
    }
    let existing = f.annotations.borrow().clone();
    match existing {
        Some(a) => Ok(Value::Obj(a)),
        None => {
            let d = vm.new_dict_obj();
            *f.annotations.borrow_mut() = Some(d.clone());
            Ok(Value::Obj(d))
        }
    }
}

fn f_code(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = func(vm, &args.pos[0])?;
    Ok(Value::Obj(PyObject::new(vm.ctx.types.code.clone(), Payload::Code(f.code.clone()))))
}

fn f_globals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = func(vm, &args.pos[0])?;
    Ok(Value::Obj(f.globals.clone()))
}

fn f_closure(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = func(vm, &args.pos[0])?;
    if f.closure.is_empty() {
        return Ok(Value::None);
    }
    let cells = f.closure.iter().map(|c| Value::Obj(c.clone())).collect();
    Ok(vm.new_tuple(cells))
}

// ----- bound methods -----

fn bm_parts(vm: &Vm, v: &Value) -> PyResult<(Value, Value)> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::BoundMethod { func, receiver } => Ok((func.clone(), receiver.clone())),
            _ => vm.type_error("descriptor requires a 'method' object"),
        },
        _ => vm.type_error("descriptor requires a 'method' object"),
    }
}

fn bm_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (f, r) = bm_parts(vm, &args.pos[0])?;
    if let Value::Obj(fo) = &f {
        if let Payload::Builtin(b) = &fo.payload {
            let tn = vm.type_name(&r);
            return Ok(vm.new_str(format!("<built-in method {} of {tn} object at {:#x}>", b.name, r.id())));
        }
    }
    let q = vm.get_attr_opt(&f, "__qualname__")?.and_then(|q| vm.str_of(&q).map(str::to_string)).unwrap_or_else(|| "?".into());
    let rr = vm.repr_string(&r)?;
    Ok(vm.new_str(format!("<bound method {q} of {rr}>")))
}

fn bm_func(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(bm_parts(vm, &args.pos[0])?.0)
}

fn bm_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(bm_parts(vm, &args.pos[0])?.1)
}

fn bm_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (f1, r1) = bm_parts(vm, &args.pos[0])?;
    let Ok((f2, r2)) = bm_parts(vm, &args.pos[1]) else { return Ok(vm.not_implemented()) };
    Ok(Value::bool(f1.is(&f2) && r1.is(&r2)))
}

fn bm_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (f, r) = bm_parts(vm, &args.pos[0])?;
    Ok(Value::Int((f.id() ^ r.id()) >> 4))
}

fn bm_forward(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let (f, _) = bm_parts(vm, &args.pos[0])?;
    vm.get_attr_str(&f, name)
}

fn bm_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bm_forward(vm, args, "__name__")
}
fn bm_qualname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bm_forward(vm, args, "__qualname__")
}
fn bm_doc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bm_forward(vm, args, "__doc__")
}
/// `__isabstractmethod__` comes from the function, as every other unknown attribute of a
/// bound method does in CPython (`abc` asks it of `cls.method` for classmethods).
fn bm_isabstract(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bm_forward(vm, args, "__isabstractmethod__")
}
fn bm_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bm_forward(vm, args, "__module__")
}

// ----- builtin functions -----

fn bf_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Obj(o) = &args.pos[0] else { return vm.type_error("expected a builtin") };
    let Payload::Builtin(b) = &o.payload else { return vm.type_error("expected a builtin") };
    if b.is_method {
        return Ok(vm.new_str(format!("<method '{}' of '{}' objects>", b.name, b.owner)));
    }
    Ok(vm.new_str(format!("<built-in function {}>", b.name)))
}

fn bf_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Obj(o) = &args.pos[0] else { return vm.type_error("expected a builtin") };
    let Payload::Builtin(b) = &o.payload else { return vm.type_error("expected a builtin") };
    Ok(vm.new_str(b.name))
}

fn bf_qualname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Obj(o) = &args.pos[0] else { return vm.type_error("expected a builtin") };
    let Payload::Builtin(b) = &o.payload else { return vm.type_error("expected a builtin") };
    if b.is_method {
        return Ok(vm.new_str(format!("{}.{}", b.owner, b.name)));
    }
    Ok(vm.new_str(b.name))
}

fn bf_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = args.pos.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(args.pos[0].clone());
    }
    Ok(vm.new_bound_method(args.pos[0].clone(), obj))
}

fn bf_none(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn bf_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Obj(o) = &args.pos[0] else { return Ok(Value::None) };
    let Payload::Builtin(b) = &o.payload else { return Ok(Value::None) };
    if b.is_method {
        return Ok(Value::None);
    }
    Ok(vm.new_str(if b.owner.is_empty() { "builtins" } else { b.owner }))
}

// ----- cells and code -----

fn cell_contents(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Obj(o) = &args.pos[0] else { return vm.type_error("expected a cell") };
    let Payload::Cell(c) = &o.payload else { return vm.type_error("expected a cell") };
    if let Some(v) = args.pos.get(1) {
        *c.borrow_mut() = Some(v.clone());
        return Ok(Value::None);
    }
    let v = c.borrow().clone();
    match v {
        Some(v) => Ok(v),
        None => vm.value_error("Cell is empty"),
    }
}

fn code_of(vm: &Vm, v: &Value) -> PyResult<std::rc::Rc<super::CodeData>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Code(c) => Ok(c.clone()),
            _ => vm.type_error("expected a code object"),
        },
        _ => vm.type_error("expected a code object"),
    }
}

fn names_tuple(vm: &Vm, names: &[String]) -> Value {
    vm.new_tuple(names.iter().map(|n| vm.new_str(n.as_str())).collect())
}

fn code_attr(vm: &mut Vm, args: Args, which: &str) -> PyResult<Value> {
    let c = code_of(vm, &args.pos[0])?;
    let co = &c.code;
    Ok(match which {
        "co_name" => vm.new_str(co.name.as_str()),
        "co_qualname" => vm.new_str(co.qualname.as_str()),
        "co_filename" => vm.new_str(co.filename.as_str()),
        "co_firstlineno" => Value::Int(co.firstlineno as i64),
        "co_argcount" => Value::Int(co.argcount as i64),
        "co_posonlyargcount" => Value::Int(co.posonlyargcount as i64),
        "co_kwonlyargcount" => Value::Int(co.kwonlyargcount as i64),
        "co_nlocals" => Value::Int(co.varnames.len() as i64),
        "co_stacksize" => Value::Int(co.stacksize as i64),
        "co_flags" => Value::Int(co.flags as i64),
        "co_varnames" => names_tuple(vm, &co.varnames),
        "co_cellvars" => names_tuple(vm, &co.cellvars),
        "co_freevars" => names_tuple(vm, &co.freevars),
        "co_names" => names_tuple(vm, &co.names),
        "co_consts" => vm.new_tuple(c.consts.clone()),
        "co_code" => vm.new_bytes(co.code.iter().flat_map(|u| u.to_le_bytes()).collect()),
        "co_linetable" => vm.new_bytes(ferropy_compiler::marshal::encode_locations(&co.locations)),
        // ferropy unwinds through a block stack: there is no exception table.
        "co_exceptiontable" => vm.new_bytes(Vec::new()),
        _ => Value::None,
    })
}

macro_rules! code_getters {
    ($($name:ident),*) => {
        $(fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> { code_attr(vm, args, stringify!($name)) })*
        const CODE_GETTERS: &[(&str, crate::object::NativeFn)] = &[$((stringify!($name), $name)),*];
    };
}
code_getters!(co_name, co_qualname, co_filename, co_firstlineno, co_argcount, co_posonlyargcount, co_kwonlyargcount, co_nlocals, co_stacksize, co_flags, co_varnames, co_cellvars, co_freevars, co_names, co_consts, co_code, co_linetable, co_exceptiontable);

/// `code.co_positions()`: per instruction, (line, end line, column, end column), or Nones.
fn code_positions(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = code_of(vm, &args.pos[0])?;
    let co = &c.code;
    let items: Vec<Value> = (0..co.code.len())
        .map(|i| match co.location(i) {
            Some(l) => vm.new_tuple(vec![Value::Int(l.line as i64), Value::Int(l.end_line as i64), Value::Int(l.col as i64), Value::Int(l.end_col as i64)]),
            None => vm.new_tuple(vec![Value::None; 4]),
        })
        .collect();
    let list = vm.new_list(items);
    vm.call_method(&list, "__iter__", &[])
}

/// `code.co_lines()`: (start, end, line) for each run of instructions on one line; offsets
/// are instruction indices, as everywhere in ferropy's bytecode.
fn code_lines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = code_of(vm, &args.pos[0])?;
    let co = &c.code;
    let mut runs: Vec<(usize, usize, Option<u32>)> = Vec::new();
    for i in 0..co.code.len() {
        let line = co.location(i).map(|l| l.line);
        match runs.last_mut() {
            Some(run) if run.2 == line => run.1 = i + 1,
            _ => runs.push((i, i + 1, line)),
        }
    }
    let items: Vec<Value> = runs
        .into_iter()
        .map(|(start, end, line)| vm.new_tuple(vec![Value::Int(start as i64), Value::Int(end as i64), line.map_or(Value::None, |l| Value::Int(l as i64))]))
        .collect();
    let list = vm.new_list(items);
    vm.call_method(&list, "__iter__", &[])
}

fn code_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = code_of(vm, &args.pos[0])?;
    Ok(vm.new_str(format!("<code object {} at {:#x}, file \"{}\", line {}>", c.code.name, args.pos[0].id(), c.code.filename, c.code.firstlineno)))
}

/// `types.MethodType(function, instance)`.
fn bm_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return vm.type_error("method() takes no keyword arguments");
    }
    let [_, func, instance] = args.pos else {
        return vm.type_error(format!("method expected 2 arguments, got {}", args.pos.len().saturating_sub(1)));
    };
    let callable = match func {
        Value::Obj(o) => match &o.payload {
            Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod { .. } | Payload::Type(_) => true,
            _ => vm.lookup_type_str(&vm.class_of(func).clone(), "__call__").is_some(),
        },
        _ => false,
    };
    if !callable {
        return vm.type_error("first argument must be callable");
    }
    if instance.is_none() {
        return vm.type_error("instance must not be None");
    }
    Ok(vm.new_bound_method(func.clone(), instance.clone()))
}

pub fn register(ctx: &Context) {
    let t = &ctx.types;
    let new = ctx.new_builtin("__new__", "method", bm_new, false);
    ctx.set_type_attr(&t.method, "__new__", Value::Obj(PyObject::new(t.staticmethod.clone(), Payload::StaticMethod(Value::Obj(new)))));
    ctx.add_methods(&t.function, "function", &[("__repr__", f_repr), ("__get__", f_get)]);
    super::typeobj::add_properties(ctx, &t.function, &[
        ("__name__", f_name),
        ("__qualname__", f_qualname),
        ("__doc__", f_doc),
        ("__module__", f_module),
        ("__defaults__", f_defaults),
        ("__kwdefaults__", f_kwdefaults),
        ("__annotations__", f_annotations),
    ]);
    super::typeobj::add_getters(ctx, &t.function, &[("__code__", f_code), ("__globals__", f_globals), ("__closure__", f_closure)]);
    ctx.add_methods(&t.method, "method", &[("__repr__", bm_repr), ("__eq__", bm_eq), ("__hash__", bm_hash)]);
    super::typeobj::add_getters(ctx, &t.method, &[
        ("__func__", bm_func),
        ("__self__", bm_self),
        ("__name__", bm_name),
        ("__qualname__", bm_qualname),
        ("__doc__", bm_doc),
        ("__module__", bm_module),
        ("__isabstractmethod__", bm_isabstract),
    ]);
    for ty in [&t.builtin_function, &t.method_descriptor] {
        ctx.add_methods(ty, "builtin_function_or_method", &[("__repr__", bf_repr), ("__get__", bf_get)]);
        super::typeobj::add_getters(ctx, ty, &[("__name__", bf_name), ("__qualname__", bf_qualname), ("__doc__", bf_none), ("__module__", bf_module), ("__self__", bf_none)]);
    }
    super::typeobj::add_properties(ctx, &t.cell, &[("cell_contents", cell_contents)]);
    ctx.add_methods(&t.code, "code", &[("__repr__", code_repr), ("co_positions", code_positions), ("co_lines", code_lines)]);
    super::typeobj::add_getters(ctx, &t.code, CODE_GETTERS);
}

#[allow(dead_code)]
fn unused(_: &ObjRef) {}
