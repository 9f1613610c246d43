# Exception inside a closure called through a list of callbacks
def make_handlers():
    handlers = []
    for divisor in (2, 1, 0):
        def handle(x, d=divisor):
            return x // d
        handlers.append(handle)
    return handlers
for h in make_handlers():
    print(h(10))
