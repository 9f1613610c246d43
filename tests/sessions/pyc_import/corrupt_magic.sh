# A cache whose magic number is wrong (first two bytes zeroed) is silently recompiled.
echo 'print("works")' > m.py
$PY -c 'import m'
pyc=__pycache__/m.$TAG.pyc
cp $pyc good.pyc
printf '\000\000' | dd of=$pyc bs=1 conv=notrunc status=none
cmp -s $pyc good.pyc && echo "same before import" || echo "damaged"
$PY -c 'import m'
echo "exit $?"
cmp -s $pyc good.pyc && echo "restored" || echo "differs"
