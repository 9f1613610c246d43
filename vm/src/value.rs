//! `Value`: what lives in a local, on the operand stack, in a list or dict.
//!
//! Small integers, floats, bools and None are stored inline, so arithmetic on them allocates
//! nothing; everything else is an `ObjRef`, a reference-counted pointer to a `PyObject`.
//! Integers that do not fit in an `i64` live on the heap as a bigint; an inline `Int` is always
//! used when the value fits (the canonical form), so equal ints compare equal structurally.
//!
//! `Null` never reaches Python code: it only marks "no self" below a callable on the operand
//! stack (`PUSH_NULL`, `LOAD_METHOD`).
//!
//! Every payload is one 8-byte integer or pointer: a float is kept as its bits (`FloatBits`)
//! and a bool as a word (`BoolWord`). That makes `Value` what Rust calls a scalar pair, which
//! it passes in two registers and loads and stores as two words. With an `f64` or a `bool`
//! payload it was an opaque 16-byte blob, built in memory piece by piece and then copied with
//! one wide load, which stalls on every such copy (a fifth of the loop's time in `fib`).
//!
//! Reference counts are not atomic: values are only touched by the thread holding the GIL
//! (`gil.rs`), so `ObjRef` is deliberately `!Send`; `gil::GilBound` is the one way across threads.

use crate::object::PyObject;
use std::rc::Rc;

pub type ObjRef = Rc<PyObject>;

/// A float, stored as its IEEE bits (see the module docs).
#[derive(Clone, Copy)]
#[repr(transparent)]
pub struct FloatBits(u64);

impl FloatBits {
    #[inline(always)]
    pub const fn new(f: f64) -> FloatBits {
        FloatBits(f.to_bits())
    }

    #[inline(always)]
    pub const fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

impl std::fmt::Debug for FloatBits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

/// A bool, stored as a whole word (see the module docs).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u64)]
pub enum BoolWord {
    False = 0,
    True = 1,
}

impl BoolWord {
    #[inline(always)]
    pub const fn new(b: bool) -> BoolWord {
        if b { BoolWord::True } else { BoolWord::False }
    }

    #[inline(always)]
    pub const fn get(self) -> bool {
        matches!(self, BoolWord::True)
    }
}

pub enum Value {
    None,
    Bool(BoolWord),
    Int(i64),
    Float(FloatBits),
    Obj(ObjRef),
    /// Operand-stack marker only; see the module docs.
    Null,
}

impl Clone for Value {
    /// Written as a chain of tests (objects first) rather than a derived `match`, which
    /// compiles to an indirect jump that the hottest paths of the loop mispredict.
    #[inline]
    fn clone(&self) -> Value {
        if let Value::Obj(o) = self {
            return Value::Obj(o.clone());
        }
        if let Value::Int(i) = self {
            return Value::Int(*i);
        }
        if let Value::Float(f) = self {
            return Value::Float(*f);
        }
        if let Value::Bool(b) = self {
            return Value::Bool(*b);
        }
        if let Value::None = self {
            return Value::None;
        }
        Value::Null
    }
}

impl Value {
    pub const TRUE: Value = Value::Bool(BoolWord::True);
    pub const FALSE: Value = Value::Bool(BoolWord::False);

    #[inline(always)]
    pub const fn bool(b: bool) -> Value {
        Value::Bool(BoolWord::new(b))
    }

    #[inline(always)]
    pub const fn float(f: f64) -> Value {
        Value::Float(FloatBits::new(f))
    }

    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// The operand-stack marker, which also marks an unbound fast local.
    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    #[inline]
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// Identity, as Python's `is`.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) | (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.0 == b.0,
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// A stable identity number (`id()`): the address for objects, a tagged value otherwise.
    pub fn id(&self) -> i64 {
        match self {
            Value::Obj(o) => Rc::as_ptr(o) as usize as i64,
            Value::None => 0x1000,
            Value::Null => 0x1008,
            Value::Bool(b) => 0x1010 + b.get() as i64 * 8,
            Value::Int(i) => i.wrapping_mul(16).wrapping_add(0x7f00_0000_0001),
            Value::Float(f) => (f.0 as i64).wrapping_mul(16).wrapping_add(0x7e00_0000_0002),
        }
    }
}

impl From<ObjRef> for Value {
    fn from(o: ObjRef) -> Value {
        Value::Obj(o)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::float(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_keep_their_exact_bits() {
        for f in [0.0, -0.0, 1.5, f64::INFINITY, f64::NEG_INFINITY, f64::MIN_POSITIVE, f64::from_bits(0x7ff8_0000_dead_beef)] {
            assert_eq!(FloatBits::new(f).get().to_bits(), f.to_bits());
        }
        assert!(Value::float(-0.0).is(&Value::float(-0.0)));
        assert!(!Value::float(0.0).is(&Value::float(-0.0)));
    }

    #[test]
    fn bools_round_trip_and_are_identical_to_their_constants() {
        assert!(BoolWord::new(true).get() && !BoolWord::new(false).get());
        assert!(Value::bool(true).is(&Value::TRUE) && Value::bool(false).is(&Value::FALSE));
        assert!(!Value::TRUE.is(&Value::FALSE));
    }

    #[test]
    fn a_value_is_two_words() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<BoolWord>(), 8);
    }
}
