# An exception escaping run() is reported by threading.excepthook on stderr:
# "Exception in thread NAME:" then the traceback. The report is captured here and only
# its first and last lines printed (the middle names the threading module's own frames).
import io
import sys
import threading


def fail(kind):
    if kind == 'value':
        raise ValueError("bad value")
    if kind == 'exit':
        raise SystemExit(3)
    if kind == 'chained':
        try:
            {}['missing']
        except KeyError as e:
            raise RuntimeError("while handling") from e
    if kind == 'keyboard':
        raise KeyboardInterrupt


def run(kind, **kw):
    saved = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        t = threading.Thread(target=fail, args=(kind,), **kw)
        t.start()
        t.join()
    finally:
        sys.stderr = saved
    text = buf.getvalue()
    lines = text.splitlines()
    if not lines:
        print(kind, '-> nothing printed')
        return
    print(kind, '->', lines[0], '|', lines[-1], '|', 'Traceback (most recent call last):' in lines)
    print('   mentions user frame:', any('in fail' in l for l in lines),
          'chain:', 'The above exception was the direct cause of the following exception:' in text)


run('value')
run('exit')
run('chained', name='named-thread')
run('keyboard')

# The thread is finished normally afterwards.
t = threading.Thread(target=fail, args=('exit',))
t.start()
t.join()
print(t.is_alive())
