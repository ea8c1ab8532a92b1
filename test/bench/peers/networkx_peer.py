#!/usr/bin/env python3
"""The networkx peer of Kedja's benchmark: the same failure propagation (AND of required
dependencies, OR within alternatives groups, the critical rule for organisations) over a networkx
MultiDiGraph, one scenario at a time, as a Python analyst would write it. Reads a canonical CSV
folder; prints one JSON document with timings (ms) and checksums computed exactly as
test/bench/checksum.mjs does.

Usage: networkx_peer.py <folder> <workload> [<arguments>]
  rank [<every>]        every supplier alone (or every <every>-th supplier, for sampling)
  blast <supplier>      one supplier
  country <CC>          every supplier based in a country
"""
import csv
import json
import os
import sys
import time

import networkx as nx


def fnv1a(text):
    h = 0x811C9DC5
    for b in text.encode("utf-8"):
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return format(h, "08x")


def checksum(answers):
    lines = [
        f"{k},{a[0]},{a[1]},{a[2]},{a[3]},{a[4]}"
        for k, a in sorted(answers.items(), key=lambda kv: kv[0].encode("utf-8"))
    ]
    return fnv1a("\n".join(lines))


def truthy(cell):
    return cell.strip().lower() not in ("false", "no", "0", "nej")


def load(folder):
    g = nx.MultiDiGraph()
    kinds = {"organisations.csv": "organisation", "services.csv": "service", "suppliers.csv": "supplier"}
    for name, kind in kinds.items():
        with open(os.path.join(folder, name), newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                pop = (row.get("population") or "").strip()
                g.add_node(row["id"].strip(), kind=kind, population=int(pop) if pop else None,
                           country=(row.get("country") or "").strip().upper())
    edges = {
        "uses.csv": ("organisation", "service"),
        "contracts.csv": ("organisation", "supplier"),
        "provided_by.csv": ("service", "supplier"),
        "subcontracts.csv": ("supplier", "subcontractor"),
    }
    for name, (s, t) in edges.items():
        path = os.path.join(folder, name)
        if not os.path.exists(path):
            continue
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                crit = row.get("critical")
                g.add_edge(row[s].strip(), row[t].strip(),
                           alternatives=(row.get("alternatives") or "").strip(),
                           critical=truthy(crit) if crit and crit.strip() else True)
    return g


class Peer:
    def __init__(self, g):
        self.g = g
        self.group_size = {}
        self.critical_group_size = {}
        for s, _t, d in g.edges(data=True):
            if d["alternatives"]:
                key = (s, d["alternatives"])
                self.group_size[key] = self.group_size.get(key, 0) + 1
                if g.nodes[s]["kind"] == "organisation" and d["critical"]:
                    self.critical_group_size[key] = self.critical_group_size.get(key, 0) + 1

    def blast(self, members):
        g = self.g
        failed = set(members)
        queue = list(members)
        group_down, critical_down = {}, {}
        affected, critical = set(), set()
        while queue:
            v = queue.pop()
            for source, _v, d in g.in_edges(v, data=True):
                is_org = g.nodes[source]["kind"] == "organisation"
                label = d["alternatives"]
                key = (source, label)
                if source not in (affected if is_org else failed):
                    down = True
                    if label:
                        n = group_down.get(key, 0) + 1
                        group_down[key] = n
                        down = n == self.group_size[key]
                    if down:
                        if is_org:
                            affected.add(source)
                        else:
                            failed.add(source)
                            queue.append(source)
                if is_org and d["critical"] and source not in critical:
                    down = True
                    if label:
                        n = critical_down.get(key, 0) + 1
                        critical_down[key] = n
                        down = n == self.critical_group_size[key]
                    if down:
                        critical.add(source)
        services = sum(1 for n in failed if g.nodes[n]["kind"] == "service")
        population = sum(g.nodes[o]["population"] or 0 for o in affected)
        return (len(affected), len(affected & critical), services, len(failed) - services, population)


def main():
    folder, workload = sys.argv[1], sys.argv[2]
    started = time.perf_counter()
    g = load(folder)
    load_ms = (time.perf_counter() - started) * 1000
    peer = Peer(g)
    suppliers = sorted((n for n, d in g.nodes(data=True) if d["kind"] == "supplier"), key=lambda s: s.encode("utf-8"))
    started = time.perf_counter()
    if workload == "rank":
        every = int(sys.argv[3]) if len(sys.argv) > 3 else 1
        answers = {s: peer.blast([s]) for s in suppliers[::every]}
    elif workload == "blast":
        answers = {sys.argv[3]: peer.blast([sys.argv[3]])}
    elif workload == "country":
        cc = sys.argv[3]
        answers = {cc: peer.blast([s for s in suppliers if g.nodes[s]["country"] == cc])}
    else:
        raise SystemExit(f"unknown workload {workload}")
    ms = (time.perf_counter() - started) * 1000
    print(json.dumps({"peer": f"networkx {nx.__version__}", "loadMs": load_ms, "ms": ms,
                      "scenarios": len(answers), "checksum": checksum(answers)}))


if __name__ == "__main__":
    main()
