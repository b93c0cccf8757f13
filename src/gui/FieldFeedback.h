#pragma once

#include "tandem/domain/RecordRules.h"

#include <QHash>
#include <QObject>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QWidget;

namespace tandem::gui {

// Inline validation for a dialog's form: each input has a label under it for its problem.
// A problem shows once the user has edited or left the field (so an empty form is not a
// wall of red), and the input's accessible description carries it for screen readers.
// The dialog recomputes every field's problem on changed() and keeps OK disabled while
// hasIssues().
class FieldFeedback : public QObject {
    Q_OBJECT
public:
    explicit FieldFeedback(QObject* parent);

    // Watches the input's edits (line edits, text boxes, date edits, spin boxes, combo
    // boxes, check boxes and radio buttons). issueLabel may be null for inputs that cannot
    // be wrong on their own.
    void add(QWidget* field, QLabel* issueLabel);
    void setIssue(QWidget* field, const QString& message); // empty: no problem
    bool hasIssues() const;
    void touch(QWidget* field);
    void revealAll();
    // Keeps a word-wrapped label in a form row exactly as tall as its text needs at its
    // width (issue labels get this from add(); call it for notes). Qt's form layout gives
    // such labels the height they would need at a narrower width, leaving gaps.
    void fitToWidth(QLabel* label);
    // Changes a fitted label's text and its height with it (fitToWidth re-measures on resizes only),
    // growing the dialog if the new text needs more room; empty text hides the label.
    void setFittedText(QLabel* label, const QString& text);

    // Names the OK and Cancel buttons ("okButton", "cancelButton") and labels OK.
    static void setUpButtons(QDialogButtonBox* box, const QString& okText, const QString& okAccessibleName);
    // The first problem RecordRules found with one field ("child.nhsNumber"), or empty.
    static QString issueFor(const domain::FieldIssues& issues, const QString& field);
    // The dialog's message area: a service's answer, shown without closing the dialog.
    static void showMessage(QLabel* area, const QString& message);
    // Call from showEvent: wrapped notes were measured before the dialog had its width; now that
    // they have it, fit the dialog's height to them, once (later the dialog only grows).
    static void fitHeightOnShow(QWidget* dialog, bool& fitted);

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Entry {
        QLabel* label = nullptr;
        QString message;
        bool touched = false;
    };
    void apply(QWidget* field);

    QHash<QWidget*, Entry> m_fields;
    QList<QLabel*> m_fitted;
};

} // namespace tandem::gui
