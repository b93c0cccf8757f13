#include "FieldFeedback.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace tandem::gui {

namespace {
void pinHeight(QLabel* label)
{
    if (label->isHidden() || label->width() <= 0)
        return;
    label->setMinimumHeight(0); // heightForWidth never answers less than the minimum height
    label->setMaximumHeight(QWIDGETSIZE_MAX);
    if (!label->text().isEmpty())
        label->setFixedHeight(label->heightForWidth(label->width()));
}

// A problem appearing under a field makes the form taller: grow the dialog rather than
// squeeze the rows, so no sentence is clipped. The dialog never shrinks while typing.
void growToFit(QWidget* widget)
{
    QWidget* window = widget->window();
    QLayout* layout = window ? window->layout() : nullptr;
    if (!layout)
        return;
    layout->activate(); // lays the labels out at their real width, which pins their height
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width()) : layout->totalSizeHint().height();
    if (needed > window->height())
        window->resize(window->width(), needed);
}
} // namespace

FieldFeedback::FieldFeedback(QObject* parent) : QObject(parent) {}

void FieldFeedback::add(QWidget* field, QLabel* issueLabel)
{
    m_fields.insert(field, Entry{issueLabel, {}, false});
    if (issueLabel) {
        issueLabel->setWordWrap(true);
        issueLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        issueLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        issueLabel->hide();
    }
    field->installEventFilter(this);
    auto touched = [this, field] { touch(field); };
    if (auto* line = qobject_cast<QLineEdit*>(field)) {
        connect(line, &QLineEdit::textChanged, this, &FieldFeedback::changed);
        connect(line, &QLineEdit::textEdited, this, touched);
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(field)) {
        connect(text, &QPlainTextEdit::textChanged, this, [this, text, touched] {
            if (text->hasFocus())
                touched();
            Q_EMIT changed();
        });
    } else if (auto* dateEdit = qobject_cast<QDateEdit*>(field)) {
        connect(dateEdit, &QDateEdit::dateChanged, this, [this, dateEdit, touched] {
            if (dateEdit->hasFocus())
                touched();
            Q_EMIT changed();
        });
    } else if (auto* spin = qobject_cast<QSpinBox*>(field)) {
        connect(spin, &QSpinBox::valueChanged, this, [this, spin, touched] {
            if (spin->hasFocus())
                touched();
            Q_EMIT changed();
        });
    } else if (auto* combo = qobject_cast<QComboBox*>(field)) {
        connect(combo, &QComboBox::currentIndexChanged, this, &FieldFeedback::changed);
        connect(combo, &QComboBox::activated, this, touched);
    } else if (auto* button = qobject_cast<QAbstractButton*>(field)) {
        connect(button, &QAbstractButton::toggled, this, &FieldFeedback::changed);
        connect(button, &QAbstractButton::clicked, this, touched);
    }
}

void FieldFeedback::fitToWidth(QLabel* label)
{
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->installEventFilter(this);
    m_fitted.append(label);
    pinHeight(label);
}

void FieldFeedback::setFittedText(QLabel* label, const QString& text)
{
    label->setVisible(!text.isEmpty());
    if (label->text() == text)
        return;
    label->setText(text);
    pinHeight(label);
    if (!text.isEmpty())
        growToFit(label);
}

void FieldFeedback::setIssue(QWidget* field, const QString& message)
{
    auto it = m_fields.find(field);
    if (it == m_fields.end())
        return;
    it->message = message;
    apply(field);
}

bool FieldFeedback::hasIssues() const
{
    for (const Entry& e : m_fields)
        if (!e.message.isEmpty())
            return true;
    return false;
}

void FieldFeedback::touch(QWidget* field)
{
    auto it = m_fields.find(field);
    if (it == m_fields.end() || it->touched)
        return;
    it->touched = true;
    apply(field);
}

void FieldFeedback::revealAll()
{
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        it->touched = true;
        apply(it.key());
    }
}

void FieldFeedback::apply(QWidget* field)
{
    const Entry& e = m_fields.value(field);
    const QString shown = e.touched ? e.message : QString();
    field->setAccessibleDescription(shown);
    if (e.label) {
        const bool changed = e.label->isHidden() == !shown.isEmpty() || e.label->text() != shown;
        e.label->setText(shown);
        e.label->setVisible(!shown.isEmpty());
        pinHeight(e.label);
        if (changed && !shown.isEmpty())
            growToFit(e.label);
    }
}

bool FieldFeedback::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show) {
        if (auto* label = qobject_cast<QLabel*>(watched); label && m_fitted.contains(label)) {
            pinHeight(label);
            return QObject::eventFilter(watched, event);
        }
    }
    // Leaving a field, or typing in it, counts as having edited it.
    if (event->type() == QEvent::FocusOut || event->type() == QEvent::KeyPress)
        touch(static_cast<QWidget*>(watched));
    return QObject::eventFilter(watched, event);
}

void FieldFeedback::setUpButtons(QDialogButtonBox* box, const QString& okText, const QString& okAccessibleName)
{
    QPushButton* ok = box->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(okText);
    ok->setAccessibleName(okAccessibleName);
    QPushButton* cancel = box->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
}

QString FieldFeedback::issueFor(const domain::FieldIssues& issues, const QString& field)
{
    for (const domain::FieldIssue& issue : issues)
        if (issue.field == field)
            return issue.message;
    return {};
}

void FieldFeedback::fitHeightOnShow(QWidget* dialog, bool& fitted)
{
    QLayout* layout = dialog->layout();
    if (fitted || !layout)
        return;
    fitted = true;
    layout->activate();
    dialog->resize(dialog->width(),
                   layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width()) : dialog->sizeHint().height());
}

void FieldFeedback::showMessage(QLabel* area, const QString& message)
{
    area->setText(message);
    area->setWordWrap(true);
    area->setStyleSheet(QStringLiteral("background: #fdecee; border: 1px solid #e3a1aa; border-radius: 4px; padding: 8px; color: #7a0014;"));
    area->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        growToFit(area);
}

} // namespace tandem::gui
