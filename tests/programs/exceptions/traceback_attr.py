# __traceback__ and with_traceback
def fail():
    raise ValueError("in fail")
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    print(tb is not None, type(tb).__name__)
    depth = 0
    while tb is not None:
        depth += 1
        print("frame", tb.tb_frame.f_code.co_name, "line", tb.tb_lineno)
        tb = tb.tb_next
    print("depth", depth)
    saved = e
print(saved.__traceback__ is not None)
e2 = ValueError("fresh")
print(e2.__traceback__)
try:
    raise e2
except ValueError:
    pass
print(e2.__traceback__ is not None)
try:
    raise KeyError("k").with_traceback(None)
except KeyError as k:
    print(k.__traceback__ is not None)
try:
    try:
        fail()
    except ValueError as orig:
        raise TypeError("new").with_traceback(orig.__traceback__)
except TypeError as t:
    frames = []
    tb = t.__traceback__
    while tb:
        frames.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(frames)
