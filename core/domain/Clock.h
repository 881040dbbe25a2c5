#pragma once

#include <QDateTime>

namespace cw {

// Wall-clock time, injectable so that tests can cross the USCIS day boundary (midnight US
// Eastern) without waiting for it. Rate limiting uses a steady clock of its own, not this.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace cw
