# Builtin exception hierarchy
for exc in (ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError,
            RecursionError, NotImplementedError, StopIteration, KeyboardInterrupt, SystemExit,
            ModuleNotFoundError, UnboundLocalError, TimeoutError, BrokenPipeError, OverflowError,
            IndentationError, TabError, StopAsyncIteration, GeneratorExit, AssertionError):
    print(exc.__name__, [c.__name__ for c in exc.__mro__])
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(LookupError, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(GeneratorExit, Exception))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(FloatingPointError, ArithmeticError))
print(issubclass(UnicodeError, ValueError), issubclass(ConnectionRefusedError, OSError), IOError is OSError, EnvironmentError is OSError)
print(issubclass(Warning, Exception), issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Warning))
print(issubclass(bool, int), issubclass(Exception, BaseException), BaseException.__bases__)
