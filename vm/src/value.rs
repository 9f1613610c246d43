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
//! Reference counts are not atomic: values are only touched by the thread holding the GIL
//! (`gil.rs`), so `ObjRef` is deliberately `!Send`; `gil::GilBound` is the one way across threads.

use crate::object::PyObject;
use std::rc::Rc;

pub type ObjRef = Rc<PyObject>;

pub enum Value {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
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
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
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
            Value::Bool(b) => 0x1010 + *b as i64 * 8,
            Value::Int(i) => i.wrapping_mul(16).wrapping_add(0x7f00_0000_0001),
            Value::Float(f) => (f.to_bits() as i64).wrapping_mul(16).wrapping_add(0x7e00_0000_0002),
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
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}
