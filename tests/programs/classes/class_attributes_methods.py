# Class attributes vs instance attributes, staticmethod, classmethod
class Account:
    interest = 0.02
    count = 0
    accounts = []
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1
        self.accounts.append(owner)
    @classmethod
    def from_string(cls, s):
        owner, bal = s.split(":")
        return cls(owner, int(bal))
    @staticmethod
    def validate(amount):
        return amount > 0
    def deposit(self, amount):
        if not self.validate(amount):
            raise ValueError("invalid amount")
        self.balance += amount
        return self
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance})"
a = Account("ann", 100)
b = Account.from_string("bob:50")
print(a, b, Account.count, Account.accounts)
print(a.deposit(10).deposit(5), Account.validate(-1), a.validate(3))
try:
    a.deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
class Savings(Account):
    interest = 0.05
s = Savings.from_string("sue:10")
print(s, type(s).__name__, s.interest, a.interest, Account.count)
print(type(Account.__dict__["from_string"]).__name__, type(Account.__dict__["validate"]).__name__)
print(Account.from_string.__self__ is Account, Savings.from_string.__self__ is Savings)
sm = staticmethod(len)
print(sm.__func__ is len)
