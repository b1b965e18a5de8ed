// SPDX-License-Identifier: MIT
#include "erdgraph/erdgraph.h"

#include "project/projectmodel.h"

#include <QQueue>

namespace fm::studio::erd {

QString anyDocType()
{
    return QStringLiteral("(any DocType)");
}

QString Edge::sourceCardinality() const
{
    return kind == RelationKind::Link || kind == RelationKind::DynamicLink ? QStringLiteral("*")
                                                                           : QStringLiteral("1");
}

QString Edge::targetCardinality() const
{
    if (kind == RelationKind::Link || kind == RelationKind::DynamicLink)
        return required ? QStringLiteral("1") : QStringLiteral("0..1");
    return required ? QStringLiteral("1..*") : QStringLiteral("0..*");
}

qsizetype Graph::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).name == name)
            return i;
    }
    return -1;
}

const Node *Graph::node(const QString &name) const
{
    const qsizetype i = indexOf(name);
    return i < 0 ? nullptr : &nodes.at(i);
}

QList<Edge> Graph::edgesOf(const QString &name) const
{
    QList<Edge> result;
    for (const Edge &edge : edges) {
        if (edge.source == name || edge.target == name)
            result << edge;
    }
    return result;
}

QSet<QString> Graph::neighbourhood(const QString &name, int hops) const
{
    QHash<QString, QStringList> adjacent;
    for (const Edge &edge : edges) {
        adjacent[edge.source] << edge.target;
        adjacent[edge.target] << edge.source;
    }
    QSet<QString> seen{name};
    QQueue<std::pair<QString, int>> queue;
    queue.enqueue({name, 0});
    while (!queue.isEmpty()) {
        const auto [current, distance] = queue.dequeue();
        if (distance >= hops)
            continue;
        for (const QString &next : adjacent.value(current)) {
            if (!seen.contains(next)) {
                seen.insert(next);
                queue.enqueue({next, distance + 1});
            }
        }
    }
    return seen;
}

RelationKind relationKind(const QString &fieldtype, bool *isRelation)
{
    static const QHash<QString, RelationKind> kinds{
        {QStringLiteral("Link"), RelationKind::Link},
        {QStringLiteral("DynamicLink"), RelationKind::DynamicLink},
        {QStringLiteral("Table"), RelationKind::Table},
        {QStringLiteral("TableMultiSelect"), RelationKind::TableMultiSelect}};
    const auto it = kinds.constFind(fieldtype);
    if (isRelation)
        *isRelation = it != kinds.constEnd();
    return it == kinds.constEnd() ? RelationKind::Link : *it;
}

QString kindName(RelationKind kind)
{
    switch (kind) {
    case RelationKind::Link:
        return QStringLiteral("Link");
    case RelationKind::DynamicLink:
        return QStringLiteral("DynamicLink");
    case RelationKind::Table:
        return QStringLiteral("Table");
    case RelationKind::TableMultiSelect:
        return QStringLiteral("TableMultiSelect");
    }
    return {};
}

Node nodeOf(const core::DocType &doctype, const QString &app, bool isExternal, bool isEditable)
{
    Node node;
    node.name = doctype.name;
    node.app = app;
    node.module = doctype.module;
    node.isChild = doctype.isChild;
    node.isExternal = isExternal;
    node.isEditable = isEditable;
    node.fields.reserve(doctype.fields.size());
    for (const core::Field &field : doctype.fields) {
        bool isRelation = false;
        relationKind(field.fieldtype, &isRelation);
        node.fields << NodeField{
            field.fieldname, field.fieldtype, isRelation ? field.options.trimmed() : QString(),
            field.required,  field.unique,    field.fieldname == doctype.titleField};
    }
    return node;
}

QList<Edge> edgesOf(const core::DocType &doctype)
{
    QList<Edge> edges;
    for (const core::Field &field : doctype.fields) {
        bool isRelation = false;
        const RelationKind kind = relationKind(field.fieldtype, &isRelation);
        const QString target =
            kind == RelationKind::DynamicLink ? anyDocType() : field.options.trimmed();
        if (!isRelation || target.isEmpty())
            continue;
        edges << Edge{doctype.name, target, field.fieldname, kind, field.required};
    }
    return edges;
}

Graph buildGraph(const core::ProjectModel &model)
{
    Graph graph;
    QHash<QString, QString> appOf;
    for (const core::AppInfo &app : model.apps()) {
        for (const QString &name : model.doctypeNames(app.name))
            appOf.insert(name, app.name);
    }
    for (const QString &name : model.doctypeNames()) {
        const core::DocType *doctype = model.doctype(name);
        if (!doctype)
            continue;
        graph.nodes << nodeOf(*doctype, appOf.value(name), false, model.isEditable(name));
        graph.edges << edgesOf(*doctype);
    }
    // Targets outside the project's apps (core's User, a DocType not written yet) become
    // external nodes, so every edge has two ends.
    QStringList external;
    for (const Edge &edge : std::as_const(graph.edges)) {
        if (!appOf.contains(edge.target) && !external.contains(edge.target))
            external << edge.target;
    }
    external.sort();
    for (const QString &name : std::as_const(external)) {
        Node node;
        if (const core::DocType *doctype = model.registry().doctype(name)) {
            node = nodeOf(*doctype, QStringLiteral("core"), true, false);
        } else {
            node.name = name;
            node.isExternal = true;
        }
        graph.nodes << node;
    }
    return graph;
}

} // namespace fm::studio::erd
