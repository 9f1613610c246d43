IS_MAIN = __name__ == "__main__"
NAME = __name__
if __name__ == "__main__":
    print("main_check run as script")
