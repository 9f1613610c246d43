# while loops with else, break, continue
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n =", n)
else:
    print("while-else ran, n =", n)
i = 0
while True:
    i += 1
    if i >= 3:
        break
print("broke at", i)
k = 10
while k > 0:
    k -= 3
    if k == 4:
        print("found 4")
        break
else:
    print("never found 4")
k = 10
while k > 0:
    k -= 4
    if k == 5:
        break
else:
    print("else: no break, k =", k)
x = 0
while x < 0:
    print("never")
else:
    print("else on zero iterations")
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
