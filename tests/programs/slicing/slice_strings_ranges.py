# Slicing strings, ranges and tuples returns same type
r = range(0, 20, 3)
print(r[1:4], r[::-1], r[::2], list(r[-2:]), r[10:], len(r[1:100]))
print(range(10)[::-3], list(range(10)[::-3]))
s = "Hello, World!"
print(s[7:12], s[-6:-1], s[::-1][:5], s[:5][::-1], type(s[1:2]).__name__)
print(s[len(s):], s[-len(s):3], repr(s[5:5]))
t = tuple(range(6))
print(t[1:-1], t[::-2], type(t[:]).__name__, t[:] is t)
l = [1, 2, 3]
print(l[:] is l, l[:] == l)
def rotate(seq, k):
    k %= len(seq)
    return seq[k:] + seq[:k]
print(rotate([1, 2, 3, 4, 5], 2), rotate("abcdef", -1), rotate((1, 2, 3), 10))
def chunks(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)]
print(chunks("abcdefgh", 3), chunks(list(range(7)), 2))
