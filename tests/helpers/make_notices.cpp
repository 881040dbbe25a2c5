// make_notices DIR N [FIRST]: writes N one-page I-797 text notices (receipts LIN26 followed by
// FIRST, FIRST+1, … in eight digits; FIRST defaults to 0) into DIR, for scripts that need real PDFs
// (scripts/kill-test.sh).
#include "NoticeFactory.h"

#include <QDir>
#include <QGuiApplication>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 3 && argc != 4)
        return 2;
    const int first = argc == 4 ? QByteArray(argv[3]).toInt() : 0;
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const int n = QByteArray(argv[2]).toInt();
    const auto samples = cw::test::sampleNotices();
    for (int i = 0; i < n; ++i) {
        cw::test::NoticeSpec spec = samples[i % samples.size()];
        spec.receipt = QStringLiteral("LIN26%1").arg(first + i, 8, 10, QLatin1Char('0'));
        spec.extraPages = 0;
        if (!cw::test::writeTextPdf(
                dir.filePath(QStringLiteral("notice-%1.pdf").arg(first + i, 5, 10, QLatin1Char('0'))), {spec},
                cw::test::Layout::Boxed))
            return 1;
    }
    return 0;
}
