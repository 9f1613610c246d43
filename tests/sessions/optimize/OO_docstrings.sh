# -OO drops docstrings (module, class, function); -O keeps them.
cat > a.py <<'PY'
"""module doc"""
class C:
    """class doc"""
    def f(self):
        """method doc"""
def g():
    "function doc"
    return 1
print(__doc__, C.__doc__, C.f.__doc__, g.__doc__, g())
PY
$PY a.py
$PY -O a.py
$PY -OO a.py
