//! Arithmetic on int, float and complex with Python's semantics.
//!
//! `arith` is the one place the numeric tower is implemented: ints of any size (inline `i64`
//! with overflow checks, then bigints), floats, and complex, with Python's floor division and
//! modulo signs, true division of ints correctly rounded, `**` with negative and fractional
//! exponents, shifts and bit operations on bigints, and CPython's error messages. The numeric
//! dunders of the builtin types (`int.__add__` …) and the loop's fast paths both call it.

use crate::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use ferropy_compiler::opcode::BinaryOp;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

/// A number, borrowed from a value.
pub enum Num<'a> {
    Int(i64),
    Big(&'a BigInt),
    Float(f64),
    Complex(f64, f64),
}

/// The number a value holds (bool counts as int); `None` for non-numbers.
pub fn as_num(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Bool(b) => Some(Num::Int(*b as i64)),
        Value::Float(f) => Some(Num::Float(f.get())),
        Value::Obj(o) => match &o.payload {
            Payload::Int(i) => Some(Num::Big(i)),
            Payload::Float(f) => Some(Num::Float(*f)),
            Payload::Complex(re, im) => Some(Num::Complex(*re, *im)),
            _ => None,
        },
        _ => None,
    }
}

/// The integer a value holds (int, bool, int subclass); `None` otherwise.
pub fn as_bigint(v: &Value) -> Option<BigInt> {
    match as_num(v)? {
        Num::Int(i) => Some(BigInt::from(i)),
        Num::Big(b) => Some(b.clone()),
        _ => None,
    }
}

pub fn is_int_like(v: &Value) -> bool {
    matches!(as_num(v), Some(Num::Int(_)) | Some(Num::Big(_)))
}

/// Converts an int to float, or OverflowError.
pub fn int_to_f64(vm: &Vm, i: &BigInt) -> PyResult<f64> {
    match i.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => vm.overflow_error("int too large to convert to float"),
    }
}

fn num_to_f64(vm: &Vm, n: &Num) -> PyResult<f64> {
    match n {
        Num::Int(i) => Ok(*i as f64),
        Num::Big(b) => int_to_f64(vm, b),
        Num::Float(f) => Ok(*f),
        Num::Complex(re, _) => Ok(*re),
    }
}

fn big(n: &Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => (*b).clone(),
        _ => BigInt::zero(),
    }
}

/// Applies a binary operator to two numbers; `None` when either operand is not a number.
pub fn arith(vm: &mut Vm, op: BinaryOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (as_num(a), as_num(b)) else { return Ok(None) };
    match (&x, &y) {
        (Num::Complex(..), _) | (_, Num::Complex(..)) => complex_op(vm, op, &x, &y),
        (Num::Float(_), _) | (_, Num::Float(_)) => {
            if matches!(op, BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::LShift | BinaryOp::RShift | BinaryOp::MatrixMultiply) {
                return Ok(None);
            }
            let (fx, fy) = (num_to_f64(vm, &x)?, num_to_f64(vm, &y)?);
            float_op(vm, op, fx, fy).map(Some)
        }
        (Num::Int(i), Num::Int(j)) => small_int_op(vm, op, *i, *j),
        _ => big_int_op(vm, op, &big(&x), &big(&y)),
    }
}

fn small_int_op(vm: &mut Vm, op: BinaryOp, a: i64, b: i64) -> PyResult<Option<Value>> {
    let r = match op {
        BinaryOp::Add => a.checked_add(b),
        BinaryOp::Subtract => a.checked_sub(b),
        BinaryOp::Multiply => a.checked_mul(b),
        BinaryOp::FloorDivide => {
            if b == 0 {
                return vm.zero_division("integer division or modulo by zero");
            }
            a.checked_div_euclid(b).map(|_| Integer::div_floor(&a, &b))
        }
        BinaryOp::Remainder => {
            if b == 0 {
                return vm.zero_division("integer modulo by zero");
            }
            a.checked_rem(b).map(|_| a.mod_floor(&b))
        }
        BinaryOp::TrueDivide => {
            if b == 0 {
                return vm.zero_division("division by zero");
            }
            if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
                return Ok(Some(Value::float(a as f64 / b as f64)));
            }
            return big_int_op(vm, op, &BigInt::from(a), &BigInt::from(b));
        }
        BinaryOp::And => Some(a & b),
        BinaryOp::Or => Some(a | b),
        BinaryOp::Xor => Some(a ^ b),
        BinaryOp::LShift => {
            if b < 0 {
                return vm.value_error("negative shift count");
            }
            if b < 63 && a.unsigned_abs().leading_zeros() as i64 > b + 1 {
                Some(a << b)
            } else {
                None
            }
        }
        BinaryOp::RShift => {
            if b < 0 {
                return vm.value_error("negative shift count");
            }
            Some(if b >= 64 { if a < 0 { -1 } else { 0 } } else { a >> b })
        }
        BinaryOp::Power => {
            if b < 0 {
                return float_op(vm, op, a as f64, b as f64).map(Some);
            }
            u32::try_from(b).ok().and_then(|e| a.checked_pow(e))
        }
        BinaryOp::MatrixMultiply => return Ok(None),
    };
    match r {
        Some(v) => Ok(Some(Value::Int(v))),
        None => big_int_op(vm, op, &BigInt::from(a), &BigInt::from(b)),
    }
}

fn big_int_op(vm: &mut Vm, op: BinaryOp, a: &BigInt, b: &BigInt) -> PyResult<Option<Value>> {
    let r = match op {
        BinaryOp::Add => a + b,
        BinaryOp::Subtract => a - b,
        BinaryOp::Multiply => a * b,
        BinaryOp::FloorDivide => {
            if b.is_zero() {
                return vm.zero_division("integer division or modulo by zero");
            }
            a.div_floor(b)
        }
        BinaryOp::Remainder => {
            if b.is_zero() {
                return vm.zero_division("integer modulo by zero");
            }
            a.mod_floor(b)
        }
        BinaryOp::TrueDivide => {
            if b.is_zero() {
                return vm.zero_division("division by zero");
            }
            return int_true_divide(vm, a, b).map(|f| Some(Value::float(f)));
        }
        BinaryOp::And => a & b,
        BinaryOp::Or => a | b,
        BinaryOp::Xor => a ^ b,
        BinaryOp::LShift => {
            if b.is_negative() {
                return vm.value_error("negative shift count");
            }
            match b.to_usize() {
                Some(s) if s < (1 << 32) => a << s,
                _ if a.is_zero() => BigInt::zero(),
                _ => return vm.overflow_error("too many digits in integer"),
            }
        }
        BinaryOp::RShift => {
            if b.is_negative() {
                return vm.value_error("negative shift count");
            }
            match b.to_usize() {
                Some(s) => {
                    if a.is_negative() {
                        // Floor semantics for negative numbers.
                        -((-a - 1u32) >> s) - 1u32
                    } else {
                        a >> s
                    }
                }
                None => {
                    if a.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        BinaryOp::Power => {
            if b.is_negative() {
                let (fa, fb) = (int_to_f64(vm, a)?, int_to_f64(vm, b)?);
                return float_op(vm, op, fa, fb).map(Some);
            }
            match b.to_u32() {
                Some(e) => Pow::pow(a, e),
                None => {
                    if a.is_zero() || a.is_one() {
                        a.clone()
                    } else if *a == BigInt::from(-1) {
                        if b.is_even() { BigInt::one() } else { a.clone() }
                    } else {
                        return vm.err("MemoryError", "");
                    }
                }
            }
        }
        BinaryOp::MatrixMultiply => return Ok(None),
    };
    Ok(Some(vm.new_int(r)))
}

/// int / int, correctly rounded.
pub fn int_true_divide(vm: &Vm, a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return Ok(x as f64 / y as f64);
        }
    }
    let negative = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    // Scale so the quotient has at least 55 significant bits, then round once.
    let shift = b.bits() as i64 - a.bits() as i64 + 55;
    let (num, den) = if shift > 0 { (&a << shift as usize, b.clone()) } else { (a.clone(), &b << (-shift) as usize) };
    let (q, r) = num.div_rem(&den);
    // Sticky bit keeps the rounding exact.
    let q = if r.is_zero() { q } else { (q << 1usize) | BigInt::one() };
    let extra = if r.is_zero() { 0 } else { 1 };
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let exp = -(shift as i32) - extra;
    let result = if exp < -1074 - 64 { 0.0 } else { qf * 2f64.powi(exp.max(-1022)) * if exp < -1022 { 2f64.powi(exp + 1022) } else { 1.0 } };
    if result.is_infinite() {
        return vm.overflow_error("integer division result too large for a float");
    }
    Ok(if negative { -result } else { result })
}

pub fn float_op(vm: &mut Vm, op: BinaryOp, a: f64, b: f64) -> PyResult<Value> {
    let r = match op {
        BinaryOp::Add => a + b,
        BinaryOp::Subtract => a - b,
        BinaryOp::Multiply => a * b,
        BinaryOp::TrueDivide => {
            if b == 0.0 {
                return vm.zero_division("float division by zero");
            }
            a / b
        }
        BinaryOp::FloorDivide => {
            if b == 0.0 {
                return vm.zero_division("float floor division by zero");
            }
            float_divmod(a, b).0
        }
        BinaryOp::Remainder => {
            if b == 0.0 {
                return vm.zero_division("float modulo");
            }
            float_divmod(a, b).1
        }
        BinaryOp::Power => return float_pow(vm, a, b),
        _ => return vm.type_error(format!("unsupported operand type(s) for {}: 'float' and 'float'", op.symbol())),
    };
    Ok(Value::float(r))
}

/// Python's float divmod: the remainder has the divisor's sign.
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

fn float_pow(vm: &mut Vm, a: f64, b: f64) -> PyResult<Value> {
    if a == 0.0 && b < 0.0 {
        return vm.zero_division("0.0 cannot be raised to a negative power");
    }
    if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
        // A negative base with a fractional exponent gives a complex result.
        let (re, im) = complex_pow((a, 0.0), (b, 0.0));
        return Ok(vm.new_complex(re, im));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        // CPython reports the C library's ERANGE: `OverflowError(34, 'Numerical result out of range')`.
        let args = vm.new_tuple(vec![Value::Int(34), vm.new_str("Numerical result out of range")]);
        return Err(vm.new_exception_with_args(vm.ctx.exc("OverflowError"), args));
    }
    Ok(Value::float(r))
}

fn complex_pow(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    if b == (0.0, 0.0) {
        return (1.0, 0.0);
    }
    if a == (0.0, 0.0) {
        return (0.0, 0.0);
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    (len * phase.cos(), len * phase.sin())
}

fn complex_op(vm: &mut Vm, op: BinaryOp, x: &Num, y: &Num) -> PyResult<Option<Value>> {
    let to_c = |vm: &Vm, n: &Num| -> PyResult<(f64, f64)> {
        match n {
            Num::Complex(re, im) => Ok((*re, *im)),
            other => Ok((num_to_f64(vm, other)?, 0.0)),
        }
    };
    let (a, b) = (to_c(vm, x)?, to_c(vm, y)?);
    let r = match op {
        BinaryOp::Add => (a.0 + b.0, a.1 + b.1),
        BinaryOp::Subtract => (a.0 - b.0, a.1 - b.1),
        BinaryOp::Multiply => (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0),
        BinaryOp::TrueDivide => {
            if b == (0.0, 0.0) {
                return vm.zero_division("complex division by zero");
            }
            complex_div(a, b)
        }
        BinaryOp::Power => {
            if a == (0.0, 0.0) && (b.1 != 0.0 || b.0 < 0.0) {
                return vm.zero_division("0.0 to a negative or complex power");
            }
            if b.1 == 0.0 && b.0.fract() == 0.0 && b.0.abs() <= 100.0 {
                let n = b.0 as i32;
                let mut result = (1.0, 0.0);
                let base = if n < 0 { complex_div((1.0, 0.0), a) } else { a };
                for _ in 0..n.unsigned_abs() {
                    result = (result.0 * base.0 - result.1 * base.1, result.0 * base.1 + result.1 * base.0);
                }
                result
            } else {
                complex_pow(a, b)
            }
        }
        BinaryOp::FloorDivide | BinaryOp::Remainder => {
            return vm.type_error(format!("unsupported operand type(s) for {}: 'complex' and 'complex'", op.symbol()))
        }
        _ => return Ok(None),
    };
    Ok(Some(vm.new_complex(r.0, r.1)))
}

fn complex_div(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    let (ar, ai, br, bi) = (a.0, a.1, b.0, b.1);
    if br.abs() >= bi.abs() {
        let ratio = bi / br;
        let denom = br + bi * ratio;
        ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
    } else {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
    }
}

/// Three-argument `pow`.
pub fn pow_mod(vm: &mut Vm, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    let (Some(x), Some(y), Some(z)) = (as_bigint(a), as_bigint(b), as_bigint(m)) else {
        return vm.type_error("pow() 3rd argument not allowed unless all arguments are integers");
    };
    if z.is_zero() {
        return vm.value_error("pow() 3rd argument cannot be 0");
    }
    let base = if y.is_negative() {
        match mod_inverse(&x, &z) {
            Some(inv) => inv,
            None => return vm.value_error("base is not invertible for the given modulus"),
        }
    } else {
        x
    };
    let e = y.abs();
    let modulus = z.abs();
    let mut r = base.modpow(&e, &modulus);
    if z.is_negative() && !r.is_zero() {
        r -= &modulus;
    }
    Ok(vm.new_int(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = a.extended_gcd(&m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(&m))
}
