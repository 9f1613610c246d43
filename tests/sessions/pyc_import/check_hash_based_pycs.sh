# --check-hash-based-pycs: `always` checks unchecked-hash caches, `never` trusts checked ones.
echo 'x = 1' > u.py
echo 'x = 1' > c.py
$PY -c 'import py_compile as p; M = p.PycInvalidationMode
p.compile("u.py", invalidation_mode=M.UNCHECKED_HASH)
p.compile("c.py", invalidation_mode=M.CHECKED_HASH)'
echo 'x = 22' > u.py
echo 'x = 22' > c.py
$PY --check-hash-based-pycs never -c 'import u, c; print("never:", u.x, c.x)'
$PY --check-hash-based-pycs always -c 'import u, c; print("always:", u.x, c.x)'
$PY --check-hash-based-pycs sometimes -c 'pass'
echo "exit $?"
