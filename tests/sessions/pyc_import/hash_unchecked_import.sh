# An unchecked-hash cache is trusted: after an edit the old code still runs.
echo 'x = 1' > m.py
$PY -c 'import py_compile as p; p.compile("m.py", invalidation_mode=p.PycInvalidationMode.UNCHECKED_HASH)'
od -A d -t x1 -j 4 -N 4 __pycache__/m.$TAG.pyc
echo 'x = 22' > m.py
$PY -c 'import m; print(m.x)'
od -A d -t x1 -j 4 -N 4 __pycache__/m.$TAG.pyc
