# Running a .pyc with a wrong magic number fails with a RuntimeError, status 1.
echo 'print("m")' > m.py
$PY -c 'import m'
mv __pycache__/m.$TAG.pyc m.pyc
printf '\000\000' | dd of=m.pyc bs=1 conv=notrunc status=none
$PY m.pyc > out.txt 2>&1
echo "exit $?"
grep -o '^RuntimeError' out.txt
