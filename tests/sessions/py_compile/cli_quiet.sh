# -q hides the error message, not the status.
printf 'def f(:\n' > bad.py
$PY -m py_compile -q bad.py
echo "exit $?"
