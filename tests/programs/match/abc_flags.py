# Which types `match` treats as sequences and mappings: a type flag, inherited through the
# MRO, given by collections.abc.Sequence/Mapping to subclasses and to registered classes
# (recursively to their subclasses), never to builtin types.
import collections
import collections.abc as abc


def kind(x):
    match x:
        case [*_]:
            return "sequence"
        case {}:
            return "mapping"
        case _:
            return "neither"


def show(label, x):
    print(f"{label:<32}", kind(x))


show("list", [])
show("tuple", ())
show("range", range(2))
show("memoryview", memoryview(b""))
show("dict", {})
show("mappingproxy", type.__dict__)
show("str (registered, but builtin)", "")
show("bytes", b"")
show("bytearray", bytearray())
show("set", set())
show("dict keys view", {}.keys())
show("deque", collections.deque())
show("UserList", collections.UserList())
show("UserDict", collections.UserDict())
show("OrderedDict", collections.OrderedDict())
show("Counter", collections.Counter())
show("ChainMap", collections.ChainMap())
show("UserString", collections.UserString(""))


class MySeq(abc.Sequence):
    def __getitem__(self, i):
        raise IndexError

    def __len__(self):
        return 0


class MyMutableMap(abc.MutableMapping):
    def __getitem__(self, k):
        raise KeyError(k)

    def __setitem__(self, k, v):
        pass

    def __delitem__(self, k):
        pass

    def __iter__(self):
        return iter(())

    def __len__(self):
        return 0


show("Sequence subclass", MySeq())
show("MutableMapping subclass", MyMutableMap())
print("ABC flag attribute removed:", "__abc_tpflags__" in abc.Sequence.__dict__)


class Later:
    def __len__(self):
        return 0


class LaterChild(Later):
    pass


show("plain class", Later())
abc.MutableSequence.register(Later)
show("registered with MutableSequence", Later())
show("subclass made before register", LaterChild())


class LaterGrandchild(LaterChild):
    pass


show("subclass made after register", LaterGrandchild())


# Registering a mapping class as a sequence moves it (and its subclasses) over.
class D(dict):
    pass


class DD(D):
    pass


show("dict subclass", D())
abc.Sequence.register(D)
show("dict subclass, now a Sequence", D())
show("its subclass", DD())
show("dict itself is unchanged", {})

# Registering a builtin type changes nothing.
abc.Sequence.register(bytes)
show("bytes registered again", b"")


# An ABC of one's own carries no flag, unless it derives from one that does.
class MyABC(abc.Sized):
    pass


class Registered:
    def __len__(self):
        return 0


MyABC.register(Registered)
show("registered with a plain ABC", Registered())


class Both(list, abc.Mapping):
    def __getitem__(self, i):
        return list.__getitem__(self, i)


show("list first in the MRO", Both())


class Both2(abc.Mapping, list):
    def __getitem__(self, k):
        raise KeyError(k)

    def __iter__(self):
        return iter(())

    def __len__(self):
        return 0


show("Mapping first in the MRO", Both2())
print(isinstance(Both2(), abc.Sequence), isinstance(Both(), abc.Mapping))
