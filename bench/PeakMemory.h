#pragma once

// The process's peak resident memory in MB, for the benchmarks' figures, on each platform the
// benchmarks build on; -1 where it cannot be read.
#include <QtGlobal>

#if defined(Q_OS_WIN)
#include <windows.h>
#include <psapi.h>
#elif defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace cw::bench {

inline double peakRssMb()
{
#if defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters{};
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof(counters)))
        return -1;
    return double(counters.PeakWorkingSetSize) / (1024.0 * 1024.0);
#elif defined(Q_OS_UNIX)
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
#if defined(Q_OS_MACOS)
    return double(usage.ru_maxrss) / (1024.0 * 1024.0); // bytes on macOS
#else
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux and the BSDs
#endif
#else
    return -1;
#endif
}

} // namespace cw::bench
