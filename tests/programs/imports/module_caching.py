# Modules execute once; sys.modules caching; deleting from sys.modules re-imports
import sys
import _helper_mod
import _helper_mod
from _helper_mod import CONSTANT
print("imported three times, executed once")
_helper_mod.CONSTANT = 100
import _helper_mod as again
print(again.CONSTANT)
del sys.modules["_helper_mod"]
import _helper_mod as fresh
print(fresh.CONSTANT, fresh is again)
import _helper_mod as fresh_again
print(fresh_again is fresh, fresh.CONSTANT)
sys.modules["fake_module"] = "not even a module"
import fake_module
print(fake_module)
