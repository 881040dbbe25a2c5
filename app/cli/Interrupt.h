#pragma once

#include <atomic>
#include <csignal>

namespace cw {

// Ctrl+C (SIGINT) and SIGTERM for a long command (poll, import): the handler only sets a flag
// that the command looks at between steps, so that it stops cleanly — nothing half-written, the
// terminal as it was — and says what it did.
namespace interrupt {

inline std::atomic<bool> &flag()
{
    static std::atomic<bool> raised{false};
    return raised;
}

inline void install()
{
    flag() = false;
    std::signal(SIGINT, [](int) { flag() = true; });
    std::signal(SIGTERM, [](int) { flag() = true; });
}

inline bool raised()
{
    return flag().load();
}

} // namespace interrupt

} // namespace cw
