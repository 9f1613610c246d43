//! The eval breaker: one atomic word the loop polls at backward jumps and calls.
//!
//! Each bit is a kind of pending work that must run between instructions: an interrupt to
//! deliver as `KeyboardInterrupt` (set from outside the interpreter — a signal handler, another
//! thread), or generators dropped while suspended inside `try`/`with` whose `finally` clauses
//! must still run. The loop pays one relaxed load per poll when nothing is pending; threads and
//! the GIL's drop requests will add their bits here.

use crate::vm::{PyResult, Vm};
use std::sync::atomic::{AtomicU32, Ordering};

pub static EVAL_BREAKER: AtomicU32 = AtomicU32::new(0);

/// A KeyboardInterrupt is pending for the main thread.
pub const INTERRUPT: u32 = 1;
/// Generator finalizers are pending (`object::generator::run_pending_finalizers`).
pub const FINALIZERS: u32 = 2;

/// Marks work as pending.
pub fn request(bit: u32) {
    EVAL_BREAKER.fetch_or(bit, Ordering::Relaxed);
}

/// Polled at backward jumps and calls.
#[inline]
pub fn check(vm: &mut Vm) -> PyResult<()> {
    if EVAL_BREAKER.load(Ordering::Relaxed) == 0 {
        return Ok(());
    }
    handle_pending(vm)
}

#[cold]
fn handle_pending(vm: &mut Vm) -> PyResult<()> {
    let pending = EVAL_BREAKER.swap(0, Ordering::Relaxed);
    if pending & FINALIZERS != 0 {
        crate::object::generator::run_pending_finalizers(vm);
    }
    if pending & INTERRUPT != 0 {
        return Err(vm.new_exception_with_args(vm.ctx.exc("KeyboardInterrupt"), vm.new_tuple(vec![])));
    }
    Ok(())
}
