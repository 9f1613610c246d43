//! Binary and unary operators: the loop's inline fast paths, then the dunder protocol.
//!
//! Dispatch follows CPython's `binary_op1`: the in-place method (`__iadd__`) first for `+=`;
//! then the left operand's method, except that a right operand whose type is a proper
//! subclass of the left's and overrides the reflected method goes first; `NotImplemented`
//! passes to the other side; if both decline, TypeError names the operand types.

use super::number::{arith, as_num};
use crate::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use ferropy_compiler::opcode::{BinaryOp, Opcode, INPLACE};
use std::rc::Rc;

/// The operands the inline fast paths take: two small ints, or two floats (a small int beside
/// a float converted, as float arithmetic converts it).
enum NumPair {
    Ints(i64, i64),
    Floats(f64, f64),
}

#[inline(always)]
fn num_pair(lhs: &Value, rhs: &Value) -> Option<NumPair> {
    Some(match (lhs, rhs) {
        (Value::Int(a), Value::Int(b)) => NumPair::Ints(*a, *b),
        (Value::Float(a), Value::Float(b)) => NumPair::Floats(a.get(), b.get()),
        (Value::Float(a), Value::Int(b)) => NumPair::Floats(a.get(), *b as f64),
        (Value::Int(a), Value::Float(b)) => NumPair::Floats(*a as f64, b.get()),
        _ => return None,
    })
}

/// Inline arithmetic on small ints and floats; `None` defers to `Vm::binary_op`.
#[inline(always)]
pub fn fast_binary(lhs: &Value, rhs: &Value, arg: u32) -> Option<Value> {
    let op = if arg >= INPLACE { arg - INPLACE } else { arg };
    match num_pair(lhs, rhs)? {
        NumPair::Ints(a, b) if op == 11 => int_true_divide(a, b).map(Value::float),
        NumPair::Ints(a, b) => int_fast(op, a, b).map(Value::Int),
        NumPair::Floats(a, b) => float_fast(op, a, b).map(Value::float),
    }
}

/// `fast_binary`, pushing the result onto `stack`; false (nothing pushed) defers to
/// `Vm::binary_op`. Each push builds its variant from a register: a `Value` computed first and
/// pushed after lived in memory, written in pieces, and the push's 16-byte load then waited on
/// a store-forwarding stall (a tenth of `nbody`'s time).
#[inline(always)]
pub fn fast_binary_push(lhs: &Value, rhs: &Value, arg: u32, stack: &mut Vec<Value>) -> bool {
    let op = if arg >= INPLACE { arg - INPLACE } else { arg };
    match num_pair(lhs, rhs) {
        Some(NumPair::Ints(a, b)) if op == 11 => push_some(stack, int_true_divide(a, b).map(Value::float)),
        Some(NumPair::Ints(a, b)) => push_some(stack, int_fast(op, a, b).map(Value::Int)),
        Some(NumPair::Floats(a, b)) => push_some(stack, float_fast(op, a, b).map(Value::float)),
        None => false,
    }
}

/// Pushes `v` if there is one; whether it did.
#[inline(always)]
fn push_some(stack: &mut Vec<Value>, v: Option<Value>) -> bool {
    match v {
        Some(v) => {
            stack.push(v);
            true
        }
        None => false,
    }
}

/// The small-int operators `fast_binary` handles, except true division.
#[inline(always)]
fn int_fast(op: u32, a: i64, b: i64) -> Option<i64> {
    Some(match op {
        0 => a.checked_add(b)?,
        10 => a.checked_sub(b)?,
        5 => a.checked_mul(b)?,
        1 => a & b,
        7 => a | b,
        12 => a ^ b,
        2 if b > 0 => a.div_euclid(b),
        6 if b > 0 => a.rem_euclid(b),
        _ => return None,
    })
}

/// `a / b` on small ints that floats hold exactly (so the quotient rounds once, as CPython's).
#[inline(always)]
fn int_true_divide(a: i64, b: i64) -> Option<f64> {
    (b != 0 && a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53)).then(|| a as f64 / b as f64)
}

#[inline(always)]
/// The float operators the fast paths handle.
fn float_fast(op: u32, a: f64, b: f64) -> Option<f64> {
    let r = match op {
        0 => a + b,
        10 => a - b,
        5 => a * b,
        11 if b != 0.0 => a / b,
        8 if a > 0.0 && b.is_finite() => {
            let r = a.powf(b);
            if !r.is_finite() {
                return None;
            }
            r
        }
        _ => return None,
    };
    Some(r)
}

fn is_exact_number(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) => true,
        Value::Obj(o) => matches!(o.payload, Payload::Int(_) | Payload::Float(_) | Payload::Complex(..)) && vm.class_of(v).type_data().is_some_and(|t| !t.is_heap),
        _ => false,
    }
}

impl Vm {
    pub fn binary_op(&mut self, lhs: &Value, rhs: &Value, op: BinaryOp, inplace: bool) -> PyResult<Value> {
        if let (Value::Bool(a), Value::Bool(b)) = (lhs, rhs) {
            match op {
                BinaryOp::And => return Ok(Value::bool(a.get() & b.get())),
                BinaryOp::Or => return Ok(Value::bool(a.get() | b.get())),
                BinaryOp::Xor => return Ok(Value::bool(a.get() ^ b.get())),
                _ => {}
            }
        }
        if is_exact_number(self, lhs) && is_exact_number(self, rhs) {
            if let Some(r) = arith(self, op, lhs, rhs)? {
                return Ok(r);
            }
        }
        if inplace {
            if let Some(r) = self.call_special(lhs, op.inplace_dunder(), &[rhs.clone()])? {
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.binary_op1(lhs, rhs, op.dunder(), op.reflected_dunder())? {
            return Ok(r);
        }
        if let Some(msg) = self.sequence_operator_error(lhs, rhs, op) {
            return self.type_error(msg);
        }
        let symbol = if inplace { format!("{}=", op.symbol()) } else { op.symbol().to_string() };
        if op == BinaryOp::Power && !inplace {
            return self.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
                self.type_name(lhs),
                self.type_name(rhs)
            ));
        }
        if op == BinaryOp::RShift && !inplace {
            if let Value::Obj(o) = lhs {
                if let Payload::Builtin(b) = &o.payload {
                    if b.name == "print" {
                        return self.type_error(format!(
                            "unsupported operand type(s) for >>: 'builtin_function_or_method' and '{}'. Did you mean \"print(<message>, file=<output_stream>)\"?",
                            self.type_name(rhs)
                        ));
                    }
                }
            }
        }
        self.type_error(format!("unsupported operand type(s) for {symbol}: '{}' and '{}'", self.type_name(lhs), self.type_name(rhs)))
    }

    /// CPython's messages when a sequence's `+` or `*` found no partner: the sequence slots
    /// (`sq_concat`, `sq_repeat`) are only tried after both number slots declined.
    fn sequence_operator_error(&self, lhs: &Value, rhs: &Value, op: BinaryOp) -> Option<String> {
        let seq_name = |v: &Value| match v {
            Value::Obj(o) => match &o.payload {
                Payload::Str(_) => Some("str"),
                Payload::List(_) => Some("list"),
                Payload::Tuple(_) => Some("tuple"),
                Payload::Bytes(_) => Some("bytes"),
                Payload::ByteArray(_) => Some("bytearray"),
                _ => None,
            },
            _ => None,
        };
        match op {
            BinaryOp::Add => {
                let l = seq_name(lhs)?;
                if l == "bytes" || l == "bytearray" {
                    return Some(format!("can't concat {} to {}", self.type_name(rhs), self.type_name(lhs)));
                }
                Some(format!("can only concatenate {l} (not \"{}\") to {l}", self.type_name(rhs)))
            }
            BinaryOp::Multiply => {
                if seq_name(lhs).is_some() {
                    Some(format!("can't multiply sequence by non-int of type '{}'", self.type_name(rhs)))
                } else if seq_name(rhs).is_some() {
                    Some(format!("can't multiply sequence by non-int of type '{}'", self.type_name(lhs)))
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// Tries `lhs.dunder(rhs)` and `rhs.rdunder(lhs)` in CPython's order; `None` if both decline.
    pub fn binary_op1(&mut self, lhs: &Value, rhs: &Value, dunder: &'static str, rdunder: &'static str) -> PyResult<Option<Value>> {
        let lcls = self.class_of(lhs).clone();
        let rcls = self.class_of(rhs).clone();
        let same = Rc::ptr_eq(&lcls, &rcls);
        let lmeth = self.lookup_type_str(&lcls, dunder);
        let rmeth = if same { None } else { self.lookup_type_str(&rcls, rdunder) };
        let right_first = match &rmeth {
            Some(r) => self.is_subtype(&rcls, &lcls) && !self.lookup_type_str(&lcls, rdunder).is_some_and(|l| l.is(r)),
            None => false,
        };
        if right_first {
            if let Some(r) = &rmeth {
                let v = self.call_descriptor_method(r, rhs, lhs)?;
                if !self.is_not_implemented(&v) {
                    return Ok(Some(v));
                }
            }
        }
        if let Some(l) = &lmeth {
            let v = self.call_descriptor_method(l, lhs, rhs)?;
            if !self.is_not_implemented(&v) {
                return Ok(Some(v));
            }
        }
        if !right_first {
            if let Some(r) = &rmeth {
                let v = self.call_descriptor_method(r, rhs, lhs)?;
                if !self.is_not_implemented(&v) {
                    return Ok(Some(v));
                }
            }
        }
        Ok(None)
    }

    /// Calls a method found on a type with (receiver, arg).
    fn call_descriptor_method(&mut self, method: &Value, receiver: &Value, arg: &Value) -> PyResult<Value> {
        self.call2(method, receiver.clone(), arg.clone())
    }

    pub fn unary_op(&mut self, op: Opcode, v: &Value) -> PyResult<Value> {
        match (op, v) {
            (Opcode::UNARY_NEGATIVE, Value::Int(i)) if *i != i64::MIN => return Ok(Value::Int(-i)),
            (Opcode::UNARY_NEGATIVE, Value::Float(f)) => return Ok(Value::float(-f.get())),
            (Opcode::UNARY_POSITIVE, Value::Int(_) | Value::Float(_)) => return Ok(v.clone()),
            (Opcode::UNARY_INVERT, Value::Int(i)) => return Ok(Value::Int(!i)),
            _ => {}
        }
        let (dunder, symbol) = match op {
            Opcode::UNARY_NEGATIVE => ("__neg__", "-"),
            Opcode::UNARY_POSITIVE => ("__pos__", "+"),
            _ => ("__invert__", "~"),
        };
        match self.call_special(v, dunder, &[])? {
            Some(r) => Ok(r),
            None => self.type_error(format!("bad operand type for unary {symbol}: '{}'", self.type_name(v))),
        }
    }

    /// `pow(a, b, m)` and `a ** b`.
    pub fn power(&mut self, a: &Value, b: &Value, m: Option<&Value>) -> PyResult<Value> {
        match m {
            None => self.binary_op(a, b, BinaryOp::Power, false),
            Some(m) => {
                // Three-argument power only asks the base: a Python `__pow__` gets the modulus as
                // its third argument (`__rpow__` is never used, as in CPython's `slot_nb_power`).
                let cls = self.class_of(a).clone();
                if cls.type_data().is_some_and(|t| t.is_heap) {
                    if let Some(meth) = self.lookup_type_str(&cls, "__pow__") {
                        if !matches!(meth.as_obj().map(|o| &o.payload), Some(Payload::Builtin(_))) {
                            let r = self.call(&meth, crate::object::function::Args::positional(&[a.clone(), b.clone(), m.clone()]))?;
                            if !self.is_not_implemented(&r) {
                                return Ok(r);
                            }
                        }
                    }
                }
                if as_num(a).is_some() && as_num(b).is_some() && as_num(m).is_some() {
                    return super::number::pow_mod(self, a, b, m);
                }
                let names = [a, b, m].map(|v| self.type_name(v));
                self.type_error(format!("unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'", names[0], names[1], names[2]))
            }
        }
    }
}

#[allow(dead_code)]
fn numeric(v: &Value) -> bool {
    as_num(v).is_some()
}
