//! `object`: the root of every class — instance creation, default `__init__`, identity
//! equality and hashing, the default reprs, and the generic attribute methods.

use super::types::BaseKind;
use super::{DictTable, ExceptionData, Payload, PyObject, PyStr};
use crate::context::Context;
use crate::object::function::Args;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// Makes a bare instance of `cls` with the payload its layout needs.
pub fn new_instance(vm: &mut Vm, cls: &ObjRef) -> PyResult<Value> {
    let Some(data) = cls.type_data() else { return vm.type_error("object.__new__(X): X is not a type object") };
    let payload = match data.base_kind {
        BaseKind::Object => Payload::Instance(RefCell::new(vec![None; data.nslots])),
        BaseKind::List => Payload::List(RefCell::new(Vec::new())),
        BaseKind::Dict => Payload::Dict(RefCell::new(DictTable::new())),
        BaseKind::Set => Payload::Set(RefCell::new(super::SetTable::new())),
        BaseKind::Exception => Payload::Exception(RefCell::new(ExceptionData::new(vm.new_tuple(vec![])))),
        BaseKind::ByteArray => Payload::ByteArray(RefCell::new(Vec::new())),
        BaseKind::Module => Payload::Module { name: String::new() },
        BaseKind::Int | BaseKind::Bool => Payload::Int(0.into()),
        BaseKind::Float => Payload::Float(0.0),
        BaseKind::Complex => Payload::Complex(0.0, 0.0),
        BaseKind::Str => Payload::Str(PyStr::new("")),
        BaseKind::Bytes => Payload::Bytes(Box::new([])),
        BaseKind::Tuple => Payload::Tuple(Box::new([])),
        BaseKind::FrozenSet => Payload::FrozenSet(super::SetTable::new()),
        BaseKind::Type => return vm.type_error("type.__new__ needs name, bases and namespace"),
        BaseKind::NotInstantiable | BaseKind::Opaque => return vm.type_error(format!("cannot create '{}' instances", data.name())),
    };
    let needs_dict = data.is_heap && data.instance_dict || matches!(data.base_kind, BaseKind::Exception | BaseKind::Module);
    Ok(Value::Obj(if needs_dict {
        let d = vm.new_dict_obj();
        PyObject::with_dict(cls.clone(), d, payload)
    } else {
        PyObject::new(cls.clone(), payload)
    }))
}

/// Whether the type's `__x__` is the one `object` provides.
fn inherits_object_method(vm: &Vm, cls: &ObjRef, name: &'static str) -> bool {
    match (vm.lookup_type_str(cls, name), vm.lookup_type_str(&vm.ctx.types.object, name)) {
        (Some(a), Some(b)) => a.is(&b),
        _ => false,
    }
}

fn o_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.pos.first() else { return vm.type_error("object.__new__(): not enough arguments") };
    if !matches!(cls.payload, Payload::Type(_)) {
        return vm.type_error(format!("object.__new__(X): X is not a type object ({})", vm.type_name(&args.pos[0])));
    }
    let cls = cls.clone();
    if (args.pos.len() > 1 || args.has_kwargs()) && inherits_object_method(vm, &cls, "__init__") {
        let name = cls.type_data().map(|t| t.name()).unwrap_or_default();
        return vm.type_error(format!("{name}() takes no arguments"));
    }
    if let Some(abstracts) = vm.lookup_type_str(&cls, "__abstractmethods__") {
        let names = vm.collect(&abstracts).unwrap_or_default();
        if !names.is_empty() {
            let mut names: Vec<String> = names.iter().filter_map(|n| vm.str_of(n).map(str::to_string)).collect();
            names.sort();
            let name = cls.type_data().map(|t| t.name()).unwrap_or_default();
            let plural = if names.len() == 1 { "" } else { "s" };
            let list = names.iter().map(|n| format!("'{n}'")).collect::<Vec<_>>().join(", ");
            return vm.type_error(format!("Can't instantiate abstract class {name} with abstract method{plural} {list}"));
        }
    }
    new_instance(vm, &cls)
}

fn o_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 || args.has_kwargs() {
        let cls = vm.class_of(&args.pos[0]).clone();
        if !inherits_object_method(vm, &cls, "__new__") || !inherits_object_method(vm, &cls, "__init__") {
            if inherits_object_method(vm, &cls, "__init__") {
                return Ok(Value::None);
            }
            return vm.type_error("object.__init__() takes exactly one argument (the instance to initialize)");
        }
        let name = cls.type_data().map(|t| t.name()).unwrap_or_default();
        return vm.type_error(format!("{name}() takes no arguments"));
    }
    Ok(Value::None)
}

pub fn default_repr(vm: &Vm, v: &Value) -> String {
    let cls = vm.class_of(v);
    let data = cls.type_data().expect("type");
    let module = crate::object::dict::table_get_str(&data.attrs.borrow(), &vm.intern("__module__"))
        .and_then(|m| vm.str_of(&m).map(str::to_string))
        .unwrap_or_else(|| data.module.borrow().clone());
    let q = data.qualname.borrow().clone();
    let name = if module == "builtins" { q } else { format!("{module}.{q}") };
    format!("<{name} object at {:#x}>", v.id())
}

fn o_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = default_repr(vm, &args.pos[0]);
    Ok(vm.new_str(s))
}

fn o_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = vm.repr(&args.pos[0])?;
    Ok(Value::Obj(r))
}

fn o_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(if args.pos[0].is(&args.pos[1]) { Value::TRUE } else { vm.not_implemented() })
}

fn o_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = vm.call_special(&args.pos[0], "__eq__", &[args.pos[1].clone()])?.unwrap_or(Value::None);
    if vm.is_not_implemented(&r) {
        return Ok(r);
    }
    let t = vm.is_true(&r)?;
    Ok(Value::bool(!t))
}

fn o_not_implemented(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.not_implemented())
}

fn o_hash(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int((args.pos[0].id() >> 4) & 0x0fff_ffff_ffff_ffff))
}

fn o_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(name) = args.pos.get(1).and_then(|n| n.as_obj().cloned()).filter(|n| n.as_str().is_some()) else {
        return vm.type_error("attribute name must be string");
    };
    let name = vm.intern(name.as_str().unwrap_or(""));
    match &args.pos[0] {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => vm.type_getattr(o, &name),
        obj => vm.generic_getattr(obj, &name),
    }
}

fn o_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(name) = args.pos.get(1).and_then(|n| vm.str_of(n)).map(str::to_string) else {
        return vm.type_error("attribute name must be string");
    };
    let name = vm.intern(&name);
    match &args.pos[0] {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => vm.type_setattr(o, &name, Some(args.pos[2].clone()))?,
        obj => vm.generic_setattr(obj, &name, Some(args.pos[2].clone()))?,
    }
    Ok(Value::None)
}

fn o_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(name) = args.pos.get(1).and_then(|n| vm.str_of(n)).map(str::to_string) else {
        return vm.type_error("attribute name must be string");
    };
    let name = vm.intern(&name);
    match &args.pos[0] {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => vm.type_setattr(o, &name, None)?,
        obj => vm.generic_setattr(obj, &name, None)?,
    }
    Ok(Value::None)
}

fn o_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 {
        return vm.type_error("__class__ assignment is not supported");
    }
    Ok(Value::Obj(vm.class_of(&args.pos[0]).clone()))
}

fn o_dict(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match &args.pos[0] {
        Value::Obj(o) => match &o.dict {
            Some(d) => {
                if let Some(new) = args.pos.get(1) {
                    let items = crate::object::dict::mapping_items(vm, new)?;
                    if let Payload::Dict(t) = &d.payload {
                        t.borrow_mut().clear();
                    }
                    for (k, v) in items {
                        crate::object::dict::dict_set(vm, d, k, v)?;
                    }
                    return Ok(Value::None);
                }
                Ok(Value::Obj(d.clone()))
            }
            None => vm.attribute_error(format!("'{}' object has no attribute '__dict__'", vm.type_name(&args.pos[0]))),
        },
        _ => vm.attribute_error(format!("'{}' object has no attribute '__dict__'", vm.type_name(&args.pos[0]))),
    }
}

/// `object.__init_subclass__()`: a classmethod that takes no arguments, so keyword arguments a
/// class statement passed that no `__init_subclass__` consumed are an error.
fn o_init_subclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = args.pos.first().and_then(|c| c.as_obj()).and_then(|c| c.type_data()).map(|t| t.name()).unwrap_or_default();
    if args.has_kwargs() {
        return vm.type_error(format!("{name}.__init_subclass__() takes no keyword arguments"));
    }
    if args.pos.len() > 1 {
        return vm.type_error(format!("{name}.__init_subclass__() takes no arguments ({} given)", args.pos.len() - 1));
    }
    Ok(Value::None)
}

fn o_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let spec = args.pos.get(1).and_then(|s| vm.str_of(s)).unwrap_or("").to_string();
    if !spec.is_empty() {
        return vm.type_error(format!("unsupported format string passed to {}.__format__", vm.type_name(&args.pos[0])));
    }
    let s = vm.str(&args.pos[0])?;
    Ok(Value::Obj(s))
}

fn o_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = &args.pos[0];
    let mut names: Vec<String> = Vec::new();
    if let Value::Obj(o) = obj {
        if let Some(d) = &o.dict {
            if let Payload::Dict(t) = &d.payload {
                names.extend(t.borrow().keys().iter().filter_map(|k| vm.str_of(k).map(str::to_string)));
            }
        }
    }
    let cls = match obj {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => o.clone(),
        _ => vm.class_of(obj).clone(),
    };
    for c in cls.type_data().expect("type").mro.borrow().iter() {
        names.extend(c.type_data().expect("type").attrs.borrow().keys().iter().filter_map(|k| vm.str_of(k).map(str::to_string)));
    }
    names.sort();
    names.dedup();
    let items = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

fn o_sizeof(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(16))
}

fn o_subclasshook(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.not_implemented())
}

fn o_reduce_ex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = Value::Obj(vm.class_of(&args.pos[0]).clone());
    let state = match &args.pos[0] {
        Value::Obj(o) => o.dict.clone().map(Value::Obj).unwrap_or(Value::None),
        _ => Value::None,
    };
    let empty = vm.new_tuple(vec![]);
    let copyreg_new = vm.get_attr_str(&Value::Obj(vm.builtins.clone()), "object")?;
    let new = vm.get_attr_str(&copyreg_new, "__new__")?;
    let args_t = vm.new_tuple(vec![cls]);
    let _ = empty;
    Ok(vm.new_tuple(vec![new, args_t, state]))
}

pub fn register(ctx: &Context) {
    let o = &ctx.types.object;
    ctx.add_methods(o, "object", &[
        ("__init__", o_init),
        ("__repr__", o_repr),
        ("__str__", o_str),
        ("__eq__", o_eq),
        ("__ne__", o_ne),
        ("__lt__", o_not_implemented),
        ("__le__", o_not_implemented),
        ("__gt__", o_not_implemented),
        ("__ge__", o_not_implemented),
        ("__hash__", o_hash),
        ("__getattribute__", o_getattribute),
        ("__setattr__", o_setattr),
        ("__delattr__", o_delattr),
        ("__format__", o_format),
        ("__dir__", o_dir),
        ("__sizeof__", o_sizeof),
        ("__reduce_ex__", o_reduce_ex),
    ]);
    let new = ctx.new_builtin("__new__", "object", o_new, false);
    ctx.set_type_attr(o, "__new__", Value::Obj(PyObject::new(ctx.types.staticmethod.clone(), Payload::StaticMethod(Value::Obj(new)))));
    for (name, f) in [("__init_subclass__", o_init_subclass as crate::object::NativeFn), ("__subclasshook__", o_subclasshook)] {
        let b = ctx.new_builtin(name, "object", f, false);
        ctx.set_type_attr(o, name, Value::Obj(PyObject::new(ctx.types.classmethod.clone(), Payload::ClassMethod(Value::Obj(b)))));
    }
    super::typeobj::add_properties(ctx, o, &[("__class__", o_class), ("__dict__", o_dict)]);
    ctx.set_type_attr(o, "__doc__", ctx_str(ctx, "The base class of the class hierarchy."));
}

fn ctx_str(ctx: &Context, s: &str) -> Value {
    Value::Obj(ctx.new_str(s))
}

#[allow(dead_code)]
fn same(a: &ObjRef, b: &ObjRef) -> bool {
    Rc::ptr_eq(a, b)
}
