// SPDX-License-Identifier: MIT
#pragma once

// The units of a test program (fmtestmain.h, docs/adr/0286), without Qt: fmtestmain.cpp
// builds once, as the library fm_test_main every test program links.

namespace fm::test {

using UnitMain = int (*)(int argc, char *argv[]);

// Registers the unit whose source is `sourceFile` under its file name without folder and
// extension, before main() runs; always true.
bool registerUnit(const char *sourceFile, UnitMain main);

// The command line the program was started with (program, unit, options), ending in a
// null pointer: for a unit that runs itself again.
char **commandLine();

} // namespace fm::test
