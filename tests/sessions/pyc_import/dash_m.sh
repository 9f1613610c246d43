# `-m mod` caches the module it runs (through runpy), and __main__ sees its __cached__.
echo 'print(__name__, __cached__)' > mod.py
$PY -m mod
find . | sort
