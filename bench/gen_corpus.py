#!/usr/bin/env python3
"""Deterministic generator of commentary-like Markdown drafts for the benchmark.

usage: gen_corpus.py OUT_DIR COUNT [SEED]
Each draft: a title, 3-5 sections, 1,300-1,700 words, 8-16 footnotes with their notes, Turkish and Balkan names,
and a realistic sprinkling of problems (an unknown word, a Turkey/Türkiye slip, a US/UK mix, a repeated word).
"""
import os
import random
import sys

NAMES = ["Türkiye", "Serbia", "Bosnia-Herzegovina", "Kosovo", "Albania", "North Macedonia", "Montenegro", "Croatia",
         "Greece", "Bulgaria", "the European Union", "NATO", "Belgrade", "Sarajevo", "Ankara", "Istanbul", "Pristina",
         "Skopje", "Tirana", "Podgorica", "Zagreb", "Brussels", "Erdoğan", "Vučić", "Fidan", "Kurti", "Rama"]
SUBJECTS = ["the government", "the ministry", "the delegation", "the opposition", "the parliament", "regional leaders",
            "foreign investors", "local elites", "civil society", "the security services", "the central bank"]
VERBS = ["has strengthened", "continues to shape", "has complicated", "seeks to balance", "cannot ignore",
         "has quietly expanded", "is reassessing", "has long supported", "now questions", "depends on"]
OBJECTS = ["bilateral trade", "energy cooperation", "the enlargement process", "security arrangements",
           "infrastructure projects", "the dialogue framework", "investment flows", "defense industry ties",
           "cultural diplomacy", "the reform agenda", "visa liberalization", "the transit corridor"]
CLAUSES = ["while domestic pressures mount", "despite persistent mistrust", "as external actors retreat",
           "in the wake of recent elections", "amid economic uncertainty", "without a clear timetable",
           "under growing public scrutiny", "as the region looks for stability"]
CONNECT = ["Moreover,", "At the same time,", "In this context,", "Nevertheless,", "By contrast,", "As a result,",
           "In practice,", "For now,"]
HEADINGS = ["The Regional Context", "Economic Ties and Their Limits", "Security and Defense Cooperation",
            "The Role of External Actors", "Domestic Politics and Foreign Policy", "Prospects for Mediation",
            "Energy and Connectivity", "Scope and Limits of the Strategy", "What Comes Next"]


def sentence(rng, note):
    s = f"{rng.choice(SUBJECTS).capitalize()} in {rng.choice(NAMES)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} " \
        f"with {rng.choice(NAMES)}, {rng.choice(CLAUSES)}."
    if rng.random() < 0.45:
        s = f"{rng.choice(CONNECT)} {s[0].lower()}{s[1:]}"
    if note:
        s += f"[^{note}]"
    return s


def draft(rng, index):
    words_target = rng.randint(1300, 1700)
    notes = rng.randint(8, 16)
    sections = rng.sample(HEADINGS, rng.randint(3, 5))
    out = [f"# {rng.choice(NAMES).replace('the ', 'The ')} and {rng.choice(NAMES)}: Commentary {index}", ""]
    words, note = 0, 0
    paragraphs_per_section = max(2, round(words_target / (len(sections) * 100)))
    for h in sections:
        out += [f"## {h}", ""]
        for _ in range(paragraphs_per_section):
            sents = []
            for _ in range(rng.randint(4, 7)):
                use_note = note < notes and rng.random() < 0.12
                if use_note:
                    note += 1
                sents.append(sentence(rng, note if use_note else 0))
            p = " ".join(sents)
            r = rng.random()
            if r < 0.05:
                p = p.replace("Türkiye", "Turkey", 1)
            elif r < 0.08:
                p += " Other theatres of competition matter too."
            elif r < 0.10:
                p = p.replace(" the ", " the the ", 1)
            elif r < 0.12:
                p += " The goverment disagreed."
            out += [p, ""]
            words += len(p.split())
    while note < notes:
        note += 1
        out[-2] += f" See also the official statement.[^{note}]"
    for n in range(1, notes + 1):
        out.append(f"[^{n}]: {rng.choice(NAMES)} ministry of foreign affairs, statement no. {rng.randint(1, 400)}, {rng.randint(2015, 2026)}.")
    return "\n".join(out) + "\n"


def main():
    out_dir, count = sys.argv[1], int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 2026
    os.makedirs(out_dir, exist_ok=True)
    rng = random.Random(seed)
    for i in range(count):
        with open(os.path.join(out_dir, f"draft-{i:05d}.md"), "w", encoding="utf-8") as f:
            f.write(draft(rng, i))


main()
