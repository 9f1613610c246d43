# Closing bracket does not match an opener on an earlier line
values = (1,
          2]
