# compile(file, cfile=, dfile=): the cache goes to cfile, code names dfile as its file.
printf 'def f():\n    raise ValueError("boom")\nf()\n' > m.py
$PY -c 'import py_compile; print(py_compile.compile("m.py", cfile="out/x.pyc", dfile="shown/name.py"))'
find . | sort
$PY out/x.pyc
echo "exit $?"
$PY -c 'import py_compile; print(py_compile.compile("m.py"))'
