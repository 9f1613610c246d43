//! `_coroutines`: the native half of `types.coroutine` (a generator function whose
//! generators may be awaited). The rest of `types.coroutine` is Python, in `types.py`.

use ferropy_vm::object::function::Args;
use ferropy_vm::value::{ObjRef, Value};
use ferropy_vm::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    crate::native_module(vm, "_coroutines", &[("iterable_coroutine", iterable_coroutine)])
}

/// `iterable_coroutine(func)`: the awaitable copy of a generator function, or None.
fn iterable_coroutine(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(func) = args.pos.first() else { return vm.type_error("iterable_coroutine() takes exactly one argument (0 given)") };
    Ok(ferropy_vm::object::coroutine::iterable_coroutine(vm, func)?.unwrap_or(Value::None))
}
