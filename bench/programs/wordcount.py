# wordcount: generate a deterministic text from a fixed vocabulary with an LCG,
# then split it, normalise words and count them in a dict.
# Stresses: str.join/split/lower/strip, dict get/set with string keys,
# sorting with a key, string hashing.
import sys

WORDS = [
    "the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog",
    "python", "rust", "interpreter", "bytecode", "compiler", "garbage",
    "collector", "dictionary", "generator", "closure", "exception", "frame",
    "stack", "heap", "object", "integer", "float", "string", "list", "tuple",
    "set", "module", "import", "class", "method", "attribute", "iterator",
    "lambda", "yield", "return", "while", "for", "if", "else", "and", "or",
    "not", "in", "is", "none", "true", "false", "alpha", "beta", "gamma",
    "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda",
    "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon",
    "phi", "chi", "psi", "omega", "a", "an", "of", "to", "with", "from",
]
PUNCT = ["", "", "", "", ",", ".", "!", "?", ";", ":"]


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_text(nwords, rng):
    lines = []
    line = []
    nvocab = len(WORDS)
    for i in range(nwords):
        w = WORDS[rng.next(nvocab)]
        r = rng.next(16)
        if r == 0:
            w = w.upper()
        elif r < 3:
            w = w.capitalize()
        if rng.next(7) == 0:
            # Occasionally glue two words together to create new vocabulary.
            w = w + WORDS[rng.next(nvocab)]
        w = w + PUNCT[rng.next(len(PUNCT))]
        line.append(w)
        if len(line) >= 8 + rng.next(8):
            lines.append(" ".join(line))
            line = []
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for raw in line.split():
            word = raw.strip(",.!?;:").lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


def main():
    nwords = int(sys.argv[1]) if len(sys.argv) > 1 else 700000
    rng = LCG(42)
    text = make_text(nwords, rng)
    counts = count_words(text)
    total = sum(counts.values())
    print("chars", len(text), "lines", text.count("\n") + 1)
    print("words", total, "distinct", len(counts))
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    for word, c in top:
        print("%-12s %d" % (word, c))
    # Letter frequencies via a second dict.
    letters = {}
    for word, c in counts.items():
        for ch in word:
            letters[ch] = letters.get(ch, 0) + c
    common = sorted(letters, key=lambda ch: (-letters[ch], ch))[:5]
    print("letters", "".join(common), letters[common[0]])
    longest = max(counts, key=lambda w: (len(w), w))
    print("longest", longest, counts[longest])


main()
