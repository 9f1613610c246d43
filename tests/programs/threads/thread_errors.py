# The RuntimeErrors of Thread and the daemon flag rules.
import threading

t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("join before start:", e)
t.daemon = True
print("daemon before start:", t.daemon)
t.daemon = False
t.start()
try:
    t.start()
except RuntimeError as e:
    print("start twice:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("daemon after start:", e)
t.join()
try:
    t.start()
except RuntimeError as e:
    print("start after finish:", e)
try:
    t.daemon = False
except RuntimeError as e:
    print("daemon after finish:", e)

try:
    threading.current_thread().join()
except RuntimeError as e:
    print("join main:", e)

out = {}


def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        out['self'] = str(e)


s = threading.Thread(target=self_join)
s.start()
s.join()
print("join self:", out['self'])

# Daemon status is inherited from the creating thread.
print("main daemon:", threading.current_thread().daemon)


def child_of_daemon():
    out['child'] = threading.Thread(target=lambda: None).daemon
    out['explicit'] = threading.Thread(target=lambda: None, daemon=False).daemon


d = threading.Thread(target=child_of_daemon, daemon=True)
d.start()
d.join()
print("child of daemon:", out['child'], "explicit:", out['explicit'])
print("child of main:", threading.Thread().daemon)

# The daemon value is stored as given.
print(repr(threading.Thread(daemon=0).daemon), repr(threading.Thread(daemon=1).daemon))

try:
    threading.Thread(group=object())
except AssertionError as e:
    print("group:", e)
try:
    threading.Thread(None, None, None, (), None, True)
except TypeError as e:
    print("daemon is keyword-only:", type(e).__name__)
