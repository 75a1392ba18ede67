#!/usr/bin/env python3
"""Pairwise precision, recall and F1 of a Linkage CSV output (id,cluster) against the 'person'
column of the labelled input, counted from cluster sizes like Common.score and PairwiseScore.
Usage: score.py LABELLED.csv LINKED.csv"""
import csv, sys
from collections import Counter
truth = {r['id']: r['person'] for r in csv.DictReader(open(sys.argv[1], encoding='utf-8'))}
linked = {r['id']: r['cluster'] for r in csv.DictReader(open(sys.argv[2], encoding='utf-8'))}
pairs = lambda c: sum(n * (n - 1) // 2 for n in c.values())
t = pairs(Counter(truth.values()))
p = pairs(Counter(linked.values()))
tp = pairs(Counter((truth[i], linked[i]) for i in truth))
prec = tp / p if p else 1.0
rec = tp / t if t else 1.0
f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
persons, dead = len(set(linked.values())), len(set(truth.values()))
print(f"records={len(truth)} P={prec:.4f} R={rec:.4f} F1={f1:.4f} (truePairs={t} predPairs={p} tp={tp}) "
      f"persons={persons} dead={dead} ({(persons / dead - 1) * 100:+.1f}%)")
