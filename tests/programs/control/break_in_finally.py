# break/continue/return interacting with try/finally
def loop_with_finally():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    print("after loop")
loop_with_finally()
def return_in_try():
    try:
        return "from try"
    finally:
        print("finally runs before return")
print(return_in_try())
def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())
def break_swallows():
    for i in range(3):
        try:
            raise ValueError("lost")
        finally:
            break
    return "exception swallowed by break"
print(break_swallows())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def nested():
    for i in range(2):
        try:
            for j in range(3):
                try:
                    if j == 1:
                        break
                finally:
                    print("inner finally", i, j)
        finally:
            print("outer finally", i)
nested()
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n > 2:
                return n
        finally:
            print("cleanup", n)
print(while_finally())
