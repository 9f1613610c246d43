# Same size, newer mtime: the cache is stale and is rebuilt.
echo 'x = 1' > m.py
touch -d @1000000000 m.py
$PY -c 'import m; print(m.x)'
echo 'x = 2' > m.py
touch -d @1000000001 m.py
$PY -c 'import m; print(m.x)'
od -A d -t x1 -j 4 -N 12 __pycache__/m.$TAG.pyc
