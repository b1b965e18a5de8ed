#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `make fuzz`: builds the libFuzzer targets (the fuzz preset: clang, address+undefined
# sanitizers) and runs each for FUZZ_SECONDS (default 60) from its seeds. A crash leaves
# the input in build/fuzz/crashes/<target>/ and fails the run; turn it into a regression
# test before fixing it (docs/guide/testing.md, "Fuzzing").
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
targets=${FUZZ_TARGETS:-"fuzz_query fuzz_doctype fuzz_document fuzz_router"}

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

out=build/fuzz
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
        grep -E '^stat::(number_of_executed_units|new_units_added|peak_rss_mb)' \
            "$out/$target.log" | sed "s/^/fuzz: $target /"
    fi
done
exit $status
