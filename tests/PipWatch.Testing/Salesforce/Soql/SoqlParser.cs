namespace PipWatch.Testing.Salesforce.Soql;

/// <summary>Parses the SOQL subset PipWatch sends: SELECT … FROM … WHERE … GROUP BY … LIMIT.</summary>
public sealed class SoqlParser
{
    private static readonly HashSet<string> Reserved = new(["FROM", "WHERE", "GROUP", "BY", "AND", "OR", "NOT", "IN", "LIMIT", "ORDER", "SELECT"], StringComparer.OrdinalIgnoreCase);

    private readonly List<SoqlToken> _tokens;
    private int _position;

    private SoqlParser(string soql) => _tokens = SoqlLexer.Tokenize(soql);

    private SoqlToken Current => _tokens[_position];

    public static SoqlQuery Parse(string soql)
    {
        var parser = new SoqlParser(soql);
        var query = parser.ParseQuery();
        if (parser.Current.Kind != SoqlTokenKind.End)
        {
            throw Unexpected(parser.Current);
        }

        return query;
    }

    private SoqlQuery ParseQuery()
    {
        Expect("SELECT");
        var select = new List<SoqlSelectItem>();
        do
        {
            var expression = ParseExpression();
            string? alias = null;
            if (Current.Kind == SoqlTokenKind.Word && !Reserved.Contains(Current.Text))
            {
                alias = Next().Text;
            }

            select.Add(new(expression, alias));
        }
        while (Accept(","));

        Expect("FROM");
        var from = ExpectWord();
        SoqlCondition? where = null;
        if (Accept("WHERE"))
        {
            where = ParseOr();
        }

        var groupBy = new List<SoqlExpr>();
        if (Accept("GROUP"))
        {
            Expect("BY");
            do
            {
                groupBy.Add(ParseExpression());
            }
            while (Accept(","));
        }

        int? limit = null;
        if (Accept("LIMIT"))
        {
            var token = Next();
            limit = token.Kind == SoqlTokenKind.Number ? (int)(double)token.Value! : throw Unexpected(token);
        }

        return new SoqlQuery(select, from, where, groupBy, limit);
    }

    private SoqlExpr ParseExpression()
    {
        var name = ExpectWord();
        if (!Accept("("))
        {
            return new SoqlField(name);
        }

        SoqlField? argument = null;
        if (!Current.Is(")"))
        {
            argument = new SoqlField(ExpectWord());
        }

        Expect(")");
        return new SoqlFunction(name, argument);
    }

    private SoqlCondition ParseOr()
    {
        var parts = new List<SoqlCondition> { ParseAnd() };
        while (Accept("OR"))
        {
            parts.Add(ParseAnd());
        }

        return parts.Count == 1 ? parts[0] : new SoqlOr(parts);
    }

    private SoqlCondition ParseAnd()
    {
        var parts = new List<SoqlCondition> { ParseUnary() };
        while (Accept("AND"))
        {
            parts.Add(ParseUnary());
        }

        return parts.Count == 1 ? parts[0] : new SoqlAnd(parts);
    }

    private SoqlCondition ParseUnary()
    {
        if (Accept("NOT"))
        {
            return new SoqlNot(ParseUnary());
        }

        if (Accept("("))
        {
            var inner = ParseOr();
            Expect(")");
            return inner;
        }

        var left = ParseExpression();
        if (Accept("NOT"))
        {
            Expect("IN");
            return new SoqlIn(left, true, ParseList());
        }

        if (Accept("IN"))
        {
            return new SoqlIn(left, false, ParseList());
        }

        var op = Next();
        if (op.Kind != SoqlTokenKind.Symbol || op.Text is "(" or ")" or ",")
        {
            throw Unexpected(op);
        }

        return new SoqlComparison(left, op.Text == "<>" ? "!=" : op.Text, ParseValue());
    }

    private List<object?> ParseList()
    {
        Expect("(");
        var values = new List<object?>();
        do
        {
            values.Add(ParseValue());
        }
        while (Accept(","));

        Expect(")");
        return values;
    }

    private object? ParseValue()
    {
        var token = Next();
        return token.Kind switch
        {
            SoqlTokenKind.Quoted or SoqlTokenKind.Number or SoqlTokenKind.Date or SoqlTokenKind.DateTime => token.Value,
            SoqlTokenKind.Word when token.Is("TRUE") => true,
            SoqlTokenKind.Word when token.Is("FALSE") => false,
            SoqlTokenKind.Word when token.Is("NULL") => null,
            _ => throw Unexpected(token),
        };
    }

    private SoqlToken Next() => _tokens[_position++];

    private bool Accept(string word)
    {
        if (Current.Is(word))
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(string word)
    {
        if (!Accept(word))
        {
            throw Unexpected(Current);
        }
    }

    private string ExpectWord()
    {
        var token = Next();
        return token.Kind == SoqlTokenKind.Word && !Reserved.Contains(token.Text) ? token.Text : throw Unexpected(token);
    }

    private static SoqlException Unexpected(SoqlToken token) =>
        new("MALFORMED_QUERY", token.Kind == SoqlTokenKind.End ? "unexpected end of query" : $"unexpected token: '{token.Text}' at position {token.Position}");
}
