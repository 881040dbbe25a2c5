#include "CaseTableModel.h"

#include "i18n/DateText.h"
#include "domain/StatusCategory.h"

#include "CategoryStyle.h"
#include "domain/ReceiptNumber.h"
#include "normalize/StatusNormalizer.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <numeric>

// What each cell of the case table shows (the model itself: CaseTableModel.cpp).
namespace cw {

QString CaseTableModel::formMismatchText(const QString &recorded, const QString &uscis)
{
    return tr("The form recorded here (%1) is not the form USCIS reports for this receipt (%2). Check the receipt "
              "number against the notice, or correct the form (Case › Edit Case…).")
        .arg(recorded, uscis);
}

QVariant CaseTableModel::data(const QModelIndex &index, int role) const
{
    const CaseSummary *c = caseAt(index.row());
    if (!c)
        return {};
    switch (role) {
    case CaseIdRole:
        return c->id;
    case CategoryRole:
        return c->category;
    case Qt::ToolTipRole:
        if (index.column() == ReceiptColumn) {
            auto receipt = ReceiptNumber::parse(c->receipt);
            return receipt ? (receipt->hasKnownPrefix() ? receipt->office() : receipt->warning()) : QString();
        }
        if (index.column() == ErrorColumn || index.column() == StatusColumn)
            return c->errorMessage.isEmpty() ? QVariant() : QVariant(c->errorMessage);
        if (index.column() == FormColumn && c->formMismatch)
            return formMismatchText(c->formType, c->uscisFormType);
        return {};
    case Qt::BackgroundRole:
        if (index.column() == CategoryColumn && !c->category.isEmpty())
            return CategoryStyle::background(c->category);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == CategoryColumn && !c->category.isEmpty())
            return CategoryStyle::foreground(c->category);
        if (index.column() == ErrorColumn || (index.column() == FormColumn && c->formMismatch))
            return QColor(0xb3, 0x26, 0x1e);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DaysColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case ReceiptColumn:
        return c->receipt;
    case ClientColumn:
        return c->profileName;
    case FormColumn:
        return c->formMismatch ? tr("%1 (USCIS: %2)").arg(c->formType, c->uscisFormType) : c->formType;
    case LabelColumn:
        return c->archived ? tr("%1 (archived)").arg(c->label) : c->label;
    case CategoryColumn:
        return c->category.isEmpty() ? QString() : StatusNormalizer::displayName(c->category);
    case StatusColumn: {
        // USCIS's own words, in the language the app is shown in when USCIS gave them.
        const bool spanish = locale.language() == QLocale::Spanish && !c->statusEs.isEmpty();
        const QString &status = spanish ? c->statusEs : c->statusEn;
        return status.isEmpty() ? tr("Not checked yet") : status;
    }
    case LastChangeColumn:
        return c->statusSinceDay > 0 ? readableDate(QDate::fromJulianDay(c->statusSinceDay), locale) : QString();
    case DaysColumn:
        return c->statusSinceDay > 0 ? QVariant(std::max<qint64>(0, m_today - c->statusSinceDay)) : QVariant();
    case NextCheckColumn: {
        if (c->archived)
            return tr("archived");
        if (c->nextCheckMs <= 0)
            return tr("soon");
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(c->nextCheckMs).toLocalTime();
        return when.date() == QDate::currentDate() ? locale.toString(when.time(), QLocale::ShortFormat)
                                                   : readableDateTime(when, locale);
    }
    case ErrorColumn:
        return c->errorMessage;
    case ExpectedColumn: {
        if (c->expectedDay <= 0)
            return QString();
        // Many cases share a date: each is formatted once (this runs for every painted cell).
        QString &text = m_dayTexts[c->expectedDay];
        if (text.isEmpty())
            text = readableDate(QDate::fromJulianDay(c->expectedDay), locale);
        return text;
    }
    default:
        return {};
    }
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReceiptColumn:
        return tr("Receipt number");
    case ClientColumn:
        return tr("Client");
    case FormColumn:
        return tr("Form");
    case LabelColumn:
        return tr("Label");
    case CategoryColumn:
        return tr("Category");
    case StatusColumn:
        return tr("USCIS status");
    case LastChangeColumn:
        return tr("Last change");
    case DaysColumn:
        return tr("Days in status");
    case NextCheckColumn:
        return tr("Next check");
    case ErrorColumn:
        return tr("Error");
    case ExpectedColumn:
        return tr("Expected decision");
    default:
        return {};
    }
}

} // namespace cw
