from textwrap import TextWrapper, wrap, fill, dedent, indent, shorten
from checkutil import show

samples = [
    "The quick brown fox jumped over the lazy dog.  Then it ran away!",
    "Hello there -- how are you?  I'm fine--thanks.  A well-known, state-of-the-art re-entrant thing.",
    "super-cali-fragilistic-expi-ali-docious and anti-dis-establish-ment-arian-ism x-y a-bc ab-c abc-d-ef",
    "short",
    "",
    "   leading and trailing spaces   ",
    "tabs\there\tand\nnewlines\nin text\r\nwith\x0bvertical\x0cfeed",
    "averyveryveryveryveryverylongwordthatcannotfitonanylineatall and more words after it",
    "x" * 50 + "-" + "y" * 30 + " end",
    "Mr. Smith went to Washington. He said \"hi.\" Then 'bye!' and left? Yes.",
    "---- dashes ---- and -- more --x x-- a--b a---b 1--2 a.--b ,--c",
    "numbers 123-456-7890 and e-mail co-op 3-d x2-y3 ab2-cd éé-àà-üü",
    "unicode naïve café résumé  façade\xa0nbsp word",
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen",
]
for text in samples:
    print(repr(text))
    for width in [1, 5, 10, 12, 20, 35, 70]:
        show('w%d' % width, wrap, text, width)
    show('split', TextWrapper()._split, text)
    show('nohyph', TextWrapper(break_on_hyphens=False)._split, text)
    show('fill', fill, text, 25, initial_indent='* ', subsequent_indent='  ')
    show('nobreak', wrap, text, 8, break_long_words=False)
    show('keepws', wrap, text, 15, drop_whitespace=False)
    show('noreplace', wrap, text, 15, replace_whitespace=False)
    show('sentences', wrap, text, 30, fix_sentence_endings=True)
    show('maxlines', wrap, text, 20, max_lines=2)
    show('maxlines1', wrap, text, 20, max_lines=1, placeholder='...')
    show('shorten', shorten, text, 25)
    show('shorten8', shorten, text, 8, placeholder='~')
    show('tabs', wrap, text, 20, tabsize=4)
show('width0', wrap, 'abc', 0)
show('placeholder big', wrap, 'abc def', 3, max_lines=1)
show('hyph long', wrap, 'abc-defghijkl-mnop', 6)

dedent_cases = [
    "    hello\n      world\n    !",
    "\thello\n\tthere",
    "  a\n\t b",
    "  a\n  \n   b\n",
    "no indent\n  some",
    "    \n    x\n  \t  \n    y",
    "   only\n",
    "",
    "  \n  ",
    "  a\r\n  b\r\n",
    " \t a\n \t b\n \t\tc",
    "        def f():\n            return 1\n",
]
for case in dedent_cases:
    print(repr(case), repr(dedent(case)))
print(repr(indent("a\nb\n\n  \nc", "> ")), repr(indent("a\nb", "+", lambda l: True)),
      repr(indent("x\r\ny\n", '  ')), repr(indent('', 'x')))
w = TextWrapper(width=10)
print(w.wrap('a b c d e f g h i j k l m n'), w.fill('hello world again'))
