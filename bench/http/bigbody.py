#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Sends one POST with a body of N bytes (streamed, Content-Length set) to a running
# `m start` and prints the answer's first line. Used to measure what an oversized body
# costs the server before its 413 (docs/benchmarks.md, "Request bodies"):
#   python3 bench/http/bigbody.py $((1<<30)) 8000 & watch grep VmHWM /proc/<pid>/status
import socket, sys, time
size = int(sys.argv[1]); port = int(sys.argv[2])
s = socket.create_connection(("127.0.0.1", port))
s.sendall(b"POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % size)
chunk = b"0" * (1 << 20); sent = 0; t = time.time()
try:
    while sent < size:
        n = min(len(chunk), size - sent); s.sendall(chunk[:n]); sent += n
except Exception as e:
    print("send stopped after", sent, "bytes:", e)
s.settimeout(120)
try:
    print(s.recv(300)[:200])
except Exception as e:
    print("recv:", e)
print("sent", sent, "in %.1fs" % (time.time() - t))
