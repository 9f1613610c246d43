# args: one two three
# sys.argv holds the script name followed by the arguments
import sys
print(len(sys.argv))
print(sys.argv[0])
print(sys.argv[1:])
for i, a in enumerate(sys.argv):
    print(i, a)
