# Trailing comma in from-import without parentheses
from os import path,
