# json_tree: build JSON-like nested dict/list trees, serialize them by hand,
# parse the text back, and walk the result.
# Stresses: dict and list creation, isinstance dispatch, recursion,
# string building and character-level scanning, dict iteration order.
import sys


class Rng:
    def __init__(self, seed):
        self.s = seed

    def next(self, bound):
        self.s = (self.s * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.s >> 8) % bound


KEYS = ["id", "name", "tags", "children", "value", "meta", "active", "score"]


def build(rng, depth):
    node = {"id": rng.next(100000), "name": "node%d" % rng.next(1000)}
    node["active"] = rng.next(2) == 1
    node["score"] = rng.next(1000) / 8.0
    if rng.next(4) == 0:
        node["meta"] = None
    node["tags"] = ["t%d" % rng.next(50) for _ in range(rng.next(4))]
    if depth > 0:
        node["children"] = [build(rng, depth - 1) for _ in range(1 + rng.next(4))]
    return node


def dumps(obj, out):
    if obj is None:
        out.append("null")
    elif obj is True:
        out.append("true")
    elif obj is False:
        out.append("false")
    elif isinstance(obj, int):
        out.append(str(obj))
    elif isinstance(obj, float):
        out.append(repr(obj))
    elif isinstance(obj, str):
        out.append('"' + obj.replace("\\", "\\\\").replace('"', '\\"') + '"')
    elif isinstance(obj, list):
        out.append("[")
        first = True
        for item in obj:
            if not first:
                out.append(",")
            first = False
            dumps(item, out)
        out.append("]")
    elif isinstance(obj, dict):
        out.append("{")
        first = True
        for k, v in obj.items():
            if not first:
                out.append(",")
            first = False
            dumps(k, out)
            out.append(":")
            dumps(v, out)
        out.append("}")
    else:
        raise TypeError("cannot serialize %r" % (obj,))


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def parse(self):
        text = self.text
        c = text[self.pos]
        if c == "{":
            self.pos += 1
            result = {}
            if text[self.pos] == "}":
                self.pos += 1
                return result
            while True:
                key = self.parse()
                self.pos += 1  # ':'
                result[key] = self.parse()
                c = text[self.pos]
                self.pos += 1
                if c == "}":
                    return result
        if c == "[":
            self.pos += 1
            result = []
            if text[self.pos] == "]":
                self.pos += 1
                return result
            while True:
                result.append(self.parse())
                c = text[self.pos]
                self.pos += 1
                if c == "]":
                    return result
        if c == '"':
            end = text.index('"', self.pos + 1)
            s = text[self.pos + 1:end]
            self.pos = end + 1
            return s
        if text.startswith("null", self.pos):
            self.pos += 4
            return None
        if text.startswith("true", self.pos):
            self.pos += 4
            return True
        if text.startswith("false", self.pos):
            self.pos += 5
            return False
        start = self.pos
        while text[self.pos] in "0123456789.-+e":
            self.pos += 1
        num = text[start:self.pos]
        if "." in num or "e" in num:
            return float(num)
        return int(num)


def walk(node, depth, stats):
    stats["nodes"] += 1
    if depth > stats["maxdepth"]:
        stats["maxdepth"] = depth
    stats["idsum"] += node["id"]
    stats["score"] += node["score"]
    if node["active"]:
        stats["active"] += 1
    for t in node["tags"]:
        stats["tags"][t] = stats["tags"].get(t, 0) + 1
    for child in node.get("children", []):
        walk(child, depth + 1, stats)


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    rng = Rng(2024)
    total_len = 0
    check = 0
    stats = None
    for r in range(rounds):
        tree = build(rng, 6)
        out = []
        dumps(tree, out)
        text = "".join(out)
        back = Parser(text).parse()
        if back != tree:
            print("roundtrip mismatch in round", r)
        stats = {"nodes": 0, "maxdepth": 0, "idsum": 0, "score": 0.0,
                 "active": 0, "tags": {}}
        walk(back, 0, stats)
        total_len += len(text)
        check = (check * 131 + stats["nodes"] * 7 + stats["idsum"]) % 1000000007
    print("rounds", rounds, "chars", total_len, "check", check)
    print("last", stats["nodes"], stats["maxdepth"], stats["idsum"],
          "%.3f" % stats["score"], stats["active"])
    top = sorted(stats["tags"].items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print("tags", top)
    print(text[:72])


main()
