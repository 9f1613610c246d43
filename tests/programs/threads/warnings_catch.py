# warnings.catch_warnings: recording, restoring the filters and showwarning, the
# action argument, nesting and misuse; WarningMessage; replacing showwarning and
# formatwarning.
import sys
import warnings

before = list(warnings.filters)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("recorded one")
    warnings.warn("recorded two", RuntimeWarning)
    warnings.warn(DeprecationWarning("recorded three"))
    print(len(log))
    for m in log:
        print(type(m).__name__, type(m.message).__name__, m.message, m.category.__name__,
              m.filename == __file__, m.lineno, m.file, m.line, m.source)
    print(str(log[0]).replace(repr(__file__), 'FILE'))
print(warnings.filters == before)

with warnings.catch_warnings() as nothing:
    print(nothing)
    warnings.simplefilter("ignore")
    warnings.warn("not shown")
print(warnings.filters == before)

with warnings.catch_warnings(action="error"):
    try:
        warnings.warn("error via action")
    except UserWarning as e:
        print("raised:", e)
with warnings.catch_warnings(record=True, action="always", category=RuntimeWarning) as log:
    warnings.warn("rt", RuntimeWarning)
    warnings.warn("user", UserWarning)
    print([str(m.message) for m in log])

# Nested: the inner one restores what the outer one set.
with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter("always")
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("always")
        warnings.warn("to inner")
    warnings.warn("to outer")
print([str(m.message) for m in outer], [str(m.message) for m in inner])

cm = warnings.catch_warnings(record=True)
print(repr(cm), repr(warnings.catch_warnings()))
with cm:
    try:
        cm.__enter__()
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e)

# A replaced showwarning gets the pieces; catch_warnings restores the original.
shown = []


def my_show(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, lineno, file, line))


with warnings.catch_warnings():
    warnings.showwarning = my_show
    warnings.simplefilter("always")
    warnings.warn("custom show")
print(shown)
print(warnings.showwarning is not my_show)

# A replaced formatwarning is used by the default showwarning.
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.formatwarning = lambda msg, cat, fn, ln, line=None: "[%s] %s\n" % (cat.__name__, msg)
    warnings.warn("custom format")
    warnings.formatwarning = warnings._formatwarning_orig if hasattr(warnings, '_formatwarning_orig') else warnings.formatwarning
# showwarning with an explicit file.
class Sink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


sink = Sink()
warnings.showwarning("to a file", UserWarning, "x.py", 7, file=sink, line="the line")
print(sink.parts)
msg = warnings.WarningMessage("m", UserWarning, "f.py", 1)
print(msg, msg._WARNING_DETAILS)

# warn_explicit.
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    registry = {}
    for i in range(2):
        warnings.warn_explicit("explicit", UserWarning, "somewhere.py", 5, registry=registry)
    warnings.warn_explicit("no module", UserWarning, "mod.py", 1)
    print([(str(m.message), m.filename, m.lineno) for m in log], sorted(map(str, registry)))
warnings.warn_explicit("printed explicitly", SyntaxWarning, "somefile.py", 3)
