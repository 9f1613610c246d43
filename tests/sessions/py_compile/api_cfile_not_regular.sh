# A cfile that is a symlink or not a regular file is refused with FileExistsError.
echo 'x = 1' > m.py
mkdir adir
ln -s target.pyc link.pyc
cat > t.py <<'PY'
import py_compile
for cfile in ("link.pyc", "adir"):
    try:
        py_compile.compile("m.py", cfile=cfile)
    except FileExistsError as e:
        print(type(e).__name__, e)
PY
$PY t.py
ls -la link.pyc | cut -c1
