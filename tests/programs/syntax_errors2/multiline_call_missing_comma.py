# Missing comma in a call spread over lines
result = dict(
    a=1,
    b=2
    c=3,
)
