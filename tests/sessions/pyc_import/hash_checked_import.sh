# A checked-hash cache is validated by hashing the source; an edit rebuilds it, still checked.
echo 'x = 1' > m.py
$PY -c 'import py_compile as p; p.compile("m.py", invalidation_mode=p.PycInvalidationMode.CHECKED_HASH)'
od -A d -t x1 -j 4 -N 4 __pycache__/m.$TAG.pyc
$PY -c 'import m; print(m.x)'
echo 'x = 2' > m.py
$PY -c 'import m; print(m.x)'
od -A d -t x1 -j 4 -N 4 __pycache__/m.$TAG.pyc
$PY -c 'import sys, importlib.util as u; print(u.source_hash(open("m.py", "rb").read()) == open(sys.argv[1], "rb").read()[8:16])' __pycache__/m.$TAG.pyc
