# Return statements: none, multiple values, early exit
def nothing():
    return
def implicit():
    x = 1
def multi():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(nothing(), implicit(), multi(), early(20), early(0))
a, b, c = multi()
print(a, b, c)
def returns_function():
    def inner(x):
        return x + 1
    return inner
print(returns_function()(5))
def returns_in_loop():
    results = []
    for i in range(5):
        results.append(i)
        if len(results) == 3:
            return results
print(returns_in_loop())
def conditional(x):
    if x:
        return "yes"
print(conditional(1), conditional(0))
