//! ferropy's standard library: native modules written in Rust, and modules written in Python
//! that are embedded in the binary. `register` installs both in a `Context` at start-up; the VM
//! never names a stdlib module itself.

pub mod abc;
pub mod bytecode;
pub mod collections;
pub mod coroutines;
pub mod dis;
mod embedded;
pub mod gil;
pub mod io;
pub mod marshal;
pub mod math;
pub mod math_special;
pub mod os;
pub mod os_process;
pub mod posixpath;
pub mod thread;
pub mod time;
pub mod traceback;

use ferropy_vm::context::Context;
use ferropy_vm::object::NativeFn;
use ferropy_vm::value::{ObjRef, Value};
use ferropy_vm::vm::{PyResult, Vm};

/// Installs every stdlib module.
pub fn register(ctx: &Context) {
    let mut natives = ctx.native_modules.borrow_mut();
    natives.insert("math".into(), math::init);
    natives.insert("_collections".into(), collections::init);
    natives.insert("time".into(), time::init);
    natives.insert("os".into(), os::init);
    natives.insert("posixpath".into(), posixpath::init);
    natives.insert("_io".into(), io::init);
    natives.insert("_coroutines".into(), coroutines::init);
    natives.insert("marshal".into(), marshal::init);
    natives.insert("_bytecode".into(), bytecode::init);
    natives.insert("_traceback".into(), traceback::init);
    natives.insert("_dis".into(), dis::init);
    natives.insert("_abc".into(), abc::init);
    natives.insert("_thread".into(), thread::init);
    natives.insert("gil".into(), gil::init);
    drop(natives);
    let mut frozen = ctx.frozen_modules.borrow_mut();
    for (name, source, is_package) in embedded::MODULES {
        frozen.insert(name.to_string(), (source, *is_package));
    }
}

/// A new native module `name` holding the natives `functions`.
fn native_module(vm: &mut Vm, name: &'static str, functions: &[(&'static str, NativeFn)]) -> PyResult<ObjRef> {
    let m = ferropy_vm::object::misc::new_module(vm, name);
    for (fname, f) in functions {
        let b = vm.ctx.new_builtin(fname, name, *f, false);
        vm.set_attr_in_dict(&m, fname, Value::Obj(b))?;
    }
    Ok(m)
}

/// Makes a native class of `module`: `__new__`, methods and read-only properties over a base
/// class (`None` for `object`).
fn native_class(vm: &mut Vm, module: &str, name: &'static str, base: &Value, new: NativeFn, methods: &[(&'static str, NativeFn)], props: &[(&'static str, NativeFn)]) -> PyResult<ObjRef> {
    use ferropy_vm::object::{Payload, PyObject};
    let ns = vm.new_dict_obj();
    let set = |vm: &mut Vm, k: &str, v: Value| -> PyResult<()> {
        let key = Value::Obj(vm.intern(k));
        ferropy_vm::object::dict::dict_set(vm, &ns, key, v)
    };
    set(vm, "__module__", vm.new_str(module))?;
    let n = vm.ctx.new_builtin("__new__", name, new, false);
    set(vm, "__new__", Value::Obj(n))?;
    for (m, f) in methods {
        let b = vm.ctx.new_builtin(m, name, *f, true);
        set(vm, m, Value::Obj(b))?;
    }
    for (p, f) in props {
        let getter = Value::Obj(vm.ctx.new_builtin(p, name, *f, false));
        let prop = PyObject::new(vm.ctx.types.property.clone(), Payload::Property { fget: getter, fset: Value::None, fdel: Value::None, doc: Value::None, name: Default::default() });
        set(vm, p, Value::Obj(prop))?;
    }
    let base = match base {
        Value::None => vm.ctx.types.object.clone(),
        other => match other.as_obj() {
            Some(b) => b.clone(),
            None => return vm.type_error(format!("{module}.{name}: base class missing")),
        },
    };
    let meta = vm.ctx.types.type_.clone();
    vm.new_class(&meta, name, vec![base], &Value::Obj(ns), &[])
}

/// Runs a native module's part written in Python (`source`, shown as `<frozen {name}>` in
/// tracebacks) in the module's namespace, and returns that namespace.
fn run_python_part(vm: &mut Vm, m: &ObjRef, source: &str, name: &str) -> PyResult<ObjRef> {
    let code = ferropy_vm::code::compile(vm, source, &format!("<frozen {name}>"), ferropy_compiler::Mode::Exec, None)?;
    let globals = m.dict.clone().expect("module dict");
    ferropy_vm::code::run_code(vm, code, globals.clone(), None)?;
    Ok(globals)
}
