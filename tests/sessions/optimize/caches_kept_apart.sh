# A plain run does not use the -O cache: its asserts are back.
echo 'assert False, "assert kept"' > m.py
$PY -O -c 'import m; print("imported under -O")'
$PY -c 'import m' 2>&1 | tail -n 1
$PY -O -c 'import m; print("imported under -O again")'
ls __pycache__
