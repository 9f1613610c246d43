# Packages: __init__, submodules, import a.b.c
import pkgdemo
print(pkgdemo.PKG_VALUE, pkgdemo.helper(), pkgdemo.__doc__)
import pkgdemo.sub.leaf
print(pkgdemo.sub.leaf.LEAF, pkgdemo.sub.leaf.where())
import pkgdemo.sub.leaf as leaf
print(leaf is pkgdemo.sub.leaf)
from pkgdemo.sub import leaf as leaf2
print(leaf2 is leaf)
from pkgdemo import util
print(util.helper(), util.__name__, pkgdemo.util is util)
print(pkgdemo.__name__, pkgdemo.__package__, pkgdemo.sub.__package__, leaf.__package__)
print(hasattr(pkgdemo, "__path__"), hasattr(leaf, "__path__"))
import sys
print(sorted(k for k in sys.modules if k.startswith("pkgdemo")))
