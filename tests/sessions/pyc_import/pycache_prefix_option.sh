# -X pycache_prefix=DIR puts the cache at DIR/<absolute source folder>/m.TAG.pyc, no __pycache__.
echo 'pass' > m.py
$PY -X pycache_prefix=pfx -c 'import m, sys; print(sys.pycache_prefix); print(m.__cached__)'
find . -name 'm.*.pyc' | sort
[ -e __pycache__ ] && echo "__pycache__ exists" || echo "no __pycache__"
