# Sourced by cases: a small tree with a package, a subpackage and a data file.
mkdir -p lib/pkg/sub
echo 'print("top")' > lib/top.py
echo '' > lib/pkg/__init__.py
echo 'def f(): return 1' > lib/pkg/mod.py
echo 'x = 1' > lib/pkg/sub/deep.py
echo 'not python' > lib/pkg/data.txt
touch -d @1000000000 lib/top.py lib/pkg/__init__.py lib/pkg/mod.py lib/pkg/sub/deep.py
