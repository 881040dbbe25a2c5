#pragma once

#include <QWidget>

class QPushButton;

namespace cw {

// The first thing a new user sees when no USCIS environment has been chosen yet: try CaseWatch on
// the built-in offline sandbox, or enter the firm's API credentials.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QPushButton *demoButton() const { return m_demo; }
    QPushButton *credentialsButton() const { return m_credentials; }

signals:
    void demoChosen();
    void credentialsChosen();

private:
    QPushButton *m_demo;
    QPushButton *m_credentials;
};

} // namespace cw
