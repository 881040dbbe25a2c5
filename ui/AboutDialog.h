#pragma once

#include <QDialog>

namespace cw {

// Version, licence, and where this installation keeps its data — what a firm's IT person asks.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    struct Locations
    {
        QString database;
        QString settings;
        QString environment;
    };

    explicit AboutDialog(const Locations &locations, QWidget *parent = nullptr);
};

} // namespace cw
