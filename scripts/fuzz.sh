#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `make fuzz`: builds the libFuzzer targets (the fuzz preset: clang, address+undefined
# sanitizers) and runs each for FUZZ_SECONDS (default 60) from its seeds. A crash, leak,
# timeout or out-of-memory leaves the input in build/fuzz/crashes/<target>/ (crash-*,
# leak-*, timeout-*, oom-*) and fails the run; replay one with
# `build/fuzz/fuzz/<target> FILE`, and turn it into a regression test of the ci suite
# before fixing it (docs/guide/testing.md, "Fuzzing").
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
targets=${FUZZ_TARGETS:-"fuzz_query fuzz_doctype fuzz_document fuzz_router"}

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

out=build/fuzz
# Every undefined-behaviour report stops the input, but for the third-party ones listed
# (with why) in tests/sanitizers/ubsan.supp.
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:suppressions=$PWD/tests/sanitizers/ubsan.supp}
status=0
for target in $targets; do
    corpus=$out/corpus/$target
    crashes=$out/crashes/$target
    mkdir -p "$corpus" "$crashes"
    seeds=tests/fuzz/corpus/${target#fuzz_}
    [[ -d $seeds ]] && cp -n "$seeds"/* "$corpus"/ 2>/dev/null || true
    if [[ $target == fuzz_doctype ]]; then
        # Every DocType file of the test suite and the demo app is a seed.
        while IFS= read -r -d '' file; do
            cp -n "$file" "$corpus/$(echo "$file" | tr '/' '_')"
        done < <(find tests examples -path '*/doctypes/*' -name '*.json' -print0)
    fi
    echo "fuzz: $target for ${seconds}s"
    if ! "$out/fuzz/$target" -max_total_time="$seconds" -max_len=8192 -timeout=10 \
        -rss_limit_mb=2048 -artifact_prefix="$crashes/" -print_final_stats=1 \
        "$corpus" 2>"$out/$target.log"; then
        echo "fuzz: $target FAILED; the input is in $crashes/, the log in $out/$target.log" >&2
        tail -40 "$out/$target.log" >&2
        status=1
    else
        # libFuzzer's last status line: coverage (cov: edges, ft: features), corpus, exec/s.
        { grep -E '^#[0-9]+[[:space:]]+DONE' "$out/$target.log" || true; } | sed "s/^/fuzz: $target /"
        { grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "$out/$target.log" || true; } |
            sed "s/^/fuzz: $target /"
    fi
done
exit $status
