//! `slice` objects.

use super::{Payload, PyObject};
use crate::context::Context;
use crate::object::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn new_slice(vm: &Vm, start: Value, stop: Value, step: Value) -> Value {
    Value::Obj(PyObject::new(vm.ctx.types.slice.clone(), Payload::Slice(start, stop, step)))
}

fn parts(vm: &Vm, v: &Value) -> PyResult<(Value, Value, Value)> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Slice(a, b, c) => Ok((a.clone(), b.clone(), c.clone())),
            _ => vm.type_error("descriptor requires a 'slice' object"),
        },
        _ => vm.type_error("descriptor requires a 'slice' object"),
    }
}

fn sl_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = &args.pos[1..];
    match a.len() {
        1 => Ok(new_slice(vm, Value::None, a[0].clone(), Value::None)),
        2 => Ok(new_slice(vm, a[0].clone(), a[1].clone(), Value::None)),
        3 => Ok(new_slice(vm, a[0].clone(), a[1].clone(), a[2].clone())),
        0 => vm.type_error("slice expected at least 1 argument, got 0"),
        n => vm.type_error(format!("slice expected at most 3 arguments, got {n}")),
    }
}

fn sl_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b, c) = parts(vm, &args.pos[0])?;
    let (a, b, c) = (vm.repr_string(&a)?, vm.repr_string(&b)?, vm.repr_string(&c)?);
    Ok(vm.new_str(format!("slice({a}, {b}, {c})")))
}

fn sl_start(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(parts(vm, &args.pos[0])?.0)
}
fn sl_stop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(parts(vm, &args.pos[0])?.1)
}
fn sl_step(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(parts(vm, &args.pos[0])?.2)
}

fn sl_indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = vm.index_value(&args.pos[1])?;
    if n < 0 {
        return vm.value_error("length should not be negative");
    }
    let (a, b, c) = crate::ops::subscr::slice_indices(vm, &args.pos[0], n as usize)?;
    Ok(vm.new_tuple(vec![Value::Int(a), Value::Int(b), Value::Int(c)]))
}

fn sl_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b, c) = parts(vm, &args.pos[0])?;
    let Ok((x, y, z)) = parts(vm, &args.pos[1]) else { return Ok(vm.not_implemented()) };
    let l = vm.new_tuple(vec![a, b, c]);
    let r = vm.new_tuple(vec![x, y, z]);
    Ok(Value::bool(vm.eq(&l, &r)?))
}

pub fn register(ctx: &Context) {
    let t = &ctx.types.slice;
    ctx.add_methods(t, "slice", &[("__repr__", sl_repr), ("indices", sl_indices), ("__eq__", sl_eq)]);
    let new = ctx.new_builtin("__new__", "slice", sl_new, false);
    ctx.set_type_attr(t, "__new__", Value::Obj(PyObject::new(ctx.types.staticmethod.clone(), Payload::StaticMethod(Value::Obj(new)))));
    ctx.set_type_attr(t, "__hash__", Value::None);
    super::typeobj::add_getters(ctx, t, &[("start", sl_start), ("stop", sl_stop), ("step", sl_step)]);
}
