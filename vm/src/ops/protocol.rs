//! The object protocols the loop and the builtins lean on: truth, `repr`/`str`, `len`,
//! iteration, `format`.
//!
//! Each has a fast path for the builtin types and falls back to the dunder looked up on the
//! type, with CPython's TypeError wording when there is none. `repr_guarded` stops infinite
//! recursion when a container contains itself (`[[...]]`).

use crate::object::{DictViewKind, IterState, Payload, PyObject};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

thread_local! {
    static REPR_ACTIVE: RefCell<Vec<i64>> = const { RefCell::new(Vec::new()) };
}

/// Runs `body` unless `obj`'s repr is already being computed (then returns `recursive`).
pub fn repr_guarded(vm: &mut Vm, obj: &Value, body: impl FnOnce(&mut Vm) -> PyResult<String>, recursive: &str) -> PyResult<String> {
    let id = obj.id();
    if REPR_ACTIVE.with(|r| r.borrow().contains(&id)) {
        return Ok(recursive.to_string());
    }
    REPR_ACTIVE.with(|r| r.borrow_mut().push(id));
    let result = body(vm);
    REPR_ACTIVE.with(|r| r.borrow_mut().retain(|x| *x != id));
    result
}

/// Escapes every non-ASCII character as `ascii()` does.
pub fn escape_non_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// How a callable is named in call errors: `f()`, `A.f()`.
pub fn callable_name(vm: &Vm, func: &Value) -> String {
    match func {
        Value::Obj(o) => match &o.payload {
            Payload::Function(f) => match vm.str_of(&f.module.borrow()) {
                Some(m) if m != "builtins" => format!("{m}.{}()", f.qualname.borrow()),
                _ => format!("{}()", f.qualname.borrow()),
            },
            Payload::Builtin(b) => format!("{}()", b.name),
            Payload::BoundMethod { func, .. } => callable_name(vm, func),
            Payload::Type(t) => format!("{}()", t.name()),
            _ => format!("{} object", vm.type_name(func)),
        },
        _ => format!("{} object", vm.type_name(func)),
    }
}

impl Vm {
    /// `bool(v)`.
    pub fn is_true(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => return Ok(b.get()),
            Value::None => return Ok(false),
            Value::Int(i) => return Ok(*i != 0),
            Value::Float(f) => return Ok(f.get() != 0.0),
            Value::Null => return Ok(false),
            Value::Obj(o) => {
                if self.class_of(v).type_data().is_some_and(|t| !t.is_heap) {
                    match &o.payload {
                        Payload::Str(s) => return Ok(s.char_len() > 0),
                        Payload::List(l) => return Ok(!l.borrow().is_empty()),
                        Payload::Tuple(t) => return Ok(!t.is_empty()),
                        Payload::Dict(d) => return Ok(!d.borrow().is_empty()),
                        Payload::Set(d) => return Ok(!d.borrow().is_empty()),
                        Payload::FrozenSet(d) => return Ok(!d.is_empty()),
                        Payload::Int(i) => return Ok(!num_traits::Zero::is_zero(i)),
                        Payload::Bytes(b) => return Ok(!b.is_empty()),
                        _ => {}
                    }
                }
            }
        }
        if let Some(r) = self.call_special(v, "__bool__", &[])? {
            return match r {
                Value::Bool(b) => Ok(b.get()),
                _ => self.type_error(format!("__bool__ should return bool, returned {}", self.type_name(&r))),
            };
        }
        if let Some(r) = self.call_special(v, "__len__", &[])? {
            let n = self.index_value(&r)?;
            if n < 0 {
                return self.value_error("__len__() should return >= 0");
            }
            return Ok(n != 0);
        }
        Ok(true)
    }

    /// `repr(v)` as a str object.
    pub fn repr(&mut self, v: &Value) -> PyResult<ObjRef> {
        match self.call_special(v, "__repr__", &[])? {
            Some(Value::Obj(o)) if matches!(o.payload, Payload::Str(_)) => Ok(o),
            Some(other) => self.type_error(format!("__repr__ returned non-string (type {})", self.type_name(&other))),
            None => Ok(self.ctx.new_str(format!("<{} object>", self.type_name(v)))),
        }
    }

    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Int(i) => return Ok(i.to_string()),
            Value::None => return Ok("None".into()),
            Value::Bool(b) => return Ok(if b.get() { "True".into() } else { "False".into() }),
            Value::Float(f) => return Ok(crate::format::float_repr(f.get())),
            _ => {}
        }
        let r = self.repr(v)?;
        Ok(r.as_str().unwrap_or("").to_string())
    }

    /// `str(v)` as a str object.
    pub fn str(&mut self, v: &Value) -> PyResult<ObjRef> {
        if let Value::Obj(o) = v {
            if matches!(o.payload, Payload::Str(_)) && self.class_of(v).type_data().is_some_and(|t| !t.is_heap) {
                return Ok(o.clone());
            }
        }
        match self.call_special(v, "__str__", &[])? {
            Some(Value::Obj(o)) if matches!(o.payload, Payload::Str(_)) => Ok(o),
            Some(other) => self.type_error(format!("__str__ returned non-string (type {})", self.type_name(&other))),
            None => self.repr(v),
        }
    }

    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Int(i) => Ok(i.to_string()),
            Value::Obj(o) if matches!(o.payload, Payload::Str(_)) && self.class_of(v).type_data().is_some_and(|t| !t.is_heap) => {
                Ok(o.as_str().unwrap_or("").to_string())
            }
            _ => {
                let s = self.str(v)?;
                Ok(s.as_str().unwrap_or("").to_string())
            }
        }
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        // Instances of builtin types directly; a subclass may override `__len__`.
        if let Value::Obj(o) = v {
            if self.class_of(v).type_data().is_some_and(|t| !t.is_heap) {
                match &o.payload {
                    Payload::Str(s) => return Ok(s.char_len()),
                    Payload::List(l) => return Ok(l.borrow().len()),
                    Payload::Tuple(t) => return Ok(t.len()),
                    Payload::Dict(d) => return Ok(d.borrow().len()),
                    Payload::Set(d) => return Ok(d.borrow().len()),
                    Payload::FrozenSet(d) => return Ok(d.len()),
                    Payload::Bytes(b) => return Ok(b.len()),
                    Payload::ByteArray(b) => return Ok(b.borrow().len()),
                    _ => {}
                }
            }
        }
        match self.call_special(v, "__len__", &[])? {
            Some(r) => {
                let n = self.index_value(&r)?;
                if n < 0 {
                    return self.value_error("__len__() should return >= 0");
                }
                Ok(n as usize)
            }
            None => self.type_error(format!("object of type '{}' has no len()", self.type_name(v))),
        }
    }

    /// An integer from `__index__` (for lengths and indices).
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            _ => {
                let i = self.index_bigint(v)?;
                match num_traits::ToPrimitive::to_i64(&i) {
                    Some(x) => Ok(x),
                    None => self.err("OverflowError", format!("cannot fit 'int' into an index-sized integer")),
                }
            }
        }
    }

    /// `operator.index(v)` as a bigint.
    pub fn index_bigint(&mut self, v: &Value) -> PyResult<num_bigint::BigInt> {
        if let Some(i) = super::number::as_bigint(v) {
            return Ok(i);
        }
        match self.call_special(v, "__index__", &[])? {
            Some(r) => match super::number::as_bigint(&r) {
                Some(i) => Ok(i),
                None => self.type_error(format!("__index__ returned non-int (type {})", self.type_name(&r))),
            },
            None => self.type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(v))),
        }
    }

    /// Whether `iter(v)` would succeed (without calling anything).
    pub fn is_iterable(&self, v: &Value) -> bool {
        let cls = self.class_of(v);
        self.lookup_type_str(cls, "__iter__").is_some_and(|m| !m.is_none()) || self.lookup_type_str(cls, "__getitem__").is_some()
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            let exact = self.class_of(v).type_data().is_some_and(|t| !t.is_heap);
            if exact {
                let t = &self.ctx.types;
                let state = match &o.payload {
                    Payload::List(_) => Some((t.list_iterator.clone(), IterState::Seq { seq: o.clone(), index: 0 })),
                    Payload::Tuple(_) => Some((t.tuple_iterator.clone(), IterState::Seq { seq: o.clone(), index: 0 })),
                    Payload::Str(_) => Some((t.str_iterator.clone(), IterState::Seq { seq: o.clone(), index: 0 })),
                    Payload::Bytes(_) | Payload::ByteArray(_) => Some((t.bytes_iterator.clone(), IterState::Seq { seq: o.clone(), index: 0 })),
                    Payload::Range { start, stop, step } => {
                        let small = (num_traits::ToPrimitive::to_i64(start), num_traits::ToPrimitive::to_i64(stop), num_traits::ToPrimitive::to_i64(step));
                        match small {
                            (Some(a), Some(b), Some(c)) if a.checked_add(c).is_some() && b.checked_add(c).is_some() => {
                                Some((t.range_iterator.clone(), IterState::Range { next: a, stop: b, step: c }))
                            }
                            _ => Some((t.range_iterator.clone(), IterState::BigRange(Box::new(crate::object::iter::BigRangeState { next: start.clone(), stop: stop.clone(), step: step.clone() })))),
                        }
                    }
                    Payload::Dict(_) => return Ok(crate::object::dict::dict_iter(self, o.clone(), DictViewKind::Keys)),
                    Payload::DictView { kind, dict } => return Ok(crate::object::dict::dict_iter(self, dict.clone(), *kind)),
                    Payload::Set(_) | Payload::FrozenSet(_) => return Ok(crate::object::set::set_iter(self, o.clone())),
                    Payload::Iterator(_) => return Ok(v.clone()),
                    Payload::Generator(_) if crate::object::generator::is_plain_generator(self, o) => return Ok(v.clone()),
                    _ => None,
                };
                if let Some((cls, state)) = state {
                    return Ok(Value::Obj(PyObject::new(cls, Payload::Iterator(RefCell::new(state)))));
                }
            }
        }
        let cls = self.class_of(v).clone();
        match self.lookup_type_str(&cls, "__iter__") {
            Some(Value::None) => {}
            Some(_) => {
                let it = self.call_special(v, "__iter__", &[])?.unwrap_or(Value::None);
                let icls = self.class_of(&it).clone();
                if self.lookup_type_str(&icls, "__next__").is_none() {
                    return self.type_error(format!("iter() returned non-iterator of type '{}'", self.type_name(&it)));
                }
                return Ok(it);
            }
            None => {
                if self.lookup_type_str(&cls, "__getitem__").is_some() {
                    let state = IterState::GetItem { obj: v.clone(), index: 0 };
                    return Ok(Value::Obj(PyObject::new(self.ctx.types.seq_iterator.clone(), Payload::Iterator(RefCell::new(state)))));
                }
            }
        }
        self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// `next(it)`: `None` when exhausted (StopIteration is absorbed).
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = it {
            match &o.payload {
                Payload::Iterator(_) => return crate::object::iter::iter_next(self, o),
                Payload::Generator(_) if crate::object::generator::is_plain_generator(self, o) => return crate::object::generator::gen_next(self, o),
                _ => {}
            }
        }
        match self.call_special(it, "__next__", &[]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => self.type_error(format!("'{}' object is not an iterator", self.type_name(it))),
            Err(e) if self.exc_matches(&e, "StopIteration") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// All items of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            if self.class_of(v).type_data().is_some_and(|t| !t.is_heap) {
                match &o.payload {
                    Payload::List(l) => return Ok(l.borrow().clone()),
                    Payload::Tuple(t) => return Ok(t.to_vec()),
                    _ => {}
                }
            }
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &Value) -> PyResult<Value> {
        let spec_str = self.str_of(spec).unwrap_or("").to_string();
        match v {
            Value::Int(i) if self.class_of(v).type_data().is_some() => {
                return crate::object::int::format_int_value(self, &num_bigint::BigInt::from(*i), &spec_str, "int");
            }
            Value::Float(f) => return crate::object::float::format_float_value(self, f.get(), &spec_str),
            _ => {}
        }
        match self.call_special(v, "__format__", &[spec.clone()])? {
            Some(r @ Value::Obj(_)) if self.str_of(&r).is_some() => Ok(r),
            Some(r) => self.type_error(format!("__format__ must return a str, not {}", self.type_name(&r))),
            None => self.type_error("no __format__"),
        }
    }
}
