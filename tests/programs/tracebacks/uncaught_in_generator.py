# Exception raised inside a generator while it is being consumed
def numbers():
    yield 1
    yield 2
    raise ValueError("generator exhausted badly")
total = 0
for n in numbers():
    total += n
    print("got", n)
print(total)
