# Negative exit codes wrap modulo 256 on POSIX
import sys
sys.exit(-1)
