# --hardlink-dupes links identical caches of different levels; it needs two levels.
echo 'x = 1' > same.py
printf '"""doc"""\nassert x\n' > differ.py
$PY -m compileall -q -o 0 -o 1 -o 2 --hardlink-dupes same.py differ.py
echo "exit $?"
cd __pycache__
for f in $(ls); do echo "$f links=$(stat -c %h $f)"; done
cd ..
$PY -m compileall --hardlink-dupes same.py
echo "exit $?"
$PY -m compileall -o 1 --hardlink-dupes same.py
echo "exit $?"
