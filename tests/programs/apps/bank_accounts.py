# A small bank simulation using classes, exceptions and properties
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed, self.available = needed, available
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, balance={self._balance})"
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, initial=0):
        acct = Account(owner, initial)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        b.deposit(amount)
    def total(self):
        return sum(a.balance for a in self.accounts.values())
def main():
    bank = Bank()
    alice = bank.open("alice", 100)
    bob = bank.open("bob")
    bank.transfer(alice.id, bob.id, 30)
    print(alice, bob, bank.total())
    for src, dst, amt in [(2, 1, 50), (1, 2, -5), (1, 3, 1)]:
        try:
            bank.transfer(src, dst, amt)
        except InsufficientFunds as e:
            print("insufficient:", e, e.needed, e.available)
        except ValueError as e:
            print("invalid:", e)
        except KeyError as e:
            print("no such account:", e)
    print(alice.history, bob.history)
    print(sorted(bank.accounts.values(), key=lambda a: -a.balance))
if __name__ == "__main__":
    main()
