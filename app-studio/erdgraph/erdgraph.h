// SPDX-License-Identifier: MIT
#pragma once

#include "meta/doctype.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace fm::core {
class ProjectModel;
}

namespace fm::studio::erd {

// The entity-relationship graph of a project, extracted from its DocTypes: a value the
// ERD scene draws and the layout job reads. No UI, so tests check it directly.

enum class RelationKind { Link, DynamicLink, Table, TableMultiSelect };

struct NodeField
{
    QString fieldname;
    QString fieldtype;
    QString target; // Link/Table target, or the Link field a DynamicLink follows
    bool required = false;
    bool unique = false;
    bool isTitle = false;
};

struct Node
{
    QString name; // the DocType's name: the node's id
    QString app;
    QString module;
    bool isChild = false;
    bool isExternal = false; // a DocType of another app (core) that a field points at
    bool isEditable = false;
    QList<NodeField> fields;
};

struct Edge
{
    QString source; // the DocType holding the field
    QString target; // anyDocType() for a DynamicLink
    QString fieldname;
    RelationKind kind = RelationKind::Link;
    bool required = false;

    QString id() const { return source + QLatin1Char('.') + fieldname; }
    // Multiplicity at each end, UML style: a Link is "*" -> "0..1" (or "1" when required),
    // a Table "1" -> "0..*" (or "1..*").
    QString sourceCardinality() const;
    QString targetCardinality() const;
};

// The node DynamicLink edges point at: the target is chosen per record.
QString anyDocType();

struct Graph
{
    QList<Node> nodes; // project DocTypes sorted by name, then the external ones
    QList<Edge> edges; // in node order, then field order

    qsizetype indexOf(const QString &name) const;
    const Node *node(const QString &name) const;
    QList<Edge> edgesOf(const QString &name) const; // outgoing and incoming
    // Names within `hops` edges of `name`, either direction, `name` included.
    QSet<QString> neighbourhood(const QString &name, int hops) const;
};

RelationKind relationKind(const QString &fieldtype, bool *isRelation = nullptr);
QString kindName(RelationKind kind); // "Link", "DynamicLink", "Table", "TableMultiSelect"

// One DocType's node and outgoing edges (project DocTypes use this directly).
Node nodeOf(const core::DocType &doctype, const QString &app, bool isExternal, bool isEditable);
QList<Edge> edgesOf(const core::DocType &doctype);

// The graph of the project's own DocTypes (as edited, unsaved edits included) plus the
// DocTypes of other apps their fields point at, as external nodes.
Graph buildGraph(const core::ProjectModel &model);

} // namespace fm::studio::erd
