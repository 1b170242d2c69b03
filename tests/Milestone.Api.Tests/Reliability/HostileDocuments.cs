namespace Milestone.Api.Tests.Reliability;

/// <summary>One GraphQL operation as a client would send it: document, variables and operation name.</summary>
public sealed record GraphQLCall(string Label, string Query, JsonNode? Variables = null, string? OperationName = null)
{
    public JsonObject ToJson()
    {
        var body = new JsonObject { ["query"] = Query };
        if (Variables is not null)
        {
            body["variables"] = Variables.DeepClone();
        }

        if (OperationName is not null)
        {
            body["operationName"] = OperationName;
        }

        return body;
    }
}

/// <summary>
/// GraphQL documents built around the real schema's root fields and argument types, each made hostile
/// in one way. Every mutation it builds carries a defect that must get it refused before anything is
/// written: wrong or missing arguments, unknown names, broken syntax, limits exceeded, or strings far
/// longer than any field takes.
/// </summary>
public sealed class HostileDocuments
{
    private readonly SchemaShape _schema;
    private readonly HostileValues _values;
    private readonly Random _random;
    private readonly List<(int Weight, Func<GraphQLCall> Build)> _kinds;

    public HostileDocuments(SchemaShape schema, HostileValues values, Random random)
    {
        _schema = schema;
        _values = values;
        _random = random;
        _kinds =
        [
            (14, WrongVariableValues),
            (5, NullForRequiredArguments),
            (5, MissingRequiredArguments),
            (5, UnknownArgument),
            (5, UnknownSelection),
            (3, UnknownRootField),
            (8, WrongLiterals),
            (12, HugeStrings),
            (8, StringsWithNul),
            (4, ManyAliases),
            (3, ManyRootFields),
            (4, DeepSelection),
            (4, DeepInputLiteral),
            (3, FragmentBomb),
            (3, DirectiveAbuse),
            (3, OperationConfusion),
            (2, SubscriptionOverHttp),
            (8, Corrupted),
            (2, HugeDocument),
            (2, ControlCharacters),
        ];
    }

    public GraphQLCall Next() => WeightedKinds.Draw(_random, _kinds);

    private RootField AnyField(Func<RootField, bool>? where = null)
    {
        var fields = _schema.Queries.Concat(_schema.Mutations).Where(where ?? (_ => true)).ToList();
        return fields[_random.Next(fields.Count)];
    }

    private string Selection(RootField field) => _schema.Composites.Contains(field.Type.NamedType) ? " { __typename }" : "";

    /// <summary>The field called with every argument as a variable of the argument's own type.</summary>
    private GraphQLCall WithVariables(string label, RootField field, Func<InputValue, (bool Send, JsonNode? Value)> value)
    {
        var variables = new JsonObject();
        foreach (var argument in field.Arguments)
        {
            var (send, sent) = value(argument);
            if (send)
            {
                variables[argument.Name] = sent;
            }
        }

        var declarations = field.Arguments.Count == 0 ? "" : "(" + string.Join(", ", field.Arguments.Select(argument => $"${argument.Name}: {argument.Type.Sdl}")) + ")";
        var arguments = field.Arguments.Count == 0 ? "" : "(" + string.Join(", ", field.Arguments.Select(argument => $"{argument.Name}: ${argument.Name}")) + ")";
        return new GraphQLCall($"{label} {field.Name}", $"{field.Operation} Fuzz{declarations} {{ {field.Name}{arguments}{Selection(field)} }}", variables);
    }

    private GraphQLCall WrongVariableValues()
    {
        var field = AnyField(candidate => candidate.Arguments.Count > 0);
        var wrong = field.Arguments[_random.Next(field.Arguments.Count)];
        return WithVariables("wrong variable type", field, argument =>
            argument == wrong || _random.Next(4) == 0 ? (true, _values.Wrong(argument.Type)) : (true, _values.Fitting(argument.Type)));
    }

    private GraphQLCall NullForRequiredArguments()
    {
        var field = AnyField(candidate => candidate.Arguments.Any(argument => argument.IsRequired));
        return WithVariables("null for a required argument", field, argument =>
            argument.IsRequired ? (true, null) : (true, _values.Fitting(argument.Type)));
    }

    private GraphQLCall MissingRequiredArguments()
    {
        var field = AnyField(candidate => candidate.Arguments.Any(argument => argument.IsRequired));
        var optional = field.Arguments.Where(argument => !argument.IsRequired).ToList();
        var arguments = optional.Count == 0 ? "" : "(" + string.Join(", ", optional.Select(argument => $"{argument.Name}: {HostileValues.Literal(_values.Fitting(argument.Type))}")) + ")";
        return new GraphQLCall($"required arguments missing {field.Name}", $"{field.Operation} {{ {field.Name}{arguments}{Selection(field)} }}");
    }

    private GraphQLCall UnknownArgument()
    {
        var field = AnyField();
        var call = WithVariables("unknown argument", field, argument => (true, _values.Fitting(argument.Type)));
        var unknown = _random.Pick(() => "zzNoSuchArgument: 1", () => "zzNoSuchArgument: \"x\"", () => "_: null", () => "zzNoSuchArgument: {a: [1, 2]}");
        var query = field.Arguments.Count == 0
            ? call.Query.Replace($"{{ {field.Name}", $"{{ {field.Name}({unknown})")
            : call.Query.Replace($"{field.Name}(", $"{field.Name}({unknown}, ");
        return call with { Query = query };
    }

    private GraphQLCall UnknownSelection()
    {
        var field = AnyField();
        var call = WithVariables("unknown selection", field, argument => (true, _values.Fitting(argument.Type)));
        var selection = Selection(field);
        var query = selection.Length > 0
            ? call.Query.Replace(selection, " { __typename zzNoSuchField { id } }")
            : call.Query[..call.Query.LastIndexOf('}')] + "{ zzSubfieldOfAScalar } }";
        return call with { Query = query };
    }

    private GraphQLCall UnknownRootField() =>
        new("unknown root field", _random.Pick(() => "query", () => "mutation") + " { zzNoSuchField" + _random.Pick(() => "", () => "(id: \"x\")", () => " { id }") + " }");

    private GraphQLCall WrongLiterals()
    {
        var field = AnyField(candidate => candidate.Arguments.Count > 0);
        var wrong = field.Arguments[_random.Next(field.Arguments.Count)];
        var arguments = field.Arguments.Select(argument =>
            $"{argument.Name}: {(argument == wrong ? HostileValues.Literal(_values.Wrong(argument.Type)) : LiteralOf(argument.Type))}");
        return new GraphQLCall($"wrong literal {field.Name}", $"{field.Operation} {{ {field.Name}({string.Join(", ", arguments)}){Selection(field)} }}");
    }

    /// <summary>A fitting literal; enum values are bare names in a document.</summary>
    private string LiteralOf(TypeRef type) => type.NamedType switch
    {
        var name when _schema.Enums.TryGetValue(name, out var enumValues) && type is not TypeRef.ListOf and not TypeRef.NonNull { Of: TypeRef.ListOf } => enumValues[0],
        var name when _schema.Enums.ContainsKey(name) => "[]",
        var name when _schema.InputObjects.ContainsKey(name) => "{}",
        _ => HostileValues.Literal(_values.Fitting(type)),
    };

    private GraphQLCall HugeStrings()
    {
        var field = AnyField(candidate => candidate.Arguments.Any(argument => _schema.HoldsString(argument.Type)));
        return WithVariables("huge strings", field, argument => (true, _values.Fitting(argument.Type, _values.HugeText)));
    }

    private GraphQLCall StringsWithNul()
    {
        // Only strings that must be given: an optional one may be ignored, and then nothing refuses it.
        var field = AnyField(candidate => candidate.Arguments.Any(argument => _schema.HoldsString(argument.Type, requiredOnly: true)));
        return WithVariables("strings with U+0000", field, argument => (true, _values.Fitting(argument.Type, _values.TextWithNul, optionalToo: false)));
    }

    private GraphQLCall ManyAliases()
    {
        var field = AnyField();
        var call = WithVariables("many aliases", field, argument => (true, _values.Fitting(argument.Type)));
        var body = call.Query[(call.Query.IndexOf('{') + 1)..call.Query.LastIndexOf('}')].Trim();
        var count = _random.Next(31, 600);
        var aliased = string.Join(" ", Enumerable.Range(0, count).Select(index => $"a{index}: {body}"));
        return call with { Label = $"{count} aliases {field.Name}", Query = call.Query[..(call.Query.IndexOf('{') + 1)] + " " + aliased + " }" };
    }

    private GraphQLCall ManyRootFields()
    {
        var count = _random.Next(21, 400);
        var operation = _random.Pick(() => "query", () => "mutation");
        return new GraphQLCall($"{count} root fields", $"{operation} {{ {string.Join(" ", Enumerable.Repeat("__typename", count))} }}");
    }

    private GraphQLCall DeepSelection()
    {
        var depth = _random.Next(11, 3_000);
        var (open, close) = _random.Pick(
            () => ("__schema { types { fields { type { " + string.Concat(Enumerable.Repeat("ofType { ", depth)), "name" + new string('}', depth + 4)),
            () => (string.Concat(Enumerable.Repeat("me { ", depth)), "id" + new string('}', depth)),
            () => (string.Concat(Enumerable.Repeat("{ ", depth)), new string('}', depth)));
        return new GraphQLCall($"selection {depth} deep", "{ " + open + " " + close + " }");
    }

    private GraphQLCall DeepInputLiteral()
    {
        var field = AnyField(candidate => candidate.Arguments.Count > 0);
        var depth = _random.Next(20, 5_000);
        var literal = _random.Pick(
            () => string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth),
            () => new string('[', depth) + "1" + new string(']', depth));
        return new GraphQLCall($"input literal {depth} deep {field.Name}", $"{field.Operation} {{ {field.Name}({field.Arguments[0].Name}: {literal}){Selection(field)} }}");
    }

    private GraphQLCall FragmentBomb()
    {
        var levels = _random.Next(8, 60);
        var fragments = new StringBuilder();
        for (var level = 0; level < levels; level++)
        {
            var next = level == levels - 1 ? "__typename" : $"...F{level + 1} ...F{level + 1}";
            fragments.Append($" fragment F{level} on Query {{ {next} }}");
        }

        var cycle = _random.Next(2) == 0 ? " fragment C1 on Query { ...C2 } fragment C2 on Query { ...C1 }" : "";
        var spread = cycle.Length > 0 ? "...C1" : "...F0";
        return new GraphQLCall($"fragment bomb {levels} levels", $"query {{ {spread} }}{fragments}{cycle}");
    }

    private GraphQLCall DirectiveAbuse()
    {
        var field = AnyField(candidate => candidate.Arguments.Count == 0);
        var directive = _random.Pick(
            () => "@zzNoSuchDirective",
            () => "@skip",
            () => "@include(if: \"yes\")",
            () => "@skip(if: false) @skip(if: false) @zzNoSuchDirective(x: 1)",
            () => string.Concat(Enumerable.Repeat("@include(if: true) ", _random.Next(2, 2_000))));
        return new GraphQLCall($"directive abuse {field.Name}", $"{field.Operation} {{ {field.Name} {directive}{Selection(field)} }}");
    }

    private GraphQLCall OperationConfusion()
    {
        var mutation = AnyField(candidate => candidate.Operation == "mutation");
        return _random.Pick(
            () => new GraphQLCall("two anonymous operations", $"{{ __typename }} mutation {{ {mutation.Name}(zzNoSuchArgument: 1) }}"),
            () => new GraphQLCall("operation name that is not there", "query A { __typename } mutation B { signOut }", OperationName: "C"),
            () => new GraphQLCall("two operations without a name", "query A { __typename } mutation B { signOut }"),
            () => new GraphQLCall("duplicate operation names", "mutation A { signOut } mutation A { signOut }", OperationName: "A"),
            () => new GraphQLCall("operation name with odd characters", "query A { __typename }", OperationName: "A\u0000'; drop table mt_events; --"));
    }

    private GraphQLCall SubscriptionOverHttp()
    {
        var field = _schema.Subscriptions.ElementAt(_random.Next(_schema.Subscriptions.Count()));
        return WithVariables("subscription over HTTP", field, argument => (true, _values.Fitting(argument.Type)));
    }

    /// <summary>A defective call with its text cut short or with junk put in: it stays defective, and usually stops parsing.</summary>
    private GraphQLCall Corrupted()
    {
        var call = _random.Pick(WrongVariableValues, UnknownArgument, MissingRequiredArguments, WrongLiterals);
        var query = call.Query.TrimEnd();
        var at = _random.Next(1, query.Length);
        var junk = _random.Pick(() => "{", () => "}", () => "\"", () => "(", () => "$", () => "@", () => "...", () => "#", () => "\\u", () => "\"\"\"", () => "!", () => ":", () => "\u00a0\u200b\ufeff");
        var corrupted = _random.Pick(
            () => query[..at],
            () => query[..at] + junk + query[at..],
            () => query.Remove(at, Math.Min(_random.Next(1, 10), query.Length - at)) + junk);
        return call with { Label = $"corrupted {call.Label}", Query = corrupted };
    }

    private GraphQLCall HugeDocument()
    {
        var size = _random.Next(200_000, 900_000);
        return _random.Pick(
            () => new GraphQLCall("huge comment", "mutation { zzNoSuchField }\n#" + HostileValues.Text(size)),
            () => new GraphQLCall("huge string literal", $"mutation {{ submitRequest(input: {{title: \"{HostileValues.Text(size)}\"}}) {{ request {{ id }} }} }}"),
            () => new GraphQLCall("huge name", "{ " + new string('a', size) + " }"),
            () => new GraphQLCall("huge whitespace", "{" + new string(' ', size) + "zzNoSuchField }"),
            () => new GraphQLCall("huge document of short lines broken at the end", "mutation {\n" + string.Concat(Enumerable.Repeat("  __typename\n", size / 13)) + "  {"),
            () => new GraphQLCall("huge string literal of short lines", $"mutation {{ submitRequest(input: {{title: \"\"\"{string.Concat(Enumerable.Repeat("line\n", size / 5))}\"\"\"}}) {{ request {{ id }} }} }}"));
    }

    private GraphQLCall ControlCharacters()
    {
        var mutation = AnyField(candidate => candidate.Operation == "mutation");
        var control = _random.Pick(() => "\u0000", () => "\u0001\u0002", () => "\u001b[31m", () => "\u007f", () => "\ufffe");
        return new GraphQLCall("control characters", $"mutation {{ {control}{mutation.Name}{control}(zz: 1) }}");
    }
}
