# Missing colon after class
class Point
    pass
