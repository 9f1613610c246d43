# richards: an operating-system task scheduler simulation in the style of
# Martin Richards' classic benchmark (independently written).
# Stresses: classes and inheritance, method dispatch, attribute access,
# linked lists of objects, boolean state flags.
import sys

I_IDLE = 1
I_WORK = 2
I_HANDLER_A = 3
I_HANDLER_B = 4
I_DEVICE_A = 5
I_DEVICE_B = 6

K_DEVICE = 1000
K_WORK = 1001

BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Append this packet to the end of `queue`, returning the new head."""
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    """Base task control block; subclasses implement step()."""

    def __init__(self, sched, ident, priority, queue, pending, waiting, holding):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.pending = pending
        self.waiting = waiting
        self.holding = holding
        self.link = sched.task_list
        sched.task_list = self
        sched.table[ident] = self

    def is_blocked(self):
        return self.holding or (not self.pending and self.waiting)

    def has_work(self):
        return self.pending and self.waiting and not self.holding

    def add_packet(self, packet, current):
        if self.queue is None:
            self.queue = packet
            self.pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current

    def run(self):
        if self.has_work():
            packet = self.queue
            self.queue = packet.link
            self.pending = self.queue is not None
            self.waiting = False
            self.holding = False
        else:
            packet = None
        return self.step(packet)

    def step(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        Task.__init__(self, sched, ident, priority, None, False, False, False)
        self.control = 1
        self.count = count

    def step(self, packet):
        sched = self.sched
        self.count -= 1
        if self.count == 0:
            return sched.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return sched.release(I_DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return sched.release(I_DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, True, True, False)
        self.destination = I_HANDLER_A
        self.letter = 0

    def step(self, packet):
        sched = self.sched
        if packet is None:
            return sched.wait()
        if self.destination == I_HANDLER_A:
            self.destination = I_HANDLER_B
        else:
            self.destination = I_HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        data = packet.data
        for i in range(BUFFER_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            data[i] = 64 + self.letter
        return sched.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, True, True, False)
        self.work_in = None
        self.device_in = None

    def step(self, packet):
        sched = self.sched
        if packet is not None:
            if packet.kind == K_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            count = work.datum
            if count < BUFFER_SIZE:
                dev = self.device_in
                if dev is not None:
                    self.device_in = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    sched.checksum = (sched.checksum * 31 + dev.datum) % 1000003
                    return sched.queue_packet(dev)
            else:
                self.work_in = work.link
                return sched.queue_packet(work)
        return sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None, False, True, False)
        self.held_packet = None

    def step(self, packet):
        sched = self.sched
        if packet is None:
            held = self.held_packet
            if held is None:
                return sched.wait()
            self.held_packet = None
            return sched.queue_packet(held)
        self.held_packet = packet
        return sched.hold_self()


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.table = [None] * 7
        self.current = None
        self.hold_count = 0
        self.queue_count = 0
        self.checksum = 0

    def hold_self(self):
        self.hold_count += 1
        current = self.current
        current.holding = True
        return current.link

    def wait(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        task = self.table[ident]
        task.holding = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def queue_packet(self, packet):
        target = self.table[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        return target.add_packet(packet, self.current)

    def schedule(self):
        task = self.task_list
        while task is not None:
            if task.is_blocked():
                task = task.link
            else:
                self.current = task
                task = task.run()


def run_once(count):
    sched = Scheduler()
    IdleTask(sched, I_IDLE, 1, count)

    queue = Packet(None, 0, K_WORK)
    queue = Packet(queue, 0, K_WORK)
    WorkerTask(sched, I_WORK, 1000, queue)

    queue = Packet(None, I_DEVICE_A, K_DEVICE)
    queue = Packet(queue, I_DEVICE_A, K_DEVICE)
    queue = Packet(queue, I_DEVICE_A, K_DEVICE)
    HandlerTask(sched, I_HANDLER_A, 2000, queue)

    queue = Packet(None, I_DEVICE_B, K_DEVICE)
    queue = Packet(queue, I_DEVICE_B, K_DEVICE)
    queue = Packet(queue, I_DEVICE_B, K_DEVICE)
    HandlerTask(sched, I_HANDLER_B, 3000, queue)

    DeviceTask(sched, I_DEVICE_A, 4000)
    DeviceTask(sched, I_DEVICE_B, 5000)

    sched.schedule()
    return sched.queue_count, sched.hold_count, sched.checksum


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    total_q = total_h = 0
    result = None
    for _ in range(iterations):
        result = run_once(10000)
        total_q += result[0]
        total_h += result[1]
    print("queue_count", result[0], "hold_count", result[1], "checksum", result[2])
    print("totals", total_q, total_h)


main()
