#pragma once

#include <QColor>
#include <QString>

namespace cw {

// The badge colour of a status category: green for good news, red for bad, amber for what
// needs the firm's action, blue for in progress, grey for paperwork.
class CategoryStyle final
{
public:
    static QColor background(const QString &category);
    static QColor foreground(const QString &category);
};

} // namespace cw
