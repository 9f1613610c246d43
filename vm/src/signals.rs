//! Pending asynchronous events the loop must notice: the eval breaker.
//!
//! `PENDING_INTERRUPT` is set from outside the interpreter (a signal handler, another thread)
//! and polled at backward jumps; when set, the main thread raises `KeyboardInterrupt`.

use crate::vm::{PyResult, Vm};
use std::sync::atomic::{AtomicBool, Ordering};

pub static PENDING_INTERRUPT: AtomicBool = AtomicBool::new(false);

/// Polled at backward jumps.
#[inline]
pub fn check(vm: &mut Vm) -> PyResult<()> {
    if PENDING_INTERRUPT.load(Ordering::Relaxed) {
        PENDING_INTERRUPT.store(false, Ordering::Relaxed);
        return Err(vm.new_exception_with_args(vm.ctx.exc("KeyboardInterrupt"), vm.new_tuple(vec![])));
    }
    Ok(())
}
