# Thread objects: targets with args/kwargs, default and explicit names, ident, is_alive,
# repr before/while/after running (numbers replaced so the output is deterministic).
import threading


def shape(text):
    # Replace idents (long numbers) by N so reprs can be compared.
    out = []
    for word in text.split(' '):
        stripped = word.rstrip(')>')
        if stripped.isdigit():
            word = 'N' + word[len(stripped):]
        out.append(word)
    return ' '.join(out)


results = {}


def work(key, value, *, scale=1):
    results[key] = value * scale


t1 = threading.Thread(target=work, args=('a', 2), kwargs={'scale': 10})
print(t1.name, t1.ident, t1.native_id, t1.is_alive(), t1.daemon)
print(shape(repr(t1)))
t1.start()
t1.join()
print(results, t1.is_alive())
print(shape(repr(t1)))
print(isinstance(t1.ident, int), isinstance(t1.native_id, int))

t2 = threading.Thread(target=work, args=('b', 3), name='worker-b')
print(t2.name)
t2.start()
t2.join()
t2.name = 42
print(repr(t2.name), results['b'])

# A callable without __name__: the name gets no suffix.
class Callable:
    def __call__(self):
        results['c'] = 'called'

t3 = threading.Thread(target=Callable())
print(t3.name)
t3.start(); t3.join()
print(results['c'])

# No target: nothing happens.
t4 = threading.Thread()
print(t4.name)
t4.start(); t4.join()

# A lambda.
t5 = threading.Thread(target=lambda: results.setdefault('d', 1))
print(t5.name)

# Empty name and name=None both mean a default name.
print(threading.Thread(name='').name, threading.Thread(name=None).name)
print(threading.Thread(name=0).name)

# While running.
ev = threading.Event()
go = threading.Event()
def waiter():
    ev.set()
    go.wait()
t6 = threading.Thread(target=waiter, daemon=True)
t6.start()
ev.wait()
print(t6.is_alive(), shape(repr(t6)))
go.set()
t6.join()
print(t6.is_alive(), shape(repr(t6)))

# The target and its arguments are dropped once run() is over.
print(hasattr(t1, '_target'), hasattr(t1, '_args'), hasattr(t1, '_kwargs'))
