//! `int` and `bool`: construction (`int(x)`, `int(s, base)`), repr, formatting and the
//! integer-only methods. Arithmetic lives in `ops::number`; the dunders come from
//! `numeric_dunders`.

use super::{Payload, PyObject};
use crate::context::Context;
use crate::format::{self, FormatError};
use crate::object::function::Args;
use crate::ops::number::{as_bigint, as_num, Num};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

pub fn format_error<T>(vm: &Vm, e: FormatError) -> PyResult<T> {
    vm.err(e.exception_name(), e.message().to_string())
}

/// `format(int, spec)`.
pub fn format_int_value(vm: &mut Vm, v: &BigInt, spec: &str, type_name: &str) -> PyResult<Value> {
    if spec.is_empty() {
        return Ok(vm.new_str(v.to_string()));
    }
    let parsed = match format::parse_format_spec_for(spec, type_name) {
        Ok(p) => p,
        Err(e) => return format_error(vm, e),
    };
    match format::format_int_for(v, &parsed, type_name) {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => format_error(vm, e),
    }
}

fn me(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    match as_num(v) {
        Some(Num::Int(i)) => Ok(BigInt::from(i)),
        Some(Num::Big(b)) => Ok(b.clone()),
        _ => vm.type_error(format!("descriptor requires an 'int' object but received a '{}'", vm.type_name(v))),
    }
}

/// Converts any value to an int as `int(x)` does.
pub fn to_int(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match as_num(v) {
        Some(Num::Int(i)) => return Ok(Value::Int(i)),
        Some(Num::Big(b)) => return Ok(vm.new_int(b.clone())),
        Some(Num::Float(f)) => return float_to_int(vm, f),
        _ => {}
    }
    if let Some(s) = vm.str_of(v) {
        let s = s.to_string();
        return parse_int_value(vm, &s, 10, v);
    }
    if let Value::Obj(o) = v {
        let text = match &o.payload {
            Payload::Bytes(b) => Some(String::from_utf8_lossy(b).to_string()),
            Payload::ByteArray(b) => Some(String::from_utf8_lossy(&b.borrow()).to_string()),
            _ => None,
        };
        if let Some(s) = text {
            return parse_int_value(vm, &s, 10, v);
        }
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(r) = vm.call_special(v, name, &[])? {
            if name != "__trunc__" && as_bigint(&r).is_none() {
                return vm.type_error(format!("{name} returned non-int (type {})", vm.type_name(&r)));
            }
            return if name == "__trunc__" { to_int(vm, &r) } else { Ok(vm.new_int(as_bigint(&r).expect("int"))) };
        }
    }
    vm.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", vm.type_name(v)))
}

pub fn float_to_int(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return vm.value_error("cannot convert float NaN to integer");
    }
    if f.is_infinite() {
        return vm.overflow_error("cannot convert float infinity to integer");
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(vm.new_int(bigint_from_f64(t)))
}

/// An integral float as a bigint, exactly.
pub fn bigint_from_f64(f: f64) -> BigInt {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    let m = BigInt::from(mantissa);
    let v = if exp >= 0 { m << exp as usize } else { m >> (-exp) as usize };
    if f < 0.0 {
        -v
    } else {
        v
    }
}

fn parse_int_value(vm: &mut Vm, s: &str, base: u32, original: &Value) -> PyResult<Value> {
    match format::parse_int(s, base) {
        Some(i) => Ok(vm.new_int(i)),
        None => {
            let r = vm.repr_string(original)?;
            vm.value_error(format!("invalid literal for int() with base {base}: {r}"))
        }
    }
}

fn int_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0].as_obj().cloned().expect("class");
    // `int(x=0, /, base=10)`: only `base` may be given by keyword.
    if let Some((k, _)) = args.kwargs().find(|(k, _)| *k != "base") {
        return vm.type_error(format!("'{k}' is an invalid keyword argument for int()"));
    }
    if args.pos.len() > 3 {
        return vm.type_error(format!("int() takes at most 2 arguments ({} given)", args.pos.len() - 1 + args.kwnames.len()));
    }
    let x = args.pos.get(1).cloned();
    let base = args.get(2, "base").cloned();
    let value = match (x, base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return vm.type_error("int() missing string argument"),
        (Some(x), None) => to_int(vm, &x)?,
        (Some(x), Some(b)) => {
            let base = vm.index_value(&b)?;
            if base != 0 && !(2..=36).contains(&base) {
                return vm.value_error("int() base must be >= 2 and <= 36, or 0");
            }
            let text = match &x {
                Value::Obj(o) => match &o.payload {
                    Payload::Str(s) => s.as_str().to_string(),
                    Payload::Bytes(b) => String::from_utf8_lossy(b).to_string(),
                    Payload::ByteArray(b) => String::from_utf8_lossy(&b.borrow()).to_string(),
                    _ => return vm.type_error("int() can't convert non-string with explicit base"),
                },
                _ => return vm.type_error("int() can't convert non-string with explicit base"),
            };
            parse_int_value(vm, &text, base as u32, &x)?
        }
    };
    if std::rc::Rc::ptr_eq(&cls, &vm.ctx.types.int) {
        return Ok(value);
    }
    let i = as_bigint(&value).unwrap_or_default();
    let d = vm.new_dict_obj();
    Ok(Value::Obj(PyObject::with_dict(cls, d, Payload::Int(i))))
}

fn int_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos[0];
    if let Value::Bool(b) = v {
        return Ok(vm.new_str(if b.get() { "True" } else { "False" }));
    }
    let i = me(vm, v)?;
    Ok(vm.new_str(i.to_string()))
}

fn int_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = me(vm, &args.pos[0])?;
    let spec = args.pos.get(1).and_then(|s| vm.str_of(s)).unwrap_or("").to_string();
    if let Value::Bool(b) = &args.pos[0] {
        if spec.is_empty() {
            return Ok(vm.new_str(if b.get() { "True" } else { "False" }));
        }
    }
    let name = vm.type_name(&args.pos[0]);
    format_int_value(vm, &i, &spec, &name)
}

fn int_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = me(vm, &args.pos[0])?;
    Ok(Value::Int(crate::ops::hash::hash_bigint(&i)))
}

fn int_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = me(vm, &args.pos[0])?;
    Ok(Value::bool(!i.is_zero()))
}

fn int_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = me(vm, &args.pos[0])?;
    Ok(vm.new_int(i))
}

fn int_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = me(vm, &args.pos[0])?;
    match format::int_to_f64(&i) {
        Ok(f) => Ok(Value::float(f)),
        Err(e) => format_error(vm, e),
    }
}

fn int_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = me(vm, &args.pos[0])?;
    Ok(vm.new_int(-i))
}

fn int_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = me(vm, &args.pos[0])?;
    Ok(vm.new_int(i.abs()))
}

fn int_invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = me(vm, &args.pos[0])?;
    Ok(vm.new_int(-i - 1))
}

fn int_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if as_bigint(&args.pos[1]).is_none() {
        return Ok(vm.not_implemented());
    }
    crate::builtins::numeric::divmod_values(vm, &args.pos[0], &args.pos[1])
}

fn int_rdivmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if as_bigint(&args.pos[1]).is_none() {
        return Ok(vm.not_implemented());
    }
    crate::builtins::numeric::divmod_values(vm, &args.pos[1], &args.pos[0])
}

fn int_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = me(vm, &args.pos[0])?;
    match args.pos.get(1).filter(|n| !n.is_none()) {
        None => Ok(vm.new_int(i)),
        Some(n) => {
            let n = vm.index_value(n)?;
            Ok(vm.new_int(format::round_int(&i, n)))
        }
    }
}

fn int_bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = me(vm, &args.pos[0])?;
    Ok(Value::Int(i.abs().bits() as i64))
}

fn int_bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = me(vm, &args.pos[0])?;
    let (_, digits) = i.abs().to_u64_digits();
    Ok(Value::Int(digits.iter().map(|d| d.count_ones() as i64).sum()))
}

fn int_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = me(vm, &args.pos[0])?;
    Ok(vm.new_int(i))
}

fn int_zero(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn int_one(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(1))
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = me(vm, &args.pos[0])?;
    let v = vm.new_int(i);
    Ok(vm.new_tuple(vec![v, Value::Int(1)]))
}

fn int_to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = me(vm, &args.pos[0])?;
    let length = match args.get(1, "length") {
        Some(l) => vm.index_value(l)?,
        None => 1,
    };
    let order = match args.get(2, "byteorder") {
        Some(b) => vm.str_of(b).unwrap_or("big").to_string(),
        None => "big".to_string(),
    };
    let signed = match args.kw("signed") {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    if order != "big" && order != "little" {
        return vm.value_error("byteorder must be either 'little' or 'big'");
    }
    if i.is_negative() && !signed {
        return vm.overflow_error("can't convert negative int to unsigned");
    }
    let mut bytes = if signed { i.to_signed_bytes_be() } else { i.to_bytes_be().1 };
    if i.is_zero() {
        bytes = vec![];
    }
    if bytes.len() > length as usize {
        // to_signed_bytes may include a sign byte that fits after all.
        return vm.overflow_error("int too big to convert");
    }
    let fill = if signed && i.is_negative() { 0xff } else { 0 };
    let mut out = vec![fill; length as usize - bytes.len()];
    out.extend(bytes);
    if order == "little" {
        out.reverse();
    }
    Ok(vm.new_bytes(out))
}

fn int_from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = args.get(1, "bytes").cloned().unwrap_or(Value::None);
    let bytes = crate::object::bytes::bytes_like(vm, &data)?;
    let order = match args.get(2, "byteorder") {
        Some(b) => vm.str_of(b).unwrap_or("big").to_string(),
        None => "big".to_string(),
    };
    let signed = match args.kw("signed") {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    let mut b = bytes;
    if order == "little" {
        b.reverse();
    } else if order != "big" {
        return vm.value_error("byteorder must be either 'little' or 'big'");
    }
    let i = if signed { BigInt::from_signed_bytes_be(&b) } else { BigInt::from_bytes_be(Sign::Plus, &b) };
    let cls = args.pos[0].clone();
    let v = vm.new_int(i);
    if cls.as_obj().is_some_and(|c| std::rc::Rc::ptr_eq(c, &vm.ctx.types.int)) {
        return Ok(v);
    }
    vm.call1(&cls, v)
}

fn int_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = me(vm, &args.pos[0])?;
    Ok(vm.new_int(i))
}

fn int_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = me(vm, &args.pos[0])?;
    let v = vm.new_int(i);
    Ok(vm.new_tuple(vec![v]))
}

fn bool_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return vm.type_error("bool() takes no keyword arguments");
    }
    match args.pos.get(1) {
        None => Ok(Value::FALSE),
        Some(v) => {
            let v = v.clone();
            Ok(Value::bool(vm.is_true(&v)?))
        }
    }
}

fn bool_and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_bitop(vm, args, |a, b| a & b, "__and__")
}
fn bool_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_bitop(vm, args, |a, b| a | b, "__or__")
}
fn bool_xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_bitop(vm, args, |a, b| a ^ b, "__xor__")
}

fn bool_bitop(vm: &mut Vm, args: Args, f: fn(bool, bool) -> bool, name: &str) -> PyResult<Value> {
    match (&args.pos[0], &args.pos[1]) {
        (Value::Bool(a), Value::Bool(b)) => Ok(Value::bool(f(a.get(), b.get()))),
        (a, b) => {
            let (a, b) = (a.clone(), b.clone());
            let op = match name {
                "__and__" => ferropy_compiler::opcode::BinaryOp::And,
                "__or__" => ferropy_compiler::opcode::BinaryOp::Or,
                _ => ferropy_compiler::opcode::BinaryOp::Xor,
            };
            Ok(crate::ops::number::arith(vm, op, &a, &b)?.unwrap_or_else(|| vm.not_implemented()))
        }
    }
}

pub fn register(ctx: &Context) {
    let t = &ctx.types.int;
    ctx.add_methods(t, "int", super::numeric_dunders::INT_DUNDERS);
    ctx.add_methods(t, "int", &[
        ("__repr__", int_repr),
        ("__format__", int_format),
        ("__hash__", int_hash),
        ("__bool__", int_bool),
        ("__int__", int_int),
        ("__index__", int_index),
        ("__float__", int_float),
        ("__neg__", int_neg),
        ("__pos__", int_int),
        ("__abs__", int_abs),
        ("__invert__", int_invert),
        ("__trunc__", int_int),
        ("__floor__", int_int),
        ("__ceil__", int_int),
        ("__round__", int_round),
        ("__divmod__", int_divmod),
        ("__rdivmod__", int_rdivmod),
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("conjugate", int_conjugate),
        ("as_integer_ratio", int_as_integer_ratio),
        ("to_bytes", int_to_bytes),
        ("__getnewargs__", int_getnewargs),
    ]);
    let new = ctx.new_builtin("__new__", "int", int_new, false);
    ctx.set_type_attr(t, "__new__", Value::Obj(PyObject::new(ctx.types.staticmethod.clone(), Payload::StaticMethod(Value::Obj(new)))));
    let fb = ctx.new_builtin("from_bytes", "int", int_from_bytes, false);
    ctx.set_type_attr(t, "from_bytes", Value::Obj(PyObject::new(ctx.types.classmethod.clone(), Payload::ClassMethod(Value::Obj(fb)))));
    super::typeobj::add_getters(ctx, t, &[("real", int_conjugate), ("imag", int_zero), ("numerator", int_conjugate), ("denominator", int_one)]);
    let b = &ctx.types.bool_;
    ctx.add_methods(b, "bool", &[("__repr__", int_repr), ("__and__", bool_and), ("__rand__", bool_and), ("__or__", bool_or), ("__ror__", bool_or), ("__xor__", bool_xor), ("__rxor__", bool_xor)]);
    let new = ctx.new_builtin("__new__", "bool", bool_new, false);
    ctx.set_type_attr(b, "__new__", Value::Obj(PyObject::new(ctx.types.staticmethod.clone(), Payload::StaticMethod(Value::Obj(new)))));
}

#[allow(dead_code)]
fn unused(_: &ObjRef) -> Option<i64> {
    BigInt::zero().to_i64()
}
