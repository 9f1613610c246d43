# finally blocks and context managers run during sys.exit
import sys
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("CM.__exit__ sees", exc[0].__name__)
        return False
def work():
    with CM():
        try:
            print("working")
            sys.exit(12)
        finally:
            print("finally in work")
try:
    work()
finally:
    print("outer finally")
