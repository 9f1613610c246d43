# No file names: usage on stderr, exit 2.
$PY -m py_compile
echo "exit $?"
