# Name used before global declaration
x = 0
def f():
    print(x)
    global x
