# An error raised by a class pattern reaches the top level: the traceback points at the
# pattern.


class Point:
    __match_args__ = ("x",)

    def __init__(self, x):
        self.x = x


def locate(p):
    match p:
        case Point(0):
            return "origin"
        case Point(x, y):
            return "2d"


print(locate(Point(0)))
print(locate(Point(1)))
