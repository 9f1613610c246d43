//! Numeric builtins: `abs`, `round`, `divmod`, `pow`, `sum`, `min`, `max`.

use crate::object::function::Args;
use crate::object::NativeFn;
use crate::ops::number::{as_num, Num};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use ferropy_compiler::opcode::BinaryOp;

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(v) = args.pos.first() else { return vm.type_error("abs() takes exactly one argument (0 given)") };
    match v {
        Value::Int(i) if *i != i64::MIN => return Ok(Value::Int(i.abs())),
        Value::Float(f) => return Ok(Value::float(f.get().abs())),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        _ => {}
    }
    match vm.call_special(v, "__abs__", &[])? {
        Some(r) => Ok(r),
        None => vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v))),
    }
}

fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(v) = args.get(0, "number").cloned() else { return vm.type_error("round() missing required argument 'number' (pos 1)") };
    let nd = args.get(1, "ndigits").cloned();
    let extra: Vec<Value> = nd.into_iter().collect();
    match vm.call_special(&v, "__round__", &extra)? {
        Some(r) => Ok(r),
        None => vm.type_error(format!("type {} doesn't define __round__ method", vm.type_name(&v))),
    }
}

/// `divmod(a, b)` for numbers.
pub fn divmod_values(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        if matches!(x, Num::Float(_)) || matches!(y, Num::Float(_)) {
            let fx = crate::object::float::to_float(vm, a)?;
            let fy = crate::object::float::to_float(vm, b)?;
            if fy == 0.0 {
                return vm.zero_division("float divmod()");
            }
            let (q, r) = crate::ops::number::float_divmod(fx, fy);
            return Ok(vm.new_tuple(vec![Value::float(q), Value::float(r)]));
        }
        if matches!(x, Num::Complex(..)) || matches!(y, Num::Complex(..)) {
            return vm.type_error("unsupported operand type(s) for divmod(): 'complex' and 'complex'");
        }
        let q = vm.binary_op(a, b, BinaryOp::FloorDivide, false)?;
        let r = vm.binary_op(a, b, BinaryOp::Remainder, false)?;
        return Ok(vm.new_tuple(vec![q, r]));
    }
    Err(vm.new_exception_msg("TypeError", "divmod"))
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return vm.type_error(format!("divmod expected 2 arguments, got {}", args.pos.len()));
    }
    let (a, b) = (&args.pos[0], &args.pos[1]);
    if as_num(a).is_some() && as_num(b).is_some() && vm.class_of(a).type_data().is_some_and(|t| !t.is_heap) && vm.class_of(b).type_data().is_some_and(|t| !t.is_heap) {
        return divmod_values(vm, a, b);
    }
    match vm.binary_op1(a, b, "__divmod__", "__rdivmod__")? {
        Some(r) => Ok(r),
        None => vm.type_error(format!("unsupported operand type(s) for divmod(): '{}' and '{}'", vm.type_name(a), vm.type_name(b))),
    }
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = args.get(0, "base").cloned();
    let exp = args.get(1, "exp").cloned();
    let (Some(base), Some(exp)) = (base, exp) else { return vm.type_error("pow() missing required argument 'exp' (pos 2)") };
    let m = args.get(2, "mod").cloned().filter(|m| !m.is_none());
    vm.power(&base, &exp, m.as_ref())
}

fn sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(iterable) = args.pos.first() else { return vm.type_error("sum() takes at least 1 positional argument (0 given)") };
    let mut acc = args.get(1, "start").cloned().unwrap_or(Value::Int(0));
    if vm.str_of(&acc).is_some() {
        return vm.type_error("sum() can't sum strings [use ''.join(seq) instead]");
    }
    if matches!(&acc, Value::Obj(o) if matches!(o.payload, crate::object::Payload::Bytes(_))) {
        return vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]");
    }
    let it = vm.get_iter(iterable)?;
    while let Some(x) = vm.next(&it)? {
        acc = match crate::ops::binary::fast_binary(&acc, &x, BinaryOp::Add as u32) {
            Some(r) => r,
            None => vm.binary_op(&acc, &x, BinaryOp::Add, false)?,
        };
    }
    Ok(acc)
}

fn min_max(vm: &mut Vm, args: Args, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    let key = args.kw("key").cloned().filter(|k| !k.is_none());
    let default = args.kw("default").cloned();
    for (k, _) in args.kwargs() {
        if k != "key" && k != "default" {
            return vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"));
        }
    }
    let items = match args.pos.len() {
        0 => return vm.type_error(format!("{name} expected at least 1 argument, got 0")),
        1 => {
            if !vm.is_iterable(&args.pos[0]) {
                return vm.type_error(format!("'{}' object is not iterable", vm.type_name(&args.pos[0])));
            }
            vm.collect(&args.pos[0])?
        }
        _ => {
            if default.is_some() {
                return vm.type_error(format!("Cannot specify a default for {name}() with multiple positional arguments"));
            }
            args.pos.to_vec()
        }
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => vm.value_error(format!("{name}() arg is an empty sequence")),
        };
    }
    let mut best = items[0].clone();
    let mut best_key = match &key {
        Some(k) => vm.call1(k, best.clone())?,
        None => best.clone(),
    };
    for it in items.into_iter().skip(1) {
        let k = match &key {
            Some(kf) => vm.call1(kf, it.clone())?,
            None => it.clone(),
        };
        let better = if is_max { vm.lt(&best_key, &k)? } else { vm.lt(&k, &best_key)? };
        if better {
            best = it;
            best_key = k;
        }
    }
    Ok(best)
}

fn max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, true)
}

fn min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, false)
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[("abs", abs), ("round", round), ("divmod", divmod), ("pow", pow), ("sum", sum), ("max", max), ("min", min)];
