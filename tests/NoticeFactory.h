#pragma once

// Writes I-797 notices as PDF files for the tests and the benchmark: text PDFs in two layouts
// (USCIS's boxed header, and "Label: value" lines), several notices per file, and image-only scans
// at a given resolution, slightly rotated and speckled. Needs QtGui (QPdfWriter, QPainter): only
// tests and benchmarks use it.
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QTransform>

#include <functional>

namespace cw::test {

struct NoticeSpec
{
    QString receipt;
    QString caseType; // "I485 - APPLICATION TO REGISTER PERMANENT RESIDENCE OR ADJUST STATUS"
    QString noticeTitle; // "Receipt Notice"
    QString receivedDate; // as printed
    QString priorityDate;
    QString noticeDate;
    QString nameLabel = QStringLiteral("APPLICANT");
    QString name;
    QString beneficiary; // petitions: the worker
    QStringList body; // free text (decoys live here)
    int extraPages = 0; // continuation pages repeating the receipt in their header
};

// Boxed: the party label above its name. BoxedBeside: the label beside NOTICE DATE, the name
// below it beside the date. BoxedANumber: the label with the A-number beside it, the name below.
// Labelled: "Label: value" lines.
enum class Layout { Boxed, Labelled, BoxedBeside, BoxedANumber };

// One page of a notice as lines of (x in points, text) per row, 14-point rows.
using Row = QList<std::pair<int, QString>>;

inline QList<Row> noticeRows(const NoticeSpec &n, Layout layout, int page)
{
    QList<Row> rows;
    rows << Row{{40, QStringLiteral("Department of Homeland Security")}}
         << Row{{40, QStringLiteral("U.S. Citizenship and Immigration Services")}}
         << Row{{40, QStringLiteral("I-797C, Notice of Action")}} << Row{};
    if (layout == Layout::BoxedBeside || layout == Layout::BoxedANumber) {
        rows << Row{{40, QStringLiteral("RECEIPT NUMBER")}, {240, QStringLiteral("CASE TYPE")}}
             << Row{{40, n.receipt}, {240, n.caseType}}
             << Row{{40, QStringLiteral("RECEIVED DATE")},
                    {180, QStringLiteral("PRIORITY DATE")},
                    {330, QStringLiteral("PAGE")}}
             << Row{{40, n.receivedDate},
                    {180, n.priorityDate},
                    {330, QStringLiteral("%1 of %2").arg(page + 1).arg(n.extraPages + 1)}};
        if (layout == Layout::BoxedBeside)
            rows << Row{{40, QStringLiteral("NOTICE DATE")}, {240, n.nameLabel}}
                 << Row{{40, n.noticeDate}, {240, n.name}};
        else
            rows << Row{{40, QStringLiteral("NOTICE DATE")}} << Row{{40, n.noticeDate}} << Row{}
                 << Row{{40, n.nameLabel}, {240, QStringLiteral("A212 345 678")}} << Row{{40, n.name}};
        if (!n.beneficiary.isEmpty())
            rows << Row{{40, QStringLiteral("BENEFICIARY")}} << Row{{40, n.beneficiary}};
        rows << Row{} << Row{{40, QStringLiteral("Notice Type: ") + n.noticeTitle}};
    } else if (layout == Layout::Boxed) {
        rows << Row{{40, QStringLiteral("RECEIPT NUMBER")}, {240, QStringLiteral("CASE TYPE")}}
             << Row{{40, n.receipt}, {240, n.caseType}}
             << Row{{40, QStringLiteral("RECEIVED DATE")},
                    {180, QStringLiteral("PRIORITY DATE")},
                    {330, QStringLiteral("PAGE")}}
             << Row{{40, n.receivedDate},
                    {180, n.priorityDate},
                    {330, QStringLiteral("%1 of %2").arg(page + 1).arg(n.extraPages + 1)}}
             << Row{{40, QStringLiteral("NOTICE DATE")}, {240, QStringLiteral("USCIS A#")}}
             << Row{{40, n.noticeDate}, {240, QStringLiteral("A 212-345-678")}} << Row{} << Row{{40, n.nameLabel}}
             << Row{{40, n.name}};
        if (!n.beneficiary.isEmpty())
            rows << Row{{40, QStringLiteral("BENEFICIARY")}} << Row{{40, n.beneficiary}};
        rows << Row{} << Row{{40, QStringLiteral("Notice Type: ") + n.noticeTitle}};
    } else {
        rows << Row{{40, n.noticeTitle}} << Row{} << Row{{40, QStringLiteral("Receipt Number: ") + n.receipt}}
             << Row{{40, QStringLiteral("Case Type: ") + n.caseType}}
             << Row{{40, QStringLiteral("Received Date: ") + n.receivedDate}};
        if (!n.priorityDate.isEmpty())
            rows << Row{{40, QStringLiteral("Priority Date: ") + n.priorityDate}};
        rows << Row{{40, QStringLiteral("Notice Date: ") + n.noticeDate}}
             << Row{{40, QStringLiteral("Page %1 of %2").arg(page + 1).arg(n.extraPages + 1)}}
             << Row{{40, n.nameLabel.left(1) + n.nameLabel.mid(1).toLower() + QStringLiteral(": ") + n.name}};
        if (!n.beneficiary.isEmpty())
            rows << Row{{40, QStringLiteral("Beneficiary: ") + n.beneficiary}};
    }
    rows << Row{};
    for (const QString &line : n.body)
        rows << Row{{40, line}};
    return rows;
}

inline void paintRows(QPainter &p, const QList<Row> &rows, double pointToDevice)
{
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPointSizeF(10);
    p.setFont(font);
    p.setPen(Qt::black);
    double y = 60;
    for (const Row &row : rows) {
        for (const auto &[x, text] : row)
            p.drawText(QPointF(x * pointToDevice, y * pointToDevice), text);
        y += 16;
    }
}

// A text PDF: one page per notice page, in order.
inline bool writeTextPdf(const QString &path, const QList<NoticeSpec> &notices, Layout layout)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setResolution(72);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p(&writer);
    bool first = true;
    for (const NoticeSpec &n : notices) {
        for (int page = 0; page <= n.extraPages; ++page) {
            if (!first)
                writer.newPage();
            first = false;
            paintRows(p, noticeRows(n, layout, page), 1.0);
        }
    }
    return p.end();
}

// One notice page as a scanner would see it: gray, at `dpi`, turned by `degrees`, with speckles.
inline QImage scanImage(const NoticeSpec &n, Layout layout, int page, int dpi, double degrees, double speckle)
{
    QImage img(int(8.5 * dpi), 11 * dpi, QImage::Format_Grayscale8);
    img.fill(255);
    {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        // Text drawn in points scaled to the scan's pixels.
        p.scale(dpi / 72.0, dpi / 72.0);
        paintRows(p, noticeRows(n, layout, page), 1.0);
    }
    if (degrees != 0) {
        img = img.transformed(QTransform().rotate(degrees), Qt::SmoothTransformation)
                  .convertToFormat(QImage::Format_Grayscale8);
        // Rotation leaves black corners; a scanner's lid is white.
        for (int y = 0; y < img.height(); ++y) {
            uchar *line = img.scanLine(y);
            for (int x = 0; x < img.width() && line[x] == 0; ++x)
                line[x] = 255;
            for (int x = img.width() - 1; x >= 0 && line[x] == 0; --x)
                line[x] = 255;
        }
    }
    QRandomGenerator rng(42 + page);
    const qint64 dots = qint64(img.width()) * img.height() * speckle;
    for (qint64 i = 0; i < dots; ++i)
        img.setPixel(rng.bounded(img.width()), rng.bounded(img.height()), rng.bounded(2) ? 0 : 255);
    return img;
}

// An image-only PDF (no text layer): each page a scan.
inline bool writeScannedPdf(const QString &path, const QList<NoticeSpec> &notices, Layout layout, int dpi,
                            double degrees = 0, double speckle = 0)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setResolution(dpi);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p(&writer);
    bool first = true;
    for (const NoticeSpec &n : notices) {
        for (int page = 0; page <= n.extraPages; ++page) {
            if (!first)
                writer.newPage();
            first = false;
            const QImage scan = scanImage(n, layout, page, dpi, degrees, speckle);
            p.drawImage(QRectF(0, 0, 8.5 * dpi, 11 * dpi), scan);
        }
    }
    return p.end();
}

// The notices the tests and the benchmark use: several form types, decoy numbers in the body.
inline QList<NoticeSpec> sampleNotices()
{
    const QStringList decoys{
        QStringLiteral("If you have questions, call the USCIS Contact Center at 800-375-5283."),
        QStringLiteral("Your USCIS Online Account Number is 0123 4567 8912."),
        QStringLiteral("Fee invoice INV2026000123 was paid; policy ABC1234567890 is on file."),
        QStringLiteral("Keep this notice. Reference 12345678901234 is for our records only."),
    };
    NoticeSpec aos{QStringLiteral("IOE0912345678"),
                   QStringLiteral("I485 - APPLICATION TO REGISTER PERMANENT RESIDENCE OR ADJUST STATUS"),
                   QStringLiteral("Receipt Notice"),
                   QStringLiteral("01/15/2026"),
                   QString(),
                   QStringLiteral("01/20/2026"),
                   QStringLiteral("APPLICANT"),
                   QStringLiteral("MARIA LOPEZ GARCIA"),
                   {},
                   decoys,
                   0};
    NoticeSpec h1b{QStringLiteral("WAC2690012345"),
                   QStringLiteral("I129 - PETITION FOR A NONIMMIGRANT WORKER"),
                   QStringLiteral("Approval Notice"),
                   QStringLiteral("03/02/2026"),
                   QString(),
                   QStringLiteral("04/10/2026"),
                   QStringLiteral("PETITIONER"),
                   QStringLiteral("ACME ROBOTICS LLC"),
                   QStringLiteral("CHEN WEI"),
                   decoys,
                   1};
    NoticeSpec i130{QStringLiteral("MSC2591234567"),
                    QStringLiteral("I130 - PETITION FOR ALIEN RELATIVE"),
                    QStringLiteral("Request for Evidence"),
                    QStringLiteral("11/03/2025"),
                    QStringLiteral("11/03/2025"),
                    QStringLiteral("02/14/2026"),
                    QStringLiteral("PETITIONER"),
                    QStringLiteral("JOSE RAMIREZ"),
                    QStringLiteral("ANA RAMIREZ"),
                    decoys,
                    0};
    NoticeSpec n400{QStringLiteral("EAC2612345678"),
                    QStringLiteral("N400 - APPLICATION FOR NATURALIZATION"),
                    QStringLiteral("Receipt Notice"),
                    QStringLiteral("02/01/2026"),
                    QString(),
                    QStringLiteral("02/05/2026"),
                    QStringLiteral("APPLICANT"),
                    QStringLiteral("SOFIA NGUYEN"),
                    {},
                    decoys,
                    0};
    return {aos, h1b, i130, n400};
}

} // namespace cw::test
