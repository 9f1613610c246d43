//! Per-instruction caches for the loop's hottest lookups: attribute loads, method loads and
//! global loads.
//!
//! Each code object has one slot per instruction. A slot remembers what the last lookup found
//! together with the versions it depended on: a type's version (which changes whenever an
//! attribute of the type or of one of its bases changes) or a dict's version (which changes on
//! every mutation). A slot whose versions still match is used without repeating the lookup;
//! any mismatch falls back to the full lookup, which refills the slot. A stale slot can
//! therefore cost a lookup, never give a wrong answer.

use crate::object::{CodeData, Payload};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

#[derive(Clone, Default)]
pub enum InlineCache {
    #[default]
    Empty,
    /// LOAD_ATTR: the object's type (at this version) defines nothing under the name and no
    /// `__getattribute__` of its own, so the instance dict decides.
    InstanceAttr { version: u64 },
    /// LOAD_METHOD: the type (at this version) has this method under the name.
    Method { version: u64, func: Value },
    /// LOAD_GLOBAL: the value, valid while the globals (this dict) and builtins are unchanged.
    Global { globals: usize, globals_version: u64, builtins_version: u64, value: Value },
}

fn type_version(cls: &ObjRef) -> u64 {
    cls.type_data().map_or(0, |t| t.version.get())
}

fn table_version(d: &ObjRef) -> u64 {
    match &d.payload {
        Payload::Dict(t) => t.borrow().version,
        _ => 0,
    }
}

impl Vm {
    /// LOAD_ATTR through the instruction's cache slot.
    pub fn load_attr_cached(&mut self, obj: &Value, name: &ObjRef, code: &Rc<CodeData>, pc: usize) -> PyResult<Value> {
        if let Value::Obj(o) = obj {
            if let (Some(dict), Some(cls)) = (&o.dict, &o.class) {
                let version = type_version(cls);
                let cached = matches!(code.caches.borrow()[pc], InlineCache::InstanceAttr { version: v } if v == version);
                if cached {
                    if let Some(v) = crate::object::dict::dict_get_str(dict, name) {
                        return Ok(v);
                    }
                } else if self.lookup_type(cls, name).is_none() && self.lookup_type_str(cls, "__getattribute__").is_some_and(|g| matches!(g.as_obj().map(|o| &o.payload), Some(Payload::Builtin(_)))) {
                    code.caches.borrow_mut()[pc] = InlineCache::InstanceAttr { version };
                }
            }
        }
        self.get_attr(obj, name)
    }

    /// STORE_ATTR through the instruction's cache slot (the same `InstanceAttr` condition,
    /// with `object.__setattr__` in force).
    pub fn store_attr_cached(&mut self, obj: &Value, name: &ObjRef, value: Value, code: &Rc<CodeData>, pc: usize) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            if let (Some(dict), Some(cls)) = (&o.dict, &o.class) {
                let version = type_version(cls);
                let cached = matches!(code.caches.borrow()[pc], InlineCache::InstanceAttr { version: v } if v == version);
                if cached {
                    crate::object::dict::dict_set_str(dict, name, value);
                    return Ok(());
                }
                let plain = self.lookup_type(cls, name).is_none()
                    && self.lookup_type_str(cls, "__setattr__").is_some_and(|g| matches!(g.as_obj().map(|o| &o.payload), Some(Payload::Builtin(_))))
                    && matches!(o.payload, Payload::Instance(_));
                if plain {
                    code.caches.borrow_mut()[pc] = InlineCache::InstanceAttr { version };
                }
            }
        }
        self.set_attr(obj, name, value)
    }

    /// LOAD_METHOD through the instruction's cache slot.
    pub fn load_method_cached(&mut self, obj: Value, name: &ObjRef, code: &Rc<CodeData>, pc: usize) -> PyResult<(Value, Value)> {
        let cls = self.class_of(&obj).clone();
        let version = type_version(&cls);
        let hit = match &code.caches.borrow()[pc] {
            InlineCache::Method { version: v, func } if *v == version => Some(func.clone()),
            _ => None,
        };
        if let Some(func) = hit {
            let shadowed = match &obj {
                Value::Obj(o) => o.dict.as_ref().is_some_and(|d| crate::object::dict::dict_get_str(d, name).is_some()),
                _ => false,
            };
            if !shadowed {
                return Ok((func, obj));
            }
        }
        let (callable, receiver) = self.load_method(obj, name)?;
        if !matches!(receiver, Value::Null) {
            code.caches.borrow_mut()[pc] = InlineCache::Method { version, func: callable.clone() };
        }
        Ok((callable, receiver))
    }

    /// LOAD_GLOBAL through the instruction's cache slot.
    pub fn load_global_cached(&mut self, name: &ObjRef, globals: &ObjRef, builtins: &ObjRef, code: &Rc<CodeData>, pc: usize) -> Option<Value> {
        let key = Rc::as_ptr(globals) as usize;
        let (gv, bv) = (table_version(globals), table_version(builtins));
        if let InlineCache::Global { globals: g, globals_version, builtins_version, value } = &code.caches.borrow()[pc] {
            if *g == key && *globals_version == gv && *builtins_version == bv {
                return Some(value.clone());
            }
        }
        let value = crate::object::dict::dict_get_str(globals, name).or_else(|| crate::object::dict::dict_get_str(builtins, name))?;
        code.caches.borrow_mut()[pc] = InlineCache::Global { globals: key, globals_version: gv, builtins_version: bv, value: value.clone() };
        Some(value)
    }
}
