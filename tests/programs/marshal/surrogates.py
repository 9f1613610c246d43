# strs containing lone surrogates (U+D800..U+DFFF) are marshalled as UTF-8 with the
# surrogates encoded as 3-byte sequences ('surrogatepass'): '\ud800' -> ed a0 80.
# A high surrogate followed by a low one stays two code points (6 bytes), it is not
# combined into one astral character. Loading decodes the same way. Printed with
# ascii() since a lone surrogate cannot be written to stdout.
import marshal

values = ["\ud800", "\udfff", "\udc80", "a\ud800b", "\ud83d\ude00", "\ude00\ud83d",
          "\ud800" * 3, "x" * 10 + "\udcff", "\U0001f600\ud800", "\xe9\ud801\u20ac"]
for s in values:
    row = [ascii(s), len(s)]
    for version in (0, 2):
        row.append(marshal.dumps(s, version).hex())
    # fresh copies (refcount 1): no flag at versions 3/4; non-ASCII is always 'u' there
    row.append(marshal.dumps("".join([c for c in s] + ["\ud800"])).hex())
    back = marshal.loads(marshal.dumps(s))
    row.append(back == s and len(back) == len(s))
    print(*row)

# bytes recorded from CPython 3.11
for text in ("7503000000eda080", "7506000000eda0bdedb880", "5b02000000f503000000edbfbf7200000000",
             "7406000000eda080eda080", "7504000000f09f9880"):
    v = marshal.loads(bytes.fromhex(text))
    print(text, ascii(v), len(v) if type(v) is str else [len(x) for x in v])

for version in range(5):
    v = ["\ud800", ("\udc00", {"\ud83d": "\ude00"}), frozenset(["\udfff"])]
    back = marshal.loads(marshal.dumps(v, version))
    print(version, ascii(back), back == v)
