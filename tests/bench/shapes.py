#!/usr/bin/env python3
"""The worst-case shapes benchmark: how `crossfoot check`'s time and peak RSS grow with the size
of inputs built to stress one check each (the shapes of tests/test-cli.c's
/cli/input/worst-shapes, which only bounds them).  Each shape is checked at N and 4N clauses;
the ratio of the times is about 4 when the cost grows with the text and about 16 when it
grows with its square.  Writes its inputs to --out."""
import argparse
import os
import subprocess
import sys

TITLE = "2022年度中共某某区委组织部部门整体支出绩效评价报告\n"

# name: (clause with {a} {b} {c}, clauses per line: 0 = all on one line[, text before them])
SHAPES = {
    "years": ("{a}年预算{b}万元，较上年增长{c}%，连续3年，", 0),
    "sentences": ("项目预算{a}万元，其中基本支出{b}万元，项目支出{c}万元。", 0),
    "one-sentence": ("预算{a}万元，其中人员{b}万元，其中工资{c}万元，", 0),
    "products": ("{a}人*600元/月*12月＝{b}元，合计{c}元；", 0),
    "compared-years": ("与2021年相比增加{a}万元，增长{b}%，达到{c}万元，", 0),
    "restated-lines": ("预算{a}万元，其中基本支出{b}万元，项目支出{c}万元，", 50),
    # long words before every figure of one sentence, and a list of shares
    "long-labels": ("按照有关规定认真组织实施" * 20 + "预算{a}万元，", 0),
    "shares": ("{b}%、", 0, "占比分别为"),
    # per-head rates, each after its amount and count, and without a count
    "rates": ("费用{a}万元，{b}人，成本为{c}00元/人，", 0),
    "rates-no-count": ("费用{a}万元，成本为{c}00元/人，", 0),
}


def shape_text(name, n):
    clause, per_line, *before = SHAPES[name]
    parts = [TITLE] + before
    for i in range(n):
        a = 2000 + i % 30 if name == "years" else 10 + i % 97
        parts.append(clause.format(a=a, b=i % 89 + 1, c=i % 13 + 1))
        if per_line and (i + 1) % per_line == 0:
            parts.append("。\n")
    parts.append("\n")
    return "".join(parts)


def long_table_text(seeds, n):
    """Seed 000's table with its row repeated @n times under one 合计 row."""
    name = sorted(f for f in os.listdir(seeds) if f.startswith("000_") and f.endswith(".txt"))[0]
    lines = open(os.path.join(seeds, name), encoding="utf-8").read().split("\n")
    out = lines[:23]
    for i in range(n):
        out += ["\t经费项目%d" % i, lines[24], lines[25]] + ["\t%d" % (i % 97 + 1)] * 4 + [""]
    out += lines[31:37]
    return "\n".join(out) + "\n"


def run(crossfoot, path):
    """(seconds, peak RSS in MB) of one check, output discarded."""
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M", crossfoot, "check", "--format",
                             "json", path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    seconds, kb = result.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kb) / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--crossfoot", required=True)
    parser.add_argument("--seeds", required=True, help="corpus/ (seed 000 gives the table)")
    parser.add_argument("--out", required=True)
    parser.add_argument("--size", type=int, default=5000, help="N (the larger run is 4N)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size (best counts)")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    print(f"| shape | {args.size:,} clauses | {4 * args.size:,} clauses | time ratio "
          "(4: linear, 16: quadratic) | peak RSS |")
    print("|---|---|---|---|---|")
    for name in list(SHAPES) + ["long-table"]:
        times, rss = [], []
        for n in (args.size, 4 * args.size):
            path = os.path.join(args.out, f"{name}-{n}.txt")
            text = long_table_text(args.seeds, n) if name == "long-table" else shape_text(name, n)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            best = min(run(args.crossfoot, path) for _ in range(args.repeat))
            times.append(best[0])
            rss.append(best[1])
        ratio = times[1] / max(times[0], 0.01)
        print(f"| {name} | {times[0]:.2f} s | {times[1]:.2f} s | {ratio:.1f} | "
              f"{rss[0]:.0f} → {rss[1]:.0f} MB |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
