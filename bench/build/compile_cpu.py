#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes a shell script that compiles every test source of a configured build once, one
compile at a time, through ccache with an emptied cache (what a fresh build pays), so that
`/usr/bin/time bash SCRIPT` gives the CPU time of the tests' compiles (docs/benchmarks.md,
"Build"). Objects go to /tmp/fm-compile-cpu.

    bench/build/compile_cpu.py build/ci /tmp/tests.sh
    /usr/bin/time -f "%e s wall %U user %S sys" bash /tmp/tests.sh
"""
import json
import re
import shlex
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    build, script = sys.argv[1], sys.argv[2]
    commands = json.load(open(f"{build}/compile_commands.json"))
    # Test sources and the batch files that include them; not the helper programs' moc
    # files nor the precompiled header's own compile.
    tests = [c for c in commands if "/tests/" in c["file"] and "/fuzz/" not in c["file"]
             and not c["file"].endswith("mocs_compilation.cpp") and "cmake_pch" not in c["file"]]
    with open(script, "w") as out:
        out.write("export CCACHE_DIR=/tmp/fm-compile-cpu/ccache "
                  "CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime\n"
                  "rm -rf /tmp/fm-compile-cpu && mkdir -p $CCACHE_DIR\n")
        for i, c in enumerate(tests):
            command = re.sub(r" -o \S+", f" -o /tmp/fm-compile-cpu/{i}.o", c["command"], count=1)
            out.write(f"cd {shlex.quote(c['directory'])} && ccache {command} >/dev/null 2>&1"
                      f" || echo 'FAILED: {c['file']}'\n")
    print(f"{len(tests)} compiles written to {script}")


if __name__ == "__main__":
    main()
