# Exceptions raised in else/finally/except blocks; finally always runs
def order(trace):
    try:
        trace.append("try")
        return "try-return"
    except Exception:
        trace.append("except")
    else:
        trace.append("else (not reached)")
    finally:
        trace.append("finally")
t = []
print(order(t), t)
def raising_else():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise KeyError("from else")
    finally:
        print("finally after else raise")
try:
    raising_else()
except KeyError as e:
    print("caught", e)
def exc_in_except():
    try:
        raise ValueError("one")
    except ValueError:
        raise TypeError("two")
try:
    exc_in_except()
except TypeError as e:
    print(type(e).__name__, e, "context", repr(e.__context__))
def finally_return_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_return_swallows())
def exception_var_cleared():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as u:
        return f"UnboundLocalError: {u}"
print(exception_var_cleared())
def counter():
    n = 0
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
        except ValueError:
            n += 10
        finally:
            n += 1
    return n
print(counter())
