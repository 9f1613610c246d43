# and/or return operands and short-circuit
def t(x):
    print("eval", x)
    return x
print(t(0) and t(1))
print(t(1) and t(2))
print(t(0) or t(3))
print(t(4) or t(5))
print(t("") or t([]) or t("last"))
print(t(1) and t(None) and t(2))
print(1 and 2, 0 and 2, "" or "d", [] or {}, None or 0)
print(not (1 and 0), not 0 or 0)
x = [] and undefined_name
y = 1 or undefined_name
print(x, y)
print(True and "yes" or "no", False and "yes" or "no")
