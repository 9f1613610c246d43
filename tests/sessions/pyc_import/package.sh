# A package caches its __init__ and its submodules in the package's own __pycache__.
mkdir -p pkg/sub
echo 'print("pkg init")' > pkg/__init__.py
echo 'print("pkg.mod")' > pkg/mod.py
touch pkg/sub/__init__.py pkg/sub/deep.py
$PY -c 'import pkg.mod, pkg.sub.deep; print(pkg.__cached__); print(pkg.mod.__cached__); print(pkg.sub.deep.__file__)'
find . | sort
