# Warning filters: simplefilter/filterwarnings with every action, message and module
# patterns, line numbers, append, resetwarnings, and what the filters list holds.
import sys
import warnings

print(warnings.defaultaction)
for item in warnings.filters:
    print(item)


def w(msg, category=UserWarning):
    warnings.warn(msg, category)


def section(title):
    sys.stderr.write('-- %s\n' % title)
    print('--', title)


section('error')
warnings.simplefilter("error")
try:
    w("boom")
except UserWarning as e:
    print("raised", type(e).__name__, e.args)
try:
    w("rt", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", repr(e))

section('ignore')
warnings.simplefilter("ignore")
w("ignored")
print(len(warnings.filters), warnings.filters[0])

section('always')
warnings.simplefilter("always")
for i in range(2):
    w("every time")

section('once')
warnings.simplefilter("once")
for i in range(2):
    w("once only")
warnings.warn("once only")          # another line: still not shown
warnings.warn("once only", RuntimeWarning)   # another category: shown

section('module')
warnings.simplefilter("module")
for i in range(2):
    w("per module")
warnings.warn("per module")         # another line in the same module: not shown

section('default')
warnings.simplefilter("default")
for i in range(2):
    w("default action")
warnings.warn("default action")     # another line: shown

section('category filters')
warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("ignore", RuntimeWarning)
warnings.simplefilter("error", FutureWarning)
w("runtime is ignored", RuntimeWarning)
w("user is default")
try:
    w("future is an error", FutureWarning)
except FutureWarning as e:
    print("FutureWarning raised:", e)

section('message patterns')
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="skip")
warnings.filterwarnings("error", message=".*fatal")
w("skip this one")
w("SKIP this too (case-insensitive)")
w("do not skip: the pattern matches at the start only")
try:
    w("this is fatal")
except UserWarning as e:
    print("error for:", e)
for item in warnings.filters:
    print(item)

section('module patterns')
warnings.resetwarnings()
warnings.filterwarnings("ignore", module="__ma")      # matches the start of __main__
w("ignored by module pattern")
warnings.resetwarnings()
warnings.filterwarnings("ignore", module="other")
w("module pattern does not match")
warnings.resetwarnings()
warnings.filterwarnings("ignore", module="__main__$")
w("anchored module pattern")

section('lineno')
warnings.resetwarnings()
warnings.filterwarnings("error", lineno=9999)
warnings.warn("line does not match")
warnings.filterwarnings("error", lineno=sys._getframe().f_lineno + 2)
try:
    warnings.warn("line matches")
except UserWarning as e:
    print("error on the filtered line:", e)

section('append and duplicates')
warnings.resetwarnings()
warnings.simplefilter("ignore")
warnings.simplefilter("error", append=True)
warnings.simplefilter("ignore")     # already there: moved to the front, not repeated
warnings.simplefilter("error", append=True)     # already there: not appended again
for item in warnings.filters:
    print(item)
w("ignored: first match wins")
warnings.filterwarnings("always", "abc")
warnings.filterwarnings("always", "abc")
print(len(warnings.filters))

section('bad arguments')
for call in (lambda: warnings.simplefilter("sometimes"),
             lambda: warnings.filterwarnings("ignore", message=5),
             lambda: warnings.filterwarnings("ignore", category=5),
             lambda: warnings.filterwarnings("ignore", category=int),
             lambda: warnings.filterwarnings("ignore", module=None),
             lambda: warnings.simplefilter("ignore", lineno=-1),
             lambda: warnings.simplefilter("ignore", lineno='1')):
    try:
        call()
    except AssertionError as e:
        print("AssertionError:", e)
warnings.resetwarnings()
warnings.filters.append(("bogus", None, Warning, None, 0))
try:
    w("bad action")
except RuntimeError as e:
    print("RuntimeError:", e)
warnings.resetwarnings()
warnings.defaultaction = "error"
try:
    w("no filter matches: defaultaction")
except UserWarning as e:
    print("defaultaction raised:", e)
