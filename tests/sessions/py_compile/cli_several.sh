# Several files are compiled in order; the first error stops the run.
echo 'a = 1' > a.py
echo 'b = (' > b.py
echo 'c = 1' > c.py
$PY -m py_compile a.py b.py c.py
echo "exit $?"
find . | sort
