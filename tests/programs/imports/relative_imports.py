# Relative imports inside a package: from . import x, from .m import *, from ..m import y
import relpkg
print(relpkg.alpha.ALPHA, relpkg.beta_value)
print(relpkg.deep.deep_value)
from relpkg.inner import deep
print(deep.sib_func(), deep.SIB, deep.__package__)
try:
    exec("from . import something")
except ImportError as e:
    print(type(e).__name__, e)
