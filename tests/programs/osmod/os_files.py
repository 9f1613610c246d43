# os file and directory operations in a scratch folder
import os
import errno

base = "_tmp_os_test"
if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)

os.mkdir(base)
print(os.path.isdir(base), os.listdir(base))
try:
    os.mkdir(base)
except FileExistsError as e:
    print(type(e).__name__, e.errno == errno.EEXIST, e.strerror, e.filename, e)
f1 = os.path.join(base, "one.txt")
with open(f1, "w") as f:
    f.write("hello\n")
st = os.stat(f1)
print(st.st_size, st[6], len(st), (st.st_mode & 0o170000) == 0o100000, (st.st_mode & 0o170000) == 0o040000, type(st.st_mtime).__name__,
      type(st.st_mtime_ns).__name__, type(st[8]).__name__, st.st_nlink)
print(isinstance(st, tuple), type(st).__name__, st.st_mtime_ns // 10**9 == int(st.st_mtime), st.st_ino == st[1])
print(oct(st.st_mode & 0o777) != "", (st.st_mode & 0o7777) <= 0o7777)
print(os.stat(base).st_mode & 0o170000 == 0o040000, os.lstat(f1).st_size)
print(os.path.getsize(f1), abs(os.path.getmtime(f1) - st.st_mtime) < 1)
os.utime(f1, (1000000000, 1500000000))
st = os.stat(f1)
print(st.st_mtime, st.st_atime, st[7], st[8], st.st_mtime_ns)
os.utime(f1, ns=(2 * 10**18, 1234567890123456789))
print(os.stat(f1).st_mtime_ns, os.path.getmtime(f1))
os.utime(f1)
print(os.stat(f1).st_mtime > 1500000000)

os.makedirs(os.path.join(base, "a", "b", "c"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
try:
    os.makedirs(os.path.join(base, "a", "b"))
except FileExistsError as e:
    print("FileExistsError", e.errno)
with open(os.path.join(base, "a", "b", "deep.txt"), "w") as f:
    f.write("x" * 10)
with open(os.path.join(base, "a", "two.txt"), "w") as f:
    f.write("2")
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "a"))))
walked = []
for root, dirs, files in os.walk(base):
    dirs.sort()
    walked.append((root, sorted(dirs), sorted(files)))
for w in walked:
    print(w)
print([r for r, d, f in os.walk(base, topdown=False)][-1])
print(list(os.walk("no_such_dir_for_walk")))
errs = []
list(os.walk("no_such_dir_for_walk", onerror=errs.append))
print([type(e).__name__ for e in errs])
entries = sorted(os.scandir(base), key=lambda e: e.name)
print([(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries])
with os.scandir(base) as it:
    print(sorted(e.name for e in it))
print(repr(entries[0]), os.fspath(entries[0]), entries[0].stat().st_size == os.stat(entries[0].path).st_size)

os.rename(f1, f1 + ".bak")
print(os.path.exists(f1), os.path.exists(f1 + ".bak"))
os.replace(f1 + ".bak", f1)
try:
    os.rename("no_such_src_q", "dst_q")
except FileNotFoundError as e:
    print(e, e.filename, e.filename2)
try:
    os.remove("no_such_file_q")
except FileNotFoundError as e:
    print(e)
try:
    os.rmdir(os.path.join(base, "a"))
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOTEMPTY, e.strerror)
try:
    os.remove(os.path.join(base, "a"))
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.listdir(f1)
except NotADirectoryError as e:
    print(type(e).__name__, e)
try:
    os.stat("nope_q")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    os.listdir(1.5)
except TypeError as e:
    print(e)
try:
    os.mkdir(None)
except TypeError as e:
    print(e)
try:
    os.stat(None)
except TypeError as e:
    print(e)
print(os.access(f1, os.F_OK), os.access(f1, os.R_OK | os.W_OK), os.access("nope_q", os.F_OK))
os.chmod(f1, 0o600)
print(oct(os.stat(f1).st_mode & 0o7777))
os.truncate(f1, 2)
print(os.path.getsize(f1))
os.symlink("one.txt", os.path.join(base, "link"))
lk = os.path.join(base, "link")
print(os.path.islink(lk), os.readlink(lk), os.path.isfile(lk), os.lstat(lk).st_size, os.stat(lk).st_size)
print(os.path.realpath(lk) == os.path.realpath(f1), os.path.samefile(lk, f1))
os.remove(lk)
print(os.listdir(b"_tmp_os_test/a/b"))

cwd = os.getcwd()
os.chdir(base)
print(sorted(os.listdir()), os.path.exists("one.txt"))
os.chdir("..")
print(os.getcwd() == cwd)
try:
    os.chdir("no_such_dir_q")
except FileNotFoundError as e:
    print(e)

os.removedirs(os.path.join(base, "a", "b", "c"))
print(sorted(os.listdir(os.path.join(base, "a"))))
for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.unlink(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(base)
print(os.path.exists(base))
