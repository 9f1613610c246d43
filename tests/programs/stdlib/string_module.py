# string module constants and helpers
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable))
print(string.capwords("hello   world  from python"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}; $$ is a dollar")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="y")
except KeyError as e:
    print(type(e).__name__, e)
print(string.Template("${a}${b}").substitute({"a": 1}, b=2), string.Template.delimiter)
