# Three chained exceptions, mixing implicit and explicit chaining
def parse(text):
    return int(text)
def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise KeyError("bad value") from e
def main():
    try:
        load("x")
    except KeyError:
        raise RuntimeError("loading failed")
main()
