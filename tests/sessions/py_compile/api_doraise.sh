# A compile error: PyCompileError with doraise=True; without it, msg on stderr and None.
# (stdout and stderr are kept apart: their interleaving would test buffering, not py_compile.)
printf 'x = 1\nreturn 5\n' > bad.py
cat > t.py <<'PY'
import py_compile
try:
    py_compile.compile("bad.py", doraise=True)
except py_compile.PyCompileError as e:
    print("raised:", e.exc_type_name, e.file)
    print(repr(e.msg))
    print(str(e) == e.msg, isinstance(e, Exception))
print("returned", py_compile.compile("bad.py"))
print("quiet", py_compile.compile("bad.py", quiet=2))
PY
$PY t.py 2>err.txt
echo "stderr:"
cat err.txt
find . -name '*.pyc'
