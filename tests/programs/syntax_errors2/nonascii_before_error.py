# Error after a non-ASCII string on the same line
names = ["café", "naïve" "x" 1]
