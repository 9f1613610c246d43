# SOURCE_DATE_EPOCH (non-empty) makes checked-hash the default mode; empty means timestamp.
printf 'x = 1\n' > m.py
touch -d @1000000000 m.py
SOURCE_DATE_EPOCH=1 $PY -m py_compile m.py
od -A d -t x1 -j 4 -N 4 __pycache__/m.$TAG.pyc
SOURCE_DATE_EPOCH= $PY -m py_compile m.py
od -A d -t x1 -j 4 -N 12 __pycache__/m.$TAG.pyc
SOURCE_DATE_EPOCH=1 $PY -c 'import py_compile as p; print(p._get_default_invalidation_mode())'
SOURCE_DATE_EPOCH=1 $PY -c 'import py_compile as p; p.compile("m.py", invalidation_mode=p.PycInvalidationMode.TIMESTAMP)'
od -A d -t x1 -j 4 -N 4 __pycache__/m.$TAG.pyc
