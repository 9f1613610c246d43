# A missing file: the OSError text on stderr, exit 1.
$PY -m py_compile nosuch.py
echo "exit $?"
$PY -m py_compile -q nosuch.py
echo "exit $?"
