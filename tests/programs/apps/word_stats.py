# Text statistics with dicts, Counter, sorting and formatting
from collections import Counter
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
def words(text):
    cleaned = "".join(c.lower() if c.isalpha() else " " for c in text)
    return cleaned.split()
def main():
    ws = words(TEXT)
    counts = Counter(ws)
    print(f"{len(ws)} words, {len(counts)} distinct")
    for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
        print(f"{word:<10}{n:>3} {'#' * n}")
    by_len = {}
    for w in set(ws):
        by_len.setdefault(len(w), []).append(w)
    for length in sorted(by_len):
        print(length, sorted(by_len[length]))
    lines = TEXT.splitlines()
    print([len(line) for line in lines], max(lines, key=len)[:20])
    avg = sum(map(len, ws)) / len(ws)
    print(f"average word length: {avg:.3f}")
if __name__ == "__main__":
    main()
