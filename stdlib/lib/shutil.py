"""High-level file operations: copying, moving and removing files and trees.

Provides copyfileobj, copyfile, copymode, copystat, copy, copy2, copytree,
ignore_patterns, rmtree, move, which, get_terminal_size, COPY_BUFSIZE and
the exceptions Error, SameFileError, SpecialFileError, ExecError, ReadError
and RegistryError.

Left out: the archive functions (make_archive, unpack_archive and the
format registries: ferropy has no zipfile or tarfile), chown (needs pwd and
grp), disk_usage (ferropy's os has no statvfs), extended attributes and the
sendfile fast path (copies go through copyfileobj, with the same results).

Differences that come from ferropy's os module:
- rmtree cannot use descriptor-relative calls (os.open with dir_fd), so it
  walks by path; it reports the same errors, with the same functions, as
  CPython's descriptor-based version on Linux, but a directory swapped for
  a symlink while it runs is not guarded against
  (rmtree.avoids_symlink_attacks is False).
- copystat with follow_symlinks=False, when both ends are symlinks, copies
  nothing: os.utime cannot set a link's own times yet, and os has no
  supports_follow_symlinks to say which functions can.
"""

import fnmatch
import os
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "ignore_patterns", "which", "get_terminal_size",
           "SameFileError"]

_WINDOWS = os.name == "nt"

# Size of the chunks copyfileobj reads and writes by default.
COPY_BUFSIZE = 1024 * 1024 if _WINDOWS else 64 * 1024

# The parts of the `stat` module needed here (ferropy has no `stat`).
_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFIFO = 0o010000


def _s_imode(mode):
    return mode & 0o7777


def _s_isdir(mode):
    return mode & _S_IFMT == _S_IFDIR


def _s_isfifo(mode):
    return mode & _S_IFMT == _S_IFIFO


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is
    not supported on a special file (e.g. a named pipe)"""


class ExecError(OSError):
    """Raised when a command could not be executed"""


class ReadError(OSError):
    """Raised when an archive cannot be read"""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving
    and unpacking registries fails"""


def copyfileobj(fsrc, fdst, length=0):
    """Copy what remains of file object fsrc into file object fdst."""
    if not length:
        length = COPY_BUFSIZE
    read = fsrc.read
    write = fdst.write
    while True:
        chunk = read(length)
        if not chunk:
            break
        write(chunk)


def _samefile(src, dst):
    """Do src and dst name the same file?  False if either is missing."""
    if isinstance(src, os.DirEntry):
        try:
            return os.path.samestat(src.stat(), os.stat(dst))
        except OSError:
            return False
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def _stat(fn):
    return fn.stat() if isinstance(fn, os.DirEntry) else os.stat(fn)


def _islink(fn):
    return fn.is_symlink() if isinstance(fn, os.DirEntry) else os.path.islink(fn)


def _open(path, mode):
    """open() for any path-like (ferropy's open() takes str paths only).

    An error names the path as given, as CPython's open() does.
    """
    path = os.fspath(path)
    if isinstance(path, bytes):
        try:
            return open(os.fsdecode(path), mode)
        except OSError as e:
            if e.filename is not None:
                e.filename = path
            raise
    return open(path, mode)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents (no metadata) of file src to file dst; return dst.

    If follow_symlinks is false and src is a symbolic link, dst becomes a
    new symbolic link with the same target instead.
    """
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))

    for fn in (src, dst):
        try:
            st = _stat(fn)
        except OSError:
            # Missing files are reported by open() below.
            continue
        if _s_isfifo(st.st_mode):
            if isinstance(fn, os.DirEntry):
                fn = fn.path
            raise SpecialFileError("`%s` is a named pipe" % fn)

    if not follow_symlinks and _islink(src):
        os.symlink(os.readlink(src), dst)
        return dst

    with _open(src, "rb") as fsrc:
        try:
            with _open(dst, "wb") as fdst:
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as e:
            # "dir/" naming a missing directory is reported as one.
            if not os.path.exists(dst):
                raise FileNotFoundError(
                    f"Directory does not exist: {dst}") from e
            raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst.

    With follow_symlinks false and both src and dst symbolic links, the
    links' own modes would be copied; like CPython on Linux (no lchmod),
    nothing is done then.
    """
    if not follow_symlinks and _islink(src) and os.path.islink(dst):
        if not hasattr(os, "lchmod"):
            return
        mode = os.lstat(src).st_mode
        os.lchmod(dst, _s_imode(mode))
        return
    os.chmod(dst, _s_imode(_stat(src).st_mode))


def _follow_capable(func):
    """Can os function `func` work on a symbolic link itself?"""
    supported = getattr(os, "supports_follow_symlinks", None)
    if supported is not None:
        return func in supported
    # ferropy's os has no such set; of the functions used here only stat
    # honours follow_symlinks=False (utime and chmod act on the target).
    return func is os.stat


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the permission bits, access and modification times (and flags,
    where the system has them) of src to dst.

    With follow_symlinks false and both src and dst symbolic links, the
    links themselves would be read and changed, as far as the os module
    can; otherwise the files the links point to are used.
    """
    follow = follow_symlinks or not (_islink(src) and os.path.islink(dst))

    def _nop(*args, **kwargs):
        pass

    def lookup(name):
        func = getattr(os, name, None)
        if func is None or (not follow and not _follow_capable(func)):
            return _nop
        return func

    if isinstance(src, os.DirEntry):
        st = src.stat(follow_symlinks=follow)
    else:
        st = lookup("stat")(src, follow_symlinks=follow)
    if st is None:
        return
    mode = _s_imode(st.st_mode)
    lookup("utime")(dst, ns=(st.st_atime_ns, st.st_mtime_ns),
                    follow_symlinks=follow)
    try:
        lookup("chmod")(dst, mode, follow_symlinks=follow)
    except NotImplementedError:
        # Some systems cannot change a symlink's own mode.
        pass
    if hasattr(st, "st_flags"):
        try:
            lookup("chflags")(dst, st.st_flags, follow_symlinks=follow)
        except OSError as why:
            import errno
            for name in ("EOPNOTSUPP", "ENOTSUP"):
                if hasattr(errno, name) and why.errno == getattr(errno, name):
                    break
            else:
                raise


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and permission bits of src to dst; return the new file's
    path.  If dst is a directory, the copy goes inside it with src's base
    name."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy(), but also copy the times (all of copystat's metadata)."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """Make an `ignore` function for copytree that skips the names matching
    any of the glob-style patterns."""
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def _copytree(entries, src, dst, symlinks, ignore, copy_function,
              ignore_dangling_symlinks, dirs_exist_ok=False):
    if ignore is not None:
        ignored = ignore(os.fspath(src), [entry.name for entry in entries])
    else:
        ignored = set()

    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    # copy and copy2 understand DirEntry objects (saving a stat call);
    # other copy functions get paths.
    pass_entry = copy_function is copy2 or copy_function is copy

    for entry in entries:
        if entry.name in ignored:
            continue
        srcname = os.path.join(src, entry.name)
        dstname = os.path.join(dst, entry.name)
        srcobj = entry if pass_entry else srcname
        try:
            if entry.is_symlink():
                linkto = os.readlink(srcname)
                if symlinks:
                    # Re-create the link itself, and what metadata of it
                    # the system lets us copy.
                    os.symlink(linkto, dstname)
                    copystat(srcobj, dstname, follow_symlinks=False)
                else:
                    # Copy what the link points to.  (Like CPython, a
                    # relative target is looked up from the current
                    # directory to decide whether it dangles.)
                    if not os.path.exists(linkto) and ignore_dangling_symlinks:
                        continue
                    if entry.is_dir():
                        copytree(srcobj, dstname, symlinks, ignore,
                                 copy_function, ignore_dangling_symlinks,
                                 dirs_exist_ok)
                    else:
                        copy_function(srcobj, dstname)
            elif entry.is_dir():
                copytree(srcobj, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcobj, dstname)
        except Error as err:
            # A failed sub-tree: keep its list of errors.
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        # Windows may refuse to copy times of a directory; not an error.
        if getattr(why, "winerror", None) is None:
            errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy the directory tree src to dst; return dst.

    dst must not exist unless dirs_exist_ok is true.  symlinks: re-create
    symbolic links as links (otherwise what they point to is copied).
    ignore: called as ignore(directory, names), returns the names to skip
    (see ignore_patterns).  copy_function copies each file.  Errors are
    collected and raised together at the end as Error, whose argument is a
    list of (src, dst, reason) tuples.
    """
    with os.scandir(src) as it:
        entries = list(it)
    return _copytree(entries=entries, src=src, dst=dst, symlinks=symlinks,
                     ignore=ignore, copy_function=copy_function,
                     ignore_dangling_symlinks=ignore_dangling_symlinks,
                     dirs_exist_ok=dirs_exist_ok)


# rmtree.  CPython on Linux removes a tree through descriptors (os.open with
# dir_fd, os.scandir of a descriptor, os.unlink with dir_fd), which ferropy's
# os lacks.  The functions below walk by path instead, doing the same checks
# in the same order, so that the same errors reach `onerror` with the same
# function and path arguments: os.lstat (the tree's root is missing),
# os.open (a directory cannot be opened), os.path.islink (a directory turned
# out to be a symbolic link), os.scandir (the root is not a directory),
# os.unlink and os.rmdir.  Errors about entries inside the tree name the
# entry by its base name, as CPython's descriptor-relative calls do.

def _os_open_missing(path, flags, mode=0o777, *, dir_fd=None):
    raise NotImplementedError("os.open is unavailable")


_os_open_missing.__name__ = _os_open_missing.__qualname__ = "open"

# What `onerror` gets for a directory that cannot be opened: os.open, or,
# while ferropy's os has none, a stand-in function of the same name.
_OS_OPEN = getattr(os, "open", _os_open_missing)


def _rmtree_contents(path, entries, onerror):
    """Remove the entries of directory `path` (listed in `entries`)."""
    for entry in entries:
        fullname = os.path.join(path, entry.name)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            try:
                orig_st = entry.stat(follow_symlinks=False)
                is_dir = _s_isdir(orig_st.st_mode)
            except OSError as err:
                err.filename = entry.name
                onerror(os.lstat, fullname, sys.exc_info())
                continue
        if is_dir:
            try:
                # Stands for CPython's os.open(entry.name, dir_fd=...).
                st = os.stat(fullname)
                with os.scandir(fullname) as it:
                    sub_entries = list(it)
            except OSError as err:
                err.filename = entry.name
                onerror(_OS_OPEN, fullname, sys.exc_info())
                continue
            if os.path.samestat(orig_st, st):
                _rmtree_contents(fullname, sub_entries, onerror)
                try:
                    os.rmdir(fullname)
                except OSError as err:
                    err.filename = entry.name
                    onerror(os.rmdir, fullname, sys.exc_info())
            else:
                try:
                    raise OSError("Cannot call rmtree on a symbolic link")
                except OSError:
                    onerror(os.path.islink, fullname, sys.exc_info())
        else:
            try:
                os.unlink(fullname)
            except OSError as err:
                err.filename = entry.name
                onerror(os.unlink, fullname, sys.exc_info())


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Recursively delete a directory tree.

    Symbolic links are removed, never followed; calling rmtree on a link
    (even to a directory) is an error.  If ignore_errors is true, errors
    are ignored; otherwise, if onerror is given, it is called as
    onerror(function, path, sys.exc_info()) for each error, and if neither
    is given, the first error is raised.
    """
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    if isinstance(path, bytes):
        path = os.fsdecode(path)

    try:
        orig_st = os.lstat(path)
    except Exception:
        onerror(os.lstat, path, sys.exc_info())
        return
    try:
        # Stands for CPython's os.open(path, O_RDONLY), which follows a
        # symbolic link and fails on a dangling one or an unreadable file.
        st = os.stat(path)
        if _s_isdir(st.st_mode):
            with os.scandir(path) as it:
                entries = list(it)
        else:
            _open(path, "rb").close()
            entries = None
    except Exception:
        onerror(_OS_OPEN, path, sys.exc_info())
        return
    if not os.path.samestat(orig_st, st):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            onerror(os.path.islink, path, sys.exc_info())
        return
    if entries is None:
        # Not a directory: listing it fails, and so (below) does removing it.
        entries = []
        try:
            os.scandir(path).close()
        except OSError:
            onerror(os.scandir, path, sys.exc_info())
    _rmtree_contents(path, entries, onerror)
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


# Whether rmtree is safe from a directory being replaced by a symlink while
# it runs: only the descriptor-based version is.
rmtree.avoids_symlink_attacks = False


def _basename(path):
    """basename() of path without its trailing separators, so that a
    directory given as "dir/" still yields "dir"."""
    path = os.fspath(path)
    seps = os.path.sep + (os.path.altsep or "")
    return os.path.basename(path.rstrip(seps))


def _destinsrc(src, dst):
    """Is dst inside (or the same as) directory src?"""
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def _is_immutable(src):
    st = _stat(src)
    # stat.UF_IMMUTABLE and stat.SF_IMMUTABLE (BSD and macOS flags).
    return hasattr(st, "st_flags") and st.st_flags in (0x00000002, 0x00020000)


def move(src, dst, copy_function=copy2):
    """Move a file or directory tree to another place; return where it went.

    If dst is an existing directory, src goes inside it.  os.rename is used
    when it works; otherwise (another file system, say) the file or tree is
    copied with copy_function (or copytree with symlinks kept) and src is
    removed.  A symbolic link is moved as a link.
    """
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            # The same directory, perhaps spelt in another case on a
            # case-insensitive system: rename it as asked.
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            linkto = os.readlink(src)
            os.symlink(linkto, real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself"
                            " '%s'." % (src, dst))
            if (_is_immutable(src)
                    or (not os.access(src, os.W_OK) and os.listdir(src)
                        and sys.platform == "darwin")):
                raise PermissionError("Cannot move the non-empty directory "
                                      "'%s': Lacking write permission to '%s'."
                                      % (src, src))
            copytree(src, real_dst, copy_function=copy_function,
                     symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def get_terminal_size(fallback=(80, 24)):
    """The size of the terminal, as os.terminal_size(columns, lines).

    The COLUMNS and LINES environment variables win when they hold
    positive integers; then the size of the terminal on sys.__stdout__;
    then `fallback`.
    """
    def from_env(name):
        try:
            return int(os.environ[name])
        except (KeyError, ValueError):
            return 0

    columns = from_env("COLUMNS")
    lines = from_env("LINES")
    if columns <= 0 or lines <= 0:
        try:
            fd = sys.__stdout__.fileno()
            # ferropy's os.get_terminal_size answers even for a pipe or a
            # file; CPython's fails there (and the fallback is used).
            if not os.isatty(fd):
                raise OSError("not a terminal")
            size = os.get_terminal_size(fd)
        except (AttributeError, ValueError, OSError):
            # No usable stdout (None, closed, detached, not a terminal).
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))


def _access_check(fn, mode):
    """Is fn an existing non-directory that `mode` allows?"""
    return (os.path.exists(fn) and os.access(fn, mode)
            and not os.path.isdir(fn))


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the file that would run for command `cmd`, or None.

    `mode` is what os.access must allow (by default: an executable file);
    `path` is the search path, defaulting to $PATH (or the system's default
    when PATH is unset).  A `cmd` with a directory part is checked as given.
    """
    if os.path.dirname(cmd):
        if _access_check(cmd, mode):
            return cmd
        return None

    use_bytes = isinstance(cmd, bytes)
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            try:
                path = os.confstr("CS_PATH")
            except (AttributeError, ValueError):
                # No confstr, or it has no CS_PATH.
                path = os.defpath
    # An empty PATH finds nothing (":" would mean the current directory).
    if not path:
        return None

    if use_bytes:
        dirs = os.fsencode(path).split(os.fsencode(os.pathsep))
    else:
        dirs = os.fsdecode(path).split(os.pathsep)

    # ferropy runs on POSIX systems, where executables carry no special
    # suffix (Windows would also try each extension in PATHEXT).
    files = [cmd]

    seen = set()
    for directory in dirs:
        normdir = os.path.normcase(directory)
        if normdir in seen:
            continue
        seen.add(normdir)
        for name in files:
            candidate = os.path.join(directory, name)
            if _access_check(candidate, mode):
                return candidate
    return None
