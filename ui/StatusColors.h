#pragma once

#include <QColor>
#include <QPalette>

/// The few semantic colours the window uses (errors, warnings, success, information),
/// picked to stay readable on light and dark palettes alike.
class StatusColors
{
public:
    static bool isDark(const QPalette& palette);
    static QColor error(const QPalette& palette);
    static QColor warning(const QPalette& palette);
    static QColor success(const QPalette& palette);
    static QColor info(const QPalette& palette);
};
