# args: 42
# Exit status taken from the command line
import sys
code = int(sys.argv[1])
print("exiting with", code)
sys.exit(code)
