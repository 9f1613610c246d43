# A cache cut short (5 bytes, so no full header) is silently recompiled and rewritten.
echo 'print("works")' > m.py
$PY -c 'import m'
pyc=__pycache__/m.$TAG.pyc
truncate -s 5 $pyc
$PY -c 'import m'
echo "exit $?"
[ "$(stat -c %s $pyc)" -gt 16 ] && echo "rewritten" || echo "still $(stat -c %s $pyc) bytes"
