# __name__ is "__main__" for the script and the module name otherwise
print(__name__)
import modsdir.main_check as mc
print(mc.IS_MAIN, mc.NAME)
def main():
    print("main() called because __name__ == '__main__'")
if __name__ == "__main__":
    main()
import sys
print(sys.modules["__main__"].__name__, "main" in dir(sys.modules["__main__"]))
print(__file__.endswith("name_main.py"), __package__, __spec__ is None)
