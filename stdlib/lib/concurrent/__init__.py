# Package containing concurrent.futures.
