//! Per-instruction caches for the loop's hottest lookups: attribute loads and stores, method
//! loads and global loads.
//!
//! Each code object has one slot per instruction. A slot remembers what the last lookup found
//! together with the versions it depended on: a type's version (which changes whenever an
//! attribute of the type or of one of its bases changes) or a dict's version (which changes on
//! every mutation). A slot whose versions still match is used without repeating the lookup;
//! any mismatch falls back to the full lookup, which refills the slot. A stale slot can
//! therefore cost a lookup, never give a wrong answer.
//!
//! Instance-attribute slots also keep a hint: the position of the name in the last instance
//! dict that had it. Instances of a class usually gain their attributes in the same order, so
//! the hint usually finds the entry without hashing; a hint that does not match is only a miss.
//!
//! The fields are `Cell`s so the common hit path reads them without a `RefCell` borrow.

use crate::object::{CodeData, Payload};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// LOAD_ATTR/STORE_ATTR: the object's type (at `version`) defines nothing under the name and
/// has no `__getattribute__`/`__setattr__` of its own, so the instance dict decides; `aux` is
/// the entry hint.
const INSTANCE_ATTR: u8 = 1;
/// LOAD_METHOD: the type (at `version`) has `value` under the name.
const METHOD: u8 = 2;
/// LOAD_GLOBAL: `value`, valid while the globals dict `key` is at `version` and the builtins
/// at `aux`.
const GLOBAL: u8 = 3;

/// A slot; `kind` 0 means empty (nothing cached yet).
#[derive(Default)]
pub struct CacheSlot {
    kind: Cell<u8>,
    version: Cell<u64>,
    aux: Cell<u64>,
    key: Cell<usize>,
    value: RefCell<Option<Value>>,
}

/// Fresh (empty) slots for a code object of `n` instructions.
pub fn new_slots(n: usize) -> Box<[CacheSlot]> {
    (0..n).map(|_| CacheSlot::default()).collect()
}

#[inline]
fn type_version(cls: &ObjRef) -> u64 {
    cls.type_data().map_or(0, |t| t.version.get())
}

fn table_version(d: &ObjRef) -> u64 {
    match &d.payload {
        Payload::Dict(t) => t.borrow().version,
        _ => 0,
    }
}

fn is_native(v: Option<Value>) -> bool {
    matches!(v.as_ref().and_then(|v| v.as_obj()).map(|o| &o.payload), Some(Payload::Builtin(_)))
}

impl Vm {
    /// Whether attribute `name` of instances of `cls` is decided by the instance dict alone.
    fn instance_dict_decides(&self, cls: &ObjRef, name: &ObjRef, hook: &'static str) -> bool {
        self.lookup_type(cls, name).is_none() && is_native(self.lookup_type_str(cls, hook))
    }

    /// LOAD_ATTR through the instruction's cache slot.
    pub fn load_attr_cached(&mut self, obj: &Value, name: &ObjRef, code: &Rc<CodeData>, pc: usize) -> PyResult<Value> {
        if let Value::Obj(o) = obj {
            if let (Some(dict), Some(cls)) = (&o.dict, &o.class) {
                let slot = &code.caches[pc];
                let version = type_version(cls);
                if slot.kind.get() == INSTANCE_ATTR && slot.version.get() == version {
                    if let Payload::Dict(t) = &dict.payload {
                        let t = t.borrow();
                        if let Some(v) = t.value_at_hint(slot.aux.get() as usize, name) {
                            return Ok(v);
                        }
                        if let Some(i) = t.index_of_str(name) {
                            slot.aux.set(i as u64);
                            return Ok(t.entry(i).value.clone());
                        }
                    }
                } else if self.instance_dict_decides(cls, name, "__getattribute__") {
                    slot.kind.set(INSTANCE_ATTR);
                    slot.version.set(version);
                    slot.aux.set(u64::MAX);
                }
            }
        }
        self.get_attr(obj, name)
    }

    /// STORE_ATTR through the instruction's cache slot (plain instances only).
    pub fn store_attr_cached(&mut self, obj: &Value, name: &ObjRef, value: Value, code: &Rc<CodeData>, pc: usize) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            if let (Some(dict), Some(cls), Payload::Instance(_)) = (&o.dict, &o.class, &o.payload) {
                let slot = &code.caches[pc];
                let version = type_version(cls);
                if slot.kind.get() == INSTANCE_ATTR && slot.version.get() == version {
                    if let Payload::Dict(t) = &dict.payload {
                        let mut t = t.borrow_mut();
                        let hint = slot.aux.get() as usize;
                        if t.value_at_hint(hint, name).is_some() {
                            t.set_value(hint, value);
                            return Ok(());
                        }
                        drop(t);
                        crate::object::dict::dict_set_str(dict, name, value);
                        if let Some(i) = dict_index(dict, name) {
                            slot.aux.set(i as u64);
                        }
                        return Ok(());
                    }
                } else if self.instance_dict_decides(cls, name, "__setattr__") {
                    slot.kind.set(INSTANCE_ATTR);
                    slot.version.set(version);
                    slot.aux.set(u64::MAX);
                }
            }
        }
        self.set_attr(obj, name, value)
    }

    /// LOAD_METHOD through the instruction's cache slot.
    pub fn load_method_cached(&mut self, obj: Value, name: &ObjRef, code: &Rc<CodeData>, pc: usize) -> PyResult<(Value, Value)> {
        let slot = &code.caches[pc];
        let version = type_version(self.class_of(&obj));
        if slot.kind.get() == METHOD && slot.version.get() == version {
            let shadowed = match &obj {
                Value::Obj(o) => o.dict.as_ref().is_some_and(|d| dict_index(d, name).is_some()),
                _ => false,
            };
            if !shadowed {
                if let Some(func) = slot.value.borrow().clone() {
                    return Ok((func, obj));
                }
            }
        }
        let (callable, receiver) = self.load_method(obj, name)?;
        if !matches!(receiver, Value::Null) {
            slot.kind.set(METHOD);
            slot.version.set(version);
            *slot.value.borrow_mut() = Some(callable.clone());
        }
        Ok((callable, receiver))
    }

    /// LOAD_GLOBAL through the instruction's cache slot.
    pub fn load_global_cached(&mut self, name: &ObjRef, globals: &ObjRef, builtins: &ObjRef, code: &Rc<CodeData>, pc: usize) -> Option<Value> {
        let slot = &code.caches[pc];
        let key = Rc::as_ptr(globals) as usize;
        let (gv, bv) = (table_version(globals), table_version(builtins));
        if slot.kind.get() == GLOBAL && slot.key.get() == key && slot.version.get() == gv && slot.aux.get() == bv {
            if let Some(v) = slot.value.borrow().clone() {
                return Some(v);
            }
        }
        let value = crate::object::dict::dict_get_str(globals, name).or_else(|| crate::object::dict::dict_get_str(builtins, name))?;
        slot.kind.set(GLOBAL);
        slot.key.set(key);
        slot.version.set(gv);
        slot.aux.set(bv);
        *slot.value.borrow_mut() = Some(value.clone());
        Some(value)
    }
}

fn dict_index(d: &ObjRef, name: &ObjRef) -> Option<usize> {
    match &d.payload {
        Payload::Dict(t) => t.borrow().index_of_str(name),
        _ => None,
    }
}
