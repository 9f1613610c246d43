# UnboundLocalError cases
count = 10
def bad_increment():
    count += 1
    return count
try:
    bad_increment()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))
def read_before_assign():
    print(value)
    value = 1
try:
    read_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def conditional_assign(flag):
    if flag:
        y = "assigned"
    return y
print(conditional_assign(True))
try:
    conditional_assign(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def outer():
    z = 1
    def inner():
        z += 1
        return z
    return inner
try:
    outer()()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def free_deleted():
    w = 1
    def inner():
        return w
    del w
    return inner()
try:
    free_deleted()
except NameError as e:
    print(type(e).__name__, e)
