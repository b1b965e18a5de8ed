// SPDX-License-Identifier: MIT
#pragma once

// Internals of DocTypeLoader shared by its split source files; not installed.

#include "meta/doctype.h"
#include "meta/fieldtyperegistry.h"
#include "meta/jsonsource.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace fm::core::loader {

// A flag in a DocType file: true or false, or 0 and 1 as Frappe writes them (one rule
// for every flag, documented in docs/guide/permissions.md); nullopt for anything else.
inline std::optional<bool> flagValue(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1))
        return value.toDouble() == 1;
    return std::nullopt;
}

// Reading one JSON file: typed access to members that reports every misfit as a
// Diagnostic at the right place and goes on.
class Context final
{
public:
    Context(const QHash<QString, SourceLocation> &positions, const QString &fileName,
            Diagnostics &diagnostics)
        : m_positions(positions)
        , m_fileName(fileName)
        , m_diagnostics(diagnostics)
    {}

    SourceLocation location(const QString &pointer) const
    {
        return JsonSource::locate(m_positions, pointer, m_fileName);
    }
    SourceLocation keyLocation(const QString &pointer) const;

    void report(const SourceLocation &at, const QString &code, const QString &message,
                const QString &hint, Diagnostic::Severity severity = Diagnostic::Severity::Error);
    // At the value of `pointer`.
    void error(const QString &pointer, const QString &code, const QString &message,
               const QString &hint);
    // At the key of the member `pointer`.
    void errorAtKey(const QString &pointer, const QString &code, const QString &message,
                    const QString &hint);

    // Reports each key of `object` not in `allowed`, with a did-you-mean hint.
    // `what` names the object for people ("field", "layout section").
    void checkKeys(const QJsonObject &object, const QString &pointer, const QStringList &allowed,
                   const QString &what);
    // Reports a missing member; true when it is there.
    bool require(const QJsonObject &object, const QString &pointer, const QString &key,
                 const QString &what, const QString &example);

    // The member when present and of the right type; nullopt when absent or when of
    // another type (then reported as "wrong-type").
    std::optional<QString> string(const QJsonObject &object, const QString &pointer,
                                  const QString &key);
    std::optional<bool> boolean(const QJsonObject &object, const QString &pointer,
                                const QString &key);
    std::optional<int> integer(const QJsonObject &object, const QString &pointer,
                               const QString &key);
    std::optional<double> number(const QJsonObject &object, const QString &pointer,
                                 const QString &key);
    std::optional<QJsonObject> object(const QJsonObject &object, const QString &pointer,
                                      const QString &key);
    std::optional<QJsonArray> array(const QJsonObject &object, const QString &pointer,
                                    const QString &key);
    // Each element must be a string; others are reported and skipped. `indexes`
    // receives the array index of each string kept, for locating it later.
    std::optional<QStringList> stringList(const QJsonObject &object, const QString &pointer,
                                          const QString &key, QList<qsizetype> *indexes = nullptr);
    // The same checks for a value that is not an object member (an array element).
    bool expect(const QJsonValue &value, QJsonValue::Type type, const QString &pointer,
                const QString &what);

private:
    void wrongType(const QJsonValue &value, const QString &pointer, const QString &what,
                   const QString &expected, const QString &example);

    const QHash<QString, SourceLocation> &m_positions;
    QString m_fileName;
    Diagnostics &m_diagnostics;
};

// `value` described for a message: the string "yes", the number 3, an object, ...
QString describe(const QJsonValue &value);
bool isValidFieldname(const QString &fieldname);
bool isValidDocTypeName(const QString &name);
// Reports a permlevel outside 0..9 at `pointer`.
void checkPermlevel(Context &context, const QString &pointer, int level);
// "did you mean "x"?" or a list of the candidates.
QString suggestion(const QString &word, const QStringList &candidates);

// Where the checks of one DocType find its fields in the JSON ("/fields/4"); empty
// when a field did not come from this file.
struct FieldRef
{
    const Field *field = nullptr;
    QString pointer;
};

// Field-level reading and checks (doctypeloader_fields.cpp).
std::optional<Field> loadField(Context &context, const FieldTypeRegistry &types,
                               const QJsonValue &value, const QString &pointer,
                               bool allowInsertAfter);
void checkFieldRelations(Context &context, const FieldTypeRegistry &types, const DocType &doctype,
                         const QList<FieldRef> &fields);

// DocType-level sections (doctypeloader_sections.cpp); they run after the fields.
void loadNaming(Context &context, const QJsonObject &root, DocType &doctype);
void loadLayout(Context &context, const QJsonObject &root, DocType &doctype);
void loadPermissions(Context &context, const QJsonObject &root, DocType &doctype);
void loadIndexes(Context &context, const QJsonObject &root, DocType &doctype);
void loadViews(Context &context, const FieldTypeRegistry &types, const QJsonObject &root,
               DocType &doctype);
void loadFieldReferences(Context &context, const QJsonObject &root, DocType &doctype);

} // namespace fm::core::loader
