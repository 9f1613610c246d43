# import, import as, from-import of a sibling module
import _helper_mod
print(_helper_mod.CONSTANT, _helper_mod.greet("world"), _helper_mod.Thing())
import _helper_mod as hm
print(hm is _helper_mod, hm.__name__, hm.__doc__)
from _helper_mod import greet, CONSTANT as C, Thing
print(greet("again"), C, Thing())
from _helper_mod import bump
bump(); bump()
print(hm.counter, _helper_mod.bump())
import sys
print("_helper_mod" in sys.modules, sys.modules["_helper_mod"] is hm)
print(type(hm).__name__, hm.__file__.endswith("_helper_mod.py"))
print(sorted(n for n in dir(hm) if not n.startswith("__")))
