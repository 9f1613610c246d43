SIB = "sibling"
def sib_func():
    return "sib_func"
