# A syntax error: the SyntaxError text on stderr, exit 1, no cache.
mkdir sub
printf 'x = 1\ndef f(:\n    pass\n' > sub/bad.py
$PY -m py_compile sub/bad.py
echo "exit $?"
$PY -m py_compile sub/bad.py 2>/dev/null
echo "stdout only, exit $?"
find . | sort
