//! `property`, `staticmethod`, `classmethod` and `super`.

use super::{Payload, PyObject};
use crate::context::Context;
use crate::object::function::Args;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

fn prop_parts(vm: &Vm, v: &Value) -> PyResult<(Value, Value, Value, Value)> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Property { fget, fset, fdel, doc, .. } => Ok((fget.clone(), fset.clone(), fdel.clone(), doc.clone())),
            _ => vm.type_error("descriptor requires a 'property' object"),
        },
        _ => vm.type_error("descriptor requires a 'property' object"),
    }
}

/// The name `__set_name__` gave a property (CPython's `prop_name`), if any.
pub fn property_name(prop: &Value) -> Option<String> {
    match prop {
        Value::Obj(o) => match &o.payload {
            Payload::Property { name, .. } => name.borrow().clone(),
            _ => None,
        },
        _ => None,
    }
}

/// CPython's message for a property lacking the accessor `what` ("getter", "setter",
/// "deleter"), used through an instance of `obj`'s type.
pub fn missing_accessor_message(vm: &Vm, prop: &Value, obj: &Value, what: &str) -> String {
    let qualname = vm.class_of(obj).type_data().map(|t| t.qualname.borrow().clone()).unwrap_or_default();
    match property_name(prop) {
        Some(name) => format!("property '{name}' of '{qualname}' object has no {what}"),
        None => format!("property of '{qualname}' object has no {what}"),
    }
}

fn new_property(vm: &mut Vm, cls: ObjRef, fget: Value, fset: Value, fdel: Value, doc: Value, name: Option<String>) -> PyResult<Value> {
    let doc = if doc.is_none() && !fget.is_none() { vm.get_attr_opt(&fget, "__doc__")?.unwrap_or(Value::None) } else { doc };
    let needs_dict = cls.type_data().is_some_and(|t| t.is_heap);
    let payload = Payload::Property { fget, fset, fdel, doc, name: std::cell::RefCell::new(name) };
    Ok(Value::Obj(if needs_dict {
        let d = vm.new_dict_obj();
        PyObject::with_dict(cls, d, payload)
    } else {
        PyObject::new(cls, payload)
    }))
}

fn p_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0].as_obj().cloned().expect("class");
    let get = |i: usize, n: &str| args.get(i, n).cloned().unwrap_or(Value::None);
    new_property(vm, cls, get(1, "fget"), get(2, "fset"), get(3, "fdel"), get(4, "doc"), None)
}

fn p_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn p_with(vm: &mut Vm, args: Args, which: usize) -> PyResult<Value> {
    let (mut g, mut s, mut d, doc) = prop_parts(vm, &args.pos[0])?;
    let f = args.pos.get(1).cloned().unwrap_or(Value::None);
    match which {
        0 => g = f,
        1 => s = f,
        _ => d = f,
    }
    let cls = vm.class_of(&args.pos[0]).clone();
    let doc = if which == 0 { Value::None } else { doc };
    let name = property_name(&args.pos[0]);
    new_property(vm, cls, g, s, d, doc, name)
}

fn p_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    p_with(vm, args, 0)
}
fn p_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    p_with(vm, args, 1)
}
fn p_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    p_with(vm, args, 2)
}

fn p_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = args.pos.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(args.pos[0].clone());
    }
    let (fget, _, _, _) = prop_parts(vm, &args.pos[0])?;
    if fget.is_none() {
        return vm.attribute_error(missing_accessor_message(vm, &args.pos[0], &obj, "getter"));
    }
    let cls = vm.class_of(&obj).clone();
    vm.bind_descriptor(args.pos[0].clone(), &obj, &cls)
}

/// `property.__set_name__(owner, name)`: remembers the name for error messages.
fn p_set_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    prop_parts(vm, &args.pos[0])?;
    let name = args.pos.get(2).and_then(|n| vm.str_of(n)).map(str::to_string);
    if let Some(Value::Obj(o)) = args.pos.first() {
        if let Payload::Property { name: slot, .. } = &o.payload {
            *slot.borrow_mut() = name;
        }
    }
    Ok(Value::None)
}

fn p_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, fset, _, _) = prop_parts(vm, &args.pos[0])?;
    if fset.is_none() {
        return vm.attribute_error(missing_accessor_message(vm, &args.pos[0], &args.pos[1], "setter"));
    }
    vm.call2(&fset, args.pos[1].clone(), args.pos[2].clone())?;
    Ok(Value::None)
}

fn p_delete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, _, fdel, _) = prop_parts(vm, &args.pos[0])?;
    if fdel.is_none() {
        return vm.attribute_error(missing_accessor_message(vm, &args.pos[0], &args.pos[1], "deleter"));
    }
    vm.call1(&fdel, args.pos[1].clone())?;
    Ok(Value::None)
}

fn p_fget(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(prop_parts(vm, &args.pos[0])?.0)
}
fn p_fset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(prop_parts(vm, &args.pos[0])?.1)
}
fn p_fdel(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(prop_parts(vm, &args.pos[0])?.2)
}
fn p_doc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(prop_parts(vm, &args.pos[0])?.3)
}

fn p_isabstract(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (g, s, d, _) = prop_parts(vm, &args.pos[0])?;
    for f in [g, s, d] {
        if !f.is_none() {
            if let Some(v) = vm.get_attr_opt(&f, "__isabstractmethod__")? {
                if vm.is_true(&v)? {
                    return Ok(Value::TRUE);
                }
            }
        }
    }
    Ok(Value::FALSE)
}

// ----- staticmethod / classmethod -----

fn wrapped(v: &Value) -> Option<Value> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::StaticMethod(f) | Payload::ClassMethod(f) => Some(f.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn sm_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0].as_obj().cloned().expect("class");
    let f = args.pos.get(1).cloned().unwrap_or(Value::None);
    let d = vm.new_dict_obj();
    Ok(Value::Obj(PyObject::with_dict(cls, d, Payload::StaticMethod(f))))
}

fn cm_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0].as_obj().cloned().expect("class");
    let f = args.pos.get(1).cloned().unwrap_or(Value::None);
    let d = vm.new_dict_obj();
    Ok(Value::Obj(PyObject::with_dict(cls, d, Payload::ClassMethod(f))))
}

fn sm_func(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapped(&args.pos[0]).map_or_else(|| vm.type_error("expected a staticmethod or classmethod"), Ok)
}

fn sm_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = sm_func(vm, args)?;
    Ok(f)
}

fn sm_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = wrapped(&args.pos[0]).unwrap_or(Value::None);
    vm.call(&f, args.shift())
}

fn cm_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = sm_func(vm, args)?;
    let owner = match args.pos.get(2).filter(|o| !o.is_none()) {
        Some(o) => o.clone(),
        None => Value::Obj(vm.class_of(&args.pos[1]).clone()),
    };
    Ok(vm.new_bound_method(f, owner))
}

fn sm_isabstract(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = sm_func(vm, args)?;
    Ok(vm.get_attr_opt(&f, "__isabstractmethod__")?.unwrap_or(Value::FALSE))
}

fn sm_forward(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let f = sm_func(vm, args)?;
    vm.get_attr_str(&f, name)
}

fn sm_doc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    sm_forward(vm, args, "__doc__")
}

fn sm_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    sm_forward(vm, args, "__name__")
}

// ----- member_descriptor (a `__slots__` entry) -----

/// The slot descriptor receiving a `member_descriptor` method, and the instance it is applied
/// to, checked as CPython's `descr_check` does.
fn slot_parts(vm: &Vm, args: &Args) -> PyResult<(String, usize, ObjRef)> {
    match args.pos.first() {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::SlotDescriptor { name, index, owner } => Ok((name.clone(), *index, owner.clone())),
            _ => vm.type_error("descriptor requires a 'member_descriptor' object"),
        },
        _ => vm.type_error("descriptor requires a 'member_descriptor' object"),
    }
}

fn check_slot_target(vm: &Vm, name: &str, owner: &ObjRef, obj: &Value) -> PyResult<()> {
    if vm.is_instance(obj, owner) {
        return Ok(());
    }
    let owner_name = owner.type_data().map(|t| t.name()).unwrap_or_default();
    vm.type_error(format!("descriptor '{name}' for '{owner_name}' objects doesn't apply to a '{}' object", vm.type_name(obj)))
}

/// `member.__get__(obj, type=None)`: the slot's value, or the descriptor itself for class access.
fn member_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (name, _, owner) = slot_parts(vm, &args)?;
    let obj = args.pos.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(args.pos[0].clone());
    }
    check_slot_target(vm, &name, &owner, &obj)?;
    let cls = vm.class_of(&obj).clone();
    vm.bind_descriptor(args.pos[0].clone(), &obj, &cls)
}

/// Stores (`Some`) or clears (`None`) a slot; clearing an empty slot is an AttributeError.
fn member_store(vm: &mut Vm, args: Args, value: Option<Value>) -> PyResult<Value> {
    let (name, index, owner) = slot_parts(vm, &args)?;
    let obj = args.pos.get(1).cloned().unwrap_or(Value::None);
    check_slot_target(vm, &name, &owner, &obj)?;
    if let Value::Obj(o) = &obj {
        if let Payload::Instance(slots) = &o.payload {
            let mut slots = slots.borrow_mut();
            if index < slots.len() && !(value.is_none() && slots[index].is_none()) {
                slots[index] = value;
                return Ok(Value::None);
            }
        }
    }
    vm.attribute_error(format!("'{}' object has no attribute '{name}'", vm.type_name(&obj)))
}

fn member_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let value = args.pos.get(2).cloned().unwrap_or(Value::None);
    member_store(vm, args, Some(value))
}

fn member_delete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    member_store(vm, args, None)
}

fn member_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (name, _, _) = slot_parts(vm, &args)?;
    Ok(vm.new_str(name))
}

fn member_qualname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (name, _, owner) = slot_parts(vm, &args)?;
    let q = owner.type_data().map(|t| t.qualname.borrow().clone()).unwrap_or_default();
    Ok(vm.new_str(format!("{q}.{name}")))
}

fn member_objclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, _, owner) = slot_parts(vm, &args)?;
    Ok(Value::Obj(owner))
}

fn member_doc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_parts(vm, &args)?;
    Ok(Value::None)
}

fn member_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (name, _, owner) = slot_parts(vm, &args)?;
    let owner_name = owner.type_data().map(|t| t.name()).unwrap_or_default();
    Ok(vm.new_str(format!("<member '{name}' of '{owner_name}' objects>")))
}

// ----- super -----

fn super_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (start, obj) = match args.pos.len() {
        3 => (args.pos[1].clone(), args.pos[2].clone()),
        2 => (args.pos[1].clone(), Value::None),
        _ => return vm.err("RuntimeError", "super(): no arguments"),
    };
    let Value::Obj(start) = start else { return vm.type_error("super() argument 1 must be a type") };
    if start.type_data().is_none() {
        return vm.type_error(format!("super() argument 1 must be a type, not {}", vm.type_name(&Value::Obj(start.clone()))));
    }
    let obj_type = match &obj {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) && vm.is_subtype(o, &start) => o.clone(),
        _ if vm.is_instance(&obj, &start) => vm.class_of(&obj).clone(),
        _ => return vm.type_error("super(type, obj): obj must be an instance or subtype of type"),
    };
    Ok(Value::Obj(PyObject::new(vm.ctx.types.super_.clone(), Payload::Super { start_after: start, obj, obj_type })))
}

/// Attribute lookup through a `super` object.
pub fn super_getattr(vm: &mut Vm, sup: &ObjRef, name: &ObjRef) -> PyResult<Value> {
    let Payload::Super { start_after, obj, obj_type } = &sup.payload else { return vm.attribute_error("not a super object") };
    if name.as_str() != Some("__class__") {
        let mro = obj_type.type_data().expect("type").mro.borrow().clone();
        let start = mro.iter().position(|c| std::rc::Rc::ptr_eq(c, start_after)).map_or(mro.len(), |i| i + 1);
        for cls in &mro[start..] {
            let found = crate::object::dict::table_get_str(&cls.type_data().expect("type").attrs.borrow(), name);
            if let Some(v) = found {
                let receiver = if obj.is(&Value::Obj(obj_type.clone())) { Value::None } else { obj.clone() };
                return match &v {
                    Value::Obj(vo) => match &vo.payload {
                        Payload::Function(_) if receiver.is_none() => Ok(v),
                        Payload::ClassMethod(f) => Ok(vm.new_bound_method(f.clone(), Value::Obj(obj_type.clone()))),
                        _ => vm.bind_descriptor(v.clone(), &receiver, obj_type),
                    },
                    _ => Ok(v),
                };
            }
        }
    }
    vm.generic_getattr(&Value::Obj(sup.clone()), name).or_else(|_| {
        let attr = name.as_str().unwrap_or("");
        vm.attribute_error(format!("'super' object has no attribute '{attr}'"))
    })
}

fn super_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Obj(o) = &args.pos[0] else { return vm.type_error("expected super") };
    let Payload::Super { start_after, obj_type, .. } = &o.payload else { return vm.type_error("expected super") };
    let a = start_after.type_data().map(|t| t.name()).unwrap_or_default();
    let b = obj_type.type_data().map(|t| t.name()).unwrap_or_default();
    Ok(vm.new_str(format!("<super: <class '{a}'>, <{b} object>>")))
}

pub fn register(ctx: &Context) {
    let t = &ctx.types;
    ctx.add_methods(&t.property, "property", &[
        ("__init__", p_init),
        ("getter", p_getter),
        ("setter", p_setter),
        ("deleter", p_deleter),
        ("__get__", p_get),
        ("__set__", p_set),
        ("__delete__", p_delete),
        ("__set_name__", p_set_name),
    ]);
    super::typeobj::add_getters(ctx, &t.property, &[("fget", p_fget), ("fset", p_fset), ("fdel", p_fdel), ("__doc__", p_doc), ("__isabstractmethod__", p_isabstract)]);
    for (ty, new) in [(&t.property, p_new as crate::object::NativeFn), (&t.staticmethod, sm_new), (&t.classmethod, cm_new), (&t.super_, super_new)] {
        let f = ctx.new_builtin("__new__", "descriptor", new, false);
        ctx.set_type_attr(ty, "__new__", Value::Obj(PyObject::new(t.staticmethod.clone(), Payload::StaticMethod(Value::Obj(f)))));
        ctx.set_type_attr(ty, "__init__", Value::Obj(ctx.new_builtin("__init__", "descriptor", p_init, true)));
    }
    ctx.add_methods(&t.staticmethod, "staticmethod", &[("__get__", sm_get), ("__call__", sm_call)]);
    ctx.add_methods(&t.classmethod, "classmethod", &[("__get__", cm_get)]);
    for ty in [&t.staticmethod, &t.classmethod] {
        super::typeobj::add_getters(ctx, ty, &[("__func__", sm_func), ("__wrapped__", sm_func), ("__isabstractmethod__", sm_isabstract), ("__doc__", sm_doc), ("__name__", sm_name)]);
    }
    ctx.add_methods(&t.super_, "super", &[("__repr__", super_repr)]);
    ctx.add_methods(&t.member_descriptor, "member_descriptor", &[
        ("__get__", member_get),
        ("__set__", member_set),
        ("__delete__", member_delete),
        ("__repr__", member_repr),
    ]);
    super::typeobj::add_getters(ctx, &t.member_descriptor, &[
        ("__name__", member_name),
        ("__qualname__", member_qualname),
        ("__objclass__", member_objclass),
        ("__doc__", member_doc),
    ]);
    for kind in [&t.property, &t.staticmethod, &t.classmethod] {
        if let Some(td) = kind.type_data() {
            let _ = td;
        }
    }
}
