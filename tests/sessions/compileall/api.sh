# compile_dir and compile_file return True when everything compiled, False after an error.
mkdir d
echo 'x = 1' > d/ok.py
cat > t.py <<'PY'
import compileall
print(compileall.compile_dir("d", quiet=1))
print(compileall.compile_file("d/ok.py", quiet=1))
with open("d/bad.py", "w") as f:
    f.write("def (\n")
print(compileall.compile_dir("d", quiet=2))
print(compileall.compile_file("d/ok.py", force=True, legacy=True, quiet=1))
print(compileall.compile_dir("d", rx=__import__("re").compile("bad"), quiet=1))
PY
$PY t.py
find . -name '*.pyc' | sort
