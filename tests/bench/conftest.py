collect_ignore = ["bench.py"]
