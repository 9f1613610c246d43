# Importing a module writes __pycache__/m.TAG.pyc; the main script itself is not cached.
echo 'print("m imported")' > m.py
echo 'import m' > main.py
$PY main.py
echo "exit $?"
find . | sort
