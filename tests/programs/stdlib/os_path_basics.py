# os and os.path basics (no absolute paths printed)
import os
import os.path
print(os.path.join("a", "b", "c.txt"), os.path.join("a/", "b"), os.path.join("a", "/abs", "x"), os.path.join("", "x"))
print(os.path.basename("dir/sub/file.tar.gz"), os.path.dirname("dir/sub/file.tar.gz"), os.path.basename("dir/"), os.path.dirname("file"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext("noext"), os.path.splitext(".bashrc"), os.path.splitext("a.b/c"))
print(os.path.split("a/b/c"), os.path.split("c"), os.path.split("/"), os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.normpath("a//b/./c/../d"), os.path.normpath("./x/"), os.sep, os.path.sep, os.curdir, os.pardir)
print(os.path.exists(__file__), os.path.isfile(__file__), os.path.isdir(__file__), os.path.exists("no_such_file.xyz"))
print(os.path.isdir("."), os.path.basename(__file__))
name = "_tmp_os_path_basics.txt"
with open(name, "w") as f:
    f.write("12345")
print(os.path.exists(name), os.path.getsize(name), name in os.listdir("."))
os.rename(name, name + ".renamed")
print(os.path.exists(name), os.path.exists(name + ".renamed"))
os.remove(name + ".renamed")
print(os.path.exists(name + ".renamed"))
d = "_tmp_os_path_basics_dir"
os.mkdir(d)
print(os.path.isdir(d), os.listdir(d))
os.rmdir(d)
print(os.path.exists(d))
print(type(os.getcwd()).__name__, os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
print("PYTHONHASHSEED" in os.environ, os.getenv("SURELY_UNSET_VAR_XYZ", "dflt"))
print(type(os.getpid()).__name__, os.name)
