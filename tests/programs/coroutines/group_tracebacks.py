# How exception groups (and notes) are reported: nested frames, margins, chained exceptions.
import os
import traceback

HERE = os.path.abspath(__file__)


def report(f):
    print(f"== {f.__name__}")
    try:
        f()
    except BaseException:
        print(traceback.format_exc().replace(HERE, "FILE"), end="")


def fail(exc):
    raise exc


def nested():
    errors = []
    for e in (ValueError(1), TypeError("two")):
        try:
            fail(e)
        except Exception as caught:
            errors.append(caught)
    inner = ExceptionGroup("inner", [KeyError("k"), OSError(2, "no such thing")])
    raise ExceptionGroup("outer", errors + [inner])


def with_notes():
    e = ValueError("noted")
    e.add_note("first note")
    e.add_note("second\nnote on two lines")
    g = ExceptionGroup("notes", [e])
    g.add_note("group note")
    raise g


def chained_inside():
    try:
        fail(KeyError("original"))
    except KeyError:
        try:
            fail(RuntimeError("while handling"))
        except RuntimeError as r:
            saved = r
    raise ExceptionGroup("chained", [saved])


def caused():
    try:
        fail(ZeroDivisionError("zero"))
    except ZeroDivisionError as z:
        raise ExceptionGroup("caused", [ValueError("v")]) from z


def wide():
    raise ExceptionGroup("wide", [ValueError(i) for i in range(17)])


def deep():
    g = ValueError("bottom")
    for i in range(12):
        g = ExceptionGroup(f"level {i}", [g])
    raise g


def leftover_after_except_star():
    try:
        nested()
    except* TypeError:
        pass


def note_on_plain():
    e = IndexError("plain")
    e.add_note("just a note")
    raise e


for f in (nested, with_notes, chained_inside, caused, wide, deep, leftover_after_except_star, note_on_plain):
    report(f)

raise ExceptionGroup("uncaught", [ValueError("a"), ExceptionGroup("sub", [TypeError("b")])])
