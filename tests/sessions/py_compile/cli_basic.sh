# `-m py_compile FILE` writes the import cache quietly and exits 0.
printf 'x = 1\n' > m.py
touch -d @1000000000 m.py
$PY -m py_compile m.py
echo "exit $?"
find . | sort
od -A d -t x1 -j 4 -N 12 __pycache__/m.$TAG.pyc
$PY -c 'import m; print(m.x)'
