//! The eval breaker: one atomic word the loop polls at backward jumps and calls.
//!
//! Each bit is a kind of pending work that must run between instructions: an interrupt to
//! deliver as `KeyboardInterrupt` in the main thread (set from outside the interpreter — the
//! SIGINT handler, `_thread.interrupt_main`), generators dropped while suspended inside
//! `try`/`with` whose `finally` clauses must still run, and the GIL's drop request (another
//! thread wants the lock). The loop pays one relaxed load per poll when nothing is pending.
//!
//! The word is process-wide, but only the GIL holder runs the loop, so whoever sees a bit is
//! the thread that must act on it — except `INTERRUPT`, which only the main thread consumes
//! (other threads leave it set for the main thread's next poll).

use crate::vm::{PyResult, Vm};
use std::sync::atomic::{AtomicU32, Ordering};

pub static EVAL_BREAKER: AtomicU32 = AtomicU32::new(0);

/// A KeyboardInterrupt is pending for the main thread.
pub const INTERRUPT: u32 = 1;
/// Generator finalizers are pending (`object::generator::run_pending_finalizers`).
pub const FINALIZERS: u32 = 2;
/// Another thread asked the GIL holder to let go (`gil::Gil::drop_requested`).
pub const GIL_DROP_REQUEST: u32 = 4;

/// Set when the program ended with an uncaught KeyboardInterrupt: the binary then ends the
/// process by SIGINT, as CPython does.
pub static EXIT_BY_SIGINT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Marks work as pending. Async-signal-safe (one atomic operation).
pub fn request(bit: u32) {
    EVAL_BREAKER.fetch_or(bit, Ordering::Relaxed);
}

/// Marks work as done.
pub fn clear(bit: u32) {
    EVAL_BREAKER.fetch_and(!bit, Ordering::Relaxed);
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
    let pending = EVAL_BREAKER.load(Ordering::Relaxed);
    if pending & GIL_DROP_REQUEST != 0 {
        crate::gil::GIL.drop_requested(vm.thread);
    }
    if pending & FINALIZERS != 0 {
        clear(FINALIZERS);
        crate::object::generator::run_pending_finalizers(vm);
    }
    check_interrupt(vm)
}

/// Raises a pending KeyboardInterrupt if this is the main thread (blocking waits call this
/// between their slices).
pub fn check_interrupt(vm: &mut Vm) -> PyResult<()> {
    if vm.is_main_thread() && EVAL_BREAKER.load(Ordering::Relaxed) & INTERRUPT != 0 {
        clear(INTERRUPT);
        return Err(vm.new_exception_with_args(vm.ctx.exc("KeyboardInterrupt"), vm.new_tuple(vec![])));
    }
    Ok(())
}

/// Whether a KeyboardInterrupt is waiting for the main thread.
pub fn interrupt_pending() -> bool {
    EVAL_BREAKER.load(Ordering::Relaxed) & INTERRUPT != 0
}
