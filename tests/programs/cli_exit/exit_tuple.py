# A non-int, non-None exit argument is printed to stderr; status is 1
import sys
sys.exit(("error", 2))
