# Invalid hexadecimal literal
x = 0xZZ
