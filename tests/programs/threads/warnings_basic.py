# warnings.warn with the default filters: the output format on stderr, once per
# location, categories, stacklevel, Warning instances, and DeprecationWarning shown only
# for code in __main__.
import warnings
import _warn_helper


def f(msg, category=None):
    warnings.warn(msg, category)


f("first")
f("first")          # same text, same line (inside f): not shown again
f("second")         # another text: shown
warnings.warn("at module level")
for i in range(3):
    warnings.warn("in a loop")
warnings.warn("a runtime warning", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
warnings.warn(FutureWarning("instance wins over", "category"), DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)          # ignored by default
warnings.warn("import", ImportWarning)                        # ignored by default
warnings.warn("resource", ResourceWarning)                    # ignored by default
warnings.warn("deprecated here", DeprecationWarning)          # shown: in __main__
print(_warn_helper.deprecated_api())    # stacklevel=2 points at this line, in __main__
print(_warn_helper.caller_of_api())     # points into the helper: ignored
_warn_helper.user_warning()             # shown, attributed to the helper's line


def level(n):
    warnings.warn("stacklevel %d" % n, stacklevel=n)


def outer(n):
    level(n)


outer(1)
outer(2)
outer(3)
outer(0)
outer(50)           # deeper than the stack: attributed to sys:1


class MyWarning(UserWarning):
    pass


warnings.warn("custom category", MyWarning)
warnings.warn(42)
try:
    warnings.warn("x", category=str)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.warn("x", category=ValueError)
except TypeError as e:
    print("TypeError:", e)
print(warnings.formatwarning("formatted", UserWarning, "some_file.py", 12), end='')
print(repr(warnings.formatwarning("with line", RuntimeWarning, "f.py", 3, "   code()  ")))
print(sorted((k for k in __warningregistry__ if k != 'version'), key=str)[:3])
print(__warningregistry__['version'])
print('__warningregistry__' in vars(_warn_helper))
