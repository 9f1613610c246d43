# sys.exit from deep in the call stack, with a partial line on stdout
import sys
def validate(args):
    if not args:
        print("no arguments given; ", end="")
        sys.exit(2)
def main():
    validate(sys.argv[1:])
main()
