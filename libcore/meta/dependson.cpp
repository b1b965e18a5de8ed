// SPDX-License-Identifier: MIT
// A recursive-descent parser for depends_on conditions (the grammar is in dependson.h)
// and the evaluator. form.js implements the same rules; change both together.
#include "meta/dependson.h"

#include <QList>
#include <QRegularExpression>

#include <memory>
#include <optional>

namespace fm::core {

struct DependsOn::Node
{
    enum class Kind { Literal, Field, Not, And, Or, Compare };
    Kind kind = Kind::Literal;
    QVariant value; // Literal
    QString name;   // Field; Compare: the operator
    std::shared_ptr<const Node> left, right;
};

namespace {

using Node = DependsOn::Node;
using NodePtr = std::shared_ptr<const Node>;

struct Token
{
    enum class Kind { End, Name, Text, Number, Op, Open, Close } kind = Kind::End;
    QString text;
    double number = 0;
    int at = 0;
};

fm::Error problem(const QString &condition, int at, const QString &what)
{
    return fm::Error(fm::ErrorCode::BadRequest,
                     QStringLiteral("depends_on \"%1\": %2 at character %3; see the Desk guide "
                                    "for the conditions it accepts")
                         .arg(condition, what)
                         .arg(at + 1));
}

fm::Result<QList<Token>> tokenize(const QString &condition, const QString &text, int offset)
{
    QList<Token> tokens;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token token;
        token.at = offset + i;
        if (c == u'(' || c == u')') {
            token.kind = c == u'(' ? Token::Kind::Open : Token::Kind::Close;
            ++i;
        } else if (c == u'\'' || c == u'"') {
            int j = i + 1;
            QString value;
            while (j < n && text.at(j) != c) {
                if (text.at(j) == u'\\' && j + 1 < n)
                    ++j;
                value += text.at(j++);
            }
            if (j >= n)
                return fm::fail(
                    problem(condition, token.at, QStringLiteral("a text is not closed")));
            token.kind = Token::Kind::Text;
            token.text = value;
            i = j + 1;
        } else if (c.isDigit() || (c == u'-' && i + 1 < n && text.at(i + 1).isDigit())) {
            int j = i + 1;
            while (j < n && (text.at(j).isDigit() || text.at(j) == u'.'))
                ++j;
            bool ok = false;
            token.number = text.mid(i, j - i).toDouble(&ok);
            if (!ok)
                return fm::fail(problem(condition, token.at, QStringLiteral("a bad number")));
            token.kind = Token::Kind::Number;
            i = j;
        } else if (c.isLetter() || c == u'_') {
            int j = i + 1;
            while (j < n &&
                   (text.at(j).isLetterOrNumber() || text.at(j) == u'_' || text.at(j) == u'.'))
                ++j;
            token.kind = Token::Kind::Name;
            token.text = text.mid(i, j - i);
            i = j;
        } else {
            static const QStringList ops{
                QStringLiteral("==="), QStringLiteral("!=="), QStringLiteral("=="),
                QStringLiteral("!="),  QStringLiteral("<="),  QStringLiteral(">="),
                QStringLiteral("&&"),  QStringLiteral("||"),  QStringLiteral("<"),
                QStringLiteral(">"),   QStringLiteral("!")};
            for (const QString &op : ops) {
                if (QStringView(text).mid(i).startsWith(op)) {
                    token.kind = Token::Kind::Op;
                    token.text = op;
                    break;
                }
            }
            if (token.kind != Token::Kind::Op)
                return fm::fail(problem(condition, token.at,
                                        QStringLiteral("\"%1\" is not understood").arg(c)));
            i += int(token.text.size());
        }
        tokens << token;
    }
    Token end;
    end.at = offset + n;
    tokens << end;
    return tokens;
}

class Parser
{
public:
    Parser(const QString &condition, QList<Token> tokens)
        : m_condition(condition)
        , m_tokens(std::move(tokens))
    {}

    fm::Result<NodePtr> parse()
    {
        auto root = orExpr();
        if (root && peek().kind != Token::Kind::End)
            return fm::fail(problem(m_condition, peek().at, QStringLiteral("unexpected text")));
        return root;
    }

private:
    const Token &peek() const { return m_tokens.at(m_pos); }
    bool takeOp(const QString &op)
    {
        if (peek().kind == Token::Kind::Op && peek().text == op) {
            ++m_pos;
            return true;
        }
        return false;
    }
    static NodePtr binary(Node::Kind kind, NodePtr left, NodePtr right, const QString &op = {})
    {
        auto node = std::make_shared<Node>();
        node->kind = kind;
        node->left = std::move(left);
        node->right = std::move(right);
        node->name = op;
        return node;
    }

    fm::Result<NodePtr> orExpr()
    {
        auto left = andExpr();
        while (left && takeOp(QStringLiteral("||"))) {
            auto right = andExpr();
            if (!right)
                return right;
            left = binary(Node::Kind::Or, *left, *right);
        }
        return left;
    }
    fm::Result<NodePtr> andExpr()
    {
        auto left = notExpr();
        while (left && takeOp(QStringLiteral("&&"))) {
            auto right = notExpr();
            if (!right)
                return right;
            left = binary(Node::Kind::And, *left, *right);
        }
        return left;
    }
    fm::Result<NodePtr> notExpr()
    {
        if (takeOp(QStringLiteral("!"))) {
            auto inner = notExpr();
            if (!inner)
                return inner;
            return binary(Node::Kind::Not, *inner, nullptr);
        }
        return compare();
    }
    fm::Result<NodePtr> compare()
    {
        auto left = primary();
        if (!left)
            return left;
        static const QStringList ops{QStringLiteral("=="),  QStringLiteral("!="),
                                     QStringLiteral("==="), QStringLiteral("!=="),
                                     QStringLiteral("<"),   QStringLiteral("<="),
                                     QStringLiteral(">"),   QStringLiteral(">=")};
        if (peek().kind == Token::Kind::Op && ops.contains(peek().text)) {
            QString op = m_tokens.at(m_pos++).text;
            if (op.size() == 3) // === and !== are == and != here: values are already typed
                op.chop(1);
            auto right = primary();
            if (!right)
                return right;
            return binary(Node::Kind::Compare, *left, *right, op);
        }
        return left;
    }
    fm::Result<NodePtr> primary()
    {
        const Token token = peek();
        auto node = std::make_shared<Node>();
        switch (token.kind) {
        case Token::Kind::Open: {
            ++m_pos;
            auto inner = orExpr();
            if (!inner)
                return inner;
            if (peek().kind != Token::Kind::Close)
                return fm::fail(
                    problem(m_condition, peek().at, QStringLiteral("\")\" is missing")));
            ++m_pos;
            return inner;
        }
        case Token::Kind::Text:
            node->value = token.text;
            break;
        case Token::Kind::Number:
            node->value = token.number;
            break;
        case Token::Kind::Name:
            if (token.text == u"true" || token.text == u"false") {
                node->value = token.text == u"true";
            } else if (token.text == u"null") {
                node->value = QVariant();
            } else if (token.text.startsWith(u"doc.") && token.text.count(u'.') == 1 &&
                       token.text.size() > 4) {
                node->kind = Node::Kind::Field;
                node->name = token.text.mid(4);
            } else {
                return fm::fail(problem(
                    m_condition, token.at,
                    QStringLiteral("\"%1\" is no value; write doc.<fieldname>").arg(token.text)));
            }
            break;
        default:
            return fm::fail(problem(m_condition, token.at, QStringLiteral("a value is missing")));
        }
        ++m_pos;
        return NodePtr(node);
    }

    QString m_condition;
    QList<Token> m_tokens;
    int m_pos = 0;
};

bool isNull(const QVariant &v)
{
    return !v.isValid() || v.isNull();
}
bool isBool(const QVariant &v)
{
    return v.metaType().id() == QMetaType::Bool;
}
bool isText(const QVariant &v)
{
    return v.metaType().id() == QMetaType::QString;
}

bool truthy(const QVariant &v)
{
    if (isNull(v))
        return false;
    if (isBool(v))
        return v.toBool();
    if (isText(v))
        return !v.toString().isEmpty();
    return v.toDouble() != 0;
}

// A number for a bool or number, or a text that is one; nullopt otherwise.
std::optional<double> asNumber(const QVariant &v)
{
    if (isNull(v))
        return std::nullopt;
    if (isBool(v))
        return v.toBool() ? 1.0 : 0.0;
    if (isText(v)) {
        bool ok = false;
        const QString text = v.toString().trimmed();
        const double number = text.toDouble(&ok);
        return ok && !text.isEmpty() ? std::optional<double>(number) : std::nullopt;
    }
    return v.toDouble();
}

bool equal(const QVariant &a, const QVariant &b)
{
    if (isNull(a) || isNull(b))
        return isNull(a) && isNull(b);
    if (isText(a) && isText(b))
        return a.toString() == b.toString();
    const auto x = asNumber(a);
    const auto y = asNumber(b);
    return x && y && *x == *y;
}

bool compare(const QString &op, const QVariant &a, const QVariant &b)
{
    if (op == u"==")
        return equal(a, b);
    if (op == u"!=")
        return !equal(a, b);
    int order = 0;
    if (isText(a) && isText(b)) {
        order = QString::compare(a.toString(), b.toString(), Qt::CaseSensitive);
    } else if (!isText(a) && !isText(b) && !isNull(a) && !isNull(b)) {
        const double x = *asNumber(a);
        const double y = *asNumber(b);
        order = x < y ? -1 : (x > y ? 1 : 0);
    } else {
        return false;
    }
    if (op == u"<")
        return order < 0;
    if (op == u"<=")
        return order <= 0;
    if (op == u">")
        return order > 0;
    return order >= 0;
}

QVariant value(const Node &node, const DependsOn::Values &doc)
{
    switch (node.kind) {
    case Node::Kind::Literal:
        return node.value;
    case Node::Kind::Field:
        return doc.value(node.name);
    case Node::Kind::Not:
        return !truthy(value(*node.left, doc));
    case Node::Kind::And:
        return truthy(value(*node.left, doc)) && truthy(value(*node.right, doc));
    case Node::Kind::Or:
        return truthy(value(*node.left, doc)) || truthy(value(*node.right, doc));
    case Node::Kind::Compare:
        return compare(node.name, value(*node.left, doc), value(*node.right, doc));
    }
    return {};
}

} // namespace

fm::Result<DependsOn> DependsOn::parse(const QString &condition)
{
    const QString trimmed = condition.trimmed();
    DependsOn parsed;
    if (!trimmed.startsWith(QLatin1String("eval:"))) {
        // The bare form: one fieldname, shown when that field is truthy.
        static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        if (!name.match(trimmed).hasMatch())
            return fm::fail(
                problem(condition, 0, QStringLiteral("a fieldname or \"eval:\" is expected")));
        auto node = std::make_shared<Node>();
        node->kind = Node::Kind::Field;
        node->name = trimmed;
        parsed.m_root = node;
        return parsed;
    }
    const int offset = int(condition.indexOf(u':')) + 1;
    auto tokens = tokenize(condition, condition.mid(offset), offset);
    if (!tokens)
        return fm::fail(tokens.error());
    auto root = Parser(condition, std::move(*tokens)).parse();
    if (!root)
        return fm::fail(root.error());
    parsed.m_root = *root;
    return parsed;
}

bool DependsOn::evaluate(const Values &doc) const
{
    return !m_root || truthy(value(*m_root, doc));
}

bool DependsOn::visible(const QString &condition, const Values &doc)
{
    if (condition.trimmed().isEmpty())
        return true;
    auto parsed = parse(condition);
    return !parsed || parsed->evaluate(doc);
}

} // namespace fm::core
