# A cache full of garbage (so a wrong magic) is silently recompiled and rewritten.
echo 'print("works")' > m.py
$PY -c 'import m'
pyc=__pycache__/m.$TAG.pyc
head -c 200 /dev/zero | tr '\0' 'z' > $pyc
$PY -c 'import m'
echo "exit $?"
[ "$(head -c 1 $pyc)" = z ] && echo "still garbage" || echo "rewritten"
