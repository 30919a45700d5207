#include "app/params/parameditors.h"

#include <cmath>

#include <QCheckBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QColorDialog>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "app/params/paramlabels.h"
#include "core/config/renderconfig.h"
#include "core/config/sashpriority.h"

namespace Marquee::App {

using Config::Param;
using Config::ParamSpec;
using Config::ParamType;

namespace {

// Long choice texts must not force the form wider than its column: the combo elides instead.
void allowNarrow(QComboBox *combo)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
}

QHBoxLayout *rowLayout(QWidget *owner)
{
    auto *layout = new QHBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    return layout;
}

class IntEditor : public ParamEditor
{
public:
    IntEditor(const ParamSpec &spec, QWidget *parent)
        : ParamEditor(spec, parent)
    {
        m_spin->setRange(static_cast<int>(spec.min), static_cast<int>(spec.max));
        m_spin->setAccelerated(true);
        rowLayout(this)->addWidget(m_spin);
        connect(m_spin, &QSpinBox::valueChanged, this, &IntEditor::notify);
    }
    QString text() const override { return QString::number(m_spin->value()); }
    QWidget *focusTarget() const override { return m_spin; }

protected:
    void display(const QString &formatted) override { m_spin->setValue(formatted.toInt()); }

private:
    QSpinBox *m_spin = new QSpinBox(this);
};

class ModeEditor : public ParamEditor
{
public:
    ModeEditor(const ParamSpec &spec, QWidget *parent)
        : ParamEditor(spec, parent)
    {
        for (const auto &[value, label] : ParamLabels::modes(spec.id))
            m_combo->addItem(QStringLiteral("%1 · %2").arg(value).arg(label), value);
        allowNarrow(m_combo);
        rowLayout(this)->addWidget(m_combo);
        connect(m_combo, &QComboBox::currentIndexChanged, this, &ModeEditor::notify);
    }
    QString text() const override { return QString::number(m_combo->currentData().toInt()); }
    QWidget *focusTarget() const override { return m_combo; }

protected:
    void display(const QString &formatted) override
    {
        m_combo->setCurrentIndex(std::max(0, m_combo->findData(formatted.toInt())));
    }

private:
    QComboBox *m_combo = new QComboBox(this);
};

// A slider for quick dragging and a spin box for exact values, kept in step.
class RealEditor : public ParamEditor
{
public:
    static constexpr int SliderSteps = 1000;

    RealEditor(const ParamSpec &spec, QWidget *parent)
        : ParamEditor(spec, parent)
    {
        const double span = spec.max - spec.min;
        m_spin->setRange(spec.min, spec.max);
        // Enough decimals for every value the registry's defaults and presets use (0.055, 0.135, 0.007).
        m_spin->setDecimals(span <= 0.2 ? 4 : 3);
        m_spin->setSingleStep(span <= 0.2 ? 0.001 : (span <= 2 ? 0.01 : 0.05));
        m_spin->setMinimumWidth(72);
        m_slider->setRange(0, SliderSteps);
        m_slider->setFocusPolicy(Qt::NoFocus);  // the spin box is the keyboard control
        QHBoxLayout *layout = rowLayout(this);
        layout->addWidget(m_slider, 1);
        layout->addWidget(m_spin);
        connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
            if (m_syncing)
                return;
            const ParamSpec &s = this->spec();
            m_spin->setValue(s.min + (s.max - s.min) * position / SliderSteps);
        });
        connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double value) {
            syncSlider(value);
            notify();
        });
    }
    QString text() const override { return QString::number(m_spin->value(), 'f', m_spin->decimals()); }
    QWidget *focusTarget() const override { return m_spin; }

protected:
    void display(const QString &formatted) override
    {
        m_spin->setValue(formatted.toDouble());
        syncSlider(m_spin->value());
    }

private:
    void syncSlider(double value)
    {
        const ParamSpec &s = spec();
        const double span = s.max - s.min;
        m_syncing = true;
        m_slider->setValue(span > 0 ? static_cast<int>(std::lround((value - s.min) / span * SliderSteps)) : 0);
        m_syncing = false;
    }

    QSlider *m_slider = new QSlider(Qt::Horizontal, this);
    QDoubleSpinBox *m_spin = new QDoubleSpinBox(this);
    bool m_syncing = false;
};

class BoolEditor : public ParamEditor
{
public:
    BoolEditor(const ParamSpec &spec, QWidget *parent)
        : ParamEditor(spec, parent)
    {
        rowLayout(this)->addWidget(m_check);
        connect(m_check, &QCheckBox::toggled, this, &BoolEditor::notify);
    }
    QString text() const override { return m_check->isChecked() ? QStringLiteral("true") : QStringLiteral("false"); }
    QWidget *focusTarget() const override { return m_check; }

protected:
    void display(const QString &formatted) override { m_check->setChecked(formatted == QLatin1String("true")); }

private:
    QCheckBox *m_check = new QCheckBox(this);
};

class ChoiceEditor : public ParamEditor
{
public:
    ChoiceEditor(const ParamSpec &spec, QWidget *parent)
        : ParamEditor(spec, parent)
    {
        for (const QString &token : spec.choices)
            m_combo->addItem(ParamLabels::choice(token), token);
        allowNarrow(m_combo);
        rowLayout(this)->addWidget(m_combo);
        connect(m_combo, &QComboBox::currentIndexChanged, this, &ChoiceEditor::notify);
    }
    QString text() const override { return m_combo->currentData().toString(); }
    QWidget *focusTarget() const override { return m_combo; }

protected:
    void display(const QString &formatted) override
    {
        m_combo->setCurrentIndex(std::max(0, m_combo->findData(formatted)));
    }

private:
    QComboBox *m_combo = new QComboBox(this);
};

// Hex field + picker button; empty means "the renderer's default colour".
class ColorEditor : public ParamEditor
{
public:
    ColorEditor(const ParamSpec &spec, QWidget *parent)
        : ParamEditor(spec, parent)
    {
        m_edit->setPlaceholderText(QCoreApplication::translate("Marquee::App::ParamEditor", "default"));
        m_edit->setMaxLength(7);
        m_pick->setText(QStringLiteral("…"));
        m_pick->setToolTip(QCoreApplication::translate("Marquee::App::ParamEditor", "Pick a colour"));
        QHBoxLayout *layout = rowLayout(this);
        if (spec.type == ParamType::ColorOrWord) {
            m_match = new QCheckBox(QCoreApplication::translate("Marquee::App::ParamEditor", "Match the score"), this);
            layout->addWidget(m_match);
            connect(m_match, &QCheckBox::toggled, this, [this](bool on) {
                m_edit->setEnabled(!on);
                m_pick->setEnabled(!on);
                notify();
            });
        }
        layout->addWidget(m_edit, 1);
        layout->addWidget(m_pick);
        connect(m_edit, &QLineEdit::textChanged, this, [this] {
            updateSwatch();
            notify();
        });
        connect(m_pick, &QToolButton::clicked, this, [this] {
            const QColor initial = QColor::fromString(QLatin1Char('#') + hex());
            const QColor chosen = QColorDialog::getColor(initial.isValid() ? initial : QColor(Qt::white), this);
            if (chosen.isValid())
                m_edit->setText(chosen.name().mid(1).toUpper());
        });
    }
    QString text() const override
    {
        if (m_match && m_match->isChecked())
            return QStringLiteral("match");
        return hex();
    }
    QWidget *focusTarget() const override { return m_match ? static_cast<QWidget *>(m_match) : m_edit; }

protected:
    void display(const QString &formatted) override
    {
        const bool match = formatted == QLatin1String("match");
        if (m_match)
            m_match->setChecked(match);
        m_edit->setText(match ? QString() : formatted);
        updateSwatch();
    }

private:
    QString hex() const
    {
        QString value = m_edit->text().trimmed();
        if (value.startsWith(QLatin1Char('#')))
            value.remove(0, 1);
        return value;
    }
    void updateSwatch()
    {
        const QColor color = QColor::fromString(QLatin1Char('#') + hex());
        QPixmap swatch(14, 14);
        swatch.fill(color.isValid() && hex().size() == 6 ? color : QColor(Qt::transparent));
        m_pick->setIcon(QIcon(swatch));
    }

    QLineEdit *m_edit = new QLineEdit(this);
    QToolButton *m_pick = new QToolButton(this);
    QCheckBox *m_match = nullptr;
};

class TextEditor : public ParamEditor
{
public:
    TextEditor(const ParamSpec &spec, QWidget *parent)
        : ParamEditor(spec, parent)
    {
        if (spec.id == Param::LogoLanguage || spec.id == Param::LogoLanguageSecondary) {
            static const QStringList languages{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"),
                                               QStringLiteral("it"), QStringLiteral("pt"), QStringLiteral("pt-br"),
                                               QStringLiteral("de"), QStringLiteral("ja"), QStringLiteral("ko"),
                                               QStringLiteral("zh"), QStringLiteral("ru"), QStringLiteral("nl")};
            m_edit->setCompleter(new QCompleter(languages, m_edit));
            m_edit->setPlaceholderText(QCoreApplication::translate("Marquee::App::ParamEditor", "language code, e.g. en or pt-br"));
        }
        if (spec.type == ParamType::Palette)
            m_edit->setPlaceholderText(QStringLiteral("0:FF5050, 50:FFD25A, 70:78FFA0, 85:BE8CFF"));
        rowLayout(this)->addWidget(m_edit);
        connect(m_edit, &QLineEdit::textEdited, this, &TextEditor::notify);
    }
    QString text() const override { return m_edit->text(); }
    QWidget *focusTarget() const override { return m_edit; }

protected:
    void display(const QString &formatted) override { m_edit->setText(formatted); }

private:
    QLineEdit *m_edit = new QLineEdit(this);
};

// Ticked slots in list order are the priority; drag (or Ctrl+Up/Down) to reorder.
class SashPriorityEditor : public ParamEditor
{
public:
    SashPriorityEditor(const ParamSpec &spec, QWidget *parent)
        : ParamEditor(spec, parent)
    {
        m_list->setDragDropMode(QAbstractItemView::InternalMove);
        m_list->setMinimumHeight(180);
        m_list->setToolTip(QCoreApplication::translate("Marquee::App::ParamEditor", "Ticked sashes in this order; drag or press Ctrl+Up/Ctrl+Down to reorder."));
        auto *reset = new QPushButton(QCoreApplication::translate("Marquee::App::ParamEditor", "Default order"), this);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_list);
        layout->addWidget(reset, 0, Qt::AlignLeft);
        connect(m_list, &QListWidget::itemChanged, this, &SashPriorityEditor::notify);
        connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &SashPriorityEditor::notify);
        connect(reset, &QPushButton::clicked, this, [this] {
            display(this->spec().defaultValue.toString());
            notify();
        });
        m_list->installEventFilter(this);
    }
    QString text() const override
    {
        QStringList ticked;
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->checkState() == Qt::Checked)
                ticked.append(m_list->item(row)->data(Qt::UserRole).toString());
        }
        return ticked.isEmpty() ? Config::SashPriority::noneToken() : ticked.join(QLatin1Char(','));
    }
    QWidget *focusTarget() const override { return m_list; }

protected:
    void display(const QString &formatted) override
    {
        const QStringList ticked = Config::SashPriority::resolve(formatted).value_or(QStringList());
        QStringList order = ticked;
        for (const QString &slot : Config::ParamRegistry::defaultSashPriority()) {
            if (!order.contains(slot))
                order.append(slot);
        }
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const QString &slot : order) {
            auto *item = new QListWidgetItem(slot, m_list);
            item->setData(Qt::UserRole, slot);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
            item->setCheckState(ticked.contains(slot) ? Qt::Checked : Qt::Unchecked);
        }
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_list && event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const int step = key->key() == Qt::Key_Up ? -1 : (key->key() == Qt::Key_Down ? 1 : 0);
            if (step != 0 && key->modifiers().testFlag(Qt::ControlModifier)) {
                moveCurrent(step);
                return true;
            }
        }
        return ParamEditor::eventFilter(watched, event);
    }

private:
    void moveCurrent(int step)
    {
        const int row = m_list->currentRow();
        const int target = row + step;
        if (row < 0 || target < 0 || target >= m_list->count())
            return;
        QListWidgetItem *item = m_list->takeItem(row);
        m_list->insertItem(target, item);
        m_list->setCurrentRow(target);
        notify();
    }

    QListWidget *m_list = new QListWidget(this);
};

// "Use the server's weights" or one 0–1 weight per allowed source.
class WeightsEditor : public ParamEditor
{
public:
    WeightsEditor(const ParamSpec &spec, QWidget *parent)
        : ParamEditor(spec, parent)
    {
        m_override->setText(QCoreApplication::translate("Marquee::App::ParamEditor", "Own weights (otherwise the server's)"));
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_override);
        auto *grid = new QGridLayout;
        int index = 0;
        for (const QString &source : spec.choices) {
            auto *spin = new QDoubleSpinBox(this);
            spin->setRange(0, 1);
            spin->setSingleStep(0.05);
            spin->setDecimals(2);
            auto *label = new QLabel(source, this);
            label->setBuddy(spin);
            grid->addWidget(label, index / 3, (index % 3) * 2);
            grid->addWidget(spin, index / 3, (index % 3) * 2 + 1);
            m_spins.append(spin);
            connect(spin, &QDoubleSpinBox::valueChanged, this, &WeightsEditor::notify);
            ++index;
        }
        layout->addLayout(grid);
        connect(m_override, &QCheckBox::toggled, this, [this](bool on) {
            for (QDoubleSpinBox *spin : std::as_const(m_spins))
                spin->setEnabled(on);
            notify();
        });
    }
    QString text() const override
    {
        if (!m_override->isChecked())
            return {};
        QStringList parts;
        for (qsizetype i = 0; i < m_spins.size(); ++i) {
            if (m_spins.at(i)->value() > 0)
                parts.append(spec().choices.at(i) + QLatin1Char(':') + QString::number(m_spins.at(i)->value(), 'f', 2));
        }
        // All zero means "no weighted score", which the parser spells with a single zero weight.
        return parts.isEmpty() ? spec().choices.constFirst() + QStringLiteral(":0.00") : parts.join(QLatin1Char(','));
    }
    QWidget *focusTarget() const override { return m_override; }

protected:
    void display(const QString &formatted) override
    {
        Config::RenderConfig parsed;
        parsed.set(spec().name, formatted);
        const Config::Weights weights = parsed.weights(spec().id).value_or(Config::Weights());
        m_override->setChecked(!formatted.isEmpty());
        for (qsizetype i = 0; i < m_spins.size(); ++i) {
            m_spins.at(i)->setValue(weights.value(spec().choices.at(i), 0.0));
            m_spins.at(i)->setEnabled(!formatted.isEmpty());
        }
    }

private:
    QCheckBox *m_override = new QCheckBox(this);
    QList<QDoubleSpinBox *> m_spins;
};

} // namespace

ParamEditor *createParamEditor(const ParamSpec &spec, QWidget *parent)
{
    switch (spec.type) {
    case ParamType::Int:
        if (!ParamLabels::modes(spec.id).isEmpty())
            return new ModeEditor(spec, parent);
        return new IntEditor(spec, parent);
    case ParamType::Real:
        return new RealEditor(spec, parent);
    case ParamType::Bool:
        return new BoolEditor(spec, parent);
    case ParamType::Choice:
        return new ChoiceEditor(spec, parent);
    case ParamType::Color:
    case ParamType::ColorOrWord:
        return new ColorEditor(spec, parent);
    case ParamType::Text:
    case ParamType::Palette:
        return new TextEditor(spec, parent);
    case ParamType::SashPriority:
        return new SashPriorityEditor(spec, parent);
    case ParamType::Weights:
        return new WeightsEditor(spec, parent);
    }
    return new TextEditor(spec, parent);
}

} // namespace Marquee::App
