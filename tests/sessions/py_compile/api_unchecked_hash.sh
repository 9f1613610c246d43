# UNCHECKED_HASH: flags word 1; the same hash is stored.
printf 'x = 1\n' > m.py
$PY -c 'import py_compile as p; p.compile("m.py", invalidation_mode=p.PycInvalidationMode.UNCHECKED_HASH)'
od -A d -t x1 -j 4 -N 4 __pycache__/m.$TAG.pyc
$PY -c 'import importlib.util as u; print(open("__pycache__/m.'$TAG'.pyc", "rb").read()[8:16] == u.source_hash(b"x = 1\n"))'
