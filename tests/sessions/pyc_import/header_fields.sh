# The cache header after the magic: flags 0 (timestamp pyc), the source's mtime, its size.
printf 'x = 1\n' > m.py
touch -d @1000000000 m.py
$PY -c 'import m; print(m.x)'
od -A d -t x1 -j 4 -N 12 __pycache__/m.$TAG.pyc
