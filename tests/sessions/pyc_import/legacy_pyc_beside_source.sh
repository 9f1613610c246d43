# An m.pyc next to m.py is ignored: the source is imported (and cached in __pycache__).
echo 'print("old")' > m.py
$PY -c 'import m'
mv __pycache__/m.$TAG.pyc m.pyc
rm -r __pycache__
echo 'print("new")' > m.py
$PY -c 'import m; print(m.__file__)'
find . | sort
