# Annotation on a call
f(): int
