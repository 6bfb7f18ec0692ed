"""``python -m factcheck``: the same command line as ``factcheck``."""
from factcheck.cli.app import main

main()
