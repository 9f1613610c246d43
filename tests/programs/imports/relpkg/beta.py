from .alpha import ALPHA
beta_value = "beta uses " + ALPHA
