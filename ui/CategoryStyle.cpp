#include "CategoryStyle.h"

#include <QStringList>

namespace cw {

QColor CategoryStyle::background(const QString &category)
{
    static const QStringList good{QStringLiteral("APPROVED"), QStringLiteral("CARD_PRODUCED"), QStringLiteral("CARD_MAILED"),
                                  QStringLiteral("CARD_DELIVERED"), QStringLiteral("OATH_SCHEDULED")};
    static const QStringList bad{QStringLiteral("DENIED"), QStringLiteral("REJECTED"), QStringLiteral("TERMINATED"),
                                 QStringLiteral("NOID_ISSUED"), QStringLiteral("WITHDRAWN")};
    static const QStringList action{QStringLiteral("RFE_ISSUED"), QStringLiteral("INTERVIEW_SCHEDULED"),
                                    QStringLiteral("BIOMETRICS_SCHEDULED"), QStringLiteral("FEE_ISSUE"), QStringLiteral("OTHER")};
    static const QStringList paperwork{QStringLiteral("UPDATED"), QStringLiteral("DOCUMENT_MAILED"), QStringLiteral("TRANSFERRED")};
    if (good.contains(category))
        return QColor(0x1b, 0x7f, 0x3b);
    if (bad.contains(category))
        return QColor(0xb3, 0x26, 0x1e);
    if (action.contains(category))
        return QColor(0xc7, 0x7c, 0x02);
    if (paperwork.contains(category))
        return QColor(0x5f, 0x63, 0x68);
    return QColor(0x1a, 0x5f, 0xb4); // received, in review, responses in
}

QColor CategoryStyle::foreground(const QString &)
{
    return Qt::white; // every background above is dark enough for white text
}

} // namespace cw
