# filterwarnings message/module patterns are regular expressions matched at the start
# of the text (messages case-insensitively). Each pattern is tried on a few messages.
import warnings

patterns = [
    "abc", "a.c", "a*b", "ab+c", "ab?c", "colou?r", "x{2}y", "x{1,2}y", "x{2,}y",
    "[abc]+d", "[^abc]d", "[a-c0-9]+$", r"\d+ items", r"\w+\s\w+", r"\bword\b",
    "(foo|bar)baz", "(?:ab)+c", "cat|dog", "^start", "end$", r"dot\.com", "A.*Z",
    ".*middle", r"\D\W\S", "[.]x", "a{,2}b", "(a|ab)(c|bcd)", "[-a]+!", r"a\Z",
    "x*?y", "(ab)*?c", "[]a]+",
]
texts = [
    "abc", "ABC", "aXc", "aaab", "b", "abbbc", "ac", "color", "colour", "xxy", "xy",
    "xxxy", "aabbd", "zd", "ab09", "ab09 ", "12 items", "hello world", "word up",
    "foobaz", "barbaz", "ababc", "dog house", "start here", "the end", "dot.com",
    "dotxcom", "A to Z", "in the middle", "a!-", ".x", "abcd", "-a-!", "a", "a\n",
    "xxxy", "ab", "]a]",
]
for pattern in patterns:
    matched = []
    for text in texts:
        with warnings.catch_warnings(record=True) as log:
            warnings.simplefilter("always")
            warnings.filterwarnings("ignore", message=pattern)
            warnings.warn(text)
        if not log:
            matched.append(text)
    print("%-14s %s" % (pattern, matched))

# Module patterns are case-sensitive.
for pattern in ("__main__", "__MAIN__", "__m", "_+main_+", "main"):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        warnings.filterwarnings("ignore", module=pattern)
        warnings.warn("module check")
    print(pattern, "ignored" if not log else "shown")
