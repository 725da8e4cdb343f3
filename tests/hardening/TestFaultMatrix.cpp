#include <QtTest>
class TestFaultMatrix : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "TestFaultMatrix.moc"
