#!/usr/bin/env python3
"""The pandas + networkx peer of Kedja's end-to-end benchmark: one command's job as a Python analyst
would script it, timed by the harness as a whole process. It reads the tables of a canonical CSV
folder with pandas, builds a networkx MultiDiGraph with `from_pandas_edgelist`, and does the job;
failures propagate with the networkx peer's code (networkx_peer.py: AND of required dependencies,
OR within alternatives groups, the critical rule for organisations). Prints one JSON document: the
peer's name, the time of each phase (ms) and the answer, in the form the harness compares with
Kedja's (checksums as in test/bench/checksum.mjs).

Usage: pandas_networkx_peer.py <folder> <job> [<argument>]
  validate            the id checks (empty, duplicate) and the reference checks (every edge joins
                      existing nodes of the right kinds, no self-loop, no duplicate edge); counts
  rank [<every>]      every supplier failing alone (or every <every>-th, by id, when sampling)
  blast <supplier>    one supplier failing
  metrics [<every>]   declared and effective sharing per supplier (as histograms), HHI per
                      service category; effective sharing sampled like rank when <every> > 1

Cost: reading and building are O(V + E); rank is O(sum of blast sizes) in Python loops.
"""
import json
import os
import sys
import time
from collections import Counter

import networkx as nx
import pandas as pd

sys.dont_write_bytecode = True  # no __pycache__ beside the peers in the repository
from networkx_peer import Peer, checksum  # noqa: E402

NODE_TABLES = {"organisations": "organisation", "services": "service", "suppliers": "supplier"}
# table -> (source column, target column, edge kind, source kind, target kind)
EDGE_TABLES = {
    "uses": ("organisation", "service", "uses", "organisation", "service"),
    "contracts": ("organisation", "supplier", "contracts", "organisation", "supplier"),
    "provided_by": ("service", "supplier", "providedBy", "service", "supplier"),
    "subcontracts": ("supplier", "subcontractor", "subcontracts", "supplier", "supplier"),
}
ENDPOINTS = {kind: (source_kind, target_kind) for _s, _t, kind, source_kind, target_kind in EDGE_TABLES.values()}
NOT_CRITICAL = ["false", "no", "0", "nej"]


def read(folder):
    """Every table as a DataFrame of trimmed strings (a missing edge table is empty)."""
    tables = {}
    for name in [*NODE_TABLES, *EDGE_TABLES]:
        path = os.path.join(folder, f"{name}.csv")
        if os.path.exists(path):
            df = pd.read_csv(path, dtype=str, keep_default_na=False)
            tables[name] = df.apply(lambda column: column.str.strip())
        else:
            tables[name] = pd.DataFrame(columns=list(EDGE_TABLES[name][:2]))
    return tables


def edge_list(tables):
    """All edges in one DataFrame: source, target, kind, alternatives, critical."""
    frames = []
    for name, (source, target, kind, _s, _t) in EDGE_TABLES.items():
        df = tables[name].reindex(columns=[source, target, "alternatives", "critical"], fill_value="")
        frames.append(
            pd.DataFrame(
                {
                    "source": df[source],
                    "target": df[target],
                    "kind": kind,
                    "alternatives": df["alternatives"],
                    "critical": ~df["critical"].str.lower().isin(NOT_CRITICAL),
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def build(tables):
    g = nx.from_pandas_edgelist(
        edge_list(tables), "source", "target", edge_attr=["kind", "alternatives", "critical"],
        create_using=nx.MultiDiGraph,
    )
    for name, kind in NODE_TABLES.items():
        df = tables[name]
        population = df["population"] if "population" in df else pd.Series("", index=df.index)
        category = df["category"] if "category" in df else pd.Series("", index=df.index)
        g.add_nodes_from(
            (node, {"kind": kind, "population": int(p) if p else None, "category": c})
            for node, p, c in zip(df["id"], population, category)
        )
    return g


def sorted_suppliers(g):
    return sorted((n for n, d in g.nodes(data=True) if d.get("kind") == "supplier"), key=lambda s: s.encode("utf-8"))


def validate(tables, g):
    problems = 0
    ids = pd.concat([tables[name]["id"] for name in NODE_TABLES], ignore_index=True)
    problems += int((ids == "").sum()) + int(ids[ids != ""].duplicated().sum())
    for name, (source, target, *_kinds) in EDGE_TABLES.items():
        df = tables[name]
        problems += int(df.duplicated([source, target]).sum()) + int((df[source] == df[target]).sum())
    for u, v, d in g.edges(data=True):
        source_kind, target_kind = ENDPOINTS[d["kind"]]
        if g.nodes[u].get("kind") != source_kind or g.nodes[v].get("kind") != target_kind:
            problems += 1
    counts = Counter(d["kind"] for _n, d in g.nodes(data=True) if "kind" in d)
    edges = Counter(d["kind"] for _u, _v, d in g.edges(data=True))
    return {
        "problems": problems,
        "counts": {
            "organisations": counts["organisation"],
            "services": counts["service"],
            "suppliers": counts["supplier"],
            "uses": edges["uses"],
            "contracts": edges["contracts"],
            "providedBy": edges["providedBy"],
            "subcontracts": edges["subcontracts"],
        },
    }


def histogram(values):
    counts = Counter(v for v in values if v >= 1)
    return {str(n): counts[n] for n in sorted(counts)}


def hhi_by_category(tables):
    """Per category: suppliers' shares of the organisations using a service they provide directly."""
    services = tables["services"][["id", "category"]].rename(columns={"id": "service"})
    used = tables["uses"][["organisation", "service"]].merge(services[services["category"] != ""], on="service")
    served = used.merge(tables["provided_by"][["service", "supplier"]], on="service")
    sizes = served.drop_duplicates(["category", "supplier", "organisation"]).groupby(["category", "supplier"]).size()
    result = {}
    for category in sorted(used["category"].unique()):
        market = sizes[category] if category in sizes.index.get_level_values(0) else pd.Series(dtype=float)
        total = market.sum()
        result[category] = round(float(((100 * market / total) ** 2).sum()), 1) if total else 0.0
    return result


def metrics(tables, g, every):
    contracted = tables["contracts"][["organisation", "supplier"]]
    through_services = tables["uses"][["organisation", "service"]].merge(
        tables["provided_by"][["service", "supplier"]], on="service"
    )[["organisation", "supplier"]]
    declared = pd.concat([contracted, through_services]).drop_duplicates().groupby("supplier").size()
    peer = Peer(g)
    effective = [peer.blast([s])[0] for s in sorted_suppliers(g)[::every]]
    return {
        "declared": histogram(declared.tolist()),
        "effective": histogram(effective) if every == 1 else None,
        "hhiByCategory": hhi_by_category(tables),
    }


def main():
    folder, job = sys.argv[1], sys.argv[2]
    argument = sys.argv[3] if len(sys.argv) > 3 else None
    started = time.perf_counter()
    tables = read(folder)
    read_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    g = build(tables)
    build_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    if job == "validate":
        answer = validate(tables, g)
    elif job == "rank":
        every = int(argument or 1)
        peer = Peer(g)
        answer = {"checksum": checksum({s: peer.blast([s]) for s in sorted_suppliers(g)[::every]})}
    elif job == "blast":
        answer = {"checksum": checksum({argument: Peer(g).blast([argument])})}
    elif job == "metrics":
        answer = metrics(tables, g, int(argument or 1))
    else:
        raise SystemExit(f"unknown job {job}; use validate, rank, blast or metrics")
    job_ms = (time.perf_counter() - started) * 1000
    peer = f"pandas {pd.__version__} + networkx {nx.__version__}"
    print(json.dumps({"peer": peer, "job": job, "readMs": read_ms, "buildMs": build_ms, "jobMs": job_ms, **answer}))


if __name__ == "__main__":
    main()
