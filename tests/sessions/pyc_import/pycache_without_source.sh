# A __pycache__ cache without its source is not importable.
echo 'print("m")' > m.py
$PY -c 'import m'
rm m.py
$PY -c 'import m'
echo "exit $?"
