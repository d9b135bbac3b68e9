#pragma once
// A one-line label that, when narrower than its text, shows the words that fit followed by an
// ellipsis — never part of a word — and puts the whole text at the top of its tooltip (issue 15:
// the key-figure strip at 1280 px with long figures). It may shrink below its text's width, so a
// row of them gives way instead of pushing the window wider.
#include <QLabel>

class QFontMetrics;
class QFontMetricsF;

class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    using QLabel::QLabel;

    // The longest run of whole leading words of `text` that fits `width` with "…" after it; the text
    // itself when it fits; "…" alone when not even its first word does.
    static QString elideAtWords(const QString& text, const QFontMetrics& fm, int width);
    // The same for painters on other devices (PDF, print) whose metrics are fractional.
    static QString elideAtWords(const QString& text, const QFontMetricsF& fm, qreal width);

    // What is drawn at the current width.
    QString shownText() const;
    bool isElided() const { return shownText() != text(); }
    // The tooltip shown on hover: the whole text first when elided, then toolTip().
    QString effectiveToolTip() const;

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
};
