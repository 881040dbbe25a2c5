// Renders the SVG app icon into the PNG sizes the platforms want (build-time tool).
//   icon_renderer INPUT.svg OUTPUT_DIR SIZE...   ->  OUTPUT_DIR/<SIZE>/casewatch.png (+ casewatch.ico)
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: icon_renderer INPUT.svg OUTPUT_DIR SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "icon_renderer: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    for (const QString &sizeText : args.mid(3)) {
        const int size = sizeText.toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString dir = args.at(2) + QStringLiteral("/%1").arg(size);
        QDir().mkpath(dir);
        if (!image.save(dir + QStringLiteral("/casewatch.png"))) {
            std::fprintf(stderr, "icon_renderer: cannot write %s\n", qPrintable(dir));
            return 1;
        }
    }
    // Windows installers want an .ico (written where Qt's ICO image format plugin is present).
    QImage large(256, 256, QImage::Format_ARGB32_Premultiplied);
    large.fill(Qt::transparent);
    QPainter painter(&large);
    svg.render(&painter);
    painter.end();
    large.save(args.at(2) + QStringLiteral("/casewatch.ico"), "ICO");
    // macOS bundles want an .icns: iconutil makes it from an .iconset of these names and sizes.
    const QString iconset = args.at(2) + QStringLiteral("/casewatch.iconset");
    QDir().mkpath(iconset);
    for (int base : {16, 32, 128, 256, 512}) {
        for (int scale : {1, 2}) {
            QImage image(base * scale, base * scale, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            svg.render(&p);
            p.end();
            const QString name = scale == 1 ? QStringLiteral("/icon_%1x%1.png").arg(base)
                                            : QStringLiteral("/icon_%1x%1@2x.png").arg(base);
            if (!image.save(iconset + name)) {
                std::fprintf(stderr, "icon_renderer: cannot write %s\n", qPrintable(iconset + name));
                return 1;
            }
        }
    }
    return 0;
}
