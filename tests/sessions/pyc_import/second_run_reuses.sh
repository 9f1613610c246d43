# A second run with an unchanged source reads the cache and does not rewrite it.
echo 'print("m")' > m.py
touch -d @1000000000 m.py
echo 'import m' > main.py
$PY main.py
pyc=__pycache__/m.$TAG.pyc
touch -d @1100000000 $pyc
inode=$(stat -c %i $pyc)
$PY main.py
echo "pyc mtime after second run: $(stat -c %Y $pyc)"
[ "$(stat -c %i $pyc)" = "$inode" ] && echo "same inode" || echo "new inode"
