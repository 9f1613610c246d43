# PEP 646: `*args: *Ts` annotates with the one item the star unpacks; tuple[*ts] subscripts.
class Ts:
    def __iter__(self):
        return iter(["unpacked"])


def f(*args: *Ts()):
    pass


class G:
    def __class_getitem__(cls, item):
        return item


print(f.__annotations__)
print(G[*[1, 2]], G[0, *[1, 2], 3])
