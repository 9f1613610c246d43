//! `_abc`: the part of the ABC machinery that `abc.py` cannot do in Python — the collection
//! flags `match` reads (CPython's `Py_TPFLAGS_SEQUENCE` and `Py_TPFLAGS_MAPPING`, which its own
//! `_abc` sets in `_abc_init` and `_abc_register`).
//!
//! `_collection_flags(cls)` is the flag a class has (its own or inherited through its MRO);
//! `_set_collection_flags(cls, flags)` gives a class and its subclasses the flag, leaving
//! builtin types alone. The flags themselves live on the type; see `ferropy_vm::ops::pattern`.

use ferropy_vm::object::function::Args;
use ferropy_vm::object::NativeFn;
use ferropy_vm::ops::pattern::{collection_flags, set_collection_flag, COLLECTION_FLAGS};
use ferropy_vm::value::{ObjRef, Value};
use ferropy_vm::vm::{PyResult, Vm};

fn class_arg(vm: &Vm, args: &Args, function: &str) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if o.type_data().is_some() => Ok(o.clone()),
        Some(other) => vm.type_error(format!("{function}() argument 1 must be a type, not {}", vm.type_name(other))),
        None => vm.type_error(format!("{function}() missing required argument 'cls' (pos 1)")),
    }
}

fn get_flags(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = class_arg(vm, &args, "_collection_flags")?;
    Ok(Value::Int(collection_flags(vm, &cls) as i64))
}

fn set_flags(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = class_arg(vm, &args, "_set_collection_flags")?;
    let flags = match args.pos.get(1) {
        Some(v) => vm.index_value(v)?,
        None => return vm.type_error("_set_collection_flags() missing required argument 'flags' (pos 2)"),
    };
    set_collection_flag(vm, &cls, (flags & COLLECTION_FLAGS as i64) as u8);
    Ok(Value::None)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[("_collection_flags", get_flags), ("_set_collection_flags", set_flags)];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    crate::native_module(vm, "_abc", FUNCTIONS)
}
