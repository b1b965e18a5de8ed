// SPDX-License-Identifier: MIT
#pragma once

#include "fm_codegen_export.h"

#include "meta/doctype.h"

#include <QList>
#include <QString>

namespace fm::codegen {

// The C++ names and constants a DocType's controller gets; the controller, test and
// plugin generators all read them from here so they agree.
struct FM_CODEGEN_EXPORT ControllerSpec
{
    struct Constant
    {
        QString name;  // kCustomerName
        QString value; // customer_name
    };
    struct ChoiceSet
    {
        QString fieldname;
        QString fieldConstant; // the field's constant in Fields
        QString structName;    // StatusChoices
        bool utf16 = false;    // a choice is not Latin-1: QStringView, not QLatin1StringView
        QList<Constant> choices;
    };
    struct Hook
    {
        QString name;    // validate, beforeInsert, ...
        bool mutableDoc; // Document & or const Document &
        bool submitOnly; // only for submittable DocTypes
        QString comment; // one line shown in the scaffolded body
    };

    QString doctype;       // "Sales Order"
    QString snake;         // "sales_order": file and folder names
    QString app;           // "shop"
    QString nameSpace;     // C++ namespace of the app's code, empty when the app is unknown
    QString className;     // "SalesOrderController"
    QString testClassName; // "TestSalesOrder"
    QList<Constant> fields;
    QList<ChoiceSet> choiceSets;
    QList<Hook> hooks; // those this DocType has, in DocumentController's order

    static ControllerSpec of(const fm::core::DocType &doctype);

    // The class name with its namespace: "shop::SalesOrderController".
    QString qualifiedClassName() const;
};

} // namespace fm::codegen
