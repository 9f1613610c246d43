# A cache whose flags word has an unknown bit is rejected and rewritten as a timestamp pyc.
echo 'print("works")' > m.py
touch -d @1000000000 m.py
$PY -c 'import m'
pyc=__pycache__/m.$TAG.pyc
printf '\004' | dd of=$pyc bs=1 seek=4 conv=notrunc status=none
od -A d -t x1 -j 4 -N 4 $pyc
$PY -c 'import m'
echo "exit $?"
od -A d -t x1 -j 4 -N 12 $pyc
