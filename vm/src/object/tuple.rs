//! `tuple`: an immutable sequence of values.

use super::{Payload, PyObject};
use crate::context::Context;
use crate::object::function::Args;
use crate::ops::subscr::{normalize_index, slice_indices, slice_positions};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use ferropy_compiler::opcode::CompareOp;

/// The items of a tuple (empty for non-tuples).
pub fn tuple_items(v: &Value) -> &[Value] {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => t,
            _ => &[],
        },
        _ => &[],
    }
}

fn this<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a [Value]> {
    match args.pos.first() {
        Some(v @ Value::Obj(o)) if matches!(o.payload, Payload::Tuple(_)) => Ok(tuple_items(v)),
        _ => vm.type_error("descriptor requires a 'tuple' object"),
    }
}

fn t_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0].as_obj().cloned().expect("class");
    let is_tuple = std::rc::Rc::ptr_eq(&cls, &vm.ctx.types.tuple);
    let items = match args.pos.get(1) {
        // `tuple(t)` of an exact tuple is `t` itself (tuples are immutable).
        Some(src) if is_tuple && std::rc::Rc::ptr_eq(vm.class_of(src), &vm.ctx.types.tuple) => return Ok(src.clone()),
        Some(src) => {
            if !vm.is_iterable(src) {
                return vm.type_error(format!("'{}' object is not iterable", vm.type_name(src)));
            }
            vm.collect(src)?
        }
        None => Vec::new(),
    };
    if is_tuple {
        return Ok(vm.new_tuple(items));
    }
    let heap = cls.type_data().is_some_and(|t| t.instance_dict);
    Ok(Value::Obj(if heap {
        let d = vm.new_dict_obj();
        PyObject::with_dict(cls, d, Payload::Tuple(items.into_boxed_slice()))
    } else {
        PyObject::new(cls, Payload::Tuple(items.into_boxed_slice()))
    }))
}

fn t_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args)?.len() as i64))
}

fn t_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = this(vm, &args)?.to_vec();
    let key = &args.pos[1];
    if let Value::Obj(k) = key {
        if let Payload::Slice(..) = &k.payload {
            let (start, stop, step) = slice_indices(vm, key, items.len())?;
            let positions = slice_positions(start, stop, step);
            // A slice covering a whole (exact) tuple is the tuple itself.
            let exact = std::rc::Rc::ptr_eq(vm.class_of(&args.pos[0]), &vm.ctx.types.tuple);
            if exact && step == 1 && start == 0 && positions.len() == items.len() {
                return Ok(args.pos[0].clone());
            }
            let out = positions.into_iter().map(|i| items[i].clone()).collect();
            return Ok(vm.new_tuple(out));
        }
    }
    if !crate::ops::number::is_int_like(key) && vm.lookup_type_str(&vm.class_of(key).clone(), "__index__").is_none() {
        return vm.type_error(format!("tuple indices must be integers or slices, not {}", vm.type_name(key)));
    }
    let i = vm.index_value(key)?;
    match normalize_index(i, items.len()) {
        Some(j) => Ok(items[j].clone()),
        None => vm.index_error("tuple index out of range"),
    }
}

fn t_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(vm, &args)?.to_vec();
    match &args.pos[1] {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => {
            let mut out = a;
            out.extend(tuple_items(&args.pos[1]).iter().cloned());
            Ok(vm.new_tuple(out))
        }
        _ => Ok(vm.not_implemented()),
    }
}

fn t_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(vm, &args)?.to_vec();
    let Some(n) = super::list::repeat_count(vm, &args.pos[1], "tuple")? else {
        return Ok(vm.not_implemented());
    };
    let mut out = Vec::with_capacity(a.len() * n);
    for _ in 0..n {
        out.extend(a.iter().cloned());
    }
    Ok(vm.new_tuple(out))
}

fn t_compare(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let a = this(vm, &args)?.to_vec();
    match &args.pos[1] {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => {
            let b = tuple_items(&args.pos[1]).to_vec();
            super::list::compare_sequences(vm, &a, &b, op)
        }
        _ => Ok(vm.not_implemented()),
    }
}

fn t_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    t_compare(vm, args, CompareOp::Eq)
}
fn t_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    t_compare(vm, args, CompareOp::Ne)
}
fn t_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    t_compare(vm, args, CompareOp::Lt)
}
fn t_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    t_compare(vm, args, CompareOp::Le)
}
fn t_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    t_compare(vm, args, CompareOp::Gt)
}
fn t_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    t_compare(vm, args, CompareOp::Ge)
}

fn t_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = this(vm, &args)?.to_vec();
    Ok(Value::Int(vm.hash_tuple(&items)?))
}

fn t_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = this(vm, &args)?.to_vec();
    let s = crate::ops::protocol::repr_guarded(vm, &args.pos[0], |vm| {
        let mut parts = Vec::with_capacity(items.len());
        for x in &items {
            parts.push(vm.repr_string(x)?);
        }
        Ok(if parts.len() == 1 { format!("({},)", parts[0]) } else { format!("({})", parts.join(", ")) })
    }, "(...)")?;
    Ok(vm.new_str(s))
}

fn t_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = this(vm, &args)?.to_vec();
    for x in &items {
        if vm.eq(x, &args.pos[1])? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn t_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = this(vm, &args)?.to_vec();
    for (i, x) in items.iter().enumerate() {
        if vm.eq(x, &args.pos[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    vm.value_error("tuple.index(x): x not in tuple")
}

fn t_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = this(vm, &args)?.to_vec();
    let mut n = 0;
    for x in &items {
        if vm.eq(x, &args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn t_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args)?;
    let o = args.pos[0].as_obj().cloned().expect("tuple");
    Ok(super::iter::new_iterator(vm.ctx.types.tuple_iterator.clone(), super::IterState::Seq { seq: o, index: 0 }))
}

fn t_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = this(vm, &args)?.to_vec();
    let t = vm.new_tuple(items);
    Ok(vm.new_tuple(vec![t]))
}

pub fn register(ctx: &Context) {
    let t = &ctx.types.tuple;
    ctx.add_methods(t, "tuple", &[
        ("__len__", t_len),
        ("__getitem__", t_getitem),
        ("__add__", t_add),
        ("__mul__", t_mul),
        ("__rmul__", t_mul),
        ("__eq__", t_eq),
        ("__ne__", t_ne),
        ("__lt__", t_lt),
        ("__le__", t_le),
        ("__gt__", t_gt),
        ("__ge__", t_ge),
        ("__hash__", t_hash),
        ("__repr__", t_repr),
        ("__contains__", t_contains),
        ("__iter__", t_iter),
        ("index", t_index),
        ("count", t_count),
        ("__getnewargs__", t_getnewargs),
    ]);
    let new = ctx.new_builtin("__new__", "tuple", t_new, false);
    ctx.set_type_attr(t, "__new__", Value::Obj(PyObject::new(ctx.types.staticmethod.clone(), Payload::StaticMethod(Value::Obj(new)))));
}
