#include "graph/Page.h"

#include <QJsonArray>

Page Page::fromJson(const QJsonObject& json)
{
    Page page;
    const QJsonValue id = json.value(QLatin1String("id"));
    page.id = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
    page.name = json.value(QLatin1String("name")).toString();
    page.category = json.value(QLatin1String("category")).toString();
    const QJsonArray tasks = json.value(QLatin1String("tasks")).toArray();
    for (const QJsonValue& task : tasks) {
        if (task.isString())
            page.tasks << task.toString();
    }
    page.accessToken = json.value(QLatin1String("access_token")).toString();
    return page;
}
