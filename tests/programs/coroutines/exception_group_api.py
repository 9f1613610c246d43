# BaseExceptionGroup / ExceptionGroup: construction, attributes, split, subgroup, derive.

eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(repr(eg), str(eg), eg.message, eg.exceptions, eg.args)
print(type(eg).__mro__)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))
print(str(ExceptionGroup("one", [ValueError()])), str(ExceptionGroup("", (KeyError("k"),))))

b = BaseExceptionGroup("base", [ValueError(1)])
print(type(b).__name__, repr(b))
b = BaseExceptionGroup("base", [ValueError(1), KeyboardInterrupt()])
print(type(b).__name__, repr(b))

for args in [(), ("m",), (1, [ValueError()]), ("m", 5), ("m", {}), ("m", []), ("m", [1]),
             ("m", [ValueError(), 2]), ("m", [KeyboardInterrupt()]), ("a", [ValueError()], 3)]:
    try:
        ExceptionGroup(*args)
        print("made", args)
    except Exception as e:
        print(type(e).__name__, e)

nested = ExceptionGroup(
    "top",
    [
        ValueError(1),
        TypeError(2),
        ExceptionGroup("mid", [ValueError(3), KeyError(4), ExceptionGroup("low", [ValueError(5)])]),
        OSError(6),
    ],
)
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(nested.split((TypeError, KeyError))))
print(repr(nested.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 2)))
print(nested.split(Exception)[0] is nested, nested.subgroup(BaseException) is nested)
print(nested.split(ZeroDivisionError))
print(repr(nested.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "low")))
leaf = nested.exceptions[2].exceptions[1]
print(nested.split(lambda e: e is leaf)[0].exceptions[0].exceptions[0] is leaf)
for bad in (5, "x", (ValueError, 3), None):
    try:
        nested.split(bad)
    except TypeError as e:
        print(e)

d = eg.derive([KeyError("d")])
print(repr(d), d.__traceback__, d.__cause__)

try:
    try:
        raise OSError("cause")
    except OSError as c:
        raise ExceptionGroup("with meta", [ValueError(1), TypeError(2)]) from c
except ExceptionGroup as e:
    e.add_note("a note")
    match, rest = e.split(ValueError)
    print(repr(match.__cause__), repr(match.__context__), match.__suppress_context__)
    print(match.__traceback__ is not None, match.__notes__, rest.__notes__, match.__notes__ is e.__notes__)


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "*", excs)


mg = MyGroup("mine", [ValueError(1), TypeError(2)])
print(repr(mg), repr(mg.split(ValueError)))


class Plain(ExceptionGroup):
    pass


p = Plain("plain", [ValueError(1), TypeError(2)])
print(repr(p.split(ValueError)))


class BaseGroup(BaseExceptionGroup):
    pass


print(repr(BaseGroup("bg", [KeyboardInterrupt()])))
try:
    Plain("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)

e = ValueError("noted")
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(err)
