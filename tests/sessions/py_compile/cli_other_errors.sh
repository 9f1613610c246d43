# Errors other than SyntaxError get a "Sorry:" line with no newline; an undecodable source, exit 1.
printf 'if 1:\nprint(1)\n' > ind.py
printf 'x = "\xff"\n' > enc.py
$PY -m py_compile ind.py
echo "exit $?"
$PY -m py_compile enc.py
echo "exit $?"
