# Keyword used as identifier
class = 5
