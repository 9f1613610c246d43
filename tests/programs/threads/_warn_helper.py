# Used by warnings_basic.py: warnings issued from a module that is not __main__.
import warnings


def deprecated_api():
    warnings.warn("deprecated_api is deprecated", DeprecationWarning, stacklevel=2)
    return 'api result'


def user_warning():
    warnings.warn("from helper")


def caller_of_api():
    return deprecated_api()
