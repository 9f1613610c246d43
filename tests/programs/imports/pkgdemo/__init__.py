"""pkgdemo package."""
print("executing pkgdemo/__init__")
PKG_VALUE = "pkg value"
from .util import helper
