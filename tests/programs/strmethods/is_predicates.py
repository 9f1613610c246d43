# isdigit, isdecimal, isnumeric, isalpha, isalnum, isspace, isidentifier, isprintable, isascii
samples = ["123", "12.3", "", " ", "abc", "abc123", "٣", "²", "½", "Ⅷ", "\t\n", "a b",
           "_name1", "1name", "class", "é", "\x7f", "tab\t", "ABC"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isidentifier(), s.isprintable(), s.isascii(), s.islower(), s.isupper())
