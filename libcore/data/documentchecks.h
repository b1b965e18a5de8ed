// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "data/doctypetable.h"
#include "data/document.h"

#include <QSet>

namespace fm::core {

class Repository;
class TableCache;

// While one lives on a thread, a Link target found once is not looked up again: a bulk
// insert of thousands of rows pointing at a few customers checks each customer once.
class FM_CORE_EXPORT LinkCheckCache final
{
public:
    LinkCheckCache();
    ~LinkCheckCache();
    LinkCheckCache(const LinkCheckCache &) = delete;
    LinkCheckCache &operator=(const LinkCheckCache &) = delete;

    static bool knows(const QString &doctype, const QString &name);
    static void remember(const QString &doctype, const QString &name);

private:
    bool m_owner = false; // a nested cache leaves the outer one in charge
};

// The checks DocumentService runs before it writes: turning input into canonical
// values, defaults, fetch_from, required, link targets and uniqueness. Each adds
// field errors to a list so a caller reports all of them at once.
class FM_CORE_EXPORT DocumentChecks final
{
public:
    DocumentChecks(const TableCache &tables, Repository &repository, const Dialect &dialect);

    // The value a missing field gets on insert: its default, "Today" and "now" as the
    // moment of asking (the Desk's new forms show the same).
    static QVariant defaultValue(const Field &field, const FieldTypeInfo &type);

    // Canonical values for every field present, Table arrays moved into child rows,
    // server-managed standard values dropped, unknown keys reported. With
    // applyDefaults (inserts), missing fields get their defaults.
    void coerce(const DocTypeTable &table, Document &doc, bool applyDefaults,
                QList<FieldError> &errors, const QString &prefix = {}) const;

    // Fills every fetch_from field from the document its Link points at. Under a
    // CallerView (data/callerscope.h) only what the caller may fetch is copied; a value
    // they may not see is left as `stored` has it (or empty).
    Result<void> fetchFrom(const DocTypeTable &table, Document &doc,
                           const Document *stored = nullptr) const;

    void required(const DocTypeTable &table, const Document &doc, QList<FieldError> &errors,
                  const QString &prefix = {}) const;
    // Link and Dynamic Link targets must exist; under a CallerView a target the caller
    // may not pick is reported exactly like a missing one, unless `stored` already held
    // that value in that field (a document read and sent back stays savable).
    Result<void> links(const DocTypeTable &table, const Document &doc, QList<FieldError> &errors,
                       const QString &prefix = {}, const Document *stored = nullptr) const;
    // Under a CallerView the refusal names the document holding the value only when the
    // caller may read it.
    Result<void> unique(const DocTypeTable &table, const Document &doc,
                        QList<FieldError> &errors) const;

    // Every check above on the document and its child rows, in order. `stored` is the
    // saved document an update (or an amend) starts from.
    Result<void> all(const DocTypeTable &table, Document &doc, bool isNew,
                     const Document *stored = nullptr) const;

private:
    void coerceChildren(Document &doc, const Field &field, bool applyDefaults,
                        QList<FieldError> &errors, const QString &prefix) const;
    Result<bool> linkExists(const QString &doctype, const QString &name) const;
    Result<void> links(const DocTypeTable &table, const Document &doc, QList<FieldError> &errors,
                       const QString &prefix, const QSet<QString> &known,
                       const QString &knownPrefix) const;

    const TableCache &m_tables;
    Repository &m_repository;
    const Dialect &m_dialect;
};

} // namespace fm::core
