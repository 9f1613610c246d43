//! ferropy's standard library: native modules written in Rust, and modules written in Python
//! that are embedded in the binary. `register` installs both in a `Context` at start-up; the VM
//! never names a stdlib module itself.

pub mod collections;
mod embedded;
pub mod io;
pub mod math;
pub mod math_special;
pub mod os;
pub mod posixpath;
pub mod time;

use ferropy_vm::context::Context;

/// Installs every stdlib module.
pub fn register(ctx: &Context) {
    let mut natives = ctx.native_modules.borrow_mut();
    natives.insert("math".into(), math::init);
    natives.insert("_collections".into(), collections::init);
    natives.insert("time".into(), time::init);
    natives.insert("os".into(), os::init);
    natives.insert("posixpath".into(), posixpath::init);
    natives.insert("_io".into(), io::init);
    drop(natives);
    let mut frozen = ctx.frozen_modules.borrow_mut();
    for (name, source, is_package) in embedded::MODULES {
        frozen.insert(name.to_string(), (source, *is_package));
    }
}
