# Exception after output: stdout kept, traceback on stderr, status 1
import sys
for i in range(3):
    print("line", i)
sys.stdout.flush()
raise ValueError("stopped after three lines")
