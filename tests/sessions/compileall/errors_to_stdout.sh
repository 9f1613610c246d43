# Compile errors go to stdout, not stderr.
printf 'x = (\n' > bad.py
$PY -m compileall bad.py 2>/dev/null | head -n 1
echo "stderr only:"
$PY -m compileall bad.py >/dev/null
echo "exit $?"
