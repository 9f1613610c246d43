from .. import alpha
from ..beta import beta_value
from . import sibling
from .sibling import *
deep_value = (alpha.ALPHA, beta_value, sibling.SIB, sib_func())
