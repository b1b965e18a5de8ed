// SPDX-License-Identifier: MIT
// The one source of the fm_pch_test* object libraries (cmake/FmPrecompiledHeaders.cmake):
// they exist to build the tests' shared precompiled header, which is included here.
