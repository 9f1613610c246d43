//! The `math` module.

use ferropy_vm::object::function::Args;
use ferropy_vm::object::NativeFn;
use ferropy_vm::ops::number::{as_num, Num};
use ferropy_vm::value::{ObjRef, Value};
use ferropy_vm::vm::{PyResult, Vm};

fn arg_f64(vm: &mut Vm, args: &Args, i: usize) -> PyResult<f64> {
    match args.pos.get(i) {
        Some(v) => {
            if as_num(v).is_none() && vm.lookup_type_str(&vm.class_of(v).clone(), "__float__").is_none() && vm.lookup_type_str(&vm.class_of(v).clone(), "__index__").is_none() {
                return vm.type_error(format!("must be real number, not {}", vm.type_name(v)));
            }
            ferropy_vm::object::float::to_float(vm, &v.clone())
        }
        None => vm.type_error("math function missing argument"),
    }
}

fn domain<T>(vm: &Vm) -> PyResult<T> {
    vm.value_error("math domain error")
}

fn check(vm: &Vm, x: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return domain(vm);
    }
    if r.is_infinite() && x.is_finite() {
        return vm.overflow_error("math range error");
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($name:ident, $f:expr) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let x = arg_f64(vm, &args, 0)?;
            let f: fn(f64) -> f64 = $f;
            check(vm, x, f(x))
        }
    };
}

unary!(sqrt, f64::sqrt);
unary!(exp, f64::exp);
unary!(sin, f64::sin);
unary!(cos, f64::cos);
unary!(tan, f64::tan);
unary!(asin, f64::asin);
unary!(acos, f64::acos);
unary!(atan, f64::atan);
unary!(sinh, f64::sinh);
unary!(cosh, f64::cosh);
unary!(tanh, f64::tanh);
unary!(asinh, f64::asinh);
unary!(acosh, f64::acosh);
unary!(atanh, f64::atanh);
unary!(expm1, f64::exp_m1);
unary!(log1p, f64::ln_1p);
unary!(fabs, f64::abs);
unary!(degrees, f64::to_degrees);
unary!(radians, f64::to_radians);

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = match args.pos.first().and_then(ferropy_vm::ops::number::as_bigint) {
        Some(i) if i > num_bigint::BigInt::from(0) => {
            let bits = i.bits();
            if bits > 1000 {
                let shifted = &i >> (bits - 64) as usize;
                let f = num_traits::ToPrimitive::to_f64(&shifted).unwrap_or(1.0);
                f.ln() + (bits - 64) as f64 * std::f64::consts::LN_2
            } else {
                let f = num_traits::ToPrimitive::to_f64(&i).unwrap_or(f64::INFINITY);
                f.ln()
            }
        }
        Some(_) => return domain(vm),
        None => {
            let x = arg_f64(vm, &args, 0)?;
            if x <= 0.0 {
                return domain(vm);
            }
            x.ln()
        }
    };
    match args.pos.get(1) {
        Some(_) => {
            let base = arg_f64(vm, &args, 1)?;
            if base <= 0.0 {
                return domain(vm);
            }
            let d = base.ln();
            if d == 0.0 {
                return vm.zero_division("float division by zero");
            }
            Ok(Value::Float(x / d))
        }
        None => Ok(Value::Float(x)),
    }
}

fn log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = arg_f64(vm, &args, 0)?;
    if x <= 0.0 {
        return domain(vm);
    }
    Ok(Value::Float(x.log2()))
}

fn log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = arg_f64(vm, &args, 0)?;
    if x <= 0.0 {
        return domain(vm);
    }
    Ok(Value::Float(x.log10()))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = (arg_f64(vm, &args, 0)?, arg_f64(vm, &args, 1)?);
    if x == 0.0 && y < 0.0 {
        return domain(vm);
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return domain(vm);
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return vm.overflow_error("math range error");
    }
    Ok(Value::Float(r))
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (y, x) = (arg_f64(vm, &args, 0)?, arg_f64(vm, &args, 1)?);
    Ok(Value::Float(y.atan2(x)))
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for i in 0..args.pos.len() {
        let x = arg_f64(vm, &args, i)?;
        acc = acc.hypot(x);
    }
    Ok(Value::Float(acc))
}

fn int_result(vm: &mut Vm, args: &Args, f: fn(f64) -> f64, dunder: &'static str) -> PyResult<Value> {
    let v = args.pos.first().cloned().unwrap_or(Value::None);
    if let Some(i) = ferropy_vm::ops::number::as_bigint(&v) {
        return Ok(vm.new_int(i));
    }
    if !matches!(as_num(&v), Some(Num::Float(_))) {
        if let Some(r) = vm.call_special(&v, dunder, &[])? {
            return Ok(r);
        }
    }
    let x = arg_f64(vm, args, 0)?;
    ferropy_vm::object::int::float_to_int(vm, f(x))
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_result(vm, &args, f64::floor, "__floor__")
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_result(vm, &args, f64::ceil, "__ceil__")
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_result(vm, &args, f64::trunc, "__trunc__")
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(arg_f64(vm, &args, 0)?.is_nan()))
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(arg_f64(vm, &args, 0)?.is_infinite()))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(arg_f64(vm, &args, 0)?.is_finite()))
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = (arg_f64(vm, &args, 0)?, arg_f64(vm, &args, 1)?);
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = (arg_f64(vm, &args, 0)?, arg_f64(vm, &args, 1)?);
    if y == 0.0 && !x.is_nan() {
        return domain(vm);
    }
    Ok(Value::Float(x % y))
}

fn int_arg(vm: &mut Vm, args: &Args, i: usize) -> PyResult<num_bigint::BigInt> {
    match args.pos.get(i) {
        Some(v) => {
            if matches!(v, Value::Float(_)) {
                return vm.type_error("'float' object cannot be interpreted as an integer");
            }
            vm.index_bigint(&v.clone())
        }
        None => vm.type_error("missing argument"),
    }
}

fn factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = int_arg(vm, &args, 0)?;
    if n < num_bigint::BigInt::from(0) {
        return vm.value_error("factorial() not defined for negative values");
    }
    let n: u64 = num_traits::ToPrimitive::to_u64(&n).unwrap_or(u64::MAX);
    let mut acc = num_bigint::BigUint::from(1u32);
    for i in 2..=n {
        acc *= i;
    }
    Ok(vm.new_int(acc.into()))
}

fn gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut acc = num_bigint::BigInt::from(0);
    for i in 0..args.pos.len() {
        let x = int_arg(vm, &args, i)?;
        acc = num_integer::Integer::gcd(&acc, &x);
    }
    Ok(vm.new_int(acc))
}

fn lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut acc = num_bigint::BigInt::from(1);
    for i in 0..args.pos.len() {
        let x = int_arg(vm, &args, i)?;
        acc = num_integer::Integer::lcm(&acc, &x);
    }
    Ok(vm.new_int(acc))
}

fn isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = int_arg(vm, &args, 0)?;
    if n < num_bigint::BigInt::from(0) {
        return vm.value_error("isqrt() argument must be nonnegative");
    }
    Ok(vm.new_int(n.sqrt()))
}

fn comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (n, k) = (int_arg(vm, &args, 0)?, int_arg(vm, &args, 1)?);
    let zero = num_bigint::BigInt::from(0);
    if n < zero || k < zero {
        return vm.value_error(if n < zero { "n must be a non-negative integer" } else { "k must be a non-negative integer" });
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = num_traits::ToPrimitive::to_u64(&k.clone().min(&n - &k)).unwrap_or(0);
    let mut acc = num_bigint::BigInt::from(1);
    for i in 0..k {
        acc = acc * (&n - i) / (i + 1);
    }
    Ok(vm.new_int(acc))
}

fn perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = int_arg(vm, &args, 0)?;
    let k = if args.pos.len() > 1 && !args.pos[1].is_none() { int_arg(vm, &args, 1)? } else { n.clone() };
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = num_traits::ToPrimitive::to_u64(&k).unwrap_or(0);
    let mut acc = num_bigint::BigInt::from(1);
    for i in 0..k {
        acc *= &n - i;
    }
    Ok(vm.new_int(acc))
}

fn fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = vm.collect(args.pos.first().unwrap_or(&Value::None))?;
    // Shewchuk's algorithm, as CPython's fsum.
    let mut partials: Vec<f64> = Vec::new();
    for it in &items {
        let mut x = ferropy_vm::object::float::to_float(vm, it)?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    let mut n = partials.len();
    let mut hi = 0.0;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn prod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = vm.collect(args.pos.first().unwrap_or(&Value::None))?;
    let mut acc = args.kw("start").cloned().unwrap_or(Value::Int(1));
    for it in items {
        acc = vm.binary_op(&acc, &it, ferropy_compiler::opcode::BinaryOp::Multiply, false)?;
    }
    Ok(acc)
}

fn isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = (arg_f64(vm, &args, 0)?, arg_f64(vm, &args, 1)?);
    let rel = match args.kw("rel_tol") {
        Some(v) => ferropy_vm::object::float::to_float(vm, v)?,
        None => 1e-9,
    };
    let abs = match args.kw("abs_tol") {
        Some(v) => ferropy_vm::object::float::to_float(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return vm.value_error("tolerances must be non-negative");
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs))
}

fn modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = arg_f64(vm, &args, 0)?;
    if x.is_infinite() {
        return Ok(vm.new_tuple(vec![Value::Float(0.0f64.copysign(x)), Value::Float(x)]));
    }
    Ok(vm.new_tuple(vec![Value::Float(x.fract()), Value::Float(x.trunc())]))
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = arg_f64(vm, &args, 0)?;
    if x == 0.0 || !x.is_finite() {
        return Ok(vm.new_tuple(vec![Value::Float(x), Value::Int(0)]));
    }
    let mut e = x.abs().log2().floor() as i32 + 1;
    let mut m = x / 2f64.powi(e);
    if m.abs() >= 1.0 {
        m /= 2.0;
        e += 1;
    }
    if m.abs() < 0.5 {
        m *= 2.0;
        e -= 1;
    }
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = arg_f64(vm, &args, 0)?;
    let e = int_arg(vm, &args, 1)?;
    let e = num_traits::ToPrimitive::to_i32(&e).unwrap_or(if e > num_bigint::BigInt::from(0) { 10000 } else { -10000 });
    let r = x * 2f64.powi(e.clamp(-2000, 2000));
    check(vm, x, r)
}

fn gamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = arg_f64(vm, &args, 0)?;
    if x <= 0.0 && x.fract() == 0.0 {
        return domain(vm);
    }
    Ok(Value::Float(gamma_fn(x)))
}

fn gamma_fn(x: f64) -> f64 {
    if x < 0.5 {
        return std::f64::consts::PI / ((std::f64::consts::PI * x).sin() * gamma_fn(1.0 - x));
    }
    if x.fract() == 0.0 && x < 25.0 {
        return (1..x as u64).map(|i| i as f64).product();
    }
    let g = 7.0;
    let c = [0.999_999_999_999_809_9, 676.520_368_121_885_1, -1_259.139_216_722_402_8, 771.323_428_777_653_1, -176.615_029_162_140_6, 12.507_343_278_686_905, -0.138_571_095_265_720_12, 9.984_369_578_019_572e-6, 1.505_632_735_149_311_6e-7];
    let x = x - 1.0;
    let mut a = c[0];
    let t = x + g + 0.5;
    for (i, ci) in c.iter().enumerate().skip(1) {
        a += ci / (x + i as f64);
    }
    (2.0 * std::f64::consts::PI).sqrt() * t.powf(x + 0.5) * (-t).exp() * a
}

fn lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = arg_f64(vm, &args, 0)?;
    if x <= 0.0 && x.fract() == 0.0 {
        return domain(vm);
    }
    Ok(Value::Float(gamma_fn(x).abs().ln()))
}

fn erf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = arg_f64(vm, &args, 0)?;
    Ok(Value::Float(erf_fn(x)))
}

fn erfc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = arg_f64(vm, &args, 0)?;
    Ok(Value::Float(1.0 - erf_fn(x)))
}

fn erf_fn(x: f64) -> f64 {
    // Series for small |x|, continued fraction otherwise (as CPython's fallback).
    if x.abs() < 1.5 {
        let mut acc = 0.0;
        let mut fk = 25.5;
        let x2 = x * x;
        for _ in 0..25 {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        return acc * x * (-x2).exp() / std::f64::consts::PI.sqrt();
    }
    let ax = x.abs();
    let mut a = 0.0;
    let mut da = 0.5;
    let mut p = 1.0;
    let mut p_last = 0.0;
    let mut q = da + ax * ax;
    let mut q_last = 1.0;
    for _ in 0..50 {
        a += da;
        da += 2.0;
        let b = da + ax * ax;
        let temp = p;
        p = b * p - a * p_last;
        p_last = temp;
        let temp = q;
        q = b * q - a * q_last;
        q_last = temp;
    }
    let erfc = p / q * ax * (-ax * ax).exp() / std::f64::consts::PI.sqrt();
    if x > 0.0 {
        1.0 - erfc
    } else {
        erfc - 1.0
    }
}

fn dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = vm.collect(&args.pos[0])?;
    let q = vm.collect(&args.pos[1])?;
    if p.len() != q.len() {
        return vm.value_error("both points must have the same number of dimensions");
    }
    let mut acc = 0.0f64;
    for (a, b) in p.iter().zip(&q) {
        let (x, y) = (ferropy_vm::object::float::to_float(vm, a)?, ferropy_vm::object::float::to_float(vm, b)?);
        acc = acc.hypot(x - y);
    }
    Ok(Value::Float(acc))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("sqrt", sqrt), ("exp", exp), ("sin", sin), ("cos", cos), ("tan", tan), ("asin", asin), ("acos", acos),
    ("atan", atan), ("sinh", sinh), ("cosh", cosh), ("tanh", tanh), ("asinh", asinh), ("acosh", acosh),
    ("atanh", atanh), ("expm1", expm1), ("log1p", log1p), ("fabs", fabs), ("degrees", degrees),
    ("radians", radians), ("log", log), ("log2", log2), ("log10", log10), ("pow", pow), ("atan2", atan2),
    ("hypot", hypot), ("floor", floor), ("ceil", ceil), ("trunc", trunc), ("isnan", isnan), ("isinf", isinf),
    ("isfinite", isfinite), ("copysign", copysign), ("fmod", fmod), ("factorial", factorial), ("gcd", gcd),
    ("lcm", lcm), ("isqrt", isqrt), ("comb", comb), ("perm", perm), ("fsum", fsum), ("prod", prod),
    ("isclose", isclose), ("modf", modf), ("frexp", frexp), ("ldexp", ldexp), ("gamma", gamma),
    ("lgamma", lgamma), ("erf", erf), ("erfc", erfc), ("dist", dist),
];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = ferropy_vm::object::misc::new_module(vm, "math");
    for (name, f) in FUNCTIONS {
        let b = vm.ctx.new_builtin(name, "math", *f, false);
        vm.set_attr_in_dict(&m, name, Value::Obj(b))?;
    }
    for (name, v) in [("pi", std::f64::consts::PI), ("e", std::f64::consts::E), ("tau", std::f64::consts::TAU), ("inf", f64::INFINITY), ("nan", f64::NAN)] {
        vm.set_attr_in_dict(&m, name, Value::Float(v))?;
    }
    Ok(m)
}
