// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using SalesCognition.Ingestion.Csv;
using SalesCognition.Ingestion.Mlps.Internal;
using SalesCognition.Ingestion.Oscal.Internal;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Mlps;

/// <summary>
/// Reads the MLPS 2.0 (等保2.0, GB/T 22239-2019) requirement table, a CSV with the columns
/// <c>id, category, layer, control_point, requirement, L1, L2, L3, L4</c>, into the standard <c>mlps-2.0</c>:
/// one Control per item and one Baseline per level and category.
/// </summary>
/// <remarks>
/// Control keys are the table's ids with a prefix (<c>GEN-012</c> gives <c>control:mlps-gen-012</c>), with the
/// id as property <c>code</c>. The general items of level <c>n</c> make baseline <c>mlps-2.0-level-n</c>; each
/// extension (cloud, mobile, iot, industrial) makes <c>mlps-2.0-level-n-cloud</c> and so on, so an analysis adds the
/// extensions a customer needs. The data's known defects (a missing layer, OCR look-alike characters, short
/// counts) are reported as warnings and left as they are.
/// </remarks>
public sealed class MlpsRequirementsReader : ISourceReader
{
    /// <inheritdoc />
    public string Name => "mlps-requirements";

    /// <summary>Takes a <c>.csv</c> file whose header names the requirement table's columns.</summary>
    /// <param name="input">The source.</param>
    /// <returns>Whether this reader takes the source.</returns>
    public bool CanRead(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        return MlpsCsv.IsCsv(input) && MlpsRequirementTable.HasHeader(CsvTable.PeekHeader(input.Text));
    }

    /// <inheritdoc />
    public ParsedSource Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var table = MlpsRequirementTable.Read(input.Path, input.Text);
        var builder = new OscalSourceBuilder(input.SourceId);
        builder.Warnings.AddRange(table.Warnings);
        var standardId = builder.AddNode(
            OscalTypes.Standard,
            MlpsNames.StandardKey,
            MlpsNames.StandardName,
            defines: false);
        var baselines = new Dictionary<(int, string), string>();

        foreach (var item in table.Items)
        {
            var controlId = builder.AddNode(OscalTypes.Control, item.Key, item.Requirement, Properties(item));
            builder.AddAlias(controlId, item.Code);
            builder.AddRelation(OscalTypes.Contains, standardId, controlId);
            foreach (var level in item.Levels)
            {
                var baselineId = Baseline(builder, baselines, standardId, level, item.Extension);
                builder.AddRelation(OscalTypes.Requires, baselineId, controlId);
            }

            var heading = $"{item.Code} {item.ControlPoint}";
            builder.Sections.Add(new ParsedSection(
                "control",
                heading,
                [MlpsNames.StandardName, item.Category, item.Layer, item.ControlPoint],
                $"{item.Category} / {item.Layer} / {item.ControlPoint}\n{item.Requirement}\n" +
                $"适用等级: {string.Join("、", item.Levels.Select(l => l.ToString(CultureInfo.InvariantCulture)))}",
                builder.UniqueLocator(string.Create(CultureInfo.InvariantCulture, $"rows/{item.Row}")))
            {
                SubjectNodeIds = [controlId],
            });
        }

        return builder.Build("GB/T 22239-2019 网络安全等级保护基本要求: 要求项");
    }

    private static Dictionary<string, string> Properties(MlpsItem item) => new(StringComparer.Ordinal)
    {
        ["code"] = item.Code,
        ["label"] = item.Code,
        ["category"] = item.Category,
        ["extension"] = item.Extension,
        ["family"] = item.Layer,
        ["layer"] = item.Layer,
        ["controlPoint"] = item.ControlPoint,
        ["levels"] = string.Join(",", item.Levels.Select(l => l.ToString(CultureInfo.InvariantCulture))),
        ["row"] = item.Row.ToString(CultureInfo.InvariantCulture),
    };

    private static string Baseline(
        OscalSourceBuilder builder,
        Dictionary<(int, string), string> baselines,
        string standardId,
        int level,
        string extension)
    {
        if (baselines.TryGetValue((level, extension), out var id))
        {
            return id;
        }

        id = builder.AddNode(
            OscalTypes.Baseline,
            MlpsNames.BaselineKey(level, extension),
            MlpsNames.BaselineName(level, extension),
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["level"] = level.ToString(CultureInfo.InvariantCulture),
                ["extension"] = extension,
            });
        builder.AddRelation(OscalTypes.BaselineOf, id, standardId);
        baselines.Add((level, extension), id);
        return id;
    }
}
