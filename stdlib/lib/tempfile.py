"""Temporary files and directories.

Provides gettempdir, gettempdirb, gettempprefix, gettempprefixb, mkstemp,
mkdtemp, mktemp (unsafe, kept for old code), NamedTemporaryFile,
TemporaryFile and TemporaryDirectory, and the module globals `tempdir`
(None until the default directory has been chosen, or set it yourself),
`template` (the default prefix, "tmp") and TMP_MAX (how many names are tried
before giving up).

Random names are the prefix, eight characters drawn from
"abcdefghijklmnopqrstuvwxyz0123456789_", then the suffix.  The default
directory is the first usable one of $TMPDIR, $TEMP, $TMP, /tmp, /var/tmp,
/usr/tmp and the current directory.

Left out: SpooledTemporaryFile; the ResourceWarning CPython gives for a
TemporaryDirectory or NamedTemporaryFile that is never closed (ferropy has
no `warnings` module, and runs no __del__ methods yet, so such leftovers are
not removed implicitly either; use `with` or call close()/cleanup()).

Limits while ferropy's `os` has no open/close/write (see _HAVE_OS_OPEN):
files are created with open(name, 'x...'), which is exclusive (O_EXCL) but
takes its permissions from the process umask; the file is chmod-ed to 0o600
right away, before anything is written to it, but a user who manages to
open it in that moment keeps access to what is written later (os.open with
mode 0o600 closes that gap).  mkstemp returns the
descriptor of a file object this module keeps open (nothing in ferropy can
close a bare descriptor yet).  TemporaryFile's .name is the (already
removed) path rather than the descriptor number CPython shows.
"""

import errno as _errno
import io as _io
import os as _os
import random as _random
import sys as _sys

try:
    from types import GenericAlias as _GenericAlias
except ImportError:
    # ferropy's `types` has no GenericAlias yet: TemporaryDirectory[str]
    # is then unsupported.
    _GenericAlias = None

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp", "mktemp",
    "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

# True when `os` can create a file with an exact mode and hand back its
# descriptor, as CPython's tempfile does.  ferropy's `os` cannot yet, and the
# fallbacks below are used instead.
_HAVE_OS_OPEN = all(hasattr(_os, n) for n in ("open", "close", "write"))

# Flags for os.open: create, exclusively, never through a symlink, and (on
# Windows) not inherited by child processes; binary files also get O_BINARY.
_TEXT_OPENFLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
for _flag in ("O_NOFOLLOW", "O_NOINHERIT"):
    _TEXT_OPENFLAGS |= getattr(_os, _flag, 0)
_BIN_OPENFLAGS = _TEXT_OPENFLAGS | getattr(_os, "O_BINARY", 0)
del _flag

TMP_MAX = getattr(_os, "TMP_MAX", 10000)

# Default prefix of every name made here.
template = "tmp"

# The directory used when none is given; chosen on first use.
tempdir = None

# Without os.open/os.close, mkstemp keeps each file it creates open here,
# keyed by descriptor, so the descriptor it returns stays valid.
_mkstemp_files = {}


def _exists(path):
    try:
        _os.lstat(path)
    except OSError:
        return False
    return True


def _infer_return_type(*args):
    """str or bytes, from the non-None arguments (which must agree)."""
    kind = None
    for arg in args:
        if arg is None:
            continue
        if isinstance(arg, _os.PathLike):
            arg = _os.fspath(arg)
        this = bytes if isinstance(arg, bytes) else str
        if kind is not None and kind is not this:
            raise TypeError("Can't mix bytes and non-bytes in "
                            "path components.")
        kind = this
    if kind is None:
        # Nothing given: str, unless someone set `tempdir` to bytes.
        if tempdir is None or isinstance(tempdir, str):
            return str
        return bytes
    return kind


def _sanitize_params(prefix, suffix, dir):
    """Fill in defaults for prefix, suffix and dir; also return the type."""
    output_type = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        prefix = template if output_type is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if output_type is str else gettempdirb()
    return prefix, suffix, dir, output_type


class _RandomNameSequence:
    """An endless iterator of random 8-character names.

    The generator is re-created in a child process (when the pid changes),
    so that parent and child never walk through the same names.
    """

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    @property
    def rng(self):
        pid = _os.getpid()
        if pid != getattr(self, "_rng_pid", None):
            try:
                seed = int.from_bytes(_os.urandom(16), "big")
            except (AttributeError, NotImplementedError, OSError):
                seed = None
            self._rng = _random.Random(seed)
            self._rng_pid = pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        return "".join(self.rng.choices(self.characters, k=8))


_name_sequence = None


def _get_candidate_names():
    """The module's shared _RandomNameSequence."""
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _candidate_tempdir_list():
    """Directories to try, in order, for the default temporary directory."""
    found = []
    for var in ("TMPDIR", "TEMP", "TMP"):
        value = _os.getenv(var)
        if value:
            found.append(value)
    if _os.name == "nt":
        found.extend([_os.path.expanduser(r"~\AppData\Local\Temp"),
                      _os.path.expandvars(r"%SYSTEMROOT%\Temp"),
                      r"c:\temp", r"c:\tmp", r"\temp", r"\tmp"])
    else:
        found.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    try:
        found.append(_os.getcwd())
    except (AttributeError, OSError):
        found.append(_os.curdir)
    return found


def _probe_write(path):
    """Create `path` exclusively, write a few bytes, close and remove it.

    Raises FileExistsError if the name is taken, or another OSError if the
    directory is unusable.
    """
    if _HAVE_OS_OPEN:
        fd = _os.open(path, _BIN_OPENFLAGS, 0o600)
        try:
            try:
                _os.write(fd, b"blat")
            finally:
                _os.close(fd)
        finally:
            _os.unlink(path)
    else:
        f = _open(path, "xb")
        try:
            try:
                f.write(b"blat")
            finally:
                f.close()
        finally:
            _os.unlink(path)


def _get_default_tempdir():
    """Pick the first candidate directory in which a file can be written."""
    names = _RandomNameSequence()
    candidates = _candidate_tempdir_list()
    for candidate in candidates:
        if candidate != _os.curdir:
            candidate = _os.path.abspath(candidate)
        for attempt in range(100):
            path = _os.path.join(candidate, next(names))
            try:
                _probe_write(path)
                return candidate
            except FileExistsError:
                continue
            except PermissionError:
                # Windows reports a directory name as PermissionError.
                if (_os.name == "nt" and _os.path.isdir(candidate)
                        and _os.access(candidate, _os.W_OK)):
                    continue
                break
            except OSError:
                break
    raise FileNotFoundError(_errno.ENOENT,
                            "No usable temporary directory found in %s"
                            % candidates)


def _gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdir():
    """The default directory for temporary files, as str."""
    return _os.fsdecode(_gettempdir())


def gettempdirb():
    """The default directory for temporary files, as bytes."""
    return _os.fsencode(_gettempdir())


def gettempprefix():
    """The default prefix of temporary names, as str."""
    return _os.fsdecode(template)


def gettempprefixb():
    """The default prefix of temporary names, as bytes."""
    return _os.fsencode(template)


def _candidate_paths(dir, prefix, suffix, output_type):
    """Yield up to TMP_MAX fresh paths dir/prefix+random+suffix."""
    names = _get_candidate_names()
    for attempt in range(TMP_MAX):
        name = next(names)
        if output_type is bytes:
            name = _os.fsencode(name)
        yield _os.path.join(dir, prefix + name + suffix)


def _open(path, *args):
    """open() for a str or bytes path (ferropy's open() takes str only)."""
    if isinstance(path, bytes):
        try:
            return open(_os.fsdecode(path), *args)
        except OSError as e:
            if e.filename is not None:
                e.filename = path
            raise
    return open(path, *args)


def _exclusive_mode(mode):
    """A mode for open() that creates the file exclusively.

    Returns (mode, reopen): `reopen` is True when `mode` (reading or
    appending) cannot be expressed with 'x', so the file has to be created
    first and opened again by name.
    """
    if "x" in mode:
        return mode, False
    if "w" in mode:
        return mode.replace("w", "x"), False
    return None, True


def _create_file(path, mode="xb", buffering=-1, encoding=None,
                 newline=None, errors=None):
    """Create `path` (which must not exist) readable and writable by its
    owner only, and return it opened with `mode`.

    Used when os.open is missing: open() with 'x' is exclusive but cannot
    be given the 0o600 permissions, so they are set right after creation
    (see the module docstring for the short window this leaves).
    """
    xmode, reopen = _exclusive_mode(mode)
    if reopen:
        _open(path, "xb").close()
    else:
        f = _open(path, xmode, buffering, encoding, errors, newline)
    try:
        _os.chmod(path, 0o600)
        if reopen:
            # A new, empty file that only its owner can touch: opening it
            # again by name with 'r' or 'a' finds the same file.
            f = _open(path, mode, buffering, encoding, errors, newline)
    except BaseException:
        if not reopen:
            f.close()
        _os.unlink(path)
        raise
    return f


def _mkstemp_inner(dir, prefix, suffix, flags, output_type):
    """Create a new file in `dir`; return (descriptor, absolute path)."""
    dir = _os.path.abspath(dir)
    for path in _candidate_paths(dir, prefix, suffix, output_type):
        try:
            if _HAVE_OS_OPEN:
                fd = _os.open(path, flags, 0o600)
            else:
                f = _create_file(path)
                fd = f.fileno()
                _mkstemp_files[fd] = f
        except FileExistsError:
            continue
        except PermissionError:
            # Windows reports a directory name as PermissionError.
            if (_os.name == "nt" and _os.path.isdir(dir)
                    and _os.access(dir, _os.W_OK)):
                continue
            raise
        return fd, path
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new temporary file, readable and writable only by its owner,
    and return (fd, absolute path).

    The file is named dir/prefix + random + suffix; dir defaults to
    gettempdir() and prefix to "tmp".  The caller must close the
    descriptor and remove the file when done.  `text` only matters on
    platforms that tell text from binary files.
    """
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _TEXT_OPENFLAGS if text else _BIN_OPENFLAGS
    return _mkstemp_inner(dir, prefix, suffix, flags, output_type)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new temporary directory (mode 0o700) and return its path.

    The path is dir/prefix + random + suffix, relative if `dir` is.  The
    caller must remove the directory when done.
    """
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    for path in _candidate_paths(dir, prefix, suffix, output_type):
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        except PermissionError:
            # Windows reports a directory name as PermissionError.
            if (_os.name == "nt" and _os.path.isdir(dir)
                    and _os.access(dir, _os.W_OK)):
                continue
            raise
        return path
    raise FileExistsError(_errno.EEXIST,
                          "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """Return a path that did not exist when this was called (unsafe).

    Deprecated: someone else may create the file before you do.  Use
    mkstemp or NamedTemporaryFile instead.
    """
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for attempt in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(names) + suffix)
        if not _exists(path):
            return path
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


def _open_temporary(dir, prefix, suffix, output_type, mode, buffering,
                    encoding, newline, errors):
    """Create and open a new file; return (file object, absolute path)."""
    if _HAVE_OS_OPEN:
        fd, path = _mkstemp_inner(dir, prefix, suffix, _BIN_OPENFLAGS,
                                  output_type)
        try:
            f = open(fd, mode, buffering=buffering, encoding=encoding,
                     newline=newline, errors=errors)
        except BaseException:
            _os.close(fd)
            _os.unlink(path)
            raise
        # Show the path, not the descriptor, as the raw file's name.
        raw = getattr(f, "buffer", f)
        raw = getattr(raw, "raw", raw)
        try:
            raw.name = path
        except AttributeError:
            pass
        return f, path
    dir = _os.path.abspath(dir)
    for path in _candidate_paths(dir, prefix, suffix, output_type):
        try:
            return _create_file(path, mode, buffering, encoding, newline,
                                errors), path
        except FileExistsError:
            continue
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


class _TemporaryFileCloser:
    """Closes a temporary file once, removing it if asked to."""

    file = None
    close_called = False

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete

    def close(self, unlink=_os.unlink):
        if self.close_called or self.file is None:
            return
        self.close_called = True
        try:
            self.file.close()
        finally:
            if self.delete:
                unlink(self.name)

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


class _TemporaryFileWrapper:
    """The object NamedTemporaryFile returns.

    `.file` is the real file object and `.name` its path; every other
    attribute is the file's.  Closing (or leaving a `with` block) closes the
    file and, when `delete` is true, removes it.
    """

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closer = _TemporaryFileCloser(file, name, delete)

    def __getattr__(self, name):
        # Only reached for names the wrapper itself lacks.
        file = self.__dict__.get("file")
        if file is None:
            raise AttributeError(name)
        return getattr(file, name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc_type, exc, tb):
        result = self.file.__exit__(exc_type, exc, tb)
        self.close()
        return result

    def close(self):
        """Close the file, removing it if `delete` was true."""
        self._closer.close()

    def __iter__(self):
        # A generator rather than the file's own iterator, so that the
        # wrapper (and so the file) stays alive while it is being read.
        for line in self.file:
            yield line


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *,
                       errors=None):
    """Create and open a temporary file that has a visible name.

    The arguments are those of open() plus suffix, prefix and dir (as for
    mkstemp) and `delete`: whether the file is removed when it is closed.
    Returns a file-like object whose `.name` is the file's absolute path and
    whose `.file` is the underlying file object.
    """
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    f, path = _open_temporary(dir, prefix, suffix, output_type, mode,
                              buffering, encoding, newline, errors)
    try:
        return _TemporaryFileWrapper(f, path, delete)
    except BaseException:
        f.close()
        _os.unlink(path)
        raise


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    """Create and open a temporary file that has no name in the file system.

    The file is removed as soon as it is created, so it disappears when it
    is closed.  Arguments as for NamedTemporaryFile (without `delete`);
    returns the file object itself.
    """
    if _os.name != "posix" or _sys.platform == "cygwin":
        # A file cannot be removed while it is open: use a named one.
        return NamedTemporaryFile(mode, buffering, encoding, newline, suffix,
                                  prefix, dir, errors=errors)
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    f, path = _open_temporary(dir, prefix, suffix, output_type, mode,
                              buffering, encoding, newline, errors)
    try:
        _os.unlink(path)
    except BaseException:
        f.close()
        raise
    return f


class TemporaryDirectory:
    """A temporary directory, removed with everything in it by cleanup().

    Arguments are those of mkdtemp, plus `ignore_cleanup_errors`.  Used in a
    `with` statement, the directory's path is bound by `as` and the
    directory is removed when the block ends:

        with TemporaryDirectory() as path:
            ...

    Files that cannot be removed for lack of permission get their
    permissions reset and are tried again; errors that remain are raised
    unless `ignore_cleanup_errors` is true.
    """

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._cleanup_started = False

    @classmethod
    def _rmtree(cls, name, ignore_errors=False):
        import shutil

        def resetperms(path):
            chflags = getattr(_os, "chflags", None)
            if chflags is not None:
                chflags(path, 0)
            _os.chmod(path, 0o700)

        def onerror(func, path, exc_info):
            kind = exc_info[0]
            if issubclass(kind, PermissionError):
                # Make the entry (and the directory holding it) writable,
                # then remove it again: as a file, or failing that as a tree.
                try:
                    if path != name:
                        resetperms(_os.path.dirname(path))
                    resetperms(path)
                    try:
                        _os.unlink(path)
                    except (IsADirectoryError, PermissionError):
                        cls._rmtree(path, ignore_errors=ignore_errors)
                except FileNotFoundError:
                    pass
            elif issubclass(kind, FileNotFoundError):
                pass
            elif not ignore_errors:
                raise

        shutil.rmtree(name, onerror=onerror)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc_type, exc, tb):
        self.cleanup()

    def cleanup(self):
        """Remove the directory and its contents (again, if it was
        re-created after an earlier cleanup)."""
        if not self._cleanup_started or _os.path.exists(self.name):
            self._cleanup_started = True
            self._rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __del__(self):
        # Implicit cleanup of a directory nobody cleaned up (CPython does
        # this through weakref.finalize; ferropy does not run __del__ yet).
        if getattr(self, "_cleanup_started", True):
            return
        self._cleanup_started = True
        try:
            self._rmtree(self.name, ignore_errors=True)
        except Exception:
            pass

    if _GenericAlias is not None:
        __class_getitem__ = classmethod(_GenericAlias)
