# Invalid character
x = 1 € 2
