# PYTHONDONTWRITEBYTECODE is read as an integer: 0 and empty write, other values do not.
echo 'pass' > m.py
for v in 1 0 '' 2 yes -1; do
  rm -rf __pycache__
  PYTHONDONTWRITEBYTECODE=$v $PY -c 'import m, sys; print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode, end=" ")'
  [ -e __pycache__/m.$TAG.pyc ] && echo "'$v' written" || echo "'$v' not written"
done
rm -rf __pycache__
PYTHONDONTWRITEBYTECODE=1 $PY -E -c 'import m, sys; print("-E:", sys.dont_write_bytecode)'
ls __pycache__
