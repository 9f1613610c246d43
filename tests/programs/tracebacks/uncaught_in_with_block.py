# Uncaught exception in a with block: __exit__ runs first
class Managed:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit with", et.__name__)
        return False
with Managed():
    print("in block")
    [1, 2, 3].index(4)
