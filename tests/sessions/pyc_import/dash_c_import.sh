# Modules imported from -c code and from stdin are cached like any other import.
echo 'print("a")' > a.py
echo 'print("b")' > b.py
$PY -c 'import a'
echo 'import b' | $PY
find . | sort
