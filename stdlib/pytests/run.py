"""Differential tests for ferropy's pure-Python stdlib modules.

Each check_<name>.py script in this directory is run twice under CPython
3.11: once against CPython's own standard library and once with the modules
from ../lib imported instead.  The two outputs must be identical.

Usage: python3 run.py [-v] [check-name ...]
"""

import difflib
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.normpath(os.path.join(HERE, '..', 'lib'))

BOOTSTRAP = r'''
import sys
mode, lib, here, script = sys.argv[1:5]
sys.argv = [script]
sys.path.append(here)
ours = set()
if mode == 'ours':
    import _frozen_importlib_external as _ext
    import os as _os
    for fn in _os.listdir(lib):
        if fn.endswith('.py'):
            ours.add(fn[:-3])
    class _OurFinder:
        @classmethod
        def find_spec(cls, name, path=None, target=None):
            if name in ours:
                return _ext.PathFinder.find_spec(name, [lib])
            return None
        @classmethod
        def invalidate_caches(cls):
            pass
    sys.meta_path.insert(0, _OurFinder)
    for name in ours:
        sys.modules.pop(name, None)
with open(script) as f:
    code = compile(f.read(), script, 'exec')
try:
    exec(code, {'__name__': '__main__', '__file__': script})
finally:
    sys.stdout.flush()
    if mode == 'ours':
        for name in sorted(ours):
            mod = sys.modules.get(name)
            if mod is not None:
                fn = getattr(mod, '__file__', None) or ''
                if not fn.startswith(lib):
                    print('HARNESS: module %s not loaded from lib: %r'
                          % (name, fn), file=sys.stderr)
                    sys.exit(3)
'''

_ADDR = re.compile(r' at 0x[0-9a-fA-F]+')


def run(mode, script):
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONDONTWRITEBYTECODE='1')
    for var in ('PYTHONPATH', 'PYTHONHOME', 'PYTHONSTARTUP'):
        env.pop(var, None)
    proc = subprocess.run(
        [sys.executable, '-s', '-S', '-c', BOOTSTRAP, mode, LIB, HERE, script],
        capture_output=True, text=True, timeout=600, env=env, cwd=HERE)
    out = _ADDR.sub(' at 0x?', proc.stdout)
    return proc.returncode, out, proc.stderr


def main(argv):
    verbose = '-v' in argv
    names = [a for a in argv if not a.startswith('-')]
    scripts = sorted(fn for fn in os.listdir(HERE)
                     if fn.startswith('check_') and fn.endswith('.py'))
    if names:
        scripts = [s for s in scripts if s[6:-3] in names]
    failed = []
    for script in scripts:
        path = os.path.join(HERE, script)
        rc1, ref, err1 = run('ref', path)
        rc2, ours, err2 = run('ours', path)
        ok = (rc1 == rc2 == 0) and ref == ours
        print('%-28s %s (%d lines)' % (script, 'ok' if ok else 'FAIL',
                                       ref.count('\n')))
        if not ok:
            failed.append(script)
            if rc1 != 0:
                print('  reference run failed (rc=%d):\n%s' % (rc1, err1))
            if rc2 != 0:
                print('  our run failed (rc=%d):\n%s' % (rc2, err2))
            diff = difflib.unified_diff(ref.splitlines(), ours.splitlines(),
                                        'cpython', 'ferropy-lib', lineterm='',
                                        n=1)
            lines = list(diff)
            print('\n'.join(lines[:80 if not verbose else None]))
            if len(lines) > 80 and not verbose:
                print('  ... (%d more diff lines; use -v)' % (len(lines) - 80))
    print('%d/%d passed' % (len(scripts) - len(failed), len(scripts)))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
