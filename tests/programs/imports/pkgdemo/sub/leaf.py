print("executing pkgdemo.sub.leaf")
LEAF = "leaf value"
def where():
    return __name__, __package__
