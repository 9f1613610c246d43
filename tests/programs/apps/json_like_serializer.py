# A hand-written JSON-like serializer and parser exercising recursion and isinstance
def dumps(obj, indent=0):
    pad = "  " * indent
    if obj is None:
        return "null"
    if isinstance(obj, bool):
        return "true" if obj else "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        return '"' + obj.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        inner = ",\n".join(pad + "  " + dumps(v, indent + 1) for v in obj)
        return "[\n" + inner + "\n" + pad + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        inner = ",\n".join(f'{pad}  "{k}": {dumps(v, indent + 1)}' for k, v in obj.items())
        return "{\n" + inner + "\n" + pad + "}"
    raise TypeError(f"cannot serialize {type(obj).__name__}")
def loads(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t":
            pos += 1
    def value():
        nonlocal pos
        ws()
        c = s[pos]
        if c == "{":
            pos += 1
            out = {}
            ws()
            if s[pos] == "}":
                pos += 1
                return out
            while True:
                ws()
                k = value()
                ws(); assert s[pos] == ":"; pos += 1
                out[k] = value()
                ws()
                if s[pos] == ",":
                    pos += 1
                    continue
                assert s[pos] == "}"; pos += 1
                return out
        if c == "[":
            pos += 1
            out = []
            ws()
            if s[pos] == "]":
                pos += 1
                return out
            while True:
                out.append(value())
                ws()
                if s[pos] == ",":
                    pos += 1
                    continue
                assert s[pos] == "]"; pos += 1
                return out
        if c == '"':
            pos += 1
            buf = []
            while s[pos] != '"':
                if s[pos] == "\\":
                    pos += 1
                    buf.append({"n": "\n"}.get(s[pos], s[pos]))
                else:
                    buf.append(s[pos])
                pos += 1
            pos += 1
            return "".join(buf)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(s) and s[pos] in "-+.eE0123456789":
            pos += 1
        text = s[start:pos]
        return float(text) if any(ch in text for ch in ".eE") else int(text)
    return value()
data = {"name": "demo \"quoted\"", "n": [1, 2.5, -3, 10 ** 20], "flags": {"ok": True, "none": None},
        "empty": [], "nested": [[{}], "line\nbreak"]}
text = dumps(data)
print(text)
back = loads(text)
print(back == data, back["nested"][1])
try:
    dumps({"bad": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
