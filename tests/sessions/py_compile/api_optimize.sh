# optimize= picks the cache name and the code: 1 drops asserts, 2 docstrings too.
printf '"""doc"""\nassert False, "assert kept"\nprint("ran", __doc__)\n' > m.py
cat > t.py <<'PY'
import py_compile
for level in (-1, 0, 1, 2):
    print(level, py_compile.compile("m.py", optimize=level))
PY
$PY t.py
for f in __pycache__/*.pyc; do echo "$f:"; $PY $f 2>&1 | tail -n 1; done
$PY -O -c 'import py_compile; print(py_compile.compile("m.py"))'
