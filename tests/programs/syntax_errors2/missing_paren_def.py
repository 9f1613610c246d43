# def without parentheses
def main:
    pass
