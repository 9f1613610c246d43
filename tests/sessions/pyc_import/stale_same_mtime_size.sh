# Only mtime and size are compared: an edit keeping both leaves the old cache in use.
echo 'x = 1' > m.py
touch -d @1000000000 m.py
$PY -c 'import m; print(m.x)'
echo 'x = 2' > m.py
touch -d @1000000000 m.py
$PY -c 'import m; print(m.x)'
