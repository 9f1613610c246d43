//! Hashing and the equality fast path used by dict and set.
//!
//! Numbers hash as CPython's do (reduction modulo the Mersenne prime 2**61 - 1), so that
//! `hash(1) == hash(1.0) == hash(True)` and equal numbers of different types find each other
//! in a dict. `-1` is never a hash (it becomes `-2`). Strings use their cached hash; tuples mix
//! their items' hashes as CPython's xxHash-based tuple hash does.

use crate::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

const MODULUS_BITS: u32 = 61;
const MODULUS: u64 = (1 << MODULUS_BITS) - 1;
const INF_HASH: i64 = 314_159;

pub fn fix_hash(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    fix_hash(if i < 0 { -m } else { m })
}

pub fn hash_bigint(i: &BigInt) -> i64 {
    if let Some(small) = i.to_i64() {
        return hash_i64(small);
    }
    let (sign, digits) = i.to_u64_digits();
    // Horner's rule over 64-bit digits, modulo 2**61 - 1.
    let mut acc: u128 = 0;
    for d in digits.iter().rev() {
        acc = ((acc << 64) | *d as u128) % MODULUS as u128;
    }
    let m = acc as i64;
    fix_hash(if sign == Sign::Minus { -m } else { m })
}

pub fn hash_f64(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { INF_HASH } else { -INF_HASH };
    }
    let (mantissa, exponent) = frexp(x.abs());
    let mut m = mantissa;
    let mut e = exponent;
    let mut acc: u64 = 0;
    while m != 0.0 {
        acc = ((acc << 28) & MODULUS) | (acc >> (MODULUS_BITS - 28));
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        acc += y;
        if acc >= MODULUS {
            acc -= MODULUS;
        }
    }
    let e = e.rem_euclid(MODULUS_BITS as i32) as u32;
    acc = ((acc << e) & MODULUS) | (acc >> (MODULUS_BITS - e));
    let h = acc as i64;
    fix_hash(if x < 0.0 { -h } else { h })
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// Equality decidable without running Python code; `None` means "ask `__eq__`".
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => Some((*x as f64) == y.get() && y.get().fract() == 0.0 && (y.get() as i64) == *x),
        (Value::Float(x), Value::Float(y)) => Some(x.get() == y.get()),
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => Some(*x as i64 == *y),
        (Value::Bool(x), Value::Float(y)) | (Value::Float(y), Value::Bool(x)) => Some(*x as i64 as f64 == y.get()),
        (Value::None, _) | (_, Value::None) => Some(false),
        (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
            (Payload::Str(s), Payload::Str(t)) if exact_builtin(x) && exact_builtin(y) => Some(s.as_str() == t.as_str()),
            (Payload::Int(i), Payload::Int(j)) if exact_builtin(x) && exact_builtin(y) => Some(i == j),
            (Payload::Bytes(i), Payload::Bytes(j)) => Some(i == j),
            _ => None,
        },
        (Value::Obj(x), _) | (_, Value::Obj(x)) => match &x.payload {
            Payload::Str(_) | Payload::Bytes(_) | Payload::Tuple(_) if exact_builtin(x) => Some(false),
            Payload::Int(_) if exact_builtin(x) => Some(false),
            _ => None,
        },
        _ => None,
    }
}

fn exact_builtin(o: &crate::value::ObjRef) -> bool {
    o.class.as_ref().and_then(|c| c.type_data()).is_some_and(|t| !t.is_heap)
}

impl Vm {
    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::None => Ok(0xfca86 >> 4),
            Value::Bool(b) => Ok(*b as i64),
            Value::Int(i) => Ok(hash_i64(*i)),
            Value::Float(f) => Ok(hash_f64(f.get())),
            Value::Null => Ok(0),
            Value::Obj(o) => {
                if exact_builtin(o) {
                    match &o.payload {
                        Payload::Str(s) => return Ok(s.hash()),
                        Payload::Int(i) => return Ok(hash_bigint(i)),
                        Payload::Float(f) => return Ok(hash_f64(*f)),
                        Payload::Tuple(items) => return self.hash_tuple(&items.clone()),
                        _ => {}
                    }
                }
                let cls = self.class_of(v).clone();
                match self.lookup_type_str(&cls, "__hash__") {
                    Some(Value::None) | None => self.type_error(format!("unhashable type: '{}'", self.type_name(v))),
                    Some(h) => {
                        let r = self.call1(&h, v.clone())?;
                        match r {
                            Value::Int(i) => Ok(fix_hash(i)),
                            Value::Bool(b) => Ok(b as i64),
                            Value::Obj(ref ro) => match &ro.payload {
                                Payload::Int(i) => Ok(hash_bigint(i)),
                                _ => self.type_error("__hash__ method should return an integer"),
                            },
                            _ => self.type_error("__hash__ method should return an integer"),
                        }
                    }
                }
            }
        }
    }

    pub fn hash_tuple(&mut self, items: &[Value]) -> PyResult<i64> {
        const P1: u64 = 11_400_714_785_074_694_791;
        const P2: u64 = 14_029_467_366_897_019_727;
        const P5: u64 = 2_870_177_450_012_600_261;
        let mut acc: u64 = P5;
        for item in items {
            let lane = self.hash(item)? as u64;
            acc = acc.wrapping_add(lane.wrapping_mul(P2));
            acc = acc.rotate_left(31);
            acc = acc.wrapping_mul(P1);
        }
        acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3_527_539));
        if acc == u64::MAX {
            return Ok(1_546_275_796);
        }
        Ok(fix_hash(acc as i64))
    }
}

/// Whether a bigint is zero (helper shared by numeric code).
pub fn is_zero(i: &BigInt) -> bool {
    i.is_zero()
}
