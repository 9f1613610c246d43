# A lone legacy m.pyc (a cache moved beside where its source was) imports; __file__ is the pyc.
echo 'print("legacy m runs")' > m.py
$PY -c 'import m'
mv __pycache__/m.$TAG.pyc m.pyc
rm -r __pycache__ m.py
$PY -c 'import m; print(m.__file__); print(m.__cached__); print(type(m.__loader__).__name__)'
echo "exit $?"
find . | sort
