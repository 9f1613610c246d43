//! The runtime half of the `match` statement: the opcodes the compiler's patterns
//! (`compiler/src/codegen/pattern.rs`) are built from, with CPython 3.11's semantics and words.
//!
//! - `MATCH_SEQUENCE` / `MATCH_MAPPING` ask whether the subject's *type* is a sequence or a
//!   mapping for `match`. As in CPython this is a type flag (`Py_TPFLAGS_SEQUENCE`,
//!   `Py_TPFLAGS_MAPPING`), not an `isinstance` check against `collections.abc`: list, tuple,
//!   range and memoryview are sequences and dict and mappingproxy are mappings by birth; str,
//!   bytes and bytearray are not sequences even though they are registered with `Sequence`.
//!   A class statement's class inherits the flag of the first class in its MRO that has one;
//!   an ABC with `__abc_tpflags__` in its body (`collections.abc.Sequence`, `Mapping`) has
//!   it, and `register()` on such an ABC gives it to the registered class and, recursively,
//!   its subclasses — unless that class is a builtin (immutable) type. The flag a class has
//!   itself lives in `TypeData::collection_flags`; `abc.py` sets it through `_abc`.
//! - `MATCH_KEYS` looks the keys up with the subject's `get(key, sentinel)` (so
//!   `defaultdict`s grow no keys), refusing keys that repeat (value patterns can name equal
//!   keys that the compiler cannot see) and keys that are not hashable.
//! - `MATCH_CLASS` is `isinstance` (with `__instancecheck__`), then the positional
//!   sub-patterns through `__match_args__` — or, for the eleven builtin types that match
//!   themselves (bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple)
//!   and their subclasses that do not define `__match_args__`, the subject itself — then the
//!   keyword ones. A missing attribute is a failed match, not an error.
//! - `GET_LEN` is `len()`; `COPY_DICT_WITHOUT_KEYS` makes the dict `**rest` captures.
//!
//! Every function here returns a `PyResult`; a failed match is a value (`false`, `None`),
//! never an exception.

use crate::object::types::BaseKind;
use crate::object::{Payload, PyObject};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use ferropy_compiler::opcode::Opcode;
use std::cell::RefCell;
use std::rc::Rc;

/// CPython's `Py_TPFLAGS_SEQUENCE` (the value `__abc_tpflags__` uses).
pub const TPFLAGS_SEQUENCE: u8 = 1 << 5;
/// CPython's `Py_TPFLAGS_MAPPING`.
pub const TPFLAGS_MAPPING: u8 = 1 << 6;
/// Both collection flags: a class has at most one of them.
pub const COLLECTION_FLAGS: u8 = TPFLAGS_SEQUENCE | TPFLAGS_MAPPING;

/// The collection flag a class has itself (builtin types' are fixed).
fn own_collection_flags(vm: &Vm, cls: &ObjRef) -> u8 {
    let Some(data) = cls.type_data() else { return 0 };
    if data.is_heap {
        return data.collection_flags.get();
    }
    let t = &vm.ctx.types;
    let is = |other: &ObjRef| Rc::ptr_eq(cls, other);
    if is(&t.list) || is(&t.tuple) || is(&t.range) || is(&t.memoryview) {
        TPFLAGS_SEQUENCE
    } else if is(&t.dict) || is(&t.mappingproxy) {
        TPFLAGS_MAPPING
    } else {
        data.collection_flags.get()
    }
}

/// The collection flag of a class: its own, or that of the first class in its MRO with one.
pub fn collection_flags(vm: &Vm, cls: &ObjRef) -> u8 {
    let Some(data) = cls.type_data() else { return 0 };
    let own = own_collection_flags(vm, cls);
    if own != 0 {
        return own;
    }
    let mro = data.mro.borrow();
    mro.iter().map(|base| own_collection_flags(vm, base)).find(|f| *f != 0).unwrap_or(0)
}

/// Gives `cls` (and its subclasses) the collection flag `flag`, as registering it with a
/// sequence or mapping ABC does. Builtin types keep theirs.
pub fn set_collection_flag(vm: &Vm, cls: &ObjRef, flag: u8) {
    let flag = flag & COLLECTION_FLAGS;
    let Some(data) = cls.type_data() else { return };
    if flag == 0 || !data.is_heap || collection_flags(vm, cls) == flag {
        return;
    }
    data.collection_flags.set(flag);
    let subclasses: Vec<ObjRef> = data.subclasses.borrow().iter().filter_map(|w| w.upgrade()).collect();
    for sub in &subclasses {
        set_collection_flag(vm, sub, flag);
    }
}

/// Whether the subject's type has `flag`.
pub fn is_collection(vm: &Vm, subject: &Value, flag: u8) -> bool {
    collection_flags(vm, vm.class_of(subject)) & flag != 0
}

/// `MATCH_SEQUENCE` and `MATCH_MAPPING` (the loop pushes the answer, or branches on it).
#[inline]
pub fn is_collection_for(vm: &Vm, subject: &Value, op: Opcode) -> bool {
    let flag = if op == Opcode::MATCH_MAPPING { TPFLAGS_MAPPING } else { TPFLAGS_SEQUENCE };
    is_collection(vm, subject, flag)
}

/// Runs `MATCH_KEYS`, `MATCH_CLASS`, `GET_LEN` or `COPY_DICT_WITHOUT_KEYS` on the operand
/// stack (stack effects as in the opcode table).
pub fn execute(vm: &mut Vm, stack: &mut Vec<Value>, op: Opcode, arg: u32) -> PyResult<()> {
    let top = |stack: &Vec<Value>, n: usize| stack[stack.len() - n].clone();
    let result = match op {
        Opcode::MATCH_KEYS => match_keys(vm, &top(stack, 2), &top(stack, 1))?,
        Opcode::GET_LEN => get_len(vm, &top(stack, 1))?,
        Opcode::MATCH_CLASS => {
            let (subject, cls, names) = (top(stack, 3), top(stack, 2), top(stack, 1));
            stack.truncate(stack.len() - 3);
            match_class(vm, &subject, &cls, arg as usize, &names)?
        }
        Opcode::COPY_DICT_WITHOUT_KEYS => {
            let (subject, keys) = (top(stack, 2), top(stack, 1));
            stack.truncate(stack.len() - 2);
            copy_dict_without_keys(vm, &subject, &keys)?
        }
        other => unreachable!("{} is not a pattern-matching opcode", other.name()),
    };
    stack.push(result);
    Ok(())
}

/// `GET_LEN`: `len(obj)` as an int.
pub fn get_len(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    let len = vm.len(obj)?;
    Ok(vm.new_int(len.into()))
}

/// Whether `key` repeats one of `seen` (as a set would see it); records it otherwise.
fn check_new_key(vm: &mut Vm, seen: &mut Vec<(i64, Value)>, key: &Value) -> PyResult<bool> {
    let hash = vm.hash(key)?;
    for (seen_hash, seen_key) in seen.iter() {
        if *seen_hash == hash && vm.eq(seen_key, key)? {
            return Ok(false);
        }
    }
    seen.push((hash, key.clone()));
    Ok(true)
}

/// `MATCH_KEYS`: the values of `keys` (a tuple) in the mapping `subject`, as a tuple, or
/// `None` when one is missing.
pub fn match_keys(vm: &mut Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let keys = crate::object::tuple::tuple_items(keys).to_vec();
    if keys.is_empty() {
        return Ok(vm.new_tuple(Vec::new()));
    }
    // `get(key, missing)` checks and fetches in one step and never makes a key appear.
    let exact_dict = match subject {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) && Rc::ptr_eq(vm.class_of(subject), &vm.ctx.types.dict) => Some(o.clone()),
        _ => None,
    };
    let get = match exact_dict {
        Some(_) => None,
        None => Some(vm.get_attr_str(subject, "get")?),
    };
    let missing = Value::Obj(PyObject::new(vm.ctx.types.object.clone(), Payload::Instance(RefCell::new(Vec::new()))));
    let mut seen = Vec::with_capacity(keys.len());
    let mut values = Vec::with_capacity(keys.len());
    for key in &keys {
        if !check_new_key(vm, &mut seen, key)? {
            let shown = vm.repr_string(key)?;
            return vm.value_error(format!("mapping pattern checks duplicate key ({shown})"));
        }
        let value = match (&exact_dict, &get) {
            (Some(d), _) => crate::object::dict::dict_get(vm, d, key)?,
            (None, Some(get)) => {
                let v = vm.call(get, crate::object::function::Args::positional(&[key.clone(), missing.clone()]))?;
                (!v.is(&missing)).then_some(v)
            }
            (None, None) => unreachable!("a dict or a get method"),
        };
        match value {
            Some(v) => values.push(v),
            None => return Ok(Value::None),
        }
    }
    Ok(vm.new_tuple(values))
}

/// `COPY_DICT_WITHOUT_KEYS`: a new dict of the mapping's items, less `keys` (the `**rest`
/// of a mapping pattern).
pub fn copy_dict_without_keys(vm: &mut Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let rest = vm.new_dict();
    crate::object::dict::dict_update_from(vm, &rest, subject, false)?;
    let rest_dict = rest.as_obj().expect("a dict").clone();
    for key in crate::object::tuple::tuple_items(keys).to_vec() {
        if crate::object::dict::dict_del(vm, &rest_dict, &key)?.is_none() {
            return vm.key_error(key);
        }
    }
    Ok(rest)
}

/// Whether instances of `cls` match a single positional sub-pattern themselves
/// (CPython's `_Py_TPFLAGS_MATCH_SELF`, which subclasses inherit).
fn matches_itself(cls: &ObjRef) -> bool {
    cls.type_data().is_some_and(|t| {
        matches!(
            t.base_kind,
            BaseKind::Bool | BaseKind::ByteArray | BaseKind::Bytes | BaseKind::Dict | BaseKind::Float | BaseKind::FrozenSet
                | BaseKind::Int | BaseKind::List | BaseKind::Set | BaseKind::Str | BaseKind::Tuple
        )
    })
}

/// `MATCH_CLASS count`: for `cls(<count positional>, <names>=…)`, the tuple of attributes
/// to match the sub-patterns against, or `None` when `subject` is not an instance of `cls`
/// or lacks one of the attributes.
pub fn match_class(vm: &mut Vm, subject: &Value, cls: &Value, count: usize, names: &Value) -> PyResult<Value> {
    let class = match cls {
        Value::Obj(o) if o.type_data().is_some() => o.clone(),
        _ => return vm.type_error("called match pattern must be a type"),
    };
    if !crate::builtins::functions::class_check(vm, subject, cls, false, "isinstance")? {
        return Ok(Value::None);
    }
    let class_name = class.type_data().map(|t| t.name()).unwrap_or_default();
    let mut seen: Vec<ObjRef> = Vec::new();
    let mut attrs: Vec<Value> = Vec::with_capacity(count);
    if count > 0 {
        let (match_args, match_self) = match vm.get_attr_str(cls, "__match_args__") {
            Ok(args) => {
                let is_tuple = matches!(&args, Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)))
                    && Rc::ptr_eq(vm.class_of(&args), &vm.ctx.types.tuple);
                if !is_tuple {
                    return vm.type_error(format!("{class_name}.__match_args__ must be a tuple (got {})", vm.type_name(&args)));
                }
                (crate::object::tuple::tuple_items(&args).to_vec(), false)
            }
            Err(e) if vm.exc_matches(&e, "AttributeError") => (Vec::new(), matches_itself(&class)),
            Err(e) => return Err(e),
        };
        let allowed = if match_self { 1 } else { match_args.len() };
        if allowed < count {
            let plural = if allowed == 1 { "" } else { "s" };
            return vm.type_error(format!("{class_name}() accepts {allowed} positional sub-pattern{plural} ({count} given)"));
        }
        if match_self {
            attrs.push(subject.clone());
        } else {
            for name in &match_args[..count] {
                let is_str = matches!(name, Value::Obj(o) if matches!(o.payload, Payload::Str(_)))
                    && Rc::ptr_eq(vm.class_of(name), &vm.ctx.types.str);
                if !is_str {
                    return vm.type_error(format!("__match_args__ elements must be strings (got {})", vm.type_name(name)));
                }
                let name = name.as_obj().expect("a str").clone();
                match match_class_attribute(vm, subject, &class_name, &name, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
    }
    for name in crate::object::tuple::tuple_items(names).to_vec() {
        let name = name.as_obj().expect("keyword names are strs").clone();
        match match_class_attribute(vm, subject, &class_name, &name, &mut seen)? {
            Some(v) => attrs.push(v),
            None => return Ok(Value::None),
        }
    }
    Ok(vm.new_tuple(attrs))
}

/// One attribute for `MATCH_CLASS`: `None` when the subject has no such attribute; an error
/// when two sub-patterns name the same attribute.
fn match_class_attribute(vm: &mut Vm, subject: &Value, class_name: &str, name: &ObjRef, seen: &mut Vec<ObjRef>) -> PyResult<Option<Value>> {
    if seen.iter().any(|s| s.as_str() == name.as_str()) {
        let shown = vm.repr_string(&Value::Obj(name.clone()))?;
        return vm.type_error(format!("{class_name}() got multiple sub-patterns for attribute {shown}"));
    }
    seen.push(name.clone());
    let name = vm.intern(name.as_str().unwrap_or(""));
    match vm.get_attr(subject, &name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.exc_matches(&e, "AttributeError") => Ok(None),
        Err(e) => Err(e),
    }
}
