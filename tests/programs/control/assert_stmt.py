# assert statement
assert True
assert 1 == 1, "not shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert False, "custom message"
except AssertionError as e:
    print("AssertionError", e, e.args)
try:
    assert [], {"k": [1, 2]}
except AssertionError as e:
    print(e.args[0])
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print(e)
calls = []
assert True, calls.append("message evaluated")
print(calls)
