#include "CategoryStyle.h"

#include "domain/StatusCategory.h"

namespace cw {

QColor CategoryStyle::background(const QString &category)
{
    const CategoryTraits *t = categories::find(category);
    switch (t ? t->tone : CategoryTone::Action) {
    case CategoryTone::Good:
        return QColor(0x1b, 0x7f, 0x3b);
    case CategoryTone::Bad:
        return QColor(0xb3, 0x26, 0x1e);
    case CategoryTone::Action:
        return QColor(0xc7, 0x7c, 0x02);
    case CategoryTone::Paperwork:
        return QColor(0x5f, 0x63, 0x68);
    case CategoryTone::Progress:
        break;
    }
    return QColor(0x1a, 0x5f, 0xb4); // received, in review, responses in
}

QColor CategoryStyle::foreground(const QString &)
{
    return Qt::white; // every background above is dark enough for white text
}

} // namespace cw
