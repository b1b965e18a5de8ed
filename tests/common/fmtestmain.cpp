// SPDX-License-Identifier: MIT
// main() of a test executable that holds several units (fmtestmain.h, docs/adr/0286):
// `fm_tests_<folder> <unit> [QTest options...]` runs one unit as if it were its own
// program; ctest calls it so, once per unit.

#include "fmtestregistry.h"

#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <vector>

namespace {

std::map<std::string, fm::test::UnitMain> &units()
{
    static std::map<std::string, fm::test::UnitMain> registry;
    return registry;
}

// "…/tests/core/data/tst_query.cpp" -> "tst_query"
std::string unitName(const char *sourceFile)
{
    std::string name = sourceFile;
    if (const auto slash = name.find_last_of("/\\"); slash != std::string::npos)
        name.erase(0, slash + 1);
    if (const auto dot = name.rfind('.'); dot != std::string::npos)
        name.erase(dot);
    return name;
}

char **g_commandLine = nullptr;

int usage(const char *program, const char *problem)
{
    std::fprintf(stderr, "%s\nUsage: %s UNIT [QTest options]; the units here:\n", problem, program);
    for (const auto &[name, main] : units())
        std::fprintf(stderr, "  %s\n", name.c_str());
    return 2;
}

} // namespace

char **fm::test::commandLine()
{
    return g_commandLine;
}

bool fm::test::registerUnit(const char *sourceFile, UnitMain main)
{
    units().emplace(unitName(sourceFile), main);
    return true;
}

int main(int argc, char *argv[])
{
    if (argc < 2 || argv[1][0] == '-')
        return usage(argv[0], "Name the test unit to run first.");
    const auto unit = units().find(argv[1]);
    if (unit == units().end())
        return usage(argv[0], "There is no such test unit.");
    g_commandLine = argv; // argv[argc] is a null pointer
    // The unit sees its own name as the program (beside the real one, as when each unit
    // was a program): Qt derives the application name from it, and with it the settings
    // file, QStandardPaths' test folders and temporary names, which units running at the
    // same time must not share. Then its own options.
    std::string program = argv[0];
    const auto slash = program.find_last_of('/');
    program =
        (slash == std::string::npos ? std::string() : program.substr(0, slash + 1)) + unit->first;
    std::vector<char *> args{program.data()};
    args.insert(args.end(), argv + 2, argv + argc);
    args.push_back(nullptr);
    int count = argc - 1;
    return unit->second(count, args.data());
}
