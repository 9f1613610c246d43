# -b with -o: still plain m.pyc; levels are written in ascending order, so the highest wins.
printf '"""doc"""\nassert False, "asserts kept"\nprint("ran", __doc__)\n' > m.py
$PY -m compileall -q -b -o 1 m.py
find . | sort
$PY m.pyc
$PY -m compileall -q -f -b -o 1 -o 2 m.py
$PY m.pyc
$PY -m compileall -q -f -b -o 2 -o 0 m.py
$PY m.pyc 2>&1 | tail -n 1
find . | sort
