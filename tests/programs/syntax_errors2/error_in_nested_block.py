# Error deep inside nested blocks
class Shape:
    def area(self):
        if self.kind == 'square':
            for side in self.sides:
                result = side * side
                return result
        elif self.kind = 'circle':
            return 3.14
