# PYTHONPYCACHEPREFIX does the same; -X pycache_prefix wins over it; -E ignores it.
echo 'pass' > a.py
echo 'pass' > b.py
echo 'pass' > c.py
PYTHONPYCACHEPREFIX=$PWD/envp $PY -c 'import a, sys; print(sys.pycache_prefix)'
PYTHONPYCACHEPREFIX=$PWD/envp $PY -X pycache_prefix=$PWD/xp -c 'import b, sys; print(sys.pycache_prefix)'
PYTHONPYCACHEPREFIX=$PWD/envp $PY -E -c 'import c, sys; print(sys.pycache_prefix)'
find . -name '[abc].*.pyc' | sort
