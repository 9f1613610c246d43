# __import__ basics
m = __import__("math")
print(m.sqrt(16), m.__name__)
osp = __import__("os.path")
print(osp.__name__, hasattr(osp, "path"))
from_mod = __import__("os.path", fromlist=["join"])
print(from_mod.__name__.endswith("path"), from_mod.join("a", "b"))
c = __import__("collections", globals(), locals(), ["OrderedDict"], 0)
print(c.__name__, c.OrderedDict.__name__)
import sys
print("math" in sys.modules, sys.modules["math"] is m)
try:
    __import__("nonexistent_module_abc")
except ImportError as e:
    print(type(e).__name__, e, e.name)
