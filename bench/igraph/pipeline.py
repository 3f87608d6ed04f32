#!/usr/bin/env python3
"""The comparison pipeline of issue 19: what citegraph does to a generated corpus, written as a
Python user would with python-igraph, scikit-learn, SciPy and NumPy (Debian's packages).

    python3 bench/igraph/pipeline.py CORPUS_DIR --out OUT_DIR [--truth TRUTH_PAPERS_CSV] [--seed S]

CORPUS_DIR is what `npx tsx bench/gen-corpus.ts` writes under DIR/corpus: profile, listing and
bare listing pages, JSON tables and Web of Science plain-text exports. Per stage a line on
stderr; at the end one line of JSON on stdout (wall, CPU, peak RSS, graph figures, NMI).
A record that does not parse is counted and reported on stderr with its file and line.
"""

import argparse
import csv
import json
import os
import random
import re
import resource
import sys
import time
import unicodedata
from collections import Counter
from itertools import combinations

IMPORTS_STARTED = time.perf_counter()
import igraph as ig  # noqa: E402  (timed: the imports are part of the run's cost)
import numpy as np  # noqa: E402
import scipy.sparse as sp  # noqa: E402
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer  # noqa: E402
from sklearn.metrics import normalized_mutual_info_score  # noqa: E402

IMPORT_SECONDS = time.perf_counter() - IMPORTS_STARTED

# citegraph's defaults (pipeline/options.ts and the graph entries), so both do the same work.
MAX_AUTHORS = 25
MIN_DF = 2
MAP_TERMS = 2000
MIN_SIMILARITY = 0.1
MAX_COCITED = 1000
PAGERANK_DAMPING = 0.85
# Betweenness as citegraph's budget allows (nodes x edges of work): exact within it, else from
# budget / edges sampled sources (at least 64). igraph 0.10 (Debian's python3-igraph 0.10.2) has
# no source sampling, only `cutoff` (paths of at most so many hops: another quantity, and no
# cheaper on a dense term map), so sampled sources run Brandes' accumulation in sparse products
# here (about 4x igraph's C per source on the 10,000-paper paper graph, still under its exact run).
BETWEENNESS_BUDGET = 1e8
FIRST_SOURCES = 64
# Sources per batch: fewer rows per level against fewer products (16 was quickest at 10,000 papers).
SOURCE_BATCH = 16
LAYOUT_MAX_NODES = 20_000
# Paper rows per block of the sparse cosine product: a block's dense copy stays ~80 MB at 10,000 papers.
SIMILARITY_BLOCK = 1000

MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
PAGE_DATE = re.compile(rf"{MONTH} \d{{1,2}}(?:, (\d{{4}}))?")
PROFILE_META = re.compile(rf"^\S*?{MONTH} \d{{1,2}}(?:, (\d{{4}}))?(?:Code)?$")
LISTING_DATE = re.compile(rf"^{MONTH} \d{{1,2}}(?:, (\d{{4}}))?(?: \d+)?$")
PAPERS_HEADING = re.compile(r"^(\d+) Papers$")


class Log:
    """Per-stage wall and CPU time on stderr, kept for the JSON line."""

    def __init__(self):
        self.stages = []

    def stage(self, name, started, cpu_started, detail=""):
        wall = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        self.stages.append({"stage": name, "seconds": round(wall, 3), "cpuSeconds": round(cpu, 3)})
        print(f"igraph-pipeline: {name}: {wall:.2f} s (CPU {cpu:.2f} s) {detail}".rstrip(), file=sys.stderr)


def timed(log, name):
    """Decorator-free stage timer: `with timed(log, 'x') as detail: ...; detail.append('...')`."""

    class Stage:
        def __enter__(self):
            self.started, self.cpu, self.detail = time.perf_counter(), time.process_time(), []
            return self.detail

        def __exit__(self, kind, *_):
            if kind is None:
                log.stage(name, self.started, self.cpu, " ".join(self.detail))

    return Stage()


# ---------------------------------------------------------------- parsing


class Rejects:
    def __init__(self):
        self.items = []

    def add(self, path, line, reason):
        self.items.append((path, line, reason))
        print(f"igraph-pipeline: {path}:{line}: {reason}", file=sys.stderr)


def record(source, title, abstract="", authors=(), doi=None, year=None, **extra):
    return {"source": source, "title": title, "abstract": abstract, "authors": list(authors), "doi": doi, "year": year, **extra}


def parse_entries(path, lines, start, size, read, what, rejects):
    """Entries of `size` lines from `start`, blank lines between them skipped; `read(block, line)`
    gives the record, or None when the block is not in the entry's shape: that line is reported
    and the next one tried."""
    out, i = [], start
    while i is not None and i < len(lines):
        if lines[i] == "":
            i += 1
            continue
        found = read(lines[i : i + size], i + 1) if i + size <= len(lines) else None
        if found is None:
            rejects.add(path, i + 1, f"{what} not in its shape: {lines[i][:60]!r}")
            i += 1
        else:
            out.append(found)
            i += size
    return out


def parse_profile(path, lines, rejects):
    """Owner, figures, "K Papers", then per paper: meta line, title, '', byline, '', abstract."""
    heading = next((i for i, l in enumerate(lines) if PAPERS_HEADING.match(l)), None)
    if heading is None:
        rejects.add(path, 1, 'profile page without its "N Papers" line')
        return []
    owner = lines[0].strip()

    def read(block, line):
        meta = PROFILE_META.match(block[0])
        if not meta or block[2] != "" or block[4] != "" or not block[1].strip():
            return None
        byline = block[3].split(" · ")[0]
        names = [n.strip() for n in re.sub(r"\s+et al\.$", "", byline).split(",") if n.strip()]
        year = int(meta.group(1)) if meta.group(1) else None
        return record(f"{path}:{line + 1}", block[1].strip(), block[5].strip(), names, year=year, owner=owner)

    return parse_entries(path, lines, heading + 2, 6, read, "profile entry", rejects)


def listing_start(path, lines, rejects):
    """Entries begin after the page's own date, the last line of the site header."""
    date = next((i for i, l in enumerate(lines) if PAGE_DATE.fullmatch(l)), None)
    if date is None:
        rejects.add(path, 1, "listing page without its header date")
    return None if date is None else date + 2


def parse_listing(path, lines, rejects):
    """Per paper: title, '', abstract, '', byline ("  • N authors" or an organisation), '·', date."""

    def read(block, line):
        date = LISTING_DATE.match(block[6])
        if not date or block[1] != "" or block[3] != "" or block[5] != "·":
            return None
        return record(f"{path}:{line}", block[0].strip(), block[2].strip(), year=int(date.group(1)) if date.group(1) else None)

    return parse_entries(path, lines, listing_start(path, lines, rejects), 7, read, "listing entry", rejects)


def parse_bare(path, lines, rejects):
    """Per paper: title, '', abstract (now and then empty)."""

    def read(block, line):
        return record(f"{path}:{line}", block[0].strip(), block[2].strip()) if block[1] == "" else None

    return parse_entries(path, lines, listing_start(path, lines, rejects), 3, read, "bare listing entry", rejects)


def parse_table(path, text, rejects):
    """A JSON array of paper objects; each decoded alone so that a bad one names its line."""
    decoder, out = json.JSONDecoder(), []
    i = text.find("[") + 1
    if i == 0:
        rejects.add(path, 1, "JSON table does not open with [")
        return out
    line, pos = 1 + text.count("\n", 0, i), i
    while True:
        while i < len(text) and text[i] in " \t\r\n,":
            i += 1
        if i >= len(text) or text[i] == "]":
            return out
        line += text.count("\n", pos, i)
        pos = i
        try:
            row, i = decoder.raw_decode(text, i)
        except json.JSONDecodeError as error:
            rejects.add(path, line, f"JSON row does not parse: {error.msg}")
            return out
        title = row.get("title") if isinstance(row, dict) else None
        if not isinstance(title, str) or not title.strip():
            rejects.add(path, line, "JSON row without a title")
            continue
        date = str(row.get("date") or "")
        year = int(date[:4]) if date[:4].isdigit() else None
        out.append(record(f"{path}:{line}", title.strip(), row.get("abstract") or "", row.get("authors") or [], row.get("doi"), year))


def wos_fields(lines):
    """Tagged lines into {tag: [values]}; continuation lines (three spaces) extend the last tag."""
    fields, tag = {}, None
    for line in lines:
        if line.startswith("   ") and tag:
            fields[tag].append(line[3:])
        else:
            tag = line[:2]
            fields.setdefault(tag, []).append(line[3:])
    return fields


def parse_wos(path, text, rejects):
    out, start, lines = [], None, text.lstrip("\ufeff").split("\n")
    for n, line in enumerate(lines):
        if line.startswith("PT "):
            start = n
        elif line == "ER" and start is not None:
            f = wos_fields(lines[start:n])
            first = lambda tag: (f.get(tag) or [None])[0]  # noqa: E731
            title = " ".join(f.get("TI", [])).strip()
            if not title:
                rejects.add(path, start + 1, "WoS record without TI")
            else:
                # AF "Family, Given" → "Given Family", as the pages and tables write names.
                authors = [" ".join(reversed([p.strip() for p in a.split(",", 1)])) for a in f.get("AF", [])]
                year = first("PY")
                out.append(record(f"{path}:{start + 1}", title, " ".join(f.get("AB", [])), authors, first("DI"),
                                  int(year) if year and year.isdigit() else None,
                                  references=f.get("CR", []), first_author=first("AU") or "", volume=first("VL"), page=first("BP")))
            start = None
    if start is not None:
        rejects.add(path, start + 1, "WoS record without its ER line")
    return out


def read_corpus(root, rejects):
    """Every file under root, in sorted order, by the shape its text shows."""
    records, files = [], 0
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for name in sorted(names):
            path = os.path.join(folder, name)
            files += 1
            try:
                with open(path, encoding="utf-8-sig") as handle:
                    text = handle.read()
            except (OSError, UnicodeDecodeError) as error:
                rejects.add(path, 1, f"unreadable: {error}")
                continue
            head = text.lstrip()[:40]
            if head.startswith("["):
                records += parse_table(path, text, rejects)
            elif head.startswith("FN ") or head.startswith("PT "):
                records += parse_wos(path, text, rejects)
            else:
                lines = text.split("\n")
                if any(l.startswith("h-index") for l in lines[:12]):
                    records += parse_profile(path, lines, rejects)
                elif "·" in lines:
                    records += parse_listing(path, lines, rejects)
                elif any(PAGE_DATE.fullmatch(l) for l in lines[:20]):
                    records += parse_bare(path, lines, rejects)
                else:
                    rejects.add(path, 1, "not a page, JSON table or WoS export")
    return records, files


# ---------------------------------------------------------------- merging


def title_key(title):
    return re.sub(r"[^0-9a-z]+", "", unicodedata.normalize("NFKD", title).lower())


def name_key(name):
    text = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    return re.sub(r"[\s\-‐‑‒–—.]+", " ", text.lower()).strip()


def merge(records):
    """Records of one paper (same DOI, else same title key) into one, through union-find."""
    parent = list(range(len(records)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen = {}
    for i, r in enumerate(records):
        keys = ["t:" + title_key(r["title"])] + (["d:" + r["doi"].lower()] if r["doi"] else [])
        for key in keys:
            if key in seen:
                parent[find(i)] = find(seen[key])
            else:
                seen[key] = i
    groups = {}
    for i in range(len(records)):
        groups.setdefault(find(i), []).append(records[i])
    papers = []
    for group in groups.values():
        # The fullest byline (tables and WoS list every author; profile pages three), plus the
        # profile owners, who are authors of every paper on their page.
        authors = max((r["authors"] for r in group), key=len)
        keys = {name_key(a) for a in authors}
        for r in group:
            if r.get("owner") and name_key(r["owner"]) not in keys:
                authors = authors + [r["owner"]]
                keys.add(name_key(r["owner"]))
        wos = next((r for r in group if "references" in r), None)
        papers.append({
            "id": len(papers),
            "title": group[0]["title"],
            "abstract": max((r["abstract"] for r in group), key=len),
            "authors": authors,
            "doi": next((r["doi"].lower() for r in group if r["doi"]), None),
            "year": next((r["year"] for r in group if r["year"]), None),
            "wos": wos,
        })
    return papers


# ---------------------------------------------------------------- graphs


def coauthor_graph(papers):
    index, labels, pairs = {}, [], Counter()
    for p in papers:
        ids = set()
        for name in p["authors"]:
            key = name_key(name)
            if key and key not in index:
                index[key] = len(labels)
                labels.append(name)
            if key:
                ids.add(index[key])
        if len(ids) <= MAX_AUTHORS:
            pairs.update(combinations(sorted(ids), 2))
    edges = sorted(pairs)
    g = ig.Graph(n=len(labels), edges=edges)
    g.vs["label"] = labels
    g.es["weight"] = [pairs[e] for e in edges]
    return g, "weight"


def term_matrices(papers):
    """Counts over the full 1–3-gram vocabulary (min_df 2) and its TF-IDF rows, L2-normalised."""
    texts = [f"{p['title']} {p['abstract']}" for p in papers]
    vectorizer = CountVectorizer(stop_words="english", ngram_range=(1, 3), min_df=MIN_DF, dtype=np.float64)
    counts = vectorizer.fit_transform(texts)
    tfidf = TfidfTransformer().fit_transform(counts).tocsr()
    return counts.tocsr(), tfidf, vectorizer.get_feature_names_out()


def term_graph(counts, vocabulary):
    """The term map: the MAP_TERMS most frequent terms (as max_features keeps them), linked by shared papers."""
    frequency = np.asarray(counts.sum(axis=0)).ravel()
    keep = np.sort(np.argsort(-frequency, kind="stable")[:MAP_TERMS])
    present = (counts[:, keep] > 0).astype(np.float64)
    co = sp.triu(present.T @ present, k=1).tocoo()
    occurrences = np.asarray(present.sum(axis=0)).ravel()
    g = ig.Graph(n=len(keep), edges=list(zip(co.row.tolist(), co.col.tolist())))
    g.vs["label"] = vocabulary[keep].tolist()
    g.es["weight"] = co.data.tolist()
    # VOSviewer's association strength drives the communities, as in citegraph.
    g.es["association"] = (co.data / (occurrences[co.row] * occurrences[co.col])).tolist()
    return g, "association"


def top_k(n):
    """citegraph's links per paper: 10, 6 from 10,000 papers on."""
    return 10 if n < 10_000 else 6


def top_k_links(rows, k, minimum):
    """Each row's k highest cosines (rows L2-normalised) at or above `minimum` (above 0 when it is
    0), by blocks of the sparse product with the transpose; a link kept by either end."""
    n = rows.shape[0]
    transposed = rows.T.tocsr()
    links = {}
    for start in range(0, n, SIMILARITY_BLOCK):
        block = (rows[start : start + SIMILARITY_BLOCK] @ transposed).toarray()
        own = np.arange(block.shape[0])
        block[own, own + start] = 0.0
        kept = min(k, n - 1)
        if kept < 1:
            break
        top = np.argpartition(-block, kept - 1, axis=1)[:, :kept]
        for r, columns in enumerate(top):
            for c in columns:
                cosine = float(block[r, c])
                if cosine > 0 and cosine >= minimum:
                    links[tuple(sorted((start + r, int(c))))] = cosine
    return links


def paper_graph(papers, tfidf):
    links = top_k_links(tfidf, top_k(len(papers)), MIN_SIMILARITY)
    edges = sorted(links)
    g = ig.Graph(n=len(papers), edges=edges)
    g.vs["label"] = [p["title"] for p in papers]
    g.es["weight"] = [links[e] for e in edges]
    return g, "weight"


def fold(text):
    return re.sub(r"[^a-z0-9]", "", name_key(text or ""))


def author_key(family, initials):
    """ "silva a": folded family name and first initial, as citegraph's reference keys."""
    family, initials = fold(family), fold(initials)
    return f"{family} {initials[:1]}" if family and initials else family


def reference_author(text):
    """ "Silva AL", "SILVA AL", "Silva A. L." → ("Silva", "AL")."""
    m = re.match(r"^(.*?)\s+((?:[A-Z]\.\s?)+)$", text) or re.match(r"^(.*)\s+([A-Z]+)$", text)
    return (m.group(1), m.group(2)) if m else (text, "")


def reference_parts(text):
    """ "Silva AL, 2019, IEEE T SPARSE ATTENT, V9, P345, DOI 10.5555/cg.42" → DOI, bibliographic key, matching key."""
    parts = [p.strip() for p in text.split(", ")]
    doi = next((p[4:].strip().lower() for p in parts if p.upper().startswith("DOI ")), None)
    volume = next((p[1:] for p in parts[3:] if re.fullmatch(r"V\d+", p)), "")
    page = next((p[1:] for p in parts[3:] if re.fullmatch(r"P\d+", p)), "")
    author = author_key(*reference_author(parts[0]))
    year = parts[1] if len(parts) > 1 and parts[1].isdigit() else ""
    if not (author and year):
        return doi, None, None
    bib = f"{author}|{year}|{fold(parts[2]) if len(parts) > 2 else ''}|{volume}|{page}"
    return doi, bib, f"{author}|{year}|{volume}|{page}" if volume and page else None


def citations(papers):
    """Cited works per citing paper (a DOI, else the bibliographic key, folded onto the DOI another
    citation of it gives) and the corpus papers they match (DOI, else author, year, volume, page)."""
    by_doi = {p["doi"]: p["id"] for p in papers if p["doi"]}
    by_match = {}
    for p in papers:
        w = p["wos"]
        if w and w["first_author"] and w["year"] and w.get("volume") and w.get("page"):
            family, _, given = w["first_author"].partition(",")
            by_match[f"{author_key(family, given)}|{w['year']}|{w['volume']}|{w['page']}"] = p["id"]
    parsed = {p["id"]: [reference_parts(r) for r in p["wos"]["references"]] for p in papers if p["wos"]}
    bib_doi = {}
    for refs in parsed.values():
        for doi, bib, _ in refs:
            if doi and bib:
                bib_doi.setdefault(bib, doi)
    cited, direct = {}, set()
    for citing, refs in parsed.items():
        works = set()
        for doi, bib, match in refs:
            doi = doi or bib_doi.get(bib)
            if doi is None and bib is None:
                continue
            works.add(doi or bib)
            target = by_doi.get(doi) if doi else None
            if target is None and match:
                target = by_match.get(match)
            if target is not None and target != citing:
                direct.add((citing, target))
        cited[citing] = sorted(works)
    return cited, sorted(direct)


def direct_citation_graph(papers, direct):
    g = ig.Graph(n=len(papers), edges=direct, directed=True)
    g.vs["label"] = [p["title"] for p in papers]
    g.es["weight"] = [1.0] * len(direct)
    g.delete_vertices([v.index for v in g.vs if v.degree() == 0])
    return g, "weight"


def incidence(cited):
    """Citing papers × cited works, binary, rows in id order."""
    citing = sorted(cited)
    works = sorted({w for ws in cited.values() for w in ws})
    column = {w: j for j, w in enumerate(works)}
    rows = [i for i, c in enumerate(citing) for _ in cited[c]]
    cols = [column[w] for c in citing for w in cited[c]]
    matrix = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(citing), len(works)))
    return matrix, citing, works


def coupling_graph(papers, matrix, citing):
    """Each citing paper's top-k couplings by Salton's cosine (shared / √(refs_a · refs_b)), as citegraph."""
    lengths = np.asarray(matrix.sum(axis=1)).ravel()
    links = top_k_links(sp.diags(1 / np.sqrt(lengths)) @ matrix, top_k(len(papers)), 0.0)
    edges = sorted(links)
    g = ig.Graph(n=len(citing), edges=edges)
    g.vs["label"] = [papers[c]["title"] for c in citing]
    g.es["strength"] = [links[e] for e in edges]
    g.es["weight"] = [round(links[a, b] * np.sqrt(lengths[a] * lengths[b])) for a, b in edges]
    g.delete_vertices([v.index for v in g.vs if v.degree() == 0])
    return g, "strength"


def cocitation_graph(matrix, works):
    """Works cited at least m times, m the smallest count from 2 that keeps at most MAX_COCITED."""
    times = np.asarray(matrix.sum(axis=0)).ravel()
    m = 2
    while (times >= m).sum() > MAX_COCITED:
        m += 1
    keep = np.flatnonzero(times >= m)
    sub = matrix[:, keep]
    co = sp.triu(sub.T @ sub, k=1).tocoo()
    g = ig.Graph(n=len(keep), edges=list(zip(co.row.tolist(), co.col.tolist())))
    g.vs["label"] = [works[j] for j in keep]
    g.es["weight"] = co.data.tolist()
    g.es["association"] = (co.data / (times[keep][co.row] * times[keep][co.col])).tolist()
    return g, "association"


# ---------------------------------------------------------------- analysis and output


def communities(g, weight, seed):
    """Louvain, best modularity of citegraph's run count (10, fewer from 150,000 edges)."""
    undirected = g.as_undirected(combine_edges="sum") if g.is_directed() else g
    runs = max(3, min(10, int(1.5e6 // max(1, g.ecount()))))
    best = None
    for run in range(runs):
        random.seed(seed * 1000 + run)  # python-igraph draws from Python's random module
        membership = undirected.community_multilevel(weights=weight).membership
        q = undirected.modularity(membership, weights=weight)
        if best is None or q > best[1]:
            best = (membership, q)
    return best[0], best[1], runs


def sampled_betweenness(g, sources):
    """Brandes from the given sources in hops, scaled by n / sources (an unbiased estimate), a
    batch of sources at once, one column each: each breadth-first level, and each level of the
    dependency sums on the way back, is one sparse product over the rows the level holds."""
    n = g.vcount()
    ends = np.array(g.get_edgelist(), dtype=np.int64).reshape(-1, 2)
    both = (np.r_[ends[:, 0], ends[:, 1]], np.r_[ends[:, 1], ends[:, 0]])
    adjacency = sp.csr_matrix((np.ones(2 * len(ends)), both), shape=(n, n))
    total = np.zeros(n)
    for start in range(0, len(sources), SOURCE_BATCH):
        batch = np.asarray(sources[start : start + SOURCE_BATCH])
        columns = np.arange(len(batch))
        sigma = np.zeros((n, len(batch)))
        depth = np.full((n, len(batch)), -1, dtype=np.int32)
        sigma[batch, columns] = 1.0
        depth[batch, columns] = 0
        # Rows with a node at each level in some column; the adjacency is symmetric, so
        # adjacency[rows].T @ x is adjacency @ x for x zero outside those rows.
        levels = [np.unique(batch)]
        while True:
            rows = levels[-1]
            reached = adjacency[rows].T @ np.where(depth[rows] == len(levels) - 1, sigma[rows], 0.0)
            reached[depth >= 0] = 0.0
            hit = np.flatnonzero(reached.any(axis=1))
            if len(hit) == 0:
                break
            depth[hit] = np.where(reached[hit] > 0, len(levels), depth[hit])
            sigma[hit] += reached[hit]
            levels.append(hit)
        delta = np.zeros_like(sigma)
        for d in range(len(levels) - 1, 0, -1):
            rows, above = levels[d], levels[d - 1]
            share = np.where(depth[rows] == d, (1.0 + delta[rows]) / np.where(sigma[rows] > 0, sigma[rows], 1.0), 0.0)
            pushed = adjacency[rows].T @ share
            delta[above] += np.where(depth[above] == d - 1, sigma[above] * pushed[above], 0.0)
        delta[batch, columns] = 0.0
        total += delta.sum(axis=1)
    # Each unordered pair is counted from both ends when every node is a source.
    return (total * (n / len(sources)) / 2).tolist()


def betweenness(g, seed):
    """citegraph's rule: exact while nodes x edges fits the budget, else sampled sources."""
    # A citation both ways is one hop, not two shortest paths.
    g = g.as_undirected(combine_edges="first") if g.is_directed() else g
    n, m = g.vcount(), g.ecount()
    allowed = max(FIRST_SOURCES, int(BETWEENNESS_BUDGET // max(1, m)))
    if n * m <= BETWEENNESS_BUDGET or allowed >= n:
        return g.betweenness(directed=False), "exact"
    sources = sorted(random.Random(seed).sample(range(n), allowed))
    return sampled_betweenness(g, sources), f"sampled, {allowed} sources"


class CsvFile:
    """`with CsvFile(path) as rows: rows.writerow(...)`: UTF-8, \n line ends."""

    def __init__(self, path):
        self.path = path

    def __enter__(self):
        self.handle = open(self.path, "w", newline="", encoding="utf-8")
        return csv.writer(self.handle, lineterminator="\n")

    def __exit__(self, *_):
        self.handle.close()


def rounded(values):
    """Six significant digits (citegraph's round6): the last bits of PageRank's sums vary from run to run."""
    return [float(f"{v:.6g}") for v in values]


def write_graph(out, kind, g, columns):
    with CsvFile(os.path.join(out, f"{kind}_nodes.csv")) as rows:
        rows.writerow(["id", "label", *columns])
        rows.writerows(zip(range(g.vcount()), g.vs["label"], *columns.values()))
    names = [a for a in ("weight", "association", "strength") if a in g.es.attributes()]
    with CsvFile(os.path.join(out, f"{kind}_edges.csv")) as rows:
        rows.writerow(["source", "target", *names])
        rows.writerows((s, t, *values) for (s, t), *values in zip(g.get_edgelist(), *(rounded(g.es[a]) for a in names)))


def analyse(kind, g, weight, seed, out, log, layout_seconds):
    with timed(log, f"{kind}: analysis") as detail:
        membership, q, runs = communities(g, weight, seed)
        pagerank = g.pagerank(weights="weight", damping=PAGERANK_DAMPING)
        strength = g.strength(weights="weight")
        between, how = betweenness(g, seed)
        detail.append(f"{g.vcount()} nodes, {g.ecount()} edges, {len(set(membership))} communities, Q {q:.3f} (best of {runs}), betweenness {how}")
    columns = {"community": membership, "degree": g.degree(), "weighted_degree": rounded(strength), "pagerank": rounded(pagerank), "betweenness": rounded(between)}
    if 0 < g.vcount() <= LAYOUT_MAX_NODES:
        with timed(log, f"{kind}: layout") as detail:
            started = time.perf_counter()
            random.seed(seed)
            layout = g.layout_fruchterman_reingold(weights=weight)
            layout_seconds.append(time.perf_counter() - started)
            detail.append("Fruchterman-Reingold")
        columns["x"], columns["y"] = rounded(c[0] for c in layout), rounded(c[1] for c in layout)
    with timed(log, f"{kind}: CSVs"):
        write_graph(out, kind, g, columns)
    return {"kind": kind, "nodes": g.vcount(), "edges": g.ecount(), "communities": len(set(membership)), "modularity": q, "betweenness": how}, membership


def papers_nmi(papers, graph, membership, truth_csv):
    """Linked papers' communities against truth/papers.csv topics, joined by title key (as bench/truth-nmi.ts)."""
    with open(truth_csv, newline="", encoding="utf-8") as handle:
        topic = {title_key(row["title"]): row["topic"] for row in csv.DictReader(handle)}
    degree = graph.degree()
    pairs = [(membership[p["id"]], topic[title_key(p["title"])]) for p in papers if degree[p["id"]] > 0 and title_key(p["title"]) in topic]
    if not pairs:
        return None
    found, planted = zip(*pairs)
    return {"nmi": float(normalized_mutual_info_score(planted, found)), "matched": len(pairs)}


def write_papers(out, papers, membership, graph):
    degree = graph.degree()
    with CsvFile(os.path.join(out, "papers.csv")) as writer:
        writer.writerow(["id", "title", "doi", "year", "authors", "community"])
        for p in papers:
            community = membership[p["id"]] if degree[p["id"]] > 0 else ""
            writer.writerow([p["id"], p["title"], p["doi"] or "", p["year"] or "", "; ".join(p["authors"]), community])


def write_rejects(out, rejects):
    with CsvFile(os.path.join(out, "rejects.csv")) as writer:
        writer.writerow(["file", "line", "reason"])
        writer.writerows(rejects.items)


def run(args):
    started, log, rejects = time.perf_counter(), Log(), Rejects()
    os.makedirs(args.out, exist_ok=True)
    with timed(log, "parse") as detail:
        records, files = read_corpus(args.corpus, rejects)
        detail.append(f"{files} files, {len(records)} records, {len(rejects.items)} rejected")
    with timed(log, "merge") as detail:
        papers = merge(records)
        detail.append(f"{len(papers)} papers")
    with timed(log, "terms") as detail:
        counts, tfidf, vocabulary = term_matrices(papers)
        detail.append(f"{len(vocabulary)} terms (min_df {MIN_DF}, 1-3-grams)")
    built = {}
    with timed(log, "co-author graph"):
        built["coauthor"] = coauthor_graph(papers)
    with timed(log, "term graph"):
        built["terms"] = term_graph(counts, vocabulary)
    with timed(log, "paper graph"):
        built["papers"] = paper_graph(papers, tfidf)
    with timed(log, "citation graphs"):
        cited, direct = citations(papers)
        built["direct_citation"] = direct_citation_graph(papers, direct)
        if cited:
            matrix, citing, works = incidence(cited)
            built["coupling"] = coupling_graph(papers, matrix, citing)
            built["cocitation"] = cocitation_graph(matrix, works)
    figures, layout_seconds, paper_membership = [], [], None
    for kind, (g, weight) in built.items():
        figure, membership = analyse(kind, g, weight, args.seed, args.out, log, layout_seconds)
        figures.append(figure)
        if kind == "papers":
            paper_membership = membership
    with timed(log, "papers.csv"):
        write_papers(args.out, papers, paper_membership, built["papers"][0])
        write_rejects(args.out, rejects)
    nmi = papers_nmi(papers, built["papers"][0], paper_membership, args.truth) if args.truth else None
    usage = resource.getrusage(resource.RUSAGE_SELF)
    # The whole process, imports included, as /usr/bin/time would report it.
    return {
        "wallSeconds": round(time.perf_counter() - started, 3),
        "importSeconds": round(IMPORT_SECONDS, 3),
        "layoutSeconds": round(sum(layout_seconds), 3),
        "cpuSeconds": round(usage.ru_utime + usage.ru_stime, 3),
        "peakRssMib": round(usage.ru_maxrss / 1024),
        "counts": {"files": files, "records": len(records), "papers": len(papers), "rejects": len(rejects.items), "terms": len(vocabulary), "mapTerms": built["terms"][0].vcount()},
        "graphs": figures,
        "nmiPapers": nmi,
        "stages": log.stages,
        "versions": {"igraph": ig.__version__, "numpy": np.__version__, "python": sys.version.split()[0]},
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="the corpus folder (DIR/corpus of bench/gen-corpus.ts)")
    parser.add_argument("--out", required=True, help="folder the CSVs are written to")
    parser.add_argument("--truth", help="truth/papers.csv, to score the paper communities (NMI)")
    parser.add_argument("--seed", type=int, default=42, help="seed of Louvain and the layout")
    args = parser.parse_args()
    if not os.path.isdir(args.corpus):
        parser.error(f"{args.corpus} is not a folder")
    print(json.dumps(run(args)))


if __name__ == "__main__":
    main()
