//! Disassembly snapshots of coroutine constructs and `except*`, made as `dis_snapshots.rs`
//! makes its own (`cargo insta review`, or `INSTA_UPDATE=always cargo test` to accept).

use ferropy_compiler::{compile_source, dis, Mode, Options};

fn dis_of(source: &str) -> String {
    let code = compile_source(source, "snap.py", Mode::Exec, Options { optimize: 0 }).expect("compiles");
    dis::disassemble(&code)
}

macro_rules! snapshots {
    ($($name:ident: $src:expr;)*) => {
        $(
            #[test]
            fn $name() {
                insta::assert_snapshot!(stringify!($name), dis_of($src));
            }
        )*
    };
}

snapshots! {
    async_def_await: "async def f(x):\n    return await x\n";
    async_for_else: "async def f(xs):\n    async for x in xs:\n        if x:\n            break\n    else:\n        g()\n";
    async_with_as: "async def f():\n    async with a() as b:\n        return b\n";
    async_generator: "async def g():\n    x = yield 1\n    await x\n";
    async_comprehension: "async def f(xs):\n    return [x async for x in xs if await x]\n";
    try_except_star: "try:\n    a()\nexcept* ValueError as e:\n    b(e)\nexcept* (TypeError, KeyError):\n    c()\n";
}
