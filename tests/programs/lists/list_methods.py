# list methods
l = [3, 1, 4]
l.append(1); print(l)
l.extend([5, 9]); print(l)
l.extend("ab"); print(l)
l.insert(0, "start"); l.insert(100, "end"); l.insert(-1, "pen"); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1); print(l)
print(l.index(1), l.index(5), l.count(1), l.count("zz"))
l2 = [x for x in l if isinstance(x, int)]
l2.sort(); print(l2)
l2.sort(reverse=True); print(l2)
l2.reverse(); print(l2)
c = l2.copy(); c.append(0); print(l2, c)
c.clear(); print(c)
words = ["banana", "Apple", "cherry", "apple"]
words.sort(key=str.lower); print(words)
words.sort(key=len, reverse=True); print(words)
for args in [("pop", ()), ("remove", (42,)), ("index", (42,))]:
    try:
        getattr([], args[0])(*args[1])
    except (IndexError, ValueError) as e:
        print(args[0], type(e).__name__, e)
try:
    [1, "a"].sort()
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2, 3].index(3, 1), [1, 2, 1].index(1, 1))
