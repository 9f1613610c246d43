# yield outside function
x = yield 1
