# __file__ and __cached__ of the main script, a module, a package and a submodule.
mkdir pkg
touch pkg/__init__.py pkg/sub.py
echo 'pass' > m.py
cat > main.py <<'PY'
import m, pkg.sub
print("main", __file__, __cached__)
print("m", m.__file__, m.__cached__)
print("pkg", pkg.__file__, pkg.__cached__)
print("pkg.sub", pkg.sub.__file__, pkg.sub.__cached__)
print(m.__spec__.cached == m.__cached__, m.__spec__.has_location)
PY
$PY main.py
