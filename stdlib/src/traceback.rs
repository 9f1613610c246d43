//! `_traceback`: the interpreter's own exception report, for the `traceback` module.
//!
//! `format_exception(exc)` returns exactly what an uncaught `exc` would print (chained
//! exceptions, stack entries with source lines and carets, the final line), so
//! `traceback.print_exc()` and the interpreter never disagree.

use ferropy_vm::object::function::Args;
use ferropy_vm::object::NativeFn;
use ferropy_vm::value::{ObjRef, Value};
use ferropy_vm::vm::{PyResult, Vm};

fn format_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let exc = match args.get(0, "exc") {
        Some(Value::Obj(o)) if vm.is_instance(&Value::Obj(o.clone()), &vm.ctx.exc("BaseException")) => o.clone(),
        Some(v) => return vm.type_error(format!("expected an exception, not '{}'", vm.type_name(v))),
        None => return vm.type_error("format_exception() missing required argument 'exc'"),
    };
    let text = ferropy_vm::traceback::format_exception(vm, &exc);
    Ok(vm.new_str(text))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[("format_exception", format_exception)];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    crate::native_module(vm, "_traceback", FUNCTIONS)
}
