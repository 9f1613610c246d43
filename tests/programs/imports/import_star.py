# from module import * honours __all__ and skips underscore names
from pkgdemo.stars import *
print(public_a, _exported_private)
try:
    print(public_b)
except NameError as e:
    print(type(e).__name__, e)
from pkgdemo.nostars import *
print(visible, func())
try:
    print(_hidden)
except NameError as e:
    print(type(e).__name__, e)
