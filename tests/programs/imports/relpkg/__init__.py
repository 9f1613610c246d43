from . import alpha
from .beta import beta_value
from .inner import deep
