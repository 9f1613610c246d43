# args: --count 3 -v input.txt --name=demo
# A small hand-written argument parser over sys.argv
import sys
opts = {"count": 1, "verbose": False, "name": None}
files = []
args = sys.argv[1:]
i = 0
while i < len(args):
    a = args[i]
    if a == "--count":
        opts["count"] = int(args[i + 1])
        i += 1
    elif a == "-v":
        opts["verbose"] = True
    elif a.startswith("--name="):
        opts["name"] = a.split("=", 1)[1]
    else:
        files.append(a)
    i += 1
print(opts)
print(files)
sys.exit(0 if files else 1)
