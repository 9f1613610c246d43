//! The `time` module: clocks and `sleep`.

use ferropy_vm::object::function::Args;
use ferropy_vm::object::NativeFn;
use ferropy_vm::value::{ObjRef, Value};
use ferropy_vm::vm::{PyResult, Vm};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

fn epoch() -> std::time::Duration {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}

fn start() -> Instant {
    use std::sync::OnceLock;
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn time(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::float(epoch().as_secs_f64()))
}

fn time_ns(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_int(epoch().as_nanos().into()))
}

fn monotonic(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::float(start().elapsed().as_secs_f64() + 1000.0))
}

fn monotonic_ns(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_int((start().elapsed().as_nanos() + 1_000_000_000_000).into()))
}

fn process_time(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::float(start().elapsed().as_secs_f64()))
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let secs = match args.pos.first() {
        Some(v) => ferropy_vm::object::float::to_float(vm, v)?,
        None => return vm.type_error("sleep() takes exactly one argument (0 given)"),
    };
    if secs < 0.0 {
        return vm.value_error("sleep length must be non-negative");
    }
    if secs.is_nan() {
        return vm.value_error("Invalid value NaN (not a number)");
    }
    if secs > crate::thread::TIMEOUT_MAX {
        return Err(vm.new_exception_msg("OverflowError", "sleep length is too large"));
    }
    crate::thread::sleep(vm, secs)?;
    Ok(Value::None)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("time", time),
    ("time_ns", time_ns),
    ("monotonic", monotonic),
    ("monotonic_ns", monotonic_ns),
    ("perf_counter", monotonic),
    ("perf_counter_ns", monotonic_ns),
    ("process_time", process_time),
    ("sleep", sleep),
];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    start();
    let m = crate::native_module(vm, "time", FUNCTIONS)?;
    Ok(m)
}
