"""importlib.util: cache-file names, source hashes and name resolution.

The naming rules (PEP 3147 and 488, sys.pycache_prefix) are implemented once, natively, and
shared with the import system; this module adds CPython's argument handling around them.
"""

import sys
import _bytecode
from importlib import import_module

MAGIC_NUMBER = _bytecode.MAGIC_NUMBER


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The path of the cache file for the source file *path*."""
    if debug_override is not None:
        if optimization is not None:
            raise TypeError('debug_override or optimization must be set to None')
        optimization = '' if debug_override else 1
    path = _fspath(path)
    if sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    if optimization is None:
        optimization = '' if sys.flags.optimize == 0 else sys.flags.optimize
    optimization = str(optimization)
    if optimization != '' and not optimization.isalnum():
        raise ValueError('{!r} is not alphanumeric'.format(optimization))
    return _bytecode.cache_from_source(path, optimization)


def source_from_cache(path):
    """The source file a cache file (as named by cache_from_source) was made from."""
    if sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    return _bytecode.source_from_cache(_fspath(path))


def source_hash(source_bytes):
    """The hash a hash-based cache file stores for *source_bytes*."""
    return _bytecode.source_hash(source_bytes)


def decode_source(source_bytes):
    """Decode source bytes as Python source, with universal newlines."""
    text = source_bytes.decode('utf-8')
    return text.replace('\r\n', '\n').replace('\r', '\n')


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name[level:]}' if name[level:] else base


def _fspath(path):
    if isinstance(path, str):
        return path
    fspath = getattr(type(path), '__fspath__', None)
    if fspath is None:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(path).__name__)
    return fspath(path)
