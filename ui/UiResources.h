#pragma once

/// Registers the icons compiled from resources/longlived.qrc. The qrc lives in the static
/// longlived_ui library, whose resource initializer the linker would otherwise drop; every
/// widget that uses an icon calls this (it is cheap and runs once).
namespace UiResources {
void ensureInitialized();
}
