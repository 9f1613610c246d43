//! The `builtins` module: registration of every builtin type's methods at start-up, and the
//! builtin functions (split by theme into the files of this folder).

pub mod classes;
pub mod exec;
pub mod file;
pub mod functions;
pub mod iterators;
pub mod numeric;

use crate::context::Context;
use crate::object::exception::TbEntry;
use crate::object::{NativeFn, Payload, PyObject};
use crate::value::Value;
use crate::vm::Vm;

/// Registers the methods of every builtin type (called once by `Context::new`).
pub fn register_type_methods(ctx: &Context) {
    crate::object::object::register(ctx);
    crate::object::typeobj::register(ctx);
    crate::object::int::register(ctx);
    crate::object::float::register(ctx);
    crate::object::strtype::register(ctx);
    crate::object::bytes::register(ctx);
    crate::object::memoryview::register(ctx);
    crate::object::list::register(ctx);
    crate::object::tuple::register(ctx);
    crate::object::dict::register(ctx);
    crate::object::set::register(ctx);
    crate::object::range::register(ctx);
    crate::object::slice::register(ctx);
    crate::object::iter::register(ctx);
    crate::object::generator::register(ctx);
    crate::object::coroutine::register(ctx);
    crate::object::funcobj::register(ctx);
    crate::object::descriptors::register(ctx);
    crate::object::misc::register(ctx);
    crate::exceptions::register(ctx);
    crate::object::exception_group::register(ctx);
    file::register(ctx);
    iterators::register(ctx);
}

fn set(vm: &Vm, name: &str, v: Value) {
    let key = vm.intern(name);
    if let Payload::Dict(t) = &vm.builtins_dict.payload {
        let h = crate::object::dict::str_hash(&key);
        let mut t = t.borrow_mut();
        match t.lookup(h, &Value::Obj(key.clone()), crate::ops::hash::fast_eq) {
            crate::object::table::Lookup::Found(i) => t.set_value(i, v),
            _ => t.insert_new(h, Value::Obj(key), v),
        }
    }
}

/// Fills the builtins module.
pub fn init_builtins_module(vm: &mut Vm) {
    let ctx = vm.ctx.clone();
    for (name, ty) in ctx.types.all() {
        if matches!(
            name,
            "int" | "bool" | "float" | "complex" | "str" | "bytes" | "bytearray" | "memoryview" | "list" | "tuple" | "dict" | "set"
                | "frozenset" | "range" | "slice" | "object" | "type" | "property" | "staticmethod" | "classmethod"
                | "super" | "enumerate" | "zip" | "map" | "filter" | "reversed"
        ) {
            set(vm, name, Value::Obj(ty.clone()));
        }
    }
    let mut exceptions: Vec<(&str, crate::value::ObjRef)> = ctx.exceptions.iter().map(|(k, v)| (*k, v.clone())).collect();
    exceptions.sort_by_key(|(k, _)| *k);
    for (name, cls) in exceptions {
        set(vm, name, Value::Obj(cls));
    }
    set(vm, "None", Value::None);
    set(vm, "True", Value::TRUE);
    set(vm, "False", Value::FALSE);
    set(vm, "Ellipsis", ctx.ellipsis.clone());
    set(vm, "NotImplemented", ctx.not_implemented.clone());
    set(vm, "__debug__", Value::bool(ctx.options.borrow().optimize == 0));
    set(vm, "__name__", vm.new_str("builtins"));
    set(vm, "__doc__", Value::None);
    let tables: [&[(&'static str, NativeFn)]; 5] =
        [functions::FUNCTIONS, numeric::FUNCTIONS, exec::FUNCTIONS, iterators::FUNCTIONS, crate::object::coroutine::BUILTINS];
    for table in tables {
        for (name, f) in table {
            let b = ctx.new_builtin(name, "builtins", *f, false);
            set(vm, name, Value::Obj(b));
        }
    }
    let open = ctx.new_builtin("open", "builtins", file::open, false);
    set(vm, "open", Value::Obj(open));
}

/// `tb_frame`: a minimal frame-like object with `f_code`, `f_lineno` and `f_globals`.
pub fn frame_proxy(vm: &mut Vm, entry: &TbEntry) -> Value {
    let ns = vm.new_dict_obj();
    let code = Value::Obj(PyObject::new(vm.ctx.types.code.clone(), Payload::Code(entry.code.clone())));
    for (k, v) in [("f_code", code), ("f_lineno", Value::Int(entry.line() as i64))] {
        let key = Value::Obj(vm.intern(k));
        let _ = crate::object::dict::dict_set(vm, &ns, key, v);
    }
    let cls = Value::Obj(vm.ctx.types.type_.clone());
    let name = vm.new_str("frame");
    let bases = vm.new_tuple(vec![]);
    match vm.call(&cls, crate::object::function::Args::positional(&[name, bases, Value::Obj(ns)])) {
        Ok(c) => vm.call0(&c).unwrap_or(Value::None),
        Err(_) => Value::None,
    }
}

/// The C library's message for an errno, as `os.strerror` gives it.
pub fn strerror(errno: i32) -> String {
    match errno {
        1 => "Operation not permitted",
        2 => "No such file or directory",
        3 => "No such process",
        4 => "Interrupted system call",
        5 => "Input/output error",
        9 => "Bad file descriptor",
        10 => "No child processes",
        11 => "Resource temporarily unavailable",
        12 => "Cannot allocate memory",
        13 => "Permission denied",
        17 => "File exists",
        20 => "Not a directory",
        21 => "Is a directory",
        22 => "Invalid argument",
        24 => "Too many open files",
        28 => "No space left on device",
        32 => "Broken pipe",
        36 => "File name too long",
        39 => "Directory not empty",
        104 => "Connection reset by peer",
        110 => "Connection timed out",
        111 => "Connection refused",
        _ => return std::io::Error::from_raw_os_error(errno).to_string().split(" (os error").next().unwrap_or("Unknown error").to_string(),
    }
    .to_string()
}
