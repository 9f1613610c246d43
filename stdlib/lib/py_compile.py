"""py_compile: compile one Python source file to a cache file.

compile() works as CPython 3.11's does (the same arguments, defaults, file names, errors and
messages); the compiling and the atomic write are done natively by _bytecode, the same code
the import system uses. `ferropy -m py_compile [-q] FILE...` (or `-` to read names from
standard input) compiles each file and stops at the first error.
"""

import enum
import os
import sys
import traceback
import importlib.util
import _bytecode

__all__ = ["compile", "main", "PyCompileError", "PycInvalidationMode"]


class PyCompileError(Exception):
    """Raised when a file does not compile: .exc_type_name, .exc_value, .file and .msg."""

    def __init__(self, exc_type, exc_value, file, msg=''):
        exc_type_name = exc_type.__name__
        if exc_type is SyntaxError:
            text = ''.join(traceback.format_exception_only(exc_type, exc_value))
            errmsg = text.replace('File "<string>"', 'File "%s"' % file)
        else:
            errmsg = "Sorry: %s: %s" % (exc_type_name, exc_value)
        Exception.__init__(self, msg or errmsg, exc_type_name, exc_value, file)
        self.exc_type_name = exc_type_name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or errmsg

    def __str__(self):
        return self.msg


class PycInvalidationMode(enum.Enum):
    TIMESTAMP = 1
    CHECKED_HASH = 2
    UNCHECKED_HASH = 3


# The native side numbers the modes 0, 1, 2.
_MODE_CODES = {1: 0, 2: 1, 3: 2}


def _get_default_invalidation_mode():
    if os.environ.get('SOURCE_DATE_EPOCH'):
        return PycInvalidationMode.CHECKED_HASH
    return PycInvalidationMode.TIMESTAMP


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1,
            invalidation_mode=None, quiet=0):
    """Compile *file* to *cfile* (by default its PEP 3147/488 cache path); return cfile,
    or None when the source does not compile and *doraise* is false."""
    if invalidation_mode is None:
        invalidation_mode = _get_default_invalidation_mode()
    if cfile is None:
        if optimize >= 0:
            optimization = optimize if optimize >= 1 else ''
            cfile = importlib.util.cache_from_source(file, optimization=optimization)
        else:
            cfile = importlib.util.cache_from_source(file)
    if os.path.islink(cfile):
        msg = ('{} is a symlink and will be changed into a regular file if '
               'import writes a byte-compiled file to it')
        raise FileExistsError(msg.format(cfile))
    elif os.path.exists(cfile) and not os.path.isfile(cfile):
        msg = ('{} is a non-regular file and will be changed into a regular '
               'one if import writes a byte-compiled file to it')
        raise FileExistsError(msg.format(cfile))
    level = optimize if optimize >= 0 else sys.flags.optimize
    mode = _MODE_CODES[PycInvalidationMode(invalidation_mode).value]
    try:
        _bytecode.compile_file(file, dfile or file, [(cfile, level)], mode, False)
    except OSError:
        raise
    except Exception as err:
        py_exc = PyCompileError(err.__class__, err, dfile or file)
        if quiet < 2:
            if doraise:
                raise py_exc
            else:
                sys.stderr.write(py_exc.msg + '\n')
        return None
    return cfile


def main(argv=None):
    """The command line: compile each named file, stopping at the first error."""
    if argv is None:
        argv = sys.argv[1:]
    usage = "usage: py_compile.py [-h] [-q] filenames [filenames ...]\n"
    quiet = False
    names = []
    for arg in argv:
        if arg in ('-q', '--quiet'):
            quiet = True
        elif arg in ('-h', '--help'):
            sys.stdout.write(usage + "\nA simple command-line interface for py_compile module.\n\n"
                             "positional arguments:\n  filenames    Files to compile\n\n"
                             "options:\n  -h, --help   show this help message and exit\n"
                             "  -q, --quiet  Suppress error output\n")
            sys.exit(0)
        else:
            names.append(arg)
    if not names:
        sys.stderr.write(usage + "py_compile.py: error: the following arguments are "
                         "required: filenames\n")
        sys.exit(2)
    if names == ['-']:
        names = [line.rstrip('\n') for line in sys.stdin.readlines()]
    for filename in names:
        try:
            compile(filename, doraise=True)
        except PyCompileError as error:
            if not quiet:
                sys.stderr.write(error.msg)
            sys.exit(1)
        except OSError as error:
            if not quiet:
                sys.stderr.write(str(error))
            sys.exit(1)


if __name__ == "__main__":
    main()
