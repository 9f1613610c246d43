# SystemExit replaced inside an except block: context is kept but not printed
import sys
try:
    1 / 0
except ZeroDivisionError:
    print("handling error, then exiting")
    sys.exit(9)
