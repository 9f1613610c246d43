# A valid, up-to-date header followed by garbage is not recompiled: the import fails.
echo 'print("works")' > m.py
$PY -c 'import m'
pyc=__pycache__/m.$TAG.pyc
head -c 16 $pyc > h
{ cat h; printf '\377\377\377\377'; } > $pyc
$PY -c 'import m' > out.txt 2>&1
echo "exit $?"
tail -n 1 out.txt
