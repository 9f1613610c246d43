"""importlib: importing modules by name at run time.

ferropy's import system is native (vm/src/import.rs); this package offers the parts of
CPython's importlib that programs call: import_module, invalidate_caches, reload, and the
util and machinery submodules. Finders, loaders and specs are not modelled.
"""

import sys


def import_module(name, package=None):
    """Import a module; a relative name ('.mod') needs the anchoring package."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            "relative import for {!r}".format(name))
        while level < len(name) and name[level] == '.':
            level += 1
        base = package.rsplit('.', level - 1)[0] if level > 1 else package
        name = base + '.' + name[level:] if name[level:] else base
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Nothing is cached between lookups; present for compatibility."""


def reload(module):
    """Run a module's source again in its existing namespace."""
    name = getattr(module, '__name__', None)
    if name is None or sys.modules.get(name) is not module:
        raise ImportError("module {} not in sys.modules".format(name), name=name)
    path = getattr(module, '__file__', None)
    if path is None:
        return module
    with open(path, 'rb') as f:
        source = f.read()
    exec(compile(source, path, 'exec'), module.__dict__)
    return module
