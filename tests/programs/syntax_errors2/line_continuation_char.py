# Character after line continuation
x = 1 + \ 2
