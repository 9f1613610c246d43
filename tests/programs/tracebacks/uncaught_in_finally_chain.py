# Exception in finally while another propagates: both shown, chained
def cleanup():
    raise OSError("cleanup failed")
def work():
    try:
        raise ValueError("work failed")
    finally:
        cleanup()
work()
