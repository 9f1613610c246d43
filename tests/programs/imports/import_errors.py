# ImportError and ModuleNotFoundError messages
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _helper_mod import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name, e.path.endswith("_helper_mod.py"))
try:
    import pkgdemo.no_such_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import _helper_mod.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from modsdir import raises_on_import
except KeyError as e:
    print("error during import:", type(e).__name__, e)
import sys
print("modsdir.raises_on_import" in sys.modules)
print(issubclass(ModuleNotFoundError, ImportError))
