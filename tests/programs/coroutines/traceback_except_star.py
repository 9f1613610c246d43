# A new exception raised in an except* clause of a coroutine, uncaught: context is the match.
async def f():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
f().send(None)
