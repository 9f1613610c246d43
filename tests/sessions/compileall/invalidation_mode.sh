# --invalidation-mode picks the header flags. An up-to-date timestamp cache is kept whatever
# the mode; hash caches never look up to date, so they are rebuilt on every run.
echo 'x = 1' > m.py
touch -d @1000000000 m.py
hdr() { od -A d -t x1 -j 4 -N 4 __pycache__/m.$TAG.pyc | head -n 1; }
$PY -m compileall --invalidation-mode timestamp m.py; hdr
$PY -m compileall --invalidation-mode checked-hash m.py; hdr
$PY -m compileall -f --invalidation-mode checked-hash m.py; hdr
$PY -m compileall --invalidation-mode unchecked-hash m.py; hdr
$PY -m compileall --invalidation-mode unchecked-hash m.py; hdr
$PY -m compileall m.py; hdr
$PY -m compileall --invalidation-mode bogus m.py 2>&1 | tail -n 1
