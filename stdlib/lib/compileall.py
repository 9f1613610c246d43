"""compileall: compile every Python source file in folder trees.

compile_dir, compile_file and compile_path take CPython 3.11's arguments and print its
lines ("Listing '...'...", "Compiling '...'...", "*** ..."); `ferropy -m compileall` takes
every flag of CPython's command line and exits as it does (0 when every file compiled, 1
otherwise, 2 for a usage error).

Two departures, both deliberate:
- Parallel runs (`workers` / `-j N`, 0 = one per core) compile on native threads, not
  processes: _bytecode.compile_files compiles each file as soon as the walk has found and
  planned it, and the "Compiling" lines and errors are printed in walk order afterwards.
- The legacy layout (`legacy=True` / `-b`) names optimized files `m.pyo`, as Python 2 did
  (unoptimized ones are `m.pyc`, as in CPython 3).
"""

import os
import sys
import importlib.util
import py_compile
import _bytecode

__all__ = ["compile_dir", "compile_file", "compile_path"]


def _walk_dir(dir, maxlevels, quiet=0):
    if quiet < 2 and isinstance(dir, os.PathLike):
        dir = os.fspath(dir)
    if not quiet:
        print('Listing {!r}...'.format(dir))
    try:
        names = os.listdir(dir)
    except OSError:
        if quiet < 2:
            print("Can't list {!r}".format(dir))
        names = []
    names.sort()
    for name in names:
        if name == '__pycache__':
            continue
        fullname = os.path.join(dir, name)
        if not os.path.isdir(fullname):
            yield fullname
        elif (maxlevels > 0 and name != os.curdir and name != os.pardir and
              os.path.isdir(fullname) and not os.path.islink(fullname)):
            yield from _walk_dir(fullname, maxlevels=maxlevels - 1, quiet=quiet)


def compile_dir(dir, maxlevels=None, ddir=None, force=False, rx=None, quiet=0,
                legacy=False, optimize=-1, workers=1, invalidation_mode=None, *,
                stripdir=None, prependdir=None, limit_sl_dest=None, hardlink_dupes=False):
    """Compile every .py file under *dir* (to *maxlevels* folders deep); True if all did."""
    if ddir is not None and (stripdir is not None or prependdir is not None):
        raise ValueError(("Destination dir (ddir) cannot be used "
                          "in combination with stripdir or prependdir"))
    if ddir is not None:
        stripdir = dir
        prependdir = ddir
        ddir = None
    if workers < 0:
        raise ValueError('workers must be greater or equal to 0')
    if maxlevels is None:
        maxlevels = sys.getrecursionlimit()
    files = _walk_dir(dir, quiet=quiet, maxlevels=maxlevels)
    options = dict(ddir=ddir, force=force, rx=rx, quiet=quiet, legacy=legacy,
                   optimize=optimize, invalidation_mode=invalidation_mode,
                   stripdir=stripdir, prependdir=prependdir,
                   limit_sl_dest=limit_sl_dest, hardlink_dupes=hardlink_dupes)
    if workers != 1:
        return _compile_parallel(files, workers, options)
    success = True
    for file in files:
        if not compile_file(file, **options):
            success = False
    return success


def _plan(fullname, ddir=None, force=False, rx=None, quiet=0, legacy=False, optimize=-1,
          invalidation_mode=None, *, stripdir=None, prependdir=None, limit_sl_dest=None,
          hardlink_dupes=False):
    """What compiling *fullname* involves: None when there is nothing to do, else
    (fullname, dfile, [(level, cfile)...], mode code)."""
    if ddir is not None and (stripdir is not None or prependdir is not None):
        raise ValueError(("Destination dir (ddir) cannot be used "
                          "in combination with stripdir or prependdir"))
    fullname = os.fspath(fullname)
    stripdir = os.fspath(stripdir) if stripdir is not None else None
    name = os.path.basename(fullname)
    dfile = None
    if ddir is not None:
        dfile = os.path.join(ddir, name)
    if stripdir is not None:
        fullname_parts = fullname.split(os.path.sep)
        stripdir_parts = stripdir.split(os.path.sep)
        ddir_parts = list(fullname_parts)
        for spart, opart in zip(stripdir_parts, fullname_parts):
            if spart == opart:
                ddir_parts.remove(spart)
        dfile = os.path.join(*ddir_parts)
    if prependdir is not None:
        if dfile is None:
            dfile = os.path.join(prependdir, fullname)
        else:
            dfile = os.path.join(prependdir, dfile)
    if isinstance(optimize, int):
        optimize = [optimize]
    optimize = sorted(set(optimize))
    if hardlink_dupes and len(optimize) < 2:
        raise ValueError("Hardlinking of duplicated bytecode makes sense "
                         "only for more than one optimization level")
    if rx is not None and rx.search(fullname):
        return None
    if limit_sl_dest is not None and os.path.islink(fullname):
        limit = os.path.realpath(limit_sl_dest)
        target = os.path.realpath(fullname)
        if not target.startswith(limit.rstrip(os.sep) + os.sep):
            return None
    if not os.path.isfile(fullname) or name[-3:] != '.py':
        return None
    targets = []
    for level in optimize:
        if legacy:
            effective = level if level >= 0 else sys.flags.optimize
            cfile = fullname + ('o' if effective > 0 else 'c')
        elif level >= 0:
            cfile = importlib.util.cache_from_source(fullname, optimization=level if level >= 1 else '')
        else:
            cfile = importlib.util.cache_from_source(fullname)
        targets.append((level, cfile))
    if not force and _up_to_date(fullname, [cfile for _, cfile in targets]):
        return None
    return fullname, dfile, targets


def _up_to_date(fullname, cfiles):
    """Every target starts with our magic, timestamp flags and the source's mtime (the size
    is not compared, as in CPython)."""
    try:
        mtime = int(os.stat(fullname).st_mtime)
        expect = (importlib.util.MAGIC_NUMBER + bytes(4)
                  + (mtime & 0xFFFF_FFFF).to_bytes(4, 'little'))
        for cfile in cfiles:
            with open(cfile, 'rb') as chandle:
                if chandle.read(12) != expect:
                    return False
        return True
    except OSError:
        return False


def _report(fullname, quiet, error):
    """Print a failure as CPython's compileall does; *error* is the exception."""
    if quiet >= 2:
        return
    if quiet:
        print('*** Error compiling {!r}...'.format(fullname))
    else:
        print('*** ', end='')
    if isinstance(error, py_compile.PyCompileError):
        encoding = sys.stdout.encoding or 'utf-8'
        print(error.msg.encode(encoding, errors='backslashreplace').decode(encoding))
    else:
        print(error.__class__.__name__ + ':', error)


def compile_file(fullname, ddir=None, force=False, rx=None, quiet=0, legacy=False,
                 optimize=-1, invalidation_mode=None, *, stripdir=None, prependdir=None,
                 limit_sl_dest=None, hardlink_dupes=False):
    """Compile one file (if it is a .py file that needs it); False if it failed."""
    plan = _plan(fullname, ddir, force, rx, quiet, legacy, optimize, invalidation_mode,
                 stripdir=stripdir, prependdir=prependdir, limit_sl_dest=limit_sl_dest,
                 hardlink_dupes=hardlink_dupes)
    if plan is None:
        return True
    fullname, dfile, targets = plan
    if not quiet:
        print('Compiling {!r}...'.format(fullname))
    # One native call compiles every level, refuses symlinked or special targets as
    # py_compile does, writes each file atomically and hardlinks identical levels.
    levels = [(cfile, level if level >= 0 else sys.flags.optimize) for level, cfile in targets]
    try:
        _bytecode.compile_file(fullname, dfile or fullname, levels, _mode_code(invalidation_mode),
                               hardlink_dupes)
    except OSError as e:
        _report(fullname, quiet, e)
        return False
    except Exception as err:
        _report(fullname, quiet, py_compile.PyCompileError(err.__class__, err, dfile or fullname))
        return False
    return True


def _mode_code(invalidation_mode):
    """_bytecode's number for an invalidation mode (None: py_compile's default)."""
    if invalidation_mode is None:
        invalidation_mode = py_compile._get_default_invalidation_mode()
    return py_compile._MODE_CODES[py_compile.PycInvalidationMode(invalidation_mode).value]


def _compile_parallel(files, workers, options):
    """Compile *files* (an iterable, walked lazily) on native threads; print as the serial
    path would, in order."""
    mode_code = _mode_code(options['invalidation_mode'])
    quiet = options['quiet']
    plans = []

    def jobs():
        # Consumed by compile_files while its workers compile the jobs already planned.
        for file in files:
            plan = _plan(file, **options)
            if plan is None:
                continue
            plans.append(plan)
            fullname, dfile, targets = plan
            levels = [(cfile, level if level >= 0 else sys.flags.optimize)
                      for level, cfile in targets]
            yield (fullname, dfile or fullname, levels, mode_code, options['hardlink_dupes'])

    results = _bytecode.compile_files(jobs(), workers)
    success = True
    for (fullname, dfile, _), error in zip(plans, results):
        if not quiet:
            print('Compiling {!r}...'.format(fullname))
        if error is None:
            continue
        success = False
        if isinstance(error, OSError):
            _report(fullname, quiet, error)
        else:
            _report(fullname, quiet, py_compile.PyCompileError(error.__class__, error,
                                                               dfile or fullname))
    return success


def compile_path(skip_curdir=1, maxlevels=0, force=False, quiet=0, legacy=False,
                 optimize=-1, invalidation_mode=None):
    """Compile every folder on sys.path (not recursively, by default)."""
    success = True
    for dir in sys.path:
        if (not dir or dir == os.curdir) and skip_curdir:
            if quiet < 2:
                print('Skipping current directory')
        else:
            success = success and compile_dir(
                dir, maxlevels, None, force, quiet=quiet, legacy=legacy,
                optimize=optimize, invalidation_mode=invalidation_mode)
    return success


# ----- the command line -----

_PROG = 'compileall.py'
# argparse's usage text at its default width of 80 columns.
_USAGE = """\
usage: compileall.py [-h] [-l] [-r RECURSION] [-f] [-q] [-b] [-d DESTDIR]
                     [-s STRIPDIR] [-p PREPENDDIR] [-x REGEXP] [-i FILE]
                     [-j WORKERS]
                     [--invalidation-mode {checked-hash,timestamp,unchecked-hash}]
                     [-o OPT_LEVELS] [-e DIR] [--hardlink-dupes]
                     [FILE|DIR ...]
"""
_MODES = ['checked-hash', 'timestamp', 'unchecked-hash']


class _UsageError(Exception):
    pass


def _usage_error(message):
    sys.stderr.write(_USAGE + '{}: error: {}\n'.format(_PROG, message))
    sys.exit(2)


def _int_value(flag, text):
    try:
        return int(text)
    except ValueError:
        raise _UsageError("argument {}: invalid int value: {!r}".format(flag, text))


# option -> (destination, takes a value, long name)
_OPTIONS = {
    '-l': ('maxlevels', False), '-r': ('recursion', True), '-f': ('force', False),
    '-q': ('quiet', False), '-b': ('legacy', False), '-d': ('ddir', True),
    '-s': ('stripdir', True), '-p': ('prependdir', True), '-x': ('rx', True),
    '-i': ('flist', True), '-j': ('workers', True), '-o': ('opt_levels', True),
    '-e': ('limit_sl_dest', True),
}
_FLAG_NAMES = {'-r': '-r', '-j': '-j', '-o': '-o'}


def _parse(argv):
    args = dict(maxlevels=None, recursion=None, force=False, quiet=0, legacy=False,
                ddir=None, stripdir=None, prependdir=None, rx=None, flist=None, workers=1,
                opt_levels=None, limit_sl_dest=None, hardlink_dupes=False,
                invalidation_mode=None, compile_dest=[])
    i = 0
    only_positional = False
    while i < len(argv):
        arg = argv[i]
        i += 1
        if only_positional or not arg.startswith('-') or arg == '-':
            args['compile_dest'].append(arg)
            continue
        if arg == '--':
            only_positional = True
            continue
        if arg in ('-h', '--help'):
            sys.stdout.write(_USAGE + "\nUtilities to support installing Python libraries.\n")
            sys.exit(0)
        if arg == '--hardlink-dupes':
            args['hardlink_dupes'] = True
            continue
        if arg.startswith('--invalidation-mode'):
            if '=' in arg:
                value = arg.split('=', 1)[1]
            elif i < len(argv):
                value = argv[i]
                i += 1
            else:
                raise _UsageError("argument --invalidation-mode: expected one argument")
            if value not in _MODES:
                raise _UsageError("argument --invalidation-mode: invalid choice: {!r} (choose "
                                  "from 'checked-hash', 'timestamp', 'unchecked-hash')".format(value))
            args['invalidation_mode'] = value
            continue
        if arg.startswith('--'):
            raise _UsageError("unrecognized arguments: {}".format(arg))
        # Bundled short options: -qq, -fq, -j4, -r2 ...
        j = 1
        while j < len(arg):
            flag = '-' + arg[j]
            j += 1
            if flag not in _OPTIONS:
                raise _UsageError("unrecognized arguments: {}".format(arg))
            dest, takes_value = _OPTIONS[flag]
            if not takes_value:
                if dest == 'maxlevels':
                    args['maxlevels'] = 0
                elif dest == 'quiet':
                    args['quiet'] += 1
                else:
                    args[dest] = True
                continue
            if j < len(arg):
                value = arg[j:]
            elif i < len(argv) and (not argv[i].startswith('-') or argv[i] == '-'
                                    or argv[i][1:].isdigit()):
                value = argv[i]
                i += 1
            else:
                names = {'-r': '-r RECURSION', '-d': '-d DESTDIR', '-s': '-s STRIPDIR',
                         '-p': '-p PREPENDDIR', '-x': '-x REGEXP', '-i': '-i FILE',
                         '-j': '-j WORKERS', '-o': '-o OPT_LEVELS', '-e': '-e DIR'}
                raise _UsageError("argument {}: expected one argument".format(names[flag]))
            if dest in ('recursion', 'workers'):
                value = _int_value(flag, value)
            if dest == 'opt_levels':
                args['opt_levels'] = (args['opt_levels'] or []) + [_int_value(flag, value)]
            else:
                args[dest] = value
            break
    return args


def main():
    try:
        args = _parse(sys.argv[1:])
    except _UsageError as e:
        _usage_error(str(e))
    compile_dests = args['compile_dest']
    rx = None
    if args['rx']:
        import re
        rx = re.compile(args['rx'])
    if args['limit_sl_dest'] == "":
        args['limit_sl_dest'] = None
    maxlevels = args['recursion'] if args['recursion'] is not None else args['maxlevels']
    opt_levels = args['opt_levels'] if args['opt_levels'] is not None else [-1]
    if len(opt_levels) == 1 and args['hardlink_dupes']:
        _usage_error("Hardlinking of duplicated bytecode makes sense only for "
                     "more than one optimization level.")
    if args['ddir'] is not None and (args['stripdir'] is not None
                                     or args['prependdir'] is not None):
        _usage_error("-d cannot be used in combination with -s or -p")
    quiet = args['quiet']
    if args['flist']:
        try:
            if args['flist'] == '-':
                lines = sys.stdin.readlines()
            else:
                with open(args['flist'], encoding="utf-8") as f:
                    lines = f.readlines()
            for line in lines:
                compile_dests.append(line.strip())
        except OSError:
            if quiet < 2:
                print("Error reading file list {}".format(args['flist']))
            return False
    invalidation_mode = None
    if args['invalidation_mode']:
        name = args['invalidation_mode'].replace('-', '_').upper()
        invalidation_mode = py_compile.PycInvalidationMode[name]
    common = dict(invalidation_mode=invalidation_mode, stripdir=args['stripdir'],
                  prependdir=args['prependdir'], optimize=opt_levels,
                  limit_sl_dest=args['limit_sl_dest'], hardlink_dupes=args['hardlink_dupes'])
    success = True
    try:
        if compile_dests:
            for dest in compile_dests:
                if os.path.isfile(dest):
                    if not compile_file(dest, args['ddir'], args['force'], rx, quiet,
                                        args['legacy'], **common):
                        success = False
                else:
                    if not compile_dir(dest, maxlevels, args['ddir'], args['force'], rx,
                                       quiet, args['legacy'], workers=args['workers'],
                                       **common):
                        success = False
            return success
        return compile_path(legacy=args['legacy'], force=args['force'], quiet=quiet,
                            invalidation_mode=invalidation_mode)
    except KeyboardInterrupt:
        if quiet < 2:
            print("\n[interrupted]")
        return False


if __name__ == '__main__':
    exit_status = int(not main())
    sys.exit(exit_status)
