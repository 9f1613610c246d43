# Running a script or stdin writes nothing; __cached__ of __main__ is None (-c has none).
echo 'print("main", __cached__)' > main.py
$PY main.py
$PY -c 'print("dash c", "__cached__" in globals())'
echo 'print("stdin", __cached__)' | $PY -
$PY - < main.py
find . | sort
