#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""CPU time (user+sys) of a sample of a configured build's steps, without ccache.

The machine is shared, so wall time says little; CPU time per step barely changes with
load. This reruns every Nth compile command of compile_commands.json, and the link
commands of the given targets, into a scratch folder (the build itself is untouched),
and reports CPU seconds per kind of target, extrapolated to every step of that kind.

    bench/build/cpu_sample.py build/ci --stride 6 --links lib/libfm_core.so bin/m tests/tst_query
    bench/build/cpu_sample.py build/ci --stride 20 --pch-pairs

--pch-pairs compiles each sampled file twice, with its precompiled header and without
(the same command less `-include cmake_pch.hxx`): the before and after of the PCH on the
same files, in one go. The PCHs themselves must be built already.

Figures and how they were taken: docs/benchmarks.md, "Build".
"""
import argparse
import collections
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile


def kind_of(obj):
    """The kind of target an object file belongs to, by its CMake target folder."""
    m = re.search(r"CMakeFiles/([^/]+)\.dir/", obj)
    target = m.group(1) if m else "?"
    if target.startswith(("tst_", "shop_test", "helpdesk_test", "bench_studio", "erd_", "server_")) \
            or obj.startswith("tests/") and target not in ("fm_cli_testutil",):
        return "tests"
    return target


def cpu_of(cmd, cwd):
    """Runs cmd (a list) and returns its children's user+sys seconds, or raises."""
    before = os.times()
    proc = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    after = os.times()
    if proc.returncode != 0:
        raise RuntimeError(" ".join(cmd) + "\n" + proc.stdout.decode(errors="replace"))
    return (after.children_user - before.children_user) + (after.children_system - before.children_system)


def link_command(build, target):
    out = subprocess.run(["ninja", "-C", build, "-t", "commands", target], check=True,
                         stdout=subprocess.PIPE, text=True).stdout.strip().splitlines()
    return out[-1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("--stride", type=int, default=6, help="compile every Nth translation unit")
    ap.add_argument("--links", nargs="*", default=[], help="link outputs to time (ninja targets)")
    ap.add_argument("--pch-pairs", action="store_true",
                    help="time each sampled file with and without its precompiled header")
    ap.add_argument("--only-built", nargs="*", default=[], metavar="KIND",
                    help="for these kinds, sample only the files whose object the build has "
                         "made (a partial build: a test's .moc exists only once it was built)")
    ap.add_argument("--min-steps", type=int, default=0,
                    help="leave out kinds of fewer compile steps (their steps are listed)")
    args = ap.parse_args()
    build = os.path.abspath(args.build)
    scratch = tempfile.mkdtemp(prefix="fm-cpu-sample-")
    env_note = "CCACHE_DISABLE=1"
    os.environ["CCACHE_DISABLE"] = "1"

    entries = json.load(open(os.path.join(build, "compile_commands.json")))
    by_kind = collections.defaultdict(list)
    for e in entries:
        obj = re.search(r"-o (\S+)", e["command"]).group(1)
        e["built"] = os.path.exists(os.path.join(e["directory"], obj))
        by_kind[kind_of(obj)].append(e)

    print(f"# {build}: {len(entries)} compile steps, sampling 1 in {args.stride} ({env_note})")
    total = 0.0
    total_nopch = 0.0
    left_out = []
    for kind, items in sorted(by_kind.items(), key=lambda kv: -len(kv[1])):
        items.sort(key=lambda e: e["file"])
        # The PCH's own compile happens once per target: timed in full, not sampled.
        pch_steps = [e for e in items if e["file"].endswith("cmake_pch.hxx.cxx")]
        items = [e for e in items if e not in pch_steps]
        pch_cpu = 0.0
        for i, e in enumerate(pch_steps):
            cmd = shlex.split(e["command"])
            cmd[cmd.index("-o") + 1] = os.path.join(scratch, f"{kind}-pch-{i}.gch")
            pch_cpu += cpu_of(cmd, e["directory"])
        if len(items) < args.min_steps and not pch_steps:
            left_out.append(f"{kind}:{len(items)}")
            continue
        if not items:
            total += pch_cpu
            print(f"compile {kind:28s} PCH only {pch_cpu:6.2f}s", flush=True)
            continue
        candidates = [e for e in items if e["built"]] if kind in args.only_built else items
        sample = candidates[::args.stride] or candidates[:1]
        cpu = 0.0
        cpu_nopch = 0.0
        skipped = 0
        for i, e in enumerate(sample):
            cmd = shlex.split(e["command"])
            o = cmd.index("-o")
            cmd[o + 1] = os.path.join(scratch, f"{kind}-{i}.o")
            try:
                cpu += cpu_of(cmd, e["directory"])
            except RuntimeError:
                # Its generated inputs (moc, rcc) are not there yet: build the target's
                # *_autogen first for a complete sample.
                skipped += 1
                continue
            if args.pch_pairs:
                if "-include" in cmd:
                    j = cmd.index("-include")
                    cmd = cmd[:j] + cmd[j + 2:]
                cmd = [a for a in cmd if a not in ("-Winvalid-pch", "-fpch-preprocess")]
                cpu_nopch += cpu_of(cmd, e["directory"])
        sample_len = len(sample) - skipped
        if sample_len == 0:
            print(f"compile {kind:28s} steps {len(items):4d}: none buildable yet", flush=True)
            continue
        mean = cpu / sample_len
        est = mean * len(items) + pch_cpu
        total += est
        line = (f"compile {kind:28s} steps {len(items):4d} sampled {sample_len:3d} "
                f"mean {mean:6.2f}s  est {est:7.1f}s")
        if skipped:
            line += f" [{skipped} not buildable yet]"
        if pch_steps:
            line += f" (PCH {pch_cpu:.1f}s)"
        if args.pch_pairs:
            mean_nopch = cpu_nopch / sample_len
            total_nopch += mean_nopch * len(items)
            line += f" | without PCH mean {mean_nopch:6.2f}s est {mean_nopch * len(items):7.1f}s"
        print(line, flush=True)
    if left_out:
        print(f"left out (fewer than {args.min_steps} steps): {' '.join(left_out)}")
    print(f"compile total (estimated) {total:.0f}s CPU", end="")
    print(f", without PCH {total_nopch:.0f}s CPU" if args.pch_pairs else "", flush=True)

    for target in args.links:
        cmd = link_command(build, target)
        # The output goes to the scratch folder: the build stays as it was.
        cmd = cmd.replace(f" -o {target} ", f" -o {os.path.join(scratch, 'link.out')} ")
        cpu = cpu_of(["/bin/sh", "-c", cmd], build)
        print(f"link {target:40s} {cpu:6.2f}s", flush=True)


if __name__ == "__main__":
    sys.exit(main())
