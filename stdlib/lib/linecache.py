"""linecache: read lines of source files, keeping them in a cache.

getline(filename, lineno) returns one line ('' when there is no such file or line),
getlines(filename) all of them. A file is looked up as given, then, for a relative name,
along sys.path; when module_globals (a module's globals) are given and the file cannot
be read, the module's loader is asked for the source (get_source), which covers modules
that have no file. checkcache() forgets entries whose file changed on disk.
"""

import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname); size and mtime are None for sources that
# came from a loader. A 1-tuple (get_source,) is an entry lazycache() registered.
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """The line `lineno` (1-based) of the file, with its newline; '' if unavailable."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All the lines of the file (each ending with a newline); [] if unavailable."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date (the file's size or modification time
    changed, or it is gone). Entries that did not come from a file are kept."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _split_lines(text):
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def _source_encoding(data):
    """The encoding a Python source declares: a UTF-8 BOM or a coding cookie in one of
    its first two lines; UTF-8 otherwise."""
    if data.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    for line in data.split(b'\n', 2)[:2]:
        stripped = line.lstrip(b' \t\f')
        if not stripped.startswith(b'#'):
            if stripped.strip():
                break       # code: no cookie after it
            continue
        at = stripped.find(b'coding')
        if at >= 0 and stripped[at + 6:at + 7] in (b':', b'='):
            rest = stripped[at + 7:].lstrip(b' \t')
            name = bytearray()
            for b in rest:
                ch = chr(b)
                if ch.isalnum() or ch in '-_.':
                    name.append(b)
                else:
                    break
            if name:
                enc = name.decode('ascii').lower().replace('_', '-')
                if enc in ('utf-8', 'utf8') or enc.startswith('utf-8-'):
                    return 'utf-8'
                if enc in ('latin-1', 'iso-8859-1', 'iso-latin-1') or \
                        enc.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
                    return 'latin-1'
                return enc
    return 'utf-8'


def _read_source(fullname):
    with open(fullname, 'rb') as f:
        data = f.read()
    try:
        return data.decode(_source_encoding(data))
    except (UnicodeDecodeError, LookupError, SyntaxError):
        return None


def _from_loader(filename, module_globals):
    """The source lines a module's loader provides, or None."""
    if not module_globals or not isinstance(module_globals, dict):
        return None
    spec = module_globals.get('__spec__')
    name = getattr(spec, 'name', None) or module_globals.get('__name__')
    loader = getattr(spec, 'loader', None) or module_globals.get('__loader__')
    get_source = getattr(loader, 'get_source', None)
    if name is None or get_source is None:
        return None
    try:
        source = get_source(name)
    except (ImportError, OSError):
        return None
    if source is None:
        return None
    return _split_lines(source)


def updatecache(filename, module_globals=None):
    """Read the file (again) into the cache and return its lines; [] on failure."""
    entry = cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    try:
        st = os.stat(fullname)
    except (OSError, ValueError):
        st = None
    if st is None:
        # No such file: a loader may know the source (lazycache() or module_globals).
        lines = None
        if entry is not None and len(entry) == 1:
            try:
                source = entry[0]()
            except (ImportError, OSError):
                source = None
            if source is not None:
                lines = _split_lines(source)
        if lines is None:
            lines = _from_loader(filename, module_globals)
        if lines is not None:
            cache[filename] = (sum(len(l) for l in lines), None, lines, filename)
            return lines
        if os.path.isabs(filename):
            return []
        # A relative name: try the directories of sys.path.
        for dirname in sys.path:
            try:
                candidate = os.path.join(dirname, filename)
                st = os.stat(candidate)
            except (TypeError, AttributeError, OSError, ValueError):
                continue
            fullname = candidate
            break
        else:
            return []
    try:
        text = _read_source(fullname)
    except (OSError, ValueError):
        return []
    if text is None:
        return []
    lines = _split_lines(text)
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Remember how to get the source of a module that may have no file (its loader's
    get_source), without reading it yet. True if the entry is (now) in the cache."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if not module_globals or not isinstance(module_globals, dict):
        return False
    spec = module_globals.get('__spec__')
    name = getattr(spec, 'name', None) or module_globals.get('__name__')
    loader = getattr(spec, 'loader', None) or module_globals.get('__loader__')
    get_source = getattr(loader, 'get_source', None)
    if name is None or get_source is None:
        return False
    cache[filename] = (lambda: get_source(name),)
    return True
