# sys.exit(0) after output to both streams
import sys
print("stdout text")
print("stderr text", file=sys.stderr)
sys.exit(0)
