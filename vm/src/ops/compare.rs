//! Rich comparison, equality and membership.
//!
//! `rich_compare` follows CPython's `do_richcompare`: the reflected method of a right operand
//! whose type is a proper subclass goes first; `NotImplemented` passes to the other side; `==`
//! and `!=` fall back to identity; ordering comparisons fall back to TypeError. `eq` is
//! `PyObject_RichCompareBool`: identical objects are equal without asking `__eq__`.

use super::number::{as_num, Num};
use crate::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use ferropy_compiler::opcode::CompareOp;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cmp::Ordering;
use std::rc::Rc;

pub fn compare_ord(ord: Ordering, op: CompareOp) -> bool {
    match op {
        CompareOp::Lt => ord == Ordering::Less,
        CompareOp::Le => ord != Ordering::Greater,
        CompareOp::Eq => ord == Ordering::Equal,
        CompareOp::Ne => ord != Ordering::Equal,
        CompareOp::Gt => ord == Ordering::Greater,
        CompareOp::Ge => ord != Ordering::Less,
    }
}

/// The loop's inline comparison of two small ints or floats (any mix); `None` defers to
/// `Vm::rich_compare`. An int meets a float only below 2**53, where the conversion is exact;
/// a NaN is unordered, so only `!=` holds.
#[inline(always)]
pub fn fast_compare(lhs: &Value, rhs: &Value, op: CompareOp) -> Option<bool> {
    const EXACT: u64 = 1 << 53;
    let ord = match (lhs, rhs) {
        (Value::Int(a), Value::Int(b)) => Some(a.cmp(b)),
        (Value::Float(a), Value::Float(b)) => a.get().partial_cmp(&b.get()),
        (Value::Float(a), Value::Int(b)) if b.unsigned_abs() < EXACT => a.get().partial_cmp(&(*b as f64)),
        (Value::Int(a), Value::Float(b)) if a.unsigned_abs() < EXACT => (*a as f64).partial_cmp(&b.get()),
        _ => return None,
    };
    Some(match ord {
        Some(ord) => compare_ord(ord, op),
        None => op == CompareOp::Ne,
    })
}

/// Compares an int with a float exactly (no rounding of big ints).
fn cmp_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let fl = f.floor();
    let fi = BigInt::from(fl as i128);
    let fi = if fl.abs() < 1e38 { fi } else { num_bigint::BigInt::parse_bytes(format!("{fl:.0}").as_bytes(), 10).unwrap_or(fi) };
    match i.cmp(&fi) {
        Ordering::Equal => Some(if f > fl { Ordering::Less } else { Ordering::Equal }),
        other => Some(other),
    }
}

/// Compares two numbers; `None` when unordered (NaN).
pub fn compare_numbers(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(x.cmp(y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Int(x), Num::Float(y)) => {
            if x.unsigned_abs() < (1 << 53) {
                (*x as f64).partial_cmp(y)
            } else {
                cmp_int_float(&BigInt::from(*x), *y)
            }
        }
        (Num::Float(x), Num::Int(y)) => compare_numbers(&Num::Int(*y), &Num::Float(*x)).map(Ordering::reverse),
        (Num::Big(x), Num::Big(y)) => Some(x.cmp(y)),
        (Num::Big(x), Num::Int(y)) => Some((*x).cmp(&BigInt::from(*y))),
        (Num::Int(x), Num::Big(y)) => Some(BigInt::from(*x).cmp(y)),
        (Num::Big(x), Num::Float(y)) => cmp_int_float(x, *y),
        (Num::Float(x), Num::Big(y)) => cmp_int_float(y, *x).map(Ordering::reverse),
        _ => None,
    }
}

fn is_exact_builtin(vm: &Vm, v: &Value) -> bool {
    vm.class_of(v).type_data().is_some_and(|t| !t.is_heap)
}

impl Vm {
    pub fn rich_compare(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
        if is_exact_builtin(self, a) && is_exact_builtin(self, b) {
            if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
                if !matches!(x, Num::Complex(..)) && !matches!(y, Num::Complex(..)) {
                    return Ok(Value::bool(match compare_numbers(&x, &y) {
                        Some(ord) => compare_ord(ord, op),
                        None => op == CompareOp::Ne,
                    }));
                }
            }
            if let (Some(x), Some(y)) = (self.str_of(a), self.str_of(b)) {
                return Ok(Value::bool(compare_ord(x.cmp(y), op)));
            }
        }
        let acls = self.class_of(a).clone();
        let bcls = self.class_of(b).clone();
        let reflected = op.swapped();
        let right_first = !Rc::ptr_eq(&acls, &bcls) && self.is_subtype(&bcls, &acls) && {
            let rm = self.lookup_type_str(&bcls, reflected.dunder());
            let lm = self.lookup_type_str(&acls, reflected.dunder());
            match (rm, lm) {
                (Some(r), Some(l)) => !r.is(&l),
                (Some(_), None) => true,
                _ => false,
            }
        };
        if right_first {
            if let Some(r) = self.call_special(b, reflected.dunder(), &[a.clone()])? {
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.call_special(a, op.dunder(), &[b.clone()])? {
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !right_first {
            if let Some(r) = self.call_special(b, reflected.dunder(), &[a.clone()])? {
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        match op {
            CompareOp::Eq => Ok(Value::bool(a.is(b))),
            CompareOp::Ne => Ok(Value::bool(!a.is(b))),
            _ => self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            )),
        }
    }

    /// `a == b` as a bool (identity implies equality).
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        if let Some(r) = super::hash::fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.rich_compare(a, b, CompareOp::Eq)?;
        self.is_true(&r)
    }

    /// `a < b` as a bool (for sorting, min, max).
    pub fn lt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(x < y);
        }
        let r = self.rich_compare(a, b, CompareOp::Lt)?;
        self.is_true(&r)
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::Obj(o) = container {
            let exact = is_exact_builtin(self, container);
            match &o.payload {
                Payload::Dict(_) if exact => {
                    let hash = self.hash(item)?;
                    return Ok(crate::object::dict::find_entry(self, o, item, hash)?.is_some());
                }
                Payload::Set(_) | Payload::FrozenSet(_) if exact => return crate::object::set::set_contains(self, o, item),
                Payload::List(l) if exact => {
                    let items = l.borrow().clone();
                    for x in &items {
                        if self.eq(x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Payload::Tuple(t) if exact => {
                    for x in t.iter() {
                        if self.eq(x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Payload::Str(s) if exact => {
                    return match self.str_of(item) {
                        Some(needle) => Ok(s.as_str().contains(needle)),
                        None => self.type_error(format!("'in <string>' requires string as left operand, not {}", self.type_name(item))),
                    };
                }
                Payload::Range { start, stop, step } if exact => {
                    if let Some(i) = super::number::as_bigint(item).filter(|_| !matches!(item, Value::Float(_))) {
                        let inside = if step > &BigInt::from(0) { &i >= start && &i < stop } else { &i <= start && &i > stop };
                        return Ok(inside && ((&i - start) % step) == BigInt::from(0));
                    }
                }
                _ => {}
            }
        }
        if let Some(r) = self.call_special(container, "__contains__", &[item.clone()])? {
            return self.is_true(&r);
        }
        if !self.is_iterable(container) {
            return self.type_error(format!("argument of type '{}' is not iterable", self.type_name(container)));
        }
        let it = self.get_iter(container)?;
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

#[allow(dead_code)]
fn to_i64(b: &BigInt) -> Option<i64> {
    b.to_i64()
}
