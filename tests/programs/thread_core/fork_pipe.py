# os.fork with a pipe: the child writes, the parent reads until EOF, then reaps the child.
import os

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    for i in range(3):
        os.write(w, b"line %d\n" % i)
    os.close(w)
    os._exit(3)
os.close(w)
chunks = []
while True:
    data = os.read(r, 4)
    if not data:
        break
    chunks.append(data)
os.close(r)
got, status = os.waitpid(pid, 0)
print(b"".join(chunks).decode(), end="")
print(got == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), 9)
_, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
print(os.waitpid(-1, os.WNOHANG) if False else "no children left")
for f in (lambda: os.waitpid(-1, 0), lambda: os.read(-1, 1), lambda: os.write(-1, b""), lambda: os.close(-1),
          lambda: os.waitstatus_to_exitcode(-1), lambda: os.write(1, "str"), lambda: os.kill(2**22 + 12345, 0)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
