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

fn range_error<T>(vm: &Vm) -> PyResult<T> {
    vm.overflow_error("math range error")
}

/// CPython's `math_1`: a NaN from a non-NaN argument is a domain error; an infinity from a
/// finite argument is an overflow (`can_overflow`) or a domain error (a singularity).
fn math_1(vm: &mut Vm, args: &Args, func: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let x = arg_f64(vm, args, 0)?;
    let r = func(x);
    if r.is_nan() && !x.is_nan() {
        return domain(vm);
    }
    if r.is_infinite() && x.is_finite() {
        return if can_overflow { range_error(vm) } else { domain(vm) };
    }
    Ok(Value::float(r))
}

/// CPython's `math_2` for two-argument functions of floats.
fn math_2(vm: &mut Vm, args: &Args, func: fn(f64, f64) -> f64) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return vm.type_error(format!("expected 2 arguments, got {}", args.pos.len()));
    }
    let (x, y) = (arg_f64(vm, args, 0)?, arg_f64(vm, args, 1)?);
    let r = func(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return domain(vm);
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return range_error(vm);
    }
    Ok(Value::float(r))
}

macro_rules! unary {
    ($name:ident, $f:expr, $can_overflow:expr) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            math_1(vm, &args, $f, $can_overflow)
        }
    };
}

unary!(sqrt, f64::sqrt, false);
unary!(exp, f64::exp, true);
unary!(exp2, f64::exp2, true);
unary!(sin, f64::sin, false);
unary!(cos, f64::cos, false);
unary!(tan, f64::tan, false);
unary!(asin, f64::asin, false);
unary!(acos, f64::acos, false);
unary!(atan, f64::atan, false);
unary!(sinh, f64::sinh, true);
unary!(cosh, f64::cosh, true);
unary!(tanh, f64::tanh, false);
unary!(asinh, crate::math_special::asinh, false);
unary!(acosh, crate::math_special::acosh, false);
unary!(atanh, crate::math_special::atanh, false);
unary!(expm1, f64::exp_m1, true);
unary!(log1p, f64::ln_1p, false);
unary!(fabs, f64::abs, false);
unary!(cbrt, crate::math_special::cbrt, false);
unary!(erf, crate::math_special::erf, false);
unary!(erfc, crate::math_special::erfc, false);

fn degrees(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(arg_f64(vm, &args, 0)? * (180.0 / std::f64::consts::PI)))
}

fn radians(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(arg_f64(vm, &args, 0)? * (std::f64::consts::PI / 180.0)))
}

/// A positive int too large for a float as `x * 2**e` with `x` in [0.5, 1), rounded to 53 bits
/// (CPython's `_PyLong_Frexp`).
fn bigint_frexp(i: &num_bigint::BigInt) -> (f64, i64) {
    let mag = i.magnitude();
    let bits = mag.bits();
    let shift = bits.saturating_sub(64);
    let top = num_traits::ToPrimitive::to_u64(&(mag >> shift)).unwrap_or(0);
    let sticky = mag.trailing_zeros().is_some_and(|tz| tz < shift);
    let x = (top | sticky as u64) as f64 / 2f64.powi(64.min(bits as i32));
    if x >= 1.0 {
        (0.5, bits as i64 + 1)
    } else {
        (x, bits as i64)
    }
}

/// CPython's `loghelper`: ints are handled exactly (even those too large for a float, as
/// `func(x) + func(2) * e`); other values go through `float()`.
fn loghelper(vm: &mut Vm, v: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = ferropy_vm::ops::number::as_bigint(v) {
        if i <= num_bigint::BigInt::from(0) {
            return domain(vm);
        }
        return Ok(match ferropy_vm::format::int_to_f64(&i) {
            Ok(x) if x.is_finite() => func(x),
            _ => {
                let (x, e) = bigint_frexp(&i);
                func(x) + func(2.0) * e as f64
            }
        });
    }
    let x = arg_f64(vm, &Args::positional(std::slice::from_ref(v)), 0)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return domain(vm);
    }
    Ok(func(x))
}

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(x) = args.pos.first().cloned() else { return vm.type_error("log expected at least 1 argument, got 0") };
    if args.pos.len() > 2 {
        return vm.type_error(format!("log expected at most 2 arguments, got {}", args.pos.len()));
    }
    let num = loghelper(vm, &x, f64::ln)?;
    match args.pos.get(1) {
        Some(base) => {
            let den = loghelper(vm, &base.clone(), f64::ln)?;
            if den == 0.0 {
                return vm.zero_division("float division by zero");
            }
            Ok(Value::float(num / den))
        }
        None => Ok(Value::float(num)),
    }
}

fn log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = args.pos.first().cloned().unwrap_or(Value::None);
    Ok(Value::float(loghelper(vm, &x, f64::log2)?))
}

fn log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = args.pos.first().cloned().unwrap_or(Value::None);
    Ok(Value::float(loghelper(vm, &x, f64::log10)?))
}

/// `math.pow`: IEEE special values handled directly, then the C library's `pow`.
fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = (arg_f64(vm, &args, 0)?, arg_f64(vm, &args, 1)?);
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(Value::float(r));
    }
    let r = x.powf(y);
    if r.is_nan() {
        return domain(vm);
    }
    if r.is_infinite() {
        return if x == 0.0 { domain(vm) } else { range_error(vm) };
    }
    Ok(Value::float(r))
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (y, x) = (arg_f64(vm, &args, 0)?, arg_f64(vm, &args, 1)?);
    Ok(Value::float(y.atan2(x)))
}

/// CPython's `vector_norm`: the Euclidean norm of non-negative finite coordinates (`max` is
/// the largest), with the error compensation that makes it correctly rounded in practice.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0;
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let max_e = frexp_parts(max).1;
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    if max_e < -1023 {
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = scalbn(1.0, -max_e);
    for &v in vec.iter() {
        let mut x = v * scale;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;
        x = hi * hi;
        let mut oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = 2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    let mut x = h;
    let t = x * T27;
    let hi = t - (t - x);
    let lo = x - hi;
    x = -hi * hi;
    let mut oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut coords = Vec::with_capacity(args.pos.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for i in 0..args.pos.len() {
        let x = arg_f64(vm, &args, i)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::float(vector_norm(&mut coords, max, found_nan)))
}

fn dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return vm.type_error(format!("dist expected 2 arguments, got {}", args.pos.len()));
    }
    let p = vm.collect(&args.pos[0])?;
    let q = vm.collect(&args.pos[1])?;
    if p.len() != q.len() {
        return vm.value_error("both points must have the same number of dimensions");
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (a, b) in p.iter().zip(&q) {
        let pair = [a.clone(), b.clone()];
        let pair = Args::positional(&pair);
        let (x, y) = (arg_f64(vm, &pair, 0)?, arg_f64(vm, &pair, 1)?);
        let d = (x - y).abs();
        found_nan |= d.is_nan();
        if d > max {
            max = d;
        }
        diffs.push(d);
    }
    Ok(Value::float(vector_norm(&mut diffs, max, found_nan)))
}

fn scalbn(y: f64, n: i64) -> f64 {
    crate::math_special::ldexp(y, n.clamp(-2200, 2200) as i32)
}

fn frexp_parts(x: f64) -> (f64, i64) {
    let (m, e) = crate::math_special::frexp(x);
    (m, e as i64)
}

fn remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_2(vm, &args, |x, y| {
        if x.is_finite() && y.is_finite() {
            if y == 0.0 {
                return f64::NAN;
            }
            let (absx, absy) = (x.abs(), y.abs());
            let m = absx % absy;
            let c = absy - m;
            let r = if m < c {
                m
            } else if m > c {
                -c
            } else {
                m - 2.0 * ((0.5 * (absx - m)) % absy)
            };
            return 1.0f64.copysign(x) * r;
        }
        if x.is_nan() {
            return x;
        }
        if y.is_nan() {
            return y;
        }
        if x.is_infinite() {
            return f64::NAN;
        }
        x
    })
}

fn nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = (arg_f64(vm, &args, 0)?, arg_f64(vm, &args, 1)?);
    let r = if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == y {
        y
    } else if y > x {
        x.next_up()
    } else {
        x.next_down()
    };
    Ok(Value::float(r))
}

fn ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = arg_f64(vm, &args, 0)?;
    if x.is_nan() {
        return Ok(Value::float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::float(x));
    }
    let x2 = x.next_up();
    if x2.is_infinite() {
        return Ok(Value::float(x - x.next_down()));
    }
    Ok(Value::float(x2 - x))
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
    Ok(Value::bool(arg_f64(vm, &args, 0)?.is_nan()))
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(arg_f64(vm, &args, 0)?.is_infinite()))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(arg_f64(vm, &args, 0)?.is_finite()))
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = (arg_f64(vm, &args, 0)?, arg_f64(vm, &args, 1)?);
    Ok(Value::float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = (arg_f64(vm, &args, 0)?, arg_f64(vm, &args, 1)?);
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return domain(vm);
    }
    Ok(Value::float(r))
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
    Ok(Value::float(hi))
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
        return Ok(Value::TRUE);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = (b - a).abs();
    Ok(Value::bool(diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs))
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (m, e) = frexp_parts(arg_f64(vm, &args, 0)?);
    Ok(vm.new_tuple(vec![Value::float(m), Value::Int(e)]))
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = arg_f64(vm, &args, 0)?;
    let e = match args.pos.get(1) {
        Some(v) if ferropy_vm::ops::number::as_bigint(v).is_some() => ferropy_vm::ops::number::as_bigint(v).unwrap_or_default(),
        Some(v) => {
            if vm.lookup_type_str(&vm.class_of(v).clone(), "__index__").is_none() {
                return vm.type_error("Expected an int as second argument to ldexp.");
            }
            vm.index_bigint(&v.clone())?
        }
        None => return vm.type_error("ldexp expected 2 arguments, got 1"),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::float(x));
    }
    let e = num_traits::ToPrimitive::to_i64(&e).unwrap_or(if e > num_bigint::BigInt::from(0) { i64::MAX } else { i64::MIN });
    let r = scalbn(x, e.clamp(-2200, 2200));
    if r.is_infinite() {
        return range_error(vm);
    }
    Ok(Value::float(r))
}

fn gamma_result(vm: &mut Vm, r: Result<f64, crate::math_special::MathError>) -> PyResult<Value> {
    match r {
        Ok(v) => Ok(Value::float(v)),
        Err(crate::math_special::MathError::Domain) => domain(vm),
        Err(crate::math_special::MathError::Range) => range_error(vm),
    }
}

fn gamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = arg_f64(vm, &args, 0)?;
    gamma_result(vm, crate::math_special::tgamma(x))
}

fn lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = arg_f64(vm, &args, 0)?;
    gamma_result(vm, crate::math_special::lgamma(x))
}

fn modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = arg_f64(vm, &args, 0)?;
    if x.is_infinite() {
        return Ok(vm.new_tuple(vec![Value::float(0.0f64.copysign(x)), Value::float(x)]));
    }
    let int = x.trunc();
    let frac = if x.is_nan() { x } else { (x - int).copysign(x) };
    Ok(vm.new_tuple(vec![Value::float(frac), Value::float(int)]))
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
    ("lgamma", lgamma), ("erf", erf), ("erfc", erfc), ("dist", dist), ("remainder", remainder),
    ("nextafter", nextafter), ("ulp", ulp), ("cbrt", cbrt), ("exp2", exp2),
];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::native_module(vm, "math", FUNCTIONS)?;
    for (name, v) in [("pi", std::f64::consts::PI), ("e", std::f64::consts::E), ("tau", std::f64::consts::TAU), ("inf", f64::INFINITY), ("nan", f64::NAN)] {
        vm.set_attr_in_dict(&m, name, Value::float(v))?;
    }
    Ok(m)
}
