# -B still reads an existing cache (shown with an edit that keeps mtime and size).
echo 'x = 1' > m.py
touch -d @1000000000 m.py
$PY -c 'import m; print(m.x)'
echo 'x = 2' > m.py
touch -d @1000000000 m.py
$PY -B -c 'import m; print(m.x)'
