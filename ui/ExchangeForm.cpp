#include "ExchangeForm.h"
#include "ui_ExchangeForm.h"

#include "graph/InputValidator.h"
#include "StatusColors.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QToolButton>

ExchangeForm::ExchangeForm(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ExchangeForm>())
    , m_exchangeAction(new QAction(tr("&Exchange"), this))
    , m_cancelAction(new QAction(tr("Cancel"), this))
{
    m_ui->setupUi(this);
    m_ui->appSecretEdit->setSecretName(tr("App Secret"));
    m_ui->tokenEdit->setSecretName(tr("Short-lived token"));
    m_ui->appSecretEdit->revealButton()->setObjectName(QStringLiteral("appSecretRevealButton"));
    m_ui->tokenEdit->revealButton()->setObjectName(QStringLiteral("tokenRevealButton"));
    // An App ID is short and public; the field need not stretch across the window.
    m_ui->appIdEdit->setMaxLength(64);

    for (Platform platform : Platforms::all())
        m_ui->platformCombo->addItem(Platforms::displayName(platform), QVariant::fromValue(platform));
    // activated, not currentIndexChanged: only a choice the user makes turns auto-detection off.
    connect(m_ui->platformCombo, qOverload<int>(&QComboBox::activated), this, &ExchangeForm::onPlatformActivated);

    m_exchangeAction->setObjectName(QStringLiteral("exchangeAction"));
    m_exchangeAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_exchangeAction->setShortcutContext(Qt::WindowShortcut);
    m_exchangeAction->setToolTip(tr("Exchange the short-lived token for a long-lived one (%1)")
                                     .arg(m_exchangeAction->shortcut().toString(QKeySequence::NativeText)));
    m_cancelAction->setObjectName(QStringLiteral("cancelAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WindowShortcut);
    m_cancelAction->setToolTip(tr("Stop the exchange (%1)").arg(QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)));
    addAction(m_exchangeAction);
    addAction(m_cancelAction);
    m_ui->exchangeButton->setToolTip(m_exchangeAction->toolTip());
    m_ui->cancelButton->setToolTip(m_cancelAction->toolTip());

    connect(m_exchangeAction, &QAction::triggered, this, [this] {
        if (m_valid && !m_busy)
            emit exchangeRequested();
    });
    connect(m_cancelAction, &QAction::triggered, this, [this] {
        if (m_busy)
            emit cancelRequested();
    });
    connect(m_ui->exchangeButton, &QPushButton::clicked, m_exchangeAction, &QAction::trigger);
    connect(m_ui->cancelButton, &QPushButton::clicked, m_cancelAction, &QAction::trigger);

    // Before validate(), so that the problems and the warning are judged for the detected platform.
    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this, &ExchangeForm::onTokenChanged);
    // textChanged, not textEdited: text set by assistive technology (or setText) must count.
    for (QLineEdit* edit : {m_ui->appIdEdit, static_cast<QLineEdit*>(m_ui->appSecretEdit),
                            static_cast<QLineEdit*>(m_ui->tokenEdit)}) {
        connect(edit, &QLineEdit::textChanged, this, &ExchangeForm::validate);
        connect(edit, &QLineEdit::returnPressed, m_exchangeAction, &QAction::trigger);
    }

    applyProblemColour();
    m_ui->buttonsLayout->setStretchFactor(m_ui->busyIndicator, 3);
    m_ui->busyIndicator->setVisible(false);
    m_ui->cancelButton->setVisible(false);
    applyPlatform(m_platform);
}

ExchangeForm::~ExchangeForm() = default;

int ExchangeForm::labelColumnWidth() const
{
    int width = 0;
    for (const QLabel* label : {m_ui->platformLabel, m_ui->appIdLabel, m_ui->appSecretLabel, m_ui->tokenLabel})
        width = qMax(width, label->sizeHint().width());
    return width;
}

void ExchangeForm::setLabelColumnMinimumWidth(int width)
{
    m_ui->fieldsLayout->setColumnMinimumWidth(0, width);
}

QLineEdit* ExchangeForm::appIdEdit() const
{
    return m_ui->appIdEdit;
}

QLineEdit* ExchangeForm::appSecretEdit() const
{
    return m_ui->appSecretEdit;
}

QLineEdit* ExchangeForm::tokenEdit() const
{
    return m_ui->tokenEdit;
}

QComboBox* ExchangeForm::platformCombo() const
{
    return m_ui->platformCombo;
}

bool ExchangeForm::offersAppId(Platform platform)
{
    return Platforms::exchangeNeedsAppId(platform) || Platforms::supportsInspect(platform);
}

void ExchangeForm::setPlatform(Platform platform)
{
    if (platform == m_platform)
        return;
    // Each platform has its own app: the Facebook App ID must not follow a switch to Threads.
    m_appIds.insert(m_platform, m_ui->appIdEdit->text());
    m_platform = platform;
    const QString appId = m_appIds.value(platform);
    m_touched[AppIdField] = !appId.isEmpty();
    m_ui->appIdEdit->setText(appId);
    applyPlatform(platform);
    emit platformChanged(platform);
}

void ExchangeForm::applyPlatform(Platform platform)
{
    const int index = m_ui->platformCombo->findData(QVariant::fromValue(platform));
    if (index >= 0 && index != m_ui->platformCombo->currentIndex())
        m_ui->platformCombo->setCurrentIndex(index);
    const bool showAppId = offersAppId(platform);
    m_ui->appIdLabel->setVisible(showAppId);
    m_ui->appIdEdit->setVisible(showAppId);
    if (!showAppId)
        m_ui->appIdProblemLabel->setVisible(false);
    updatePlatformTexts();
    validate();
}

void ExchangeForm::updatePlatformTexts()
{
    QString note;
    switch (m_platform) {
    case Platform::Facebook:
        m_ui->appIdEdit->setPlaceholderText(tr("Digits, from the top of your app's dashboard"));
        m_ui->appSecretEdit->setPlaceholderText(tr("From Settings › Basic in your app's dashboard"));
        m_ui->tokenEdit->setPlaceholderText(tr("EAA…, for example from the Graph API Explorer"));
        break;
    case Platform::Threads:
        note = tr("Threads and Instagram need only their own App Secret (not the Facebook app's). The Threads "
                  "app's ID is optional: with it, LongLived can inspect the token and look up its expiry.");
        m_ui->appIdEdit->setPlaceholderText(tr("Optional: your Threads app's ID"));
        m_ui->appSecretEdit->setPlaceholderText(tr("Your Threads app's own App Secret"));
        m_ui->tokenEdit->setPlaceholderText(tr("TH…, from your Threads login"));
        break;
    case Platform::Instagram:
        note = tr("Threads and Instagram need only their own App Secret (not the Facebook app's); no App ID is "
                  "sent.");
        m_ui->appSecretEdit->setPlaceholderText(tr("Your Instagram app's own App Secret"));
        m_ui->tokenEdit->setPlaceholderText(tr("IG…, from your Instagram login"));
        break;
    }
    m_ui->platformNoteLabel->setText(note);
    m_ui->platformNoteLabel->setVisible(!note.isEmpty());
    m_ui->platformCombo->setAccessibleDescription(note);
}

void ExchangeForm::onPlatformActivated(int index)
{
    const auto platform = m_ui->platformCombo->itemData(index).value<Platform>();
    m_platformChosenByUser = true;
    setPlatform(platform);
}

void ExchangeForm::onTokenChanged(const QString& text)
{
    const QString token = InputValidator::clean(text);
    if (token.isEmpty()) {
        // The form was cleared: the next token chooses the platform again.
        m_platformChosenByUser = false;
        return;
    }
    if (m_platformChosenByUser)
        return;
    if (const std::optional<Platform> detected = Platforms::detect(token))
        setPlatform(*detected);
}

QString ExchangeForm::mismatchWarning() const
{
    return Platforms::mismatchWarning(m_platform, InputValidator::clean(m_ui->tokenEdit->text()));
}

QString ExchangeForm::appId() const
{
    return InputValidator::clean(m_ui->appIdEdit->text());
}

void ExchangeForm::setAppId(const QString& appId)
{
    m_ui->appIdEdit->setText(appId);
}

void ExchangeForm::setAppId(Platform platform, const QString& appId)
{
    if (platform == m_platform)
        setAppId(appId);
    else
        m_appIds.insert(platform, appId);
}

TokenRequest ExchangeForm::request() const
{
    TokenRequest request;
    request.platform = m_platform;
    if (offersAppId(m_platform))
        request.appId = appId();
    request.appSecret = InputValidator::clean(m_ui->appSecretEdit->text());
    request.token = InputValidator::clean(m_ui->tokenEdit->text());
    return request;
}

void ExchangeForm::clearSecrets()
{
    for (SecretLineEdit* edit : {m_ui->appSecretEdit, m_ui->tokenEdit}) {
        edit->setRevealed(false);
        edit->setText(QString()); // unlike clear(), not an undoable edit: the old text is gone
    }
    // Emptied by the program, not by the user: no "enter the App Secret" under the fields.
    m_touched[SecretField] = false;
    m_touched[TokenField] = false;
    validate();
}

void ExchangeForm::setBusy(bool busy)
{
    QWidget* focus = QApplication::focusWidget();
    const bool changed = m_busy != busy;
    m_busy = busy;
    // Read-only rather than disabled: the text stays readable, selectable and accessible.
    m_ui->appIdEdit->setReadOnly(busy);
    m_ui->appSecretEdit->setReadOnly(busy);
    m_ui->tokenEdit->setReadOnly(busy);
    m_ui->platformCombo->setEnabled(!busy);
    m_ui->busyIndicator->setVisible(busy);
    m_ui->cancelButton->setVisible(busy);
    updateActions();
    // Keyboard focus must not vanish with the button under it: Exchange is disabled while
    // busy (focus goes to Cancel), Cancel is hidden afterwards (focus goes back).
    if (busy && focus == m_ui->exchangeButton) {
        m_ui->cancelButton->setFocus(Qt::OtherFocusReason);
    } else if (!busy && focus == m_ui->cancelButton) {
        if (m_ui->exchangeButton->isEnabled())
            m_ui->exchangeButton->setFocus(Qt::OtherFocusReason);
        else
            m_ui->tokenEdit->setFocus(Qt::OtherFocusReason);
    }
    if (changed)
        emit busyChanged(busy);
}

void ExchangeForm::validate()
{
    const bool needsAppId = Platforms::exchangeNeedsAppId(m_platform);
    const bool offersAppId = ExchangeForm::offersAppId(m_platform);
    const QString appIdText = m_ui->appIdEdit->text();
    const QString secretText = m_ui->appSecretEdit->text();
    const QString tokenText = m_ui->tokenEdit->text();
    // A message appears only once the user has typed into that field: an empty form is not an error.
    m_touched[AppIdField] = m_touched[AppIdField] || !appIdText.isEmpty();
    m_touched[SecretField] = m_touched[SecretField] || !secretText.isEmpty();
    m_touched[TokenField] = m_touched[TokenField] || !tokenText.isEmpty();

    // Threads: optional, but a wrong one would make Inspect fail later, so it is checked when given.
    const QString cleanAppId = InputValidator::clean(appIdText);
    const QString appIdProblem = needsAppId || (offersAppId && !cleanAppId.isEmpty())
        ? InputValidator::appIdProblem(cleanAppId)
        : QString();
    const QString secretProblem = InputValidator::appSecretProblem(InputValidator::clean(secretText));
    const QString tokenProblem = InputValidator::tokenProblem(InputValidator::clean(tokenText));

    showProblem(m_ui->appIdEdit, m_ui->appIdProblemLabel, m_touched[AppIdField] ? appIdProblem : QString());
    showProblem(m_ui->appSecretEdit, m_ui->appSecretProblemLabel, m_touched[SecretField] ? secretProblem : QString());
    showProblem(m_ui->tokenEdit, m_ui->tokenProblemLabel, m_touched[TokenField] ? tokenProblem : QString(),
                mismatchWarning());

    const bool valid = appIdProblem.isEmpty() && secretProblem.isEmpty() && tokenProblem.isEmpty();
    const bool changed = valid != m_valid;
    m_valid = valid;
    updateActions();
    if (changed)
        emit inputValidityChanged(valid);
}

void ExchangeForm::showProblem(QLineEdit* edit, QLabel* label, const QString& problem, const QString& warning)
{
    if (label->text() != problem)
        label->setText(problem);
    label->setVisible(!problem.isEmpty() && edit->isVisibleTo(this));
    if (edit == m_ui->tokenEdit) {
        if (m_ui->tokenWarningLabel->text() != warning)
            m_ui->tokenWarningLabel->setText(warning);
        m_ui->tokenWarningLabel->setVisible(!warning.isEmpty());
    }
    // Screen readers read the description with the field.
    QStringList description;
    if (!problem.isEmpty())
        description << problem;
    if (!warning.isEmpty())
        description << warning;
    edit->setAccessibleDescription(description.join(QLatin1Char(' ')));
}

void ExchangeForm::updateActions()
{
    m_exchangeAction->setEnabled(m_valid && !m_busy);
    m_cancelAction->setEnabled(m_busy);
    m_ui->exchangeButton->setEnabled(m_exchangeAction->isEnabled());
    m_ui->cancelButton->setEnabled(m_cancelAction->isEnabled());
}

void ExchangeForm::applyProblemColour()
{
    for (QLabel* label : {m_ui->appIdProblemLabel, m_ui->appSecretProblemLabel, m_ui->tokenProblemLabel}) {
        QPalette pal = label->palette();
        pal.setColor(QPalette::WindowText, StatusColors::error(palette()));
        label->setPalette(pal);
    }
    QPalette warningPalette = m_ui->tokenWarningLabel->palette();
    warningPalette.setColor(QPalette::WindowText, StatusColors::warning(palette()));
    m_ui->tokenWarningLabel->setPalette(warningPalette);
}

void ExchangeForm::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyProblemColour();
}
