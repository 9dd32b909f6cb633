// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Oscal.Internal;

/// <summary>
/// The parameters visible in one control (its own, then its parent's, outward) and the readable text of each.
/// A parameter's own inserts resolve in the scope that defines it; each text is worked out once.
/// </summary>
internal sealed class ParameterScope
{
    private readonly ParameterScope? _parent;
    private readonly Dictionary<string, OscalParameter> _parameters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    public ParameterScope(ParameterScope? parent, IEnumerable<OscalParameter> parameters)
    {
        _parent = parent;
        foreach (var parameter in parameters)
        {
            _parameters.TryAdd(parameter.Id, parameter);
        }
    }

    /// <summary>Replaces each insert in <paramref name="prose"/> with readable text.</summary>
    /// <exception cref="Sources.SourceFormatException">Parameters refer to each other in a loop.</exception>
    public string Render(string prose, RenderContext context) => Render(prose, context, []);

    private string Render(string prose, RenderContext context, List<string> pending) =>
        ProseText.ReplaceMarkup(prose, body =>
        {
            if (!ProseText.TryParseInsert(body, out var type, out var id))
            {
                context.Builder.Warn(
                    context.Path,
                    $"Unrecognised markup '{{{{{body}}}}}' in {context.ControlId} was removed.");
                return "";
            }

            if (!string.Equals(type, "param", StringComparison.Ordinal))
            {
                context.Builder.Warn(
                    context.Path,
                    $"Insert of '{type}' '{id}' in {context.ControlId} is not supported; its id was kept.");
                return $"[{id}]";
            }

            return TextOf(id, context, pending);
        });

    private string TextOf(string id, RenderContext context, List<string> pending)
    {
        var scope = this;
        while (scope is not null && !scope._parameters.ContainsKey(id))
        {
            scope = scope._parent;
        }

        if (scope is null)
        {
            context.Builder.Warn(
                context.Path,
                $"Parameter '{id}' used in {context.ControlId} is not defined; shown by its id.");
            return $"[Assignment: {id}]";
        }

        if (scope._texts.TryGetValue(id, out var known))
        {
            return known;
        }

        var start = pending.IndexOf(id);
        if (start >= 0)
        {
            var loop = string.Join(" -> ", pending.Skip(start).Append(id));
            throw context.Json.Error(
                context.Path,
                $"parameters of control '{context.ControlId}' refer to each other in a loop: {loop}.");
        }

        pending.Add(id);
        var text = scope.Describe(scope._parameters[id], context, pending);
        pending.RemoveAt(pending.Count - 1);
        scope._texts[id] = text;
        return text;
    }

    private string Describe(OscalParameter parameter, RenderContext context, List<string> pending)
    {
        if (parameter.Values.Count > 0)
        {
            return string.Join(
                ", ",
                parameter.Values.Select(value => ProseText.Plain(Render(value, context, pending))));
        }

        if (parameter.Choices.Count > 0)
        {
            var choices = string.Join(
                "; ",
                parameter.Choices.Select(choice => ProseText.Plain(Render(choice, context, pending))));
            return parameter.OneOrMore ? $"[Selection: one or more of: {choices}]" : $"[Selection: one of: {choices}]";
        }

        if (!string.IsNullOrWhiteSpace(parameter.Label))
        {
            return $"[Assignment: {ProseText.Plain(Render(parameter.Label, context, pending))}]";
        }

        context.Builder.Warn(
            context.Path,
            $"Parameter '{parameter.Id}' has no values, choices or label; shown by its id.");
        return $"[Assignment: {parameter.Id}]";
    }
}
