# linecache: getline/getlines of real files, relative names found on sys.path, missing
# files and lines, and checkcache noticing a changed file.
import linecache
import os
import tempfile

me = __file__
print(repr(linecache.getline(me, 1)))
print(repr(linecache.getline(me, 2)))
print(repr(linecache.getline(me, 0)), repr(linecache.getline(me, 10000)))
lines = linecache.getlines(me)
print(len(lines) > 20, all(l.endswith('\n') for l in lines))
print(repr(linecache.getline('no_such_file_anywhere.py', 1)))
print(linecache.getlines('no_such_file_anywhere.py'))
print(repr(linecache.getline('<string>', 1)))
# Relative to a sys.path entry (the program's folder).
print(repr(linecache.getline('_warn_helper.py', 1)))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'mod.py')
    with open(path, 'w') as f:
        f.write('one\ntwo\nthree')     # no final newline
    print(linecache.getlines(path))
    with open(path, 'w') as f:
        f.write('changed\n')
    os.utime(path, (1, 1))
    print(linecache.getline(path, 1))       # cached: still the old text
    linecache.checkcache(path)
    print(repr(linecache.getline(path, 1)))
    os.remove(path)
    linecache.checkcache()
    print(repr(linecache.getline(path, 1)))
    # Encoding cookie.
    latin = os.path.join(d, 'latin.py')
    with open(latin, 'wb') as f:
        f.write(b'# -*- coding: latin-1 -*-\ns = "caf\xe9"\n')
    print(repr(linecache.getline(latin, 2)))
    bom = os.path.join(d, 'bom.py')
    with open(bom, 'wb') as f:
        f.write(b'\xef\xbb\xbfx = 1\n')
    print(repr(linecache.getline(bom, 1)))
linecache.clearcache()
print(repr(linecache.getline(me, 1)))
