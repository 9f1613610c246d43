# Assignment to an arithmetic expression
a = 1
a + 1 = 2
