# strings: string building and manipulation.
# Stresses: str concatenation, join, f-strings, %-formatting, str.format,
# slicing, find/replace/split, upper/lower, ord/chr, in-operator, repeated
# small string allocations.
import sys


def caesar(text, shift):
    out = []
    for ch in text:
        o = ord(ch)
        if 97 <= o <= 122:
            out.append(chr((o - 97 + shift) % 26 + 97))
        elif 65 <= o <= 90:
            out.append(chr((o - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def checksum(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) & 0xFFFFFFFF
    return h


def run_length(s):
    if not s:
        return ""
    parts = []
    prev = s[0]
    count = 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            parts.append(f"{count}{prev}")
            prev = ch
            count = 1
    parts.append(f"{count}{prev}")
    return "".join(parts)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000

    # 1. Formatting-heavy line building.
    lines = []
    for i in range(n):
        name = "item" + str(i % 97)
        price = (i * 37 % 1000) / 4
        if i % 3 == 0:
            line = f"{name:>8}|{i:06d}|{price:9.2f}|{i % 7!r}"
        elif i % 3 == 1:
            line = "%-8s|%06d|%9.2f|%r" % (name, i, price, i % 7)
        else:
            line = "{:>8}|{:06d}|{:9.2f}|{!r}".format(name, i, price, i % 7)
        lines.append(line)
    doc = "\n".join(lines)
    print("doc", len(doc), checksum(doc))
    print(lines[n // 2])

    # 2. Concatenation in a loop (+=) and slicing.
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
        if len(s) > 500:
            s = s[250:] + s[:10]
    print("concat", len(s), checksum(s), s[:20], s[-5:], s[::37][:10])

    # 3. Search and replace.
    text = doc[: n * 8]
    count_item = text.count("item")
    first = text.find("item42|")
    last = text.rfind("|0")
    replaced = text.replace("item", "ITEM").replace("|", ", ")
    print("search", count_item, first, last, len(replaced), checksum(replaced[:5000]))

    # 4. Split, strip, case changes, membership.
    fields = 0
    upper_hits = 0
    for line in lines[: n // 2]:
        parts = line.split("|")
        fields += len(parts)
        key = parts[0].strip().upper()
        if "ITEM1" in key:
            upper_hits += 1
    print("split", fields, upper_hits)

    # 5. Caesar cipher and run-length encoding.
    words = " ".join(["Hello", "World", "abcxyz", "ZEBRA", "quick", "Brown"] * (n // 60 + 1))
    enc = caesar(words, 13)
    dec = caesar(enc, 13)
    print("caesar", dec == words, checksum(enc), enc[:30])
    rle_src = "".join("ab"[(i // 3) % 2] * (1 + i % 5) for i in range(n // 4))
    rle = run_length(rle_src)
    print("rle", len(rle_src), len(rle), rle[:24])

    # 6. Character classification and reversal.
    mixed = "".join([str(i) + " Ab-" for i in range(n // 10)])
    print("classify", sum(c.isdigit() for c in mixed), sum(c.isalpha() for c in mixed),
          mixed[::-1][:16], mixed.startswith("0 Ab"), mixed.endswith("- "))


main()
