# A latin-1 source with a coding cookie compiles; the cached code keeps the decoded text.
printf '# -*- coding: latin-1 -*-\ns = "caf\xe9"\n' > m.py
$PY -m compileall m.py
echo "exit $?"
rm m.py
mv __pycache__/m.$TAG.pyc m.pyc
rmdir __pycache__
$PY -c 'import m; print(m.s, len(m.s))'
