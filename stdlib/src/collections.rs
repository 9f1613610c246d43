//! The `_collections` module: the native helpers behind `collections`.
//!
//! Only `_tuplegetter` lives here: the descriptor `namedtuple` puts on its classes for each
//! field. Reading it through an instance returns the tuple item at its index; it is a data
//! descriptor whose `__set__`/`__delete__` refuse ("can't set attribute"), so a field can
//! never be shadowed by an instance attribute. Being native, it adds no frame to tracebacks
//! and costs one native call per field read.

use ferropy_vm::object::function::Args;
use ferropy_vm::object::{NativeFn, Payload, PyObject};
use ferropy_vm::value::{ObjRef, Value};
use ferropy_vm::vm::{PyResult, Vm};
use std::cell::RefCell;

/// The field index a `_tuplegetter` reads.
struct TupleGetter(usize);

fn index_of(vm: &Vm, v: &Value) -> PyResult<usize> {
    if let Value::Obj(o) = v {
        if let Payload::Native(n) = &o.payload {
            if let Some(TupleGetter(i)) = n.borrow().downcast_ref::<TupleGetter>() {
                return Ok(*i);
            }
        }
    }
    vm.type_error("descriptor requires a '_tuplegetter' object")
}

/// `_tuplegetter(index, doc)`.
fn tg_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(cls) = args.pos.first().and_then(|c| c.as_obj()).cloned() else { return vm.type_error("_tuplegetter.__new__(): not enough arguments") };
    if args.pos.len() != 3 {
        return vm.type_error(format!("_tuplegetter expected 2 arguments, got {}", args.pos.len().saturating_sub(1)));
    }
    let index = vm.index_value(&args.pos[1])?;
    if index < 0 {
        return vm.value_error("index must be non-negative");
    }
    let d = vm.new_dict_obj();
    let getter = PyObject::with_dict(cls, d, Payload::Native(RefCell::new(Box::new(TupleGetter(index as usize)))));
    vm.set_attr_in_dict(&getter, "__doc__", args.pos[2].clone())?;
    Ok(Value::Obj(getter))
}

/// `getter.__get__(instance, owner=None)`: the item, or the descriptor itself for class access.
fn tg_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let index = index_of(vm, &args.pos[0])?;
    let instance = args.pos.get(1).cloned().unwrap_or(Value::None);
    if instance.is_none() {
        return Ok(args.pos[0].clone());
    }
    match &instance {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => {
            let Payload::Tuple(items) = &o.payload else { unreachable!() };
            match items.get(index) {
                Some(v) => Ok(v.clone()),
                None => vm.index_error("tuple index out of range"),
            }
        }
        _ => vm.type_error(format!("descriptor for index '{index}' for tuple subclasses doesn't apply to '{}' object", vm.type_name(&instance))),
    }
}

fn tg_set(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.attribute_error("can't set attribute")
}

fn tg_delete(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.attribute_error("can't delete attribute")
}

const TUPLEGETTER_METHODS: &[(&str, NativeFn)] = &[("__get__", tg_get), ("__set__", tg_set), ("__delete__", tg_delete)];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = ferropy_vm::object::misc::new_module(vm, "_collections");
    let ns = vm.new_dict_obj();
    let entries: Vec<(&str, Value)> = std::iter::once(("__module__", vm.new_str("_collections")))
        .chain(std::iter::once(("__new__", Value::Obj(vm.ctx.new_builtin("__new__", "_tuplegetter", tg_new, false)))))
        .chain(TUPLEGETTER_METHODS.iter().map(|(name, f)| (*name, Value::Obj(vm.ctx.new_builtin(name, "_tuplegetter", *f, true)))))
        .collect();
    for (name, value) in entries {
        let key = Value::Obj(vm.intern(name));
        ferropy_vm::object::dict::dict_set(vm, &ns, key, value)?;
    }
    let meta = vm.ctx.types.type_.clone();
    let cls = vm.new_class(&meta, "_tuplegetter", Vec::new(), &Value::Obj(ns), &[])?;
    vm.set_attr_in_dict(&m, "_tuplegetter", Value::Obj(cls))?;
    Ok(m)
}
