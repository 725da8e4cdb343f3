#include <QtTest>
class TestSecretLeaks : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestSecretLeaks)
#include "TestSecretLeaks.moc"
