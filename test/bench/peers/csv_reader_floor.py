#!/usr/bin/env python3
"""The floor of Kedja's end-to-end benchmark: Python's csv.reader over every table of a canonical CSV
folder, every row read and nothing else done with it. No program that reads the folder can be much
faster than this, so a Kedja command is reported as a multiple of it. O(bytes).

Usage: csv_reader_floor.py <folder>   prints {"tables": n, "rows": n}
"""
import csv
import json
import os
import sys


def main():
    folder = sys.argv[1]
    tables = rows = 0
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".csv"):
            continue
        tables += 1
        with open(os.path.join(folder, name), newline="", encoding="utf-8") as f:
            for _row in csv.reader(f):
                rows += 1
    print(json.dumps({"tables": tables, "rows": rows}))


if __name__ == "__main__":
    main()
