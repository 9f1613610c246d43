# -B writes no cache.
echo 'print("m")' > m.py
$PY -B -c 'import m, sys; print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)'
find . | sort
