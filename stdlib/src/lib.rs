//! ferropy's standard library: native modules written in Rust, and modules written in Python
//! that are embedded in the binary. `register` installs both in a `Context` at start-up; the VM
//! never names a stdlib module itself.

mod embedded;
pub mod math;
pub mod time;

use ferropy_vm::context::Context;

/// Installs every stdlib module.
pub fn register(ctx: &Context) {
    let mut natives = ctx.native_modules.borrow_mut();
    natives.insert("math".into(), math::init);
    natives.insert("time".into(), time::init);
    drop(natives);
    let mut frozen = ctx.frozen_modules.borrow_mut();
    for (name, source, is_package) in embedded::MODULES {
        frozen.insert(name.to_string(), (source, *is_package));
    }
}
