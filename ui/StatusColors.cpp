#include "StatusColors.h"

bool StatusColors::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor StatusColors::error(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xef, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
}

QColor StatusColors::warning(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0xc1, 0x4d) : QColor(0xb2, 0x6a, 0x00);
}

QColor StatusColors::success(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x66, 0xcc, 0x6e) : QColor(0x2e, 0x7d, 0x32);
}

QColor StatusColors::info(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x7c, 0xa8, 0xff) : QColor(0x2f, 0x6b, 0xd8);
}
