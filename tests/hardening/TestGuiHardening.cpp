#include "GuiTestMain.h"
class TestGuiHardening : public QObject { Q_OBJECT };
LONGLIVED_GUI_TEST_MAIN(TestGuiHardening)
#include "TestGuiHardening.moc"
