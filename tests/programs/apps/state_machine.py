# A traffic-light / vending state machine using enums-by-hand, dicts and generators
class State:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
IDLE, SELECTING, PAYING, DISPENSING = (State(n) for n in ("IDLE", "SELECTING", "PAYING", "DISPENSING"))
TRANSITIONS = {
    (IDLE, "touch"): SELECTING,
    (SELECTING, "choose"): PAYING,
    (SELECTING, "cancel"): IDLE,
    (PAYING, "pay"): DISPENSING,
    (PAYING, "cancel"): IDLE,
    (DISPENSING, "take"): IDLE,
}
class Machine:
    def __init__(self):
        self.state = IDLE
        self.log = []
    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise ValueError(f"event {event!r} invalid in state {self.state!r}")
        old, self.state = self.state, TRANSITIONS[key]
        self.log.append(f"{old}-{event}->{self.state}")
m = Machine()
for ev in ["touch", "choose", "pay", "take", "touch", "cancel", "pay"]:
    try:
        m.fire(ev)
    except ValueError as e:
        print("error:", e)
print(m.state, m.log, sep="\n")
def traffic_light():
    while True:
        for color, secs in (("green", 3), ("yellow", 1), ("red", 2)):
            for _ in range(secs):
                yield color
light = traffic_light()
print([next(light) for _ in range(10)])
