# A BaseException subclass (not Exception) escaping to top level
class Abort(BaseException):
    pass
try:
    raise Abort("not caught by except Exception")
except Exception:
    print("never printed")
