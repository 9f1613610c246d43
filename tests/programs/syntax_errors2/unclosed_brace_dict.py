# Dict literal never closed
config = {
    'a': 1,
    'b': 2,

def main():
    print(config)
