# The cache name carries the optimization level: .opt-1 for -O, .opt-2 for -OO.
echo 'pass' > m.py
$PY -c 'import m; print(m.__cached__)'
$PY -O -c 'import m; print(m.__cached__)'
$PY -OO -c 'import m; print(m.__cached__)'
find . | sort
