# Compile-time errors of coroutine syntax, with CPython's message and position.

cases = [
    "await x",
    "def f():\n    await x",
    "class C:\n    await x",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    return 2\n    yield 1",
    "def f():\n    async for x in y: pass",
    "def f():\n    async with x: pass",
    "async for x in y: pass",
    "async with x: pass",
    "def f():\n    return [x async for x in y]",
    "def f():\n    return [await x for x in y]",
    "def f():\n    return {x: 1 async for x in y}",
    "def f():\n    return {x async for x in y}",
    "[x async for x in y]",
    "async def f():\n    def g():\n        await x",
    "async def f():\n    lambda: await x",
    "async def f():\n    class C:\n        await x",
    "def f(x=await y): pass",
    "def f():\n    [x for x in await y]",
    "def f():\n    [x async for x in y for z in w]",
    "try:\n    pass\nexcept* ValueError:\n    break",
    "for i in x:\n    try:\n        pass\n    except* ValueError:\n        continue",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass",
    # These compile.
    "def f():\n    return (x async for x in y)",
    "def f():\n    return (await x for x in y)",
    "async def f():\n    return [[await z for z in x] for x in y]",
    "async def f():\n    def g(x=await y): pass",
    "async def f():\n    yield\n    return",
    "async def f():\n    [x for x in await y]",
    "for i in x:\n    try:\n        pass\n    except* E:\n        for j in y:\n            break",
    "try:\n    pass\nexcept* E:\n    def g():\n        return 1",
    "async def f():\n    async with a as b, c:\n        async for x in b:\n            await x",
]

for src in cases:
    try:
        code = compile(src, "<case>", "exec")
        flags = []
        for const in code.co_consts:
            if hasattr(const, "co_flags"):
                flags.append((const.co_name, hex(const.co_flags & 0x3a0)))
        print("ok", flags)
    except SyntaxError as e:
        print(f"{e.msg!r} line {e.lineno} offset {e.offset} end {e.end_lineno}:{e.end_offset}")
