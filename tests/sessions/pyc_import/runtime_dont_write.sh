# Setting sys.dont_write_bytecode at run time stops writing for later imports.
echo 'pass' > a.py
echo 'pass' > b.py
cat > main.py <<'PY'
import sys
import a
sys.dont_write_bytecode = True
import b
print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)
PY
$PY main.py
find . | sort
