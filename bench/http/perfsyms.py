#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Self and inclusive CPU share per function from `perf script` output, naming the
# functions of our own libraries itself (nm): Debian's perf 6.1 leaves the symbols of
# libfm_core.so and m unresolved ("build id ... not found") although their .symtab is
# there. Used by profile.sh.
#
#   perf script -i perf.data -F comm,tid,ip,sym,dso --show-mmap-events | perfsyms.py [TOP]
import bisect
import collections
import re
import subprocess
import sys

top = int(sys.argv[1]) if len(sys.argv) > 1 else 40
maps = {}  # dso path -> list of (start, end, pgoff)
symtabs = {}
segments = {}


def vaddr(path, offset):
    """A file offset as the address nm reports (LLD links put code at offset + 0x1000)."""
    if path not in segments:
        loads = []
        try:
            out = subprocess.run(['readelf', '-lW', path], capture_output=True, text=True,
                                 check=False).stdout
        except OSError:
            out = ''
        for line in out.splitlines():
            parts = line.split()
            if parts[:1] == ['LOAD']:
                loads.append((int(parts[1], 16), int(parts[2], 16), int(parts[4], 16)))
        segments[path] = loads
    for file_offset, address, size in segments[path]:
        if file_offset <= offset < file_offset + size:
            return offset - file_offset + address
    return offset


def symtab(path):
    if path not in symtabs:
        addrs, names = [], []
        try:
            out = subprocess.run(['nm', '-n', '-C', '--defined-only', path], capture_output=True,
                                 text=True, check=False).stdout
        except OSError:
            out = ''
        for line in out.splitlines():
            parts = line.split(' ', 2)
            if len(parts) == 3 and parts[1].lower() in ('t', 'w'):
                addrs.append(int(parts[0], 16))
                names.append(parts[2])
        symtabs[path] = (addrs, names)
    return symtabs[path]


mmap_re = re.compile(r'PERF_RECORD_MMAP2? \d+/\d+: \[0x([0-9a-f]+)\((0x[0-9a-f]+)\) @ (0x[0-9a-f]+|\d+)'
                     r'.*?\]: [rx-]+p? (\S+)')
frame_re = re.compile(r'^\s+([0-9a-f]+) (.*) \((.*)\)$')


def name(ip, sym, dso):
    if not sym.startswith('[unknown]') and not sym.startswith('0x'):
        return re.sub(r'\+0x[0-9a-f]+$', '', sym)
    off = None
    if ip < 1 << 32:  # perf script prints unresolved frames relative to their file
        off = ip
    for start, end, pgoff in maps.get(dso, ()):
        if start <= ip < end:
            off = ip - start + pgoff
    if off is not None and dso.startswith('/'):
        off = vaddr(dso, off)
        addrs, names = symtab(dso)
        i = bisect.bisect_right(addrs, off) - 1
        if i >= 0:
            return names[i]
    return '?? ' + dso.rsplit('/', 1)[-1]


self_count = collections.Counter()
incl_count = collections.Counter()
samples = 0
stack = []


def flush():
    global samples, stack
    if stack:
        samples += 1
        self_count[stack[0]] += 1
        for f in set(stack):
            incl_count[f] += 1
    stack = []


for line in sys.stdin:
    m = mmap_re.search(line)
    if m:
        start, length, pgoff, path = int(m.group(1), 16), int(m.group(2), 16), m.group(3), m.group(4)
        pgoff = int(pgoff, 16) if pgoff.startswith('0x') else int(pgoff)
        maps.setdefault(path, []).append((start, start + length, pgoff))
        continue
    f = frame_re.match(line)
    if f:
        stack.append(name(int(f.group(1), 16), f.group(2).strip(), f.group(3)))
    elif not line.strip():
        flush()
flush()
print(f'{samples} samples')
print('--- self')
for fn, c in self_count.most_common(top):
    print(f'{100 * c / samples:6.2f}%  {fn[:150]}')
print('--- inclusive')
for fn, c in incl_count.most_common(top * 2):
    print(f'{100 * c / samples:6.2f}%  {fn[:150]}')
