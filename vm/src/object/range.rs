//! `range`: an immutable arithmetic sequence over arbitrary-size ints.

use super::{Payload, PyObject};
use crate::context::Context;
use crate::object::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

fn parts(vm: &Vm, v: &Value) -> PyResult<(BigInt, BigInt, BigInt)> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Range { start, stop, step } => Ok((start.clone(), stop.clone(), step.clone())),
            _ => vm.type_error("descriptor requires a 'range' object"),
        },
        _ => vm.type_error("descriptor requires a 'range' object"),
    }
}

pub fn range_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() && start < stop {
        (stop - start - 1u32) / step + 1u32
    } else if step.is_negative() && start > stop {
        (start - stop - 1u32) / (-step) + 1u32
    } else {
        BigInt::zero()
    }
}

fn r_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return vm.type_error("range() takes no keyword arguments");
    }
    let a = &args.pos[1..];
    let mut ints = Vec::with_capacity(a.len());
    for v in a {
        ints.push(vm.index_bigint(v)?);
    }
    let (start, stop, step) = match ints.len() {
        1 => (BigInt::zero(), ints[0].clone(), BigInt::from(1)),
        2 => (ints[0].clone(), ints[1].clone(), BigInt::from(1)),
        3 => (ints[0].clone(), ints[1].clone(), ints[2].clone()),
        0 => return vm.type_error("range expected at least 1 argument, got 0"),
        n => return vm.type_error(format!("range expected at most 3 arguments, got {n}")),
    };
    if step.is_zero() {
        return vm.value_error("range() arg 3 must not be zero");
    }
    Ok(Value::Obj(PyObject::new(vm.ctx.types.range.clone(), Payload::Range { start, stop, step })))
}

fn r_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b, c) = parts(vm, &args.pos[0])?;
    let n = range_len(&a, &b, &c);
    match n.to_i64() {
        Some(n) => Ok(Value::Int(n)),
        None => vm.overflow_error("Python int too large to convert to C ssize_t"),
    }
}

fn r_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b, c) = parts(vm, &args.pos[0])?;
    let n = range_len(&a, &b, &c);
    let key = &args.pos[1];
    if let Value::Obj(k) = key {
        if let Payload::Slice(..) = &k.payload {
            let len = n.to_usize().unwrap_or(usize::MAX);
            let (s, e, st) = crate::ops::subscr::slice_indices(vm, key, len)?;
            let start = &a + &c * s;
            let stop = &a + &c * e;
            let step = &c * st;
            return Ok(Value::Obj(PyObject::new(vm.ctx.types.range.clone(), Payload::Range { start, stop, step })));
        }
    }
    if !crate::ops::number::is_int_like(key) && vm.lookup_type_str(&vm.class_of(key).clone(), "__index__").is_none() {
        return vm.type_error(format!("range indices must be integers or slices, not {}", vm.type_name(key)));
    }
    let i = vm.index_bigint(key)?;
    let i = if i.is_negative() { i + &n } else { i };
    if i.is_negative() || i >= n {
        return vm.index_error("range object index out of range");
    }
    Ok(vm.new_int(a + c * i))
}

fn r_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b, c) = parts(vm, &args.pos[0])?;
    if c == BigInt::from(1) {
        Ok(vm.new_str(format!("range({a}, {b})")))
    } else {
        Ok(vm.new_str(format!("range({a}, {b}, {c})")))
    }
}

fn r_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = args.pos[0].clone();
    Ok(Value::bool(vm.contains(&r, &args.pos[1])?))
}

fn r_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b, c) = parts(vm, &args.pos[0])?;
    if let Some(i) = crate::ops::number::as_bigint(&args.pos[1]) {
        let inside = if c.is_positive() { i >= a && i < b } else { i <= a && i > b };
        if inside && (&i - &a).mod_floor(&c).is_zero() {
            return Ok(vm.new_int((i - a) / c));
        }
    }
    let r = vm.repr_string(&args.pos[1])?;
    vm.value_error(format!("{r} is not in range"))
}

fn r_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = args.pos[0].clone();
    Ok(Value::Int(vm.contains(&r, &args.pos[1])? as i64))
}

fn r_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b, c) = parts(vm, &args.pos[0])?;
    let Ok((x, y, z)) = parts(vm, &args.pos[1]) else { return Ok(vm.not_implemented()) };
    let (n1, n2) = (range_len(&a, &b, &c), range_len(&x, &y, &z));
    Ok(Value::bool(n1 == n2 && (n1.is_zero() || (a == x && (n1 == BigInt::from(1) || c == z)))))
}

fn r_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b, c) = parts(vm, &args.pos[0])?;
    let n = range_len(&a, &b, &c);
    let t = vec![vm.new_int(n), vm.new_int(a), vm.new_int(c)];
    Ok(Value::Int(vm.hash_tuple(&t)?))
}

fn r_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b, c) = parts(vm, &args.pos[0])?;
    let n = range_len(&a, &b, &c);
    let last = &a + &c * (&n - 1u32);
    let new_stop = &a - &c;
    let r = Value::Obj(PyObject::new(vm.ctx.types.range.clone(), Payload::Range { start: if n.is_zero() { a.clone() } else { last }, stop: if n.is_zero() { a } else { new_stop }, step: -c }));
    vm.get_iter(&r)
}

fn r_start(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = parts(vm, &args.pos[0])?;
    Ok(vm.new_int(p.0))
}
fn r_stop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = parts(vm, &args.pos[0])?;
    Ok(vm.new_int(p.1))
}
fn r_step(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = parts(vm, &args.pos[0])?;
    Ok(vm.new_int(p.2))
}

pub fn register(ctx: &Context) {
    let t = &ctx.types.range;
    ctx.add_methods(t, "range", &[
        ("__len__", r_len),
        ("__getitem__", r_getitem),
        ("__repr__", r_repr),
        ("__contains__", r_contains),
        ("__eq__", r_eq),
        ("__hash__", r_hash),
        ("__reversed__", r_reversed),
        ("index", r_index),
        ("count", r_count),
    ]);
    let new = ctx.new_builtin("__new__", "range", r_new, false);
    ctx.set_type_attr(t, "__new__", Value::Obj(PyObject::new(ctx.types.staticmethod.clone(), Payload::StaticMethod(Value::Obj(new)))));
    super::typeobj::add_getters(ctx, t, &[("start", r_start), ("stop", r_stop), ("step", r_step)]);
}
