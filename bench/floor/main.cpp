// longlived-bench-floor: the floor the GUI's start-up is compared with (bench/run.sh). A minimal
// Qt Widgets program showing a form comparable to LongLived's window — the same menus, the
// exchange form, the status line, the result group with its buttons and save row, the "Saved
// tokens" dock — and nothing else: no network manager, no keychain library, no settings, no
// translations, no icon. What LongLived costs beyond this is what LongLived adds to Qt.
//
// It quits after its first frame exactly as the app does (LONGLIVED_QUIT_AFTER_FIRST_FRAME=1,
// ui/QuitAfterFirstFrame.h), so both pay the same for quitting.
#include "QuitAfterFirstFrame.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

QLineEdit* addField(QGridLayout* grid, const QString& label, bool secret, bool readOnly = false)
{
    const int row = grid->rowCount();
    auto* edit = new QLineEdit;
    edit->setAccessibleName(label);
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    edit->setReadOnly(readOnly);
    auto* name = new QLabel(label);
    name->setBuddy(edit);
    grid->addWidget(name, row, 0);
    grid->addWidget(edit, row, 1);
    auto* note = new QLabel; // the field's problem / hint line, empty at start
    note->setWordWrap(true);
    grid->addWidget(note, row + 1, 1);
    return edit;
}

QGroupBox* exchangeGroup()
{
    auto* group = new QGroupBox(QStringLiteral("Exchange a short-lived token"));
    auto* layout = new QVBoxLayout(group);
    auto* intro = new QLabel(QStringLiteral("Paste a short-lived token and your app's secret (for Facebook also its "
                                            "App ID). LongLived exchanges the token with Meta for a long-lived one, "
                                            "valid for about 60 days."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* grid = new QGridLayout;
    auto* platform = new QComboBox;
    platform->addItems({QStringLiteral("Facebook"), QStringLiteral("Threads"), QStringLiteral("Instagram")});
    grid->addWidget(new QLabel(QStringLiteral("&Platform")), 0, 0);
    grid->addWidget(platform, 0, 1, Qt::AlignLeft);
    grid->addWidget(new QLabel, 1, 1);
    addField(grid, QStringLiteral("App &ID"), false)->setFocus();
    addField(grid, QStringLiteral("App &Secret"), true);
    addField(grid, QStringLiteral("Short-lived &token"), true);
    layout->addLayout(grid);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto* cancel = new QPushButton(QStringLiteral("Cancel"));
    cancel->setEnabled(false);
    buttons->addWidget(cancel);
    auto* exchange = new QPushButton(QStringLiteral("&Exchange"));
    exchange->setDefault(true);
    exchange->setEnabled(false);
    buttons->addWidget(exchange);
    layout->addLayout(buttons);
    return group;
}

QGroupBox* resultGroup()
{
    auto* group = new QGroupBox(QStringLiteral("Result"));
    auto* layout = new QVBoxLayout(group);
    auto* grid = new QGridLayout;
    addField(grid, QStringLiteral("Long-lived token"), true, true);
    addField(grid, QStringLiteral("Type"), false, true);
    addField(grid, QStringLiteral("Expires"), false, true);
    auto* lifetime = new QProgressBar;
    lifetime->setTextVisible(false);
    grid->addWidget(lifetime, grid->rowCount(), 1);
    layout->addLayout(grid);
    auto* actions = new QHBoxLayout;
    for (const char* text : {"&Copy", "&Refresh", "&Inspect", "&Pages", "&Verify", "Cancel"}) {
        auto* button = new QPushButton(QString::fromLatin1(text));
        button->setEnabled(false);
        actions->addWidget(button);
    }
    actions->addStretch(1);
    layout->addLayout(actions);
    auto* note = new QLabel;
    note->setWordWrap(true);
    layout->addWidget(note);
    // The save row under the token.
    auto* saveGrid = new QGridLayout;
    addField(saveGrid, QStringLiteral("Profile name"), false);
    saveGrid->addWidget(new QCheckBox(QStringLiteral("Also store the App Secret")), saveGrid->rowCount(), 1);
    auto* save = new QPushButton(QStringLiteral("&Save to keychain"));
    save->setEnabled(false);
    saveGrid->addWidget(save, saveGrid->rowCount(), 1, Qt::AlignLeft);
    layout->addLayout(saveGrid);
    return group;
}

QWidget* savedTokensPanel(QObject* owner)
{
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    auto* model = new QStandardItemModel(0, 4, owner);
    model->setHorizontalHeaderLabels(
        {QStringLiteral("Name"), QStringLiteral("Platform"), QStringLiteral("App ID"), QStringLiteral("Expires")});
    auto* list = new QTreeView;
    list->setRootIsDecorated(false);
    list->setModel(model);
    list->header()->setStretchLastSection(true);
    layout->addWidget(list);
    auto* status = new QLabel(QStringLiteral("No saved tokens yet."));
    status->setWordWrap(true);
    layout->addWidget(status);
    auto* forget = new QPushButton(QStringLiteral("&Forget"));
    forget->setEnabled(false);
    layout->addWidget(forget, 0, Qt::AlignRight);
    return panel;
}

void addMenus(QMainWindow* window, QDockWidget* dock)
{
    QMenu* file = window->menuBar()->addMenu(QStringLiteral("&File"));
    file->addAction(QStringLiteral("&Settings…"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    file->addSeparator();
    file->addAction(QStringLiteral("&Quit"), window, &QWidget::close)->setShortcut(QKeySequence::Quit);
    QMenu* token = window->menuBar()->addMenu(QStringLiteral("&Token"));
    for (const char* text : {"&Exchange", "Cancel", "&Copy", "&Save to keychain", "&Refresh", "&Inspect", "&Pages",
                             "&Verify"})
        token->addAction(QString::fromLatin1(text))->setEnabled(false);
    window->menuBar()->addMenu(QStringLiteral("&View"))->addAction(dock->toggleViewAction());
    QMenu* help = window->menuBar()->addMenu(QStringLiteral("&Help"));
    help->addAction(QStringLiteral("&About LongLived"));
    help->addAction(QStringLiteral("About &Qt"), qApp, &QApplication::aboutQt);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Floor"));

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(14, 12, 14, 14);
    layout->setSpacing(12);
    layout->addWidget(exchangeGroup());
    auto* status = new QLabel;
    status->setWordWrap(true);
    layout->addWidget(status);
    layout->addWidget(resultGroup());
    layout->addStretch(1);
    window.setCentralWidget(central);

    auto* dock = new QDockWidget(QStringLiteral("Saved tokens"), &window);
    dock->setObjectName(QStringLiteral("savedTokensDock"));
    dock->setWidget(savedTokensPanel(&window));
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    addMenus(&window, dock);

    window.resize(1040, 640);
    window.show();
    QuitAfterFirstFrame::installIfRequested(&window);
    return QApplication::exec();
}
