# sys.exit(True) exits with status 1
import sys
print("exit(True)")
sys.exit(True)
