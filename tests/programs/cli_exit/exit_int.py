# sys.exit with an int sets the exit status
import sys
print("about to exit with 3")
sys.exit(3)
print("never printed")
