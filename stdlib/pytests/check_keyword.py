import keyword
from checkutil import show
print(keyword.kwlist)
print(keyword.softkwlist)
for w in ['if', 'match', 'foo', 'None', 'none', '_', 'async']:
    print(w, keyword.iskeyword(w), keyword.issoftkeyword(w))
show('unhashable', keyword.iskeyword, [])
