# Changing the source (its size) makes the next import recompile and rewrite the cache.
echo 'x = 1' > m.py
touch -d @1000000000 m.py
$PY -c 'import m; print(m.x)'
od -A d -t x1 -j 4 -N 12 __pycache__/m.$TAG.pyc
echo 'x = 222' > m.py
touch -d @1000000000 m.py
$PY -c 'import m; print(m.x)'
od -A d -t x1 -j 4 -N 12 __pycache__/m.$TAG.pyc
