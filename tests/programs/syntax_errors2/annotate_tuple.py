# Annotating two targets at once
x, y: int = 1, 2
