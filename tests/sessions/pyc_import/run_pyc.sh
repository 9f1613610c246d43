# `$PY file.pyc` runs a compiled file, from __pycache__ or anywhere, whatever its name.
echo 'import sys; print("ran", sys.argv[1:], __name__)' > m.py
$PY -c 'import m' > /dev/null
rm m.py
$PY __pycache__/m.$TAG.pyc a b
echo "exit $?"
cp __pycache__/m.$TAG.pyc m.pyc
$PY m.pyc c
echo "exit $?"
cp m.pyc renamed.bin
$PY renamed.bin d
echo "exit $?"
