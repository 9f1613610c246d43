# The cache file takes the source's permission bits plus owner-write, minus execute.
umask 022
for mode in 444 600 640 755; do
  mkdir d$mode
  echo 'pass' > d$mode/m.py
  chmod $mode d$mode/m.py
  (cd d$mode && $PY -c 'import m')
  echo "source $mode -> cache $(stat -c %a d$mode/__pycache__/m.$TAG.pyc)"
done
