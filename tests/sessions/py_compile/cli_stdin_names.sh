# A lone `-` reads the file names from stdin, one per line.
echo 'a = 1' > a.py
echo 'b = 1' > b.py
printf 'a.py\nb.py\n' | $PY -m py_compile -
echo "exit $?"
find . -name '*.pyc' | sort
