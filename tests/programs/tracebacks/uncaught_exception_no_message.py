# Uncaught exception raised by class, no message
class Stop(Exception):
    pass
print("raising")
raise Stop
