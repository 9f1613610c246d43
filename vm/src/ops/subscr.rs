//! Subscription: `obj[key]`, `obj[key] = v`, `del obj[key]`, and index/slice arithmetic.
//!
//! Lists, tuples, strs and dicts are handled inline; everything else goes through
//! `__getitem__`/`__setitem__`/`__delitem__` (and `__class_getitem__` for types).

use crate::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// Normalizes an index for a sequence of `len` items; `None` when out of range.
pub fn normalize_index(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let j = if i < 0 { i + len } else { i };
    (0..len).contains(&j).then_some(j as usize)
}

/// `slice.indices(len)`: (start, stop, step) clamped as CPython's `PySlice_AdjustIndices`.
pub fn slice_indices(vm: &mut Vm, slice: &Value, len: usize) -> PyResult<(i64, i64, i64)> {
    let Value::Obj(o) = slice else { return vm.type_error("expected a slice") };
    let Payload::Slice(start, stop, step) = &o.payload else { return vm.type_error("expected a slice") };
    let len = len as i64;
    let step = if step.is_none() {
        1
    } else {
        let s = clamp_index(vm, step)?;
        if s == 0 {
            return vm.value_error("slice step cannot be zero");
        }
        s
    };
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let bound = |vm: &mut Vm, v: &Value, default: i64| -> PyResult<i64> {
        if v.is_none() {
            return Ok(default);
        }
        let i = clamp_index(vm, v)?;
        Ok(if i < 0 { (i + len).max(lower) } else { i.min(upper) })
    };
    let start = bound(vm, start, if step < 0 { upper } else { lower })?;
    let stop = bound(vm, stop, if step < 0 { lower } else { upper })?;
    Ok((start, stop, step))
}

fn clamp_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match crate::ops::number::as_bigint(v) {
        Some(i) => Ok(num_traits::ToPrimitive::to_i64(&i).unwrap_or(if i.sign() == num_bigint::Sign::Minus { i64::MIN / 2 } else { i64::MAX / 2 })),
        None => match vm.call_special(v, "__index__", &[])? {
            Some(r) => clamp_index(vm, &r),
            None => vm.type_error("slice indices must be integers or None or have an __index__ method"),
        },
    }
}

/// The positions a slice selects.
pub fn slice_positions(start: i64, stop: i64, step: i64) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = start;
    if step > 0 {
        while i < stop {
            out.push(i as usize);
            i += step;
        }
    } else {
        while i > stop {
            out.push(i as usize);
            i += step;
        }
    }
    out
}

impl Vm {
    pub fn get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if let (Value::Obj(o), Value::Int(i)) = (obj, key) {
            match &o.payload {
                Payload::List(l) if self.class_of(obj).type_data().is_some_and(|t| !t.is_heap) => {
                    let l = l.borrow();
                    return match normalize_index(*i, l.len()) {
                        Some(j) => Ok(l[j].clone()),
                        None => self.index_error("list index out of range"),
                    };
                }
                Payload::Tuple(t) if self.class_of(obj).type_data().is_some_and(|t| !t.is_heap) => {
                    return match normalize_index(*i, t.len()) {
                        Some(j) => Ok(t[j].clone()),
                        None => self.index_error("tuple index out of range"),
                    };
                }
                Payload::Str(s) if self.class_of(obj).type_data().is_some_and(|t| !t.is_heap) => {
                    return match normalize_index(*i, s.char_len()) {
                        Some(j) => Ok(Value::Obj(self.ctx.char_str(s.char_at(j)))),
                        None => self.index_error("string index out of range"),
                    };
                }
                _ => {}
            }
        }
        if let Value::Obj(o) = obj {
            if let Payload::List(l) = &o.payload {
                // Slices and other keys of exact lists: no `__getitem__` lookup.
                if Rc::ptr_eq(self.class_of(obj), &self.ctx.types.list) {
                    return crate::object::list::list_subscript(self, l, key);
                }
            }
        }
        if let Value::Obj(o) = obj {
            if let Payload::Dict(_) = &o.payload {
                if self.class_of(obj).type_data().is_some_and(|t| !t.is_heap) {
                    return match crate::object::dict::dict_get(self, o, key)? {
                        Some(v) => Ok(v),
                        None => self.key_error(key.clone()),
                    };
                }
            }
            if let Payload::Type(_) = &o.payload {
                // A metaclass's __getitem__ comes first (Enum['NAME']), then __class_getitem__.
                if let Some(v) = self.call_special(obj, "__getitem__", &[key.clone()])? {
                    return Ok(v);
                }
                if let Some(m) = self.get_attr_opt(obj, "__class_getitem__")? {
                    return self.call1(&m, key.clone());
                }
                let name = o.type_data().map(|t| t.name()).unwrap_or_default();
                return self.type_error(format!("type '{name}' is not subscriptable"));
            }
        }
        match self.call_special(obj, "__getitem__", &[key.clone()])? {
            Some(v) => Ok(v),
            None => self.type_error(format!("'{}' object is not subscriptable", self.type_name(obj))),
        }
    }

    pub fn set_item(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        if let (Value::Obj(o), Value::Int(i)) = (obj, &key) {
            if let Payload::List(l) = &o.payload {
                if self.class_of(obj).type_data().is_some_and(|t| !t.is_heap) {
                    let mut l = l.borrow_mut();
                    return match normalize_index(*i, l.len()) {
                        Some(j) => {
                            l[j] = value;
                            Ok(())
                        }
                        None => {
                            drop(l);
                            self.index_error("list assignment index out of range")
                        }
                    };
                }
            }
        }
        if let Value::Obj(o) = obj {
            if let Payload::List(l) = &o.payload {
                if Rc::ptr_eq(self.class_of(obj), &self.ctx.types.list) {
                    return crate::object::list::list_assign_subscript(self, l, &key, &value);
                }
            }
        }
        if let Value::Obj(o) = obj {
            if let Payload::Dict(_) = &o.payload {
                if self.class_of(obj).type_data().is_some_and(|t| !t.is_heap) {
                    return crate::object::dict::dict_set(self, o, key, value);
                }
            }
        }
        match self.call_special(obj, "__setitem__", &[key, value])? {
            Some(_) => Ok(()),
            None => self.type_error(format!("'{}' object does not support item assignment", self.type_name(obj))),
        }
    }

    pub fn del_item(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match self.call_special(obj, "__delitem__", &[key.clone()])? {
            Some(_) => Ok(()),
            None => self.type_error(format!("'{}' object doesn't support item deletion", self.type_name(obj))),
        }
    }
}
