# A custom exception class with a multi-argument payload
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
def validate(record):
    if "id" not in record:
        raise ValidationError("id", "is required")
validate({"id": 1})
print("first record ok")
validate({"name": "x"})
