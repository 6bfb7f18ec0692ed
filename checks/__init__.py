"""factcheck's engine: load -> split -> detect -> normalise -> match -> judge -> report."""
__version__ = "0.1.0"
