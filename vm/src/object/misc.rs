//! The small builtin types: `module`, `NoneType`, `NotImplementedType`, `ellipsis`, dict views
//! and `mappingproxy`.

use super::{DictViewKind, Payload, PyObject};
use crate::context::Context;
use crate::object::function::Args;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

pub fn new_module(vm: &Vm, name: &str) -> ObjRef {
    let d = vm.new_dict_obj();
    let m = PyObject::with_dict(vm.ctx.types.module.clone(), d.clone(), Payload::Module { name: name.to_string() });
    if let Payload::Dict(t) = &d.payload {
        let mut t = t.borrow_mut();
        for (k, v) in [("__name__", vm.new_str(name)), ("__doc__", Value::None), ("__package__", Value::None), ("__loader__", Value::None), ("__spec__", Value::None)] {
            let key = vm.intern(k);
            let h = crate::object::dict::str_hash(&key);
            t.insert_new(h, Value::Obj(key), v);
        }
    }
    m
}

fn m_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = args.pos.get(1).and_then(|n| vm.str_of(n)).unwrap_or("?").to_string();
    let m = new_module(vm, &name);
    if let Some(doc) = args.pos.get(2) {
        vm.set_attr_in_dict(&m, "__doc__", doc.clone())?;
    }
    Ok(Value::Obj(m))
}

fn m_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn m_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Obj(o) = &args.pos[0] else { return vm.type_error("expected a module") };
    let Payload::Module { name } = &o.payload else { return vm.type_error("expected a module") };
    let file = o.dict.as_ref().and_then(|d| crate::object::dict::dict_get_str(d, &vm.intern("__file__")));
    match file.as_ref().and_then(|f| vm.str_of(f)) {
        Some(f) => Ok(vm.new_str(format!("<module '{name}' from '{f}'>"))),
        None => Ok(vm.new_str(format!("<module '{name}' (built-in)>"))),
    }
}

fn m_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Obj(o) = &args.pos[0] else { return vm.type_error("expected a module") };
    let mut names: Vec<String> = match o.dict.as_ref().map(|d| &d.payload) {
        Some(Payload::Dict(t)) => t.borrow().keys().iter().filter_map(|k| vm.str_of(k).map(str::to_string)).collect(),
        _ => Vec::new(),
    };
    names.sort();
    let items = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

fn none_repr(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_str("None"))
}

fn none_bool(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::FALSE)
}

fn none_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 {
        return vm.type_error("NoneType takes no arguments");
    }
    Ok(Value::None)
}

fn ni_repr(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_str("NotImplemented"))
}

fn ni_new(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.not_implemented())
}

fn ellipsis_repr(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_str("Ellipsis"))
}

fn ellipsis_new(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.ctx.ellipsis.clone())
}

fn view_parts(vm: &Vm, v: &Value) -> PyResult<(DictViewKind, ObjRef)> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::DictView { kind, dict } => Ok((*kind, dict.clone())),
            _ => vm.type_error("expected a dict view"),
        },
        _ => vm.type_error("expected a dict view"),
    }
}

fn view_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    let (kind, d) = view_parts(vm, v)?;
    let it = crate::object::dict::dict_iter(vm, d, kind);
    vm.collect(&it)
}

fn dv_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, d) = view_parts(vm, &args.pos[0])?;
    Ok(Value::Int(crate::object::dict::dict_len(&d) as i64))
}

fn dv_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (kind, d) = view_parts(vm, &args.pos[0])?;
    Ok(crate::object::dict::dict_iter(vm, d, kind))
}

fn dv_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = view_items(vm, &args.pos[0])?;
    let name = vm.type_name(&args.pos[0]);
    let l = vm.new_list(items);
    let r = vm.repr_string(&l)?;
    Ok(vm.new_str(format!("{name}({r})")))
}

fn dv_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (kind, d) = view_parts(vm, &args.pos[0])?;
    match kind {
        DictViewKind::Keys => Ok(Value::bool(crate::object::dict::dict_get(vm, &d, &args.pos[1])?.is_some())),
        DictViewKind::Items => {
            let pair = vm.collect(&args.pos[1])?;
            if pair.len() != 2 {
                return Ok(Value::FALSE);
            }
            match crate::object::dict::dict_get(vm, &d, &pair[0])? {
                Some(v) => Ok(Value::bool(vm.eq(&v, &pair[1])?)),
                None => Ok(Value::FALSE),
            }
        }
        DictViewKind::Values => {
            for v in view_items(vm, &args.pos[0])? {
                if vm.eq(&v, &args.pos[1])? {
                    return Ok(Value::TRUE);
                }
            }
            Ok(Value::FALSE)
        }
    }
}

fn dv_setop(vm: &mut Vm, args: Args, method: &str) -> PyResult<Value> {
    let items = view_items(vm, &args.pos[0])?;
    let s = crate::object::set::set_from_values(vm, items)?;
    vm.call_method(&s, method, &[args.pos[1].clone()])
}

fn dv_and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dv_setop(vm, args, "intersection")
}
fn dv_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dv_setop(vm, args, "union")
}
fn dv_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dv_setop(vm, args, "difference")
}
fn dv_xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dv_setop(vm, args, "symmetric_difference")
}

/// The reflected set operations (`{1} - d.keys()`): the other operand, made a set, first.
fn dv_rsetop(vm: &mut Vm, args: Args, method: &str) -> PyResult<Value> {
    let other = vm.collect(&args.pos[1])?;
    let s = crate::object::set::set_from_values(vm, other)?;
    let items = view_items(vm, &args.pos[0])?;
    let mine = crate::object::set::set_from_values(vm, items)?;
    vm.call_method(&s, method, &[mine])
}

fn dv_rand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dv_rsetop(vm, args, "intersection")
}
fn dv_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dv_rsetop(vm, args, "union")
}
fn dv_rsub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dv_rsetop(vm, args, "difference")
}
fn dv_rxor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dv_rsetop(vm, args, "symmetric_difference")
}

/// `view.isdisjoint(iterable)`: no element of the iterable is in the view.
fn dv_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(other) = args.pos.get(1).cloned() else { return vm.type_error("isdisjoint() takes exactly one argument (0 given)") };
    for x in vm.collect(&other)? {
        let found = dv_contains(vm, Args::positional(&[args.pos[0].clone(), x]))?;
        if vm.is_true(&found)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

/// Whether a value takes part in set-like view comparisons (a set, frozenset or keys/items view).
fn set_like(vm: &Vm, v: &Value) -> bool {
    let t = &vm.ctx.types;
    [&t.set, &t.frozenset, &t.dict_keys, &t.dict_items].iter().any(|c| vm.is_instance(v, c))
}

fn dv_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (kind, _) = view_parts(vm, &args.pos[0])?;
    if kind == DictViewKind::Values {
        return Ok(Value::bool(args.pos[0].is(&args.pos[1])));
    }
    if !set_like(vm, &args.pos[1]) {
        return Ok(vm.not_implemented());
    }
    let a = view_items(vm, &args.pos[0])?;
    let sa = crate::object::set::set_from_values(vm, a)?;
    let b = vm.collect(&args.pos[1])?;
    let sb = crate::object::set::set_from_values(vm, b)?;
    Ok(Value::bool(vm.eq(&sa, &sb)?))
}

fn dv_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut items = view_items(vm, &args.pos[0])?;
    items.reverse();
    let l = vm.new_list(items);
    vm.get_iter(&l)
}

/// What a mappingproxy shows: a class's namespace (`C.__dict__`), or any mapping given to
/// `types.MappingProxyType(mapping)`.
fn mp_target(vm: &Vm, v: &Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::MappingProxy(t) => Ok(t.clone()),
            _ => vm.type_error("expected mappingproxy"),
        },
        _ => vm.type_error("expected mappingproxy"),
    }
}

/// `mappingproxy(mapping)`: a read-only view of a mapping.
fn mp_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return vm.type_error("mappingproxy() takes no keyword arguments");
    }
    let [_, mapping] = args.pos else {
        return vm.type_error(format!("mappingproxy() takes exactly one argument ({} given)", args.pos.len().saturating_sub(1)));
    };
    let t = &vm.ctx.types;
    let is_mapping = !vm.is_instance(mapping, &t.list) && !vm.is_instance(mapping, &t.tuple) && vm.lookup_type_str(&vm.class_of(mapping).clone(), "__getitem__").is_some();
    let Value::Obj(m) = mapping else { return vm.type_error(format!("mappingproxy() argument must be a mapping, not {}", vm.type_name(mapping))) };
    if !is_mapping {
        return vm.type_error(format!("mappingproxy() argument must be a mapping, not {}", vm.type_name(mapping)));
    }
    Ok(Value::Obj(PyObject::new(vm.ctx.types.mappingproxy.clone(), Payload::MappingProxy(m.clone()))))
}

fn mp_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = mp_target(vm, &args.pos[0])?;
    if t.type_data().is_none() {
        return vm.get_item(&Value::Obj(t), &args.pos[1]);
    }
    let key = match vm.str_of(&args.pos[1]) {
        Some(k) => vm.intern(k),
        None => return vm.key_error(args.pos[1].clone()),
    };
    let found = crate::object::dict::table_get_str(&t.type_data().expect("type").attrs.borrow(), &key);
    match found {
        Some(v) => Ok(v),
        None => vm.key_error(args.pos[1].clone()),
    }
}

/// The mapping the proxy's methods read: a copy of a class's namespace, or the wrapped mapping.
fn mp_dict(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = mp_target(vm, v)?;
    let Some(data) = t.type_data() else { return Ok(Value::Obj(t)) };
    let table = data.attrs.borrow().clone();
    Ok(Value::Obj(PyObject::new(vm.ctx.types.dict.clone(), Payload::Dict(std::cell::RefCell::new(table)))))
}

fn mp_forward(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let d = mp_dict(vm, &args.pos[0])?;
    vm.call_method(&d, name, &args.pos[1..])
}

fn mp_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mp_forward(vm, args, "keys")
}
fn mp_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mp_forward(vm, args, "values")
}
fn mp_items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mp_forward(vm, args, "items")
}
fn mp_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mp_forward(vm, args, "get")
}
fn mp_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mp_forward(vm, args, "__iter__")
}
fn mp_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mp_forward(vm, args, "__len__")
}
fn mp_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mp_forward(vm, args, "__contains__")
}
fn mp_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mp_forward(vm, args, "copy")
}
fn mp_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = mp_dict(vm, &args.pos[0])?;
    let other = args.pos.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::bool(vm.eq(&d, &other)?))
}
fn mp_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = mp_dict(vm, &args.pos[0])?;
    let r = vm.repr_string(&d)?;
    Ok(vm.new_str(format!("mappingproxy({r})")))
}

pub fn register(ctx: &Context) {
    let t = &ctx.types;
    ctx.add_methods(&t.module, "module", &[("__repr__", m_repr), ("__init__", m_init), ("__dir__", m_dir)]);
    let new = ctx.new_builtin("__new__", "module", m_new, false);
    ctx.set_type_attr(&t.module, "__new__", Value::Obj(PyObject::new(t.staticmethod.clone(), Payload::StaticMethod(Value::Obj(new)))));
    ctx.add_methods(&t.none_type, "NoneType", &[("__repr__", none_repr), ("__bool__", none_bool)]);
    ctx.add_methods(&t.not_implemented_type, "NotImplementedType", &[("__repr__", ni_repr)]);
    ctx.add_methods(&t.ellipsis_type, "ellipsis", &[("__repr__", ellipsis_repr)]);
    for (ty, f) in [(&t.none_type, none_new as crate::object::NativeFn), (&t.not_implemented_type, ni_new), (&t.ellipsis_type, ellipsis_new)] {
        let new = ctx.new_builtin("__new__", "singleton", f, false);
        ctx.set_type_attr(ty, "__new__", Value::Obj(PyObject::new(t.staticmethod.clone(), Payload::StaticMethod(Value::Obj(new)))));
    }
    for ty in [&t.dict_keys, &t.dict_values, &t.dict_items] {
        ctx.add_methods(ty, "dict_view", &[("__len__", dv_len), ("__iter__", dv_iter), ("__repr__", dv_repr), ("__contains__", dv_contains), ("__reversed__", dv_reversed)]);
    }
    for ty in [&t.dict_keys, &t.dict_items] {
        ctx.add_methods(ty, "dict_view", &[
            ("__and__", dv_and),
            ("__or__", dv_or),
            ("__sub__", dv_sub),
            ("__xor__", dv_xor),
            ("__rand__", dv_rand),
            ("__ror__", dv_ror),
            ("__rsub__", dv_rsub),
            ("__rxor__", dv_rxor),
            ("__eq__", dv_eq),
            ("isdisjoint", dv_isdisjoint),
        ]);
    }
    ctx.add_methods(&t.mappingproxy, "mappingproxy", &[
        ("__getitem__", mp_getitem),
        ("keys", mp_keys),
        ("values", mp_values),
        ("items", mp_items),
        ("get", mp_get),
        ("__iter__", mp_iter),
        ("__len__", mp_len),
        ("__contains__", mp_contains),
        ("__repr__", mp_repr),
        ("copy", mp_copy),
        ("__eq__", mp_eq),
    ]);
    let new = ctx.new_builtin("__new__", "mappingproxy", mp_new, false);
    ctx.set_type_attr(&t.mappingproxy, "__new__", Value::Obj(PyObject::new(t.staticmethod.clone(), Payload::StaticMethod(Value::Obj(new)))));
}
