#pragma once

// FUZZ_CHECK — the fuzz targets' assertion. A failed invariant is a finding: it aborts, so
// libFuzzer (or the corpus replay in ctest) reports it with the input that broke it. Unlike
// Q_ASSERT it holds in release builds, which is what the fuzzers and the replay run.

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                                         \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "invariant failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);                 \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)
