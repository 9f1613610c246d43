//! ferropy's standard library: native modules written in Rust, and modules written in Python
//! that are embedded in the binary. `register` installs both in a `Context` at start-up; the VM
//! never names a stdlib module itself.

pub mod abc;
pub mod bytecode;
pub mod collections;
pub mod coroutines;
pub mod dis;
mod embedded;
pub mod io;
pub mod marshal;
pub mod math;
pub mod math_special;
pub mod os;
pub mod posixpath;
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

/// Runs a native module's part written in Python (`source`, shown as `<frozen {name}>` in
/// tracebacks) in the module's namespace, and returns that namespace.
fn run_python_part(vm: &mut Vm, m: &ObjRef, source: &str, name: &str) -> PyResult<ObjRef> {
    let code = ferropy_vm::code::compile(vm, source, &format!("<frozen {name}>"), ferropy_compiler::Mode::Exec, None)?;
    let globals = m.dict.clone().expect("module dict");
    ferropy_vm::code::run_code(vm, code, globals.clone(), None)?;
    Ok(globals)
}
